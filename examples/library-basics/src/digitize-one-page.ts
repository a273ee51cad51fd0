/**
 * Digitize one scanned page from code: read it, make the OCR copy, read it in Vietnamese, and
 * write a searchable two-layer PDF/A-2b.
 *
 * Run: `npx tsx --conditions=@sohoa/source examples/library-basics/src/digitize-one-page.ts [image] [out.pdf]`
 */
import { encodeForPdf, loadPageImage, makeOcrCopy, SohoaError, writeFileAtomic } from '@sohoa/core';
import { createOcrEngine } from '@sohoa/ocr';
import { checkPdfA, writePdfA } from '@sohoa/pdfa';

const [image = 'examples/sample-dossier/qn_qd47_QD-UBND_20250117_p1.jpg', out = 'out/examples/one-page.pdf'] =
  process.argv.slice(2);

try {
  const page = await loadPageImage(image);
  const engine = await createOcrEngine();
  const text = await engine.recognize(await makeOcrCopy(page)).finally(() => engine.terminate());
  const pdf = await writePdfA([{ image: await encodeForPdf(page), text }], {
    title: 'Quyết định 47/QĐ-UBND',
  });
  await writeFileAtomic(out, pdf);
  const report = await checkPdfA(pdf);
  console.log(
    `wrote ${out}: ${pdf.length} bytes, OCR confidence ${Math.round(text.confidence)}, PDF/A-2b check ${report.passed ? 'passed' : 'failed'}`,
  );
  console.log(text.text.split('\n').slice(0, 3).join('\n'));
} catch (error) {
  if (SohoaError.isInstance(error)) {
    // The message and its fix in one language, English like the rest of this example ('vi': Vietnamese).
    console.error(`${error.code}: ${error.describe('en')}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
