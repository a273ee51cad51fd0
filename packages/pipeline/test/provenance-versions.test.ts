import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { REPO_ROOT } from '../../../fixtures/index.js';
import { provenance } from '../src/pipeline/provenance.js';

// Versions no package has, so that the test sees which package's version each agent carries.
vi.mock('@sohoa/ocr', async (load) => ({ ...(await load<object>()), VERSION: '7.7.7-ocr' }));
vi.mock('@sohoa/pdfa', async (load) => ({ ...(await load<object>()), VERSION: '8.8.8-pdfa' }));

const PACKAGES = ['base', 'core', 'metadata', 'ocr', 'pdfa', 'ip', 'pipeline', 'queue', 'cli'];

describe('package versions', () => {
  it('each package reports the version of its own package.json', async () => {
    const { VERSION } = await import('../src/version.js');
    const reported: Record<string, string> = { pipeline: VERSION };
    for (const name of PACKAGES.filter((name) => name !== 'pipeline')) {
      // The sources, not the mocks above: what each package's own VERSION says.
      const module = (await import(join(REPO_ROOT, 'packages', name, 'src/version.ts'))) as {
        VERSION: string;
      };
      reported[name] = module.VERSION;
    }
    for (const name of PACKAGES) {
      const manifest = JSON.parse(await readFile(join(REPO_ROOT, 'packages', name, 'package.json'), 'utf8'));
      expect(reported[name], name).toBe(manifest.version);
    }
  });

  it("names @sohoa/ocr's version for the OCR engine and @sohoa/pdfa's for the PDF conversion in PREMIS", async () => {
    const createdAt = new Date('2026-11-27T03:00:00Z');
    const written = await provenance({ language: 'vie', createdAt });
    expect(written.ocr?.engine).toEqual({ name: 'tesseract.js (@sohoa/ocr)', version: '7.7.7-ocr' });
    expect(written.pdfConversion?.software).toEqual({ name: 'sohoa (@sohoa/pdfa)', version: '8.8.8-pdfa' });
  });
});
