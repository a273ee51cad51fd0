import { readFileSync } from 'node:fs';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { afterAll, describe, expect, it } from 'vitest';
import { correctPage, type OcrPage, orderColumns, toAlto } from '../src/index.js';
import { recordedPage } from './fixtures/index.js';

const schemaDocument = XmlDocument.fromBuffer(
  new Uint8Array(readFileSync(new URL('./fixtures/alto-4-sohoa-subset.xsd', import.meta.url))),
);
const validator = XsdValidator.fromDoc(schemaDocument);

/** The schema errors of an XML text; empty when it is valid. */
function schemaErrors(xml: string): string[] {
  const document = XmlDocument.fromString(xml);
  try {
    validator.validate(document);
    return [];
  } catch (error) {
    const details = (error as { details?: { message: string; line: number }[] }).details;
    return details?.map((detail) => `${detail.line}: ${detail.message.trim()}`) ?? [String(error)];
  } finally {
    document.dispose();
  }
}

const scans = [
  'qn_cv299_UBND-TTHC_20250115_p1',
  'qn_qd47_QD-UBND_20250117_p1',
  'qn_ttr01_TTr-UBND_20250106_p1',
  'gov_cv464_TTg-CDS_20260430_p1',
  'qn_ct07_CT-UBND_20180320_p1',
].map((name) => correctPage(orderColumns(recordedPage(name))).page);

describe('ALTO v4 output against the XSD of the ALTO 4.4 subset sohoa writes', () => {
  afterAll(() => {
    validator.dispose();
    schemaDocument.dispose();
  });

  it('is valid for each real scan and for all five as one multi-page file', () => {
    for (const page of scans) expect(schemaErrors(toAlto(page, { images: ['p1.jpg'] }))).toEqual([]);
    const names = ['001.jpg', '002 scan (copy).jpg', '001.jpg', 'a&b.jpg', 'x.jpg'];
    const alto = toAlto(scans, { images: names });
    expect(schemaErrors(alto)).toEqual([]);
    expect(alto.match(/<Page /g)).toHaveLength(5);
  });

  it('is valid for a page without text and for a line without words', () => {
    const empty: OcrPage = { width: 100, height: 100, dpi: 300, text: '', confidence: 0, blocks: [] };
    expect(schemaErrors(toAlto(empty))).toEqual([]);
    const page = scans[0] as OcrPage;
    const firstParagraph = page.blocks[0]?.paragraphs[0];
    const firstLine = firstParagraph?.lines[0];
    if (!firstParagraph || !firstLine) throw new Error('fixture has no line');
    const withEmptyLine: OcrPage = {
      ...page,
      blocks: [
        { ...page.blocks[0], paragraphs: [{ ...firstParagraph, lines: [{ ...firstLine, words: [] }] }] },
      ],
    } as OcrPage;
    expect(schemaErrors(toAlto(withEmptyLine))).toEqual([]);
  });

  it('is checked for real: the schema rejects what ALTO forbids', () => {
    const alto = toAlto(scans[0] as OcrPage);
    expect(schemaErrors(alto.replace(/WC="[\d.]+"/, 'WC="1.5"')).join()).toContain('WC');
    expect(schemaErrors(alto.replace(' PHYSICAL_IMG_NR="1"', '')).join()).toContain('PHYSICAL_IMG_NR');
    expect(schemaErrors(alto.replace('ID="page_1"', 'ID="1.jpg"')).join()).toContain('ID');
    expect(schemaErrors(alto.replace('LANG="vi"', 'LANG="vi vn"')).join()).toContain('LANG');
    expect(
      schemaErrors(alto.replace(/<TextLine ([^>]*)>.*?<\/TextLine>/, '<TextLine $1></TextLine>')).length,
    ).toBe(1);
  });
});
