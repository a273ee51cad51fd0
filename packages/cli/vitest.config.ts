import { sohoaProject } from '../../vitest.project.js';

export default sohoaProject('cli');
