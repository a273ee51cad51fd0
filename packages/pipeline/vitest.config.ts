import { sohoaProject } from '../../vitest.project.js';

// Each file in its own process: provenance-versions.test.ts mocks @sohoa/ocr and @sohoa/pdfa (`vi.mock`).
export default sohoaProject('pipeline', { isolate: true });
