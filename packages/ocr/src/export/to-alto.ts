import { escapeXml } from '@sohoa/base';
import type { OcrPage, PixelBox } from '../result/ocr-result.js';

/** Options of {@link toAlto}. */
export interface AltoOptions {
  /**
   * The page images' file names; the first is written as `sourceImageInformation/fileName`
   * (ALTO has one per file). Page IDs are always `page_<n>`: a file name is not a valid XML ID.
   * @default none
   */
  images?: readonly string[];
}

/**
 * Writes pages as ALTO XML v4 (`http://www.loc.gov/standards/alto/ns-v4#`), measurement unit
 * pixel: `Page` → `PrintSpace` → `TextBlock` (`LANG="vi"`) → `TextLine` (with `BASELINE`) →
 * `String` (with `WC`, word confidence 0–1) and `SP`. Paragraphs become text blocks; a line
 * without words is left out (ALTO requires a String in every TextLine). The output is checked
 * in the tests against an XSD of the ALTO 4.4 subset sohoa writes.
 *
 * @example
 * ```ts
 * import { toAlto } from '@sohoa/ocr';
 *
 * await writeFile('p1.alto.xml', toAlto(page, { images: ['p1.jpg'] }));
 * ```
 */
export function toAlto(pages: OcrPage | readonly OcrPage[], options: AltoOptions = {}): string {
  const list: readonly OcrPage[] = Array.isArray(pages) ? pages : [pages as OcrPage];
  const source = options.images?.[0];
  const body = list.map((page, p) => {
    let id = 0;
    const next = (prefix: string) => `${prefix}_${p + 1}_${++id}`;
    const blocks = page.blocks.flatMap((block) =>
      block.paragraphs.map((paragraph) => {
        const lines = paragraph.lines
          .filter((line) => line.words.length > 0)
          .map((line) => {
            const strings = line.words.map(
              (word) =>
                `<String ID="${next('w')}" ${position(word.box)} CONTENT="${escapeXml(word.text, { vi: `một từ ở trang ${p + 1}`, en: `a word on page ${p + 1}` })}" WC="${wordConfidence(word.confidence)}"/>`,
            );
            const baseline = `${line.baseline.x0},${line.baseline.y0} ${line.baseline.x1},${line.baseline.y1}`;
            return `<TextLine ID="${next('l')}" ${position(line.box)} BASELINE="${baseline}">${strings.join('<SP/>')}</TextLine>`;
          });
        return `<TextBlock ID="${next('b')}" ${position(paragraph.box)} LANG="vi">\n${lines.join('\n')}\n</TextBlock>`;
      }),
    );
    return `<Page ID="page_${p + 1}" PHYSICAL_IMG_NR="${p + 1}" WIDTH="${page.width}" HEIGHT="${page.height}">
<PrintSpace HPOS="0" VPOS="0" WIDTH="${page.width}" HEIGHT="${page.height}">
${blocks.join('\n')}
</PrintSpace>
</Page>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.loc.gov/standards/alto/ns-v4# http://www.loc.gov/alto/v4/alto-4-4.xsd">
<Description>
<MeasurementUnit>pixel</MeasurementUnit>
<sourceImageInformation><fileName>${escapeXml(source ?? '', { vi: 'tên tệp ảnh', en: 'the image file name' })}</fileName></sourceImageInformation>
<OCRProcessing ID="ocr_1"><ocrProcessingStep><processingSoftware><softwareName>sohoa (tesseract.js, vie best_int)</softwareName></processingSoftware></ocrProcessingStep></OCRProcessing>
</Description>
<Layout>
${body.join('\n')}
</Layout>
</alto>
`;
}

/** Tesseract's 0–100 word confidence as ALTO's WC, 0–1. */
function wordConfidence(confidence: number): string {
  return (Math.min(100, Math.max(0, confidence)) / 100).toFixed(2);
}

function position(box: PixelBox): string {
  return `HPOS="${box.x0}" VPOS="${box.y0}" WIDTH="${box.x1 - box.x0}" HEIGHT="${box.y1 - box.y0}"`;
}
