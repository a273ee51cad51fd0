import { sohoaProject } from '../../vitest.project.js';

// Each file in its own process: the files have not yet been run sharing one (they start the
// `sohoa` command, workers and servers, and set process.env).
export default sohoaProject('queue', { isolate: true });
