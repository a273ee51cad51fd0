import { PDFDict, PDFName, type PDFPage, PDFStream } from 'pdf-lib';

/**
 * The names of the composite (Type 0) fonts of a page, and of the form XObjects it draws, that
 * have no `/ToUnicode` map: their codes are glyph numbers (`Identity-H`), so no extractor can
 * turn them into text, and what pdf.js gives for them is not the words printed.
 *
 * @example
 * ```ts
 * const document = await PDFDocument.load(bytes);
 * fontsWithoutUnicode(document.getPage(0)); // ['F1'] for a Type 0 font written without ToUnicode
 * ```
 */
export function fontsWithoutUnicode(page: PDFPage): string[] {
  const found = new Set<string>();
  const seen = new Set<PDFDict>();
  const visit = (resources: PDFDict | undefined) => {
    if (!resources || seen.has(resources)) return;
    seen.add(resources);
    const fonts = resources.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const [name, value] of fonts?.entries() ?? []) {
      const font = resources.context.lookup(value);
      if (!(font instanceof PDFDict)) continue;
      const composite = font.get(PDFName.of('Subtype')) === PDFName.of('Type0');
      if (composite && !font.has(PDFName.of('ToUnicode'))) found.add(name.decodeText());
    }
    const objects = resources.lookupMaybe(PDFName.of('XObject'), PDFDict);
    for (const [, value] of objects?.entries() ?? []) {
      const object = resources.context.lookup(value);
      if (object instanceof PDFStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Form'))
        visit(object.dict.lookupMaybe(PDFName.of('Resources'), PDFDict));
    }
  };
  visit(page.node.Resources());
  return [...found];
}
