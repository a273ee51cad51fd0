import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';
import { rewrite } from '../__fixtures__/rewrite-package.js';
import { samplePackageInput } from '../__fixtures__/sample-package.js';
import { buildPackage } from '../build/build-package.js';
import { validatePackage } from './validate-package.js';

const DOC1 = 'representations/rep1/data/H49.64.33.2001.160.1.pdf';
/** A package folder whose first PDF is a plain PDF (not PDF/A), fixity re-declared. */
let notPdfA: string;

async function filesOf(folder: string, prefix = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(join(folder, prefix), { withFileTypes: true })) {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory()) files.push(...(await filesOf(folder, `${path}/`)));
    else files.push(path);
  }
  return files;
}

/** The package folder zipped under its own name, its PDFs stored or deflated. */
async function zipOf(folder: string, pdfs: 'stored' | 'deflated'): Promise<string> {
  const zip = new ZipFile();
  for (const path of await filesOf(folder)) {
    const compress = !path.endsWith('.pdf') || pdfs === 'deflated';
    zip.addBuffer(await readFile(join(folder, path)), `${basename(folder)}/${path}`, { compress });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  const path = join(await mkdtemp(join(tmpdir(), 'sohoa-ip-pdf-zip-')), `${pdfs}.zip`);
  await writeFile(path, Buffer.concat(chunks));
  return path;
}

beforeAll(async () => {
  const destination = await mkdtemp(join(tmpdir(), 'sohoa-ip-pdf-'));
  notPdfA = (await buildPackage(await samplePackageInput('AIP_hoso', 2), { format: 'folder', destination }))
    .path;
  const plain = await PDFDocument.create();
  plain.addPage([100, 100]);
  await rewrite(notPdfA, DOC1, await plain.save());
});

describe('the PDF/A check of a PDF inside a ZIP', () => {
  it('checks a stored PDF in place and a deflated one inflated, with the same finding', async () => {
    for (const pdfs of ['stored', 'deflated'] as const) {
      const report = await validatePackage(await zipOf(notPdfA, pdfs));
      expect(report.findings.map(({ requirement, file }) => [requirement, file])).toEqual([
        ['TT05-PDF1', DOC1],
      ]);
      expect(report.findings[0]?.message).toMatch(/^Not PDF\/A-2B: \d+ failure\(s\) of rule\(s\) 6\./);
    }
  });

  it('applies maxPdfBytes only to a PDF it must inflate into memory', async () => {
    const limits = { maxPdfBytes: 1024 };
    const stored = await validatePackage(await zipOf(notPdfA, 'stored'), { limits });
    expect(stored.findings.map((finding) => finding.requirement)).toEqual(['TT05-PDF1']);
    await expect(validatePackage(await zipOf(notPdfA, 'deflated'), { limits })).rejects.toMatchObject({
      code: 'PACKAGE_LIMIT_EXCEEDED',
      details: { option: 'maxPdfBytes' },
    });
  });
});
