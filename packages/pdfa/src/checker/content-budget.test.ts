import { deflateSync } from 'node:zlib';
import { SohoaError } from '@sohoa/base';
import { PDFName, type PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { minimalPdfA } from './__fixtures__/minimal-pdfa.js';
import { checkPdfA } from './check-pdfa.js';

/** A PDF/A of `pages` pages that all draw one Flate content stream holding `content`. */
async function pagesDrawing(content: string, pages: number): Promise<Uint8Array> {
  return minimalPdfA({
    decorate: (context, page, document) => {
      const stream: PDFRef = context.register(
        context.stream(deflateSync(Buffer.from(content)), { Filter: 'FlateDecode' }),
      );
      page.node.set(PDFName.of('Contents'), stream);
      for (let more = 1; more < pages; more++)
        document.addPage([200, 200]).node.set(PDFName.of('Contents'), stream);
    },
  });
}

async function refusal(pdf: Uint8Array, options: Parameters<typeof checkPdfA>[1]): Promise<SohoaError> {
  const error = await checkPdfA(pdf, options).catch((caught: unknown) => caught);
  expect(SohoaError.isInstance(error), String(error)).toBe(true);
  return error as SohoaError;
}

describe('checkPdfA bounds its content-stream work (PDF_LIMIT_EXCEEDED)', () => {
  it('stops past maxContentOperations, counting a stream once per page that draws it', async () => {
    // 20,000 operators drawn by 10 pages: 200,000 to analyse.
    const pdf = await pagesDrawing('0 0 m\n'.repeat(20_000), 10);
    const error = await refusal(pdf, { maxContentOperations: 150_000 });
    expect(error.code).toBe('PDF_LIMIT_EXCEEDED');
    expect(error.message).toContain('hold more than 150000 operators, the limit for one check');
    expect(error.fix).toContain('maxContentOperations');
    expect(error.describe('vi')).toMatch(/chứa hơn 150000 toán tử.*Cách khắc phục: .*maxContentOperations/);
    // Within the budget the same file is checked.
    expect((await checkPdfA(pdf, { maxContentOperations: 200_000 })).failures).toBeDefined();
  });

  it('stops past maxContentBytes, for bytes that hold few operators (a long comment)', async () => {
    const pdf = await pagesDrawing(`%${'x'.repeat(300_000)}\nq Q\n`, 8);
    const error = await refusal(pdf, { maxContentBytes: 2 * 1024 * 1024 });
    expect(error.code).toBe('PDF_LIMIT_EXCEEDED');
    expect(error.message).toContain('more than 2 MiB of decoded content');
    expect(error.fix).toContain('maxContentBytes');
  });

  it('keeps no more than a bounded stack for a stream of 200,000 unbalanced q, and still reports the nesting', async () => {
    const pdf = await pagesDrawing(`${'q\n'.repeat(200_000)}${'Q\n'.repeat(200_000)}`, 1);
    const report = await checkPdfA(pdf);
    const nesting = report.failures.filter((failure) => failure.rule.startsWith('6.1.13'));
    expect(nesting.map((failure) => failure.message).join('\n')).toMatch(/200000/);
  });
});
