import { sohoaProject } from '../../vitest.project.js';

// Each file in its own process: create-ocr-pool.test.ts mocks tesseract.js (`vi.mock`).
export default sohoaProject('ocr', { isolate: true });
