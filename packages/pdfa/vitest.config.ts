import { sohoaProject } from '../../vitest.project.js';

// Each file in its own process until the files are shown to pass sharing one.
export default sohoaProject('pdfa', { isolate: true });
