import { escapeXml } from '@sohoa/base';
import type { OcrPage, PixelBox } from '../result/ocr-result.js';

/** Options of {@link toHocr}. */
export interface HocrOptions {
  /**
   * The page images' file names, one per page, written as `image` in each page's title.
   * @default none
   */
  images?: readonly string[];
}

/**
 * Writes pages as hOCR 1.2 (XHTML, `lang="vi"`): `ocr_page`, `ocr_carea`, `ocr_par`, `ocr_line`
 * (with `baseline` and `x_size`) and `ocrx_word` (with `x_wconf`), boxes in pixels.
 *
 * @example
 * ```ts
 * import { toHocr } from '@sohoa/ocr';
 *
 * await writeFile('p1.hocr', toHocr(page, { images: ['p1.jpg'] }));
 * ```
 */
export function toHocr(pages: OcrPage | readonly OcrPage[], options: HocrOptions = {}): string {
  const list: readonly OcrPage[] = Array.isArray(pages) ? pages : [pages as OcrPage];
  const body = list.map((page, p) => {
    const image = options.images?.[p];
    const title = `${image === undefined ? '' : `image "${image}"; `}bbox 0 0 ${page.width} ${page.height}; ppageno ${p}; scan_res ${page.dpi} ${page.dpi}`;
    let lineNumber = 0;
    let wordNumber = 0;
    const blocks = page.blocks.map((block, b) => {
      const paragraphs = block.paragraphs.map((paragraph, q) => {
        const lines = paragraph.lines.map((line) => {
          lineNumber += 1;
          const width = Math.max(1, line.baseline.x1 - line.baseline.x0);
          const slope = (line.baseline.y1 - line.baseline.y0) / width;
          const offset = Math.round(line.baseline.y0 - line.box.y1);
          const words = line.words.map((word) => {
            wordNumber += 1;
            return `<span class="ocrx_word" id="word_${p + 1}_${wordNumber}" title="${bbox(word.box)}; x_wconf ${Math.round(word.confidence)}">${escapeXml(word.text, { vi: `một từ ở trang ${p + 1}`, en: `a word on page ${p + 1}` })}</span>`;
          });
          return `<span class="ocr_line" id="line_${p + 1}_${lineNumber}" title="${bbox(line.box)}; baseline ${slope.toFixed(3)} ${offset}; x_size ${Math.round(line.rowHeight)}">${words.join(' ')}</span>`;
        });
        return `<p class="ocr_par" id="par_${p + 1}_${b + 1}_${q + 1}" lang="vi" title="${bbox(paragraph.box)}">\n${lines.join('\n')}\n</p>`;
      });
      return `<div class="ocr_carea" id="block_${p + 1}_${b + 1}" title="${bbox(block.box)}">\n${paragraphs.join('\n')}\n</div>`;
    });
    return `<div class="ocr_page" id="page_${p + 1}" title="${escapeXml(title, { vi: 'tên tệp ảnh', en: 'the image file name' })}">\n${blocks.join('\n')}\n</div>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<title></title>
<meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>
<meta name="ocr-system" content="sohoa (tesseract.js)"/>
<meta name="ocr-capabilities" content="ocr_page ocr_carea ocr_par ocr_line ocrx_word"/>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

function bbox(box: PixelBox): string {
  return `bbox ${box.x0} ${box.y0} ${box.x1} ${box.y1}`;
}
