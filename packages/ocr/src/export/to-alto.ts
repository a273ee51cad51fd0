import type { OcrPage, PixelBox } from '../result/ocr-result.js';
import { escapeXml } from './escape-xml.js';

/** Options of {@link toAlto}. */
export interface AltoOptions {
  /**
   * The page images' file names, one per page, written as `sourceImageInformation/fileName`
   * (the first) and each page's `ID`.
   * @default none
   */
  images?: readonly string[];
}

/**
 * Writes pages as ALTO XML v4 (`http://www.loc.gov/standards/alto/ns-v4#`), measurement unit
 * pixel: `Page` → `PrintSpace` → `TextBlock` (`LANG="vi"`) → `TextLine` (with `BASELINE`) →
 * `String` (with `WC`, word confidence 0–1) and `SP`. Paragraphs become text blocks.
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
        const lines = paragraph.lines.map((line) => {
          const strings = line.words.map(
            (word) =>
              `<String ID="${next('w')}" ${position(word.box)} CONTENT="${escapeXml(word.text)}" WC="${(word.confidence / 100).toFixed(2)}"/>`,
          );
          const baseline = `${line.baseline.x0},${line.baseline.y0} ${line.baseline.x1},${line.baseline.y1}`;
          return `<TextLine ID="${next('l')}" ${position(line.box)} BASELINE="${baseline}">${strings.join('<SP/>')}</TextLine>`;
        });
        return `<TextBlock ID="${next('b')}" ${position(paragraph.box)} LANG="vi">\n${lines.join('\n')}\n</TextBlock>`;
      }),
    );
    return `<Page ID="${escapeXml(options.images?.[p] ?? `page_${p + 1}`)}" PHYSICAL_IMG_NR="${p + 1}" WIDTH="${page.width}" HEIGHT="${page.height}">
<PrintSpace HPOS="0" VPOS="0" WIDTH="${page.width}" HEIGHT="${page.height}">
${blocks.join('\n')}
</PrintSpace>
</Page>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.loc.gov/standards/alto/ns-v4# http://www.loc.gov/alto/v4/alto-4-4.xsd">
<Description>
<MeasurementUnit>pixel</MeasurementUnit>
<sourceImageInformation><fileName>${escapeXml(source ?? '')}</fileName></sourceImageInformation>
<OCRProcessing ID="ocr_1"><ocrProcessingStep><processingSoftware><softwareName>sohoa (tesseract.js, vie best_int)</softwareName></processingSoftware></ocrProcessingStep></OCRProcessing>
</Description>
<Layout>
${body.join('\n')}
</Layout>
</alto>
`;
}

function position(box: PixelBox): string {
  return `HPOS="${box.x0}" VPOS="${box.y0}" WIDTH="${box.x1 - box.x0}" HEIGHT="${box.y1 - box.y0}"`;
}
