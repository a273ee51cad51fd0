import { createHash } from 'node:crypto';
import { PDFArray, type PDFContext, PDFDict, PDFName, type PDFRef } from 'pdf-lib';

/**
 * Renames an embedded subset font `Name-1234` (pdf-lib's naming) to `ABCDEF+Name`, the subset tag
 * PDF requires for font subsets (ISO 32000-1 §9.6.4; checked by PDF/A validators). The six
 * letters derive from `seed` (e.g. the glyphs used), so the same input gives the same name.
 */
export function applySubsetTag(context: PDFContext, fontRef: PDFRef, seed: string): void {
  const type0 = context.lookup(fontRef, PDFDict);
  const current = type0.lookup(PDFName.of('BaseFont'), PDFName).decodeText();
  const base = current.replace(/-\d+$/, '').replace(/^[A-Z]{6}\+/, '');
  const digest = createHash('sha256').update(seed).digest();
  const tag = Array.from(digest.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join('');
  const name = PDFName.of(`${tag}+${base}`);
  type0.set(PDFName.of('BaseFont'), name);
  const descendants = type0.lookup(PDFName.of('DescendantFonts'), PDFArray);
  for (let index = 0; index < descendants.size(); index++) {
    const cidFont = descendants.lookup(index, PDFDict);
    cidFont.set(PDFName.of('BaseFont'), name);
    cidFont.lookup(PDFName.of('FontDescriptor'), PDFDict).set(PDFName.of('FontName'), name);
  }
}
