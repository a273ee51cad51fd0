import { PDFHexString, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { basePdf } from '../../test/conforming-pdf.js';
import { checkPdfA } from './check-pdfa.js';

async function failedRules(bytes: Uint8Array): Promise<string[]> {
  return [...new Set((await checkPdfA(bytes)).failures.map((failure) => failure.rule))].sort();
}

/** The base file with `<text>` written as a value of the catalog. */
function inObject(text: string) {
  return basePdf({
    edit: (document) => document.catalog.set(PDFName.of('Lang'), PDFHexString.of(text)),
  });
}

/** The base file whose page shows nothing but has `content` (with hexadecimal operands) appended. */
function inContent(content: string) {
  return basePdf({
    edit: (document) => {
      const { context } = document;
      document.getPage(0).node.addContentStream(context.register(context.stream(content)));
    },
  });
}

describe('6.1.6 hexadecimal strings (veraPDF CosString isHex, hexCount, isHexSymbols)', () => {
  it('accepts an even count of hexadecimal digits, white space (SP, TAB, LF, CR, FF, NUL) not counted', async () => {
    expect(await failedRules(await inObject('656E'))).toEqual([]);
    expect(await failedRules(await inObject('65 6e\t\n\r\f\0'))).toEqual([]);
    expect(await failedRules(await inObject(''))).toEqual([]);
  });

  it('fails an odd count in an object (6.1.6-1) and a character that is not a digit (6.1.6-2)', async () => {
    expect(await failedRules(await inObject('656'))).toEqual(['6.1.6-1']);
    expect(await failedRules(await inObject('65 6'))).toEqual(['6.1.6-1']);
    expect(await failedRules(await inObject('656G'))).toEqual(['6.1.6-2']);
    expect(await failedRules(await inObject('65G'))).toEqual(['6.1.6-1', '6.1.6-2']);
  });

  it('checks the trailer ID', async () => {
    const withId = (text: string) =>
      basePdf({
        edit: (document) => {
          const id = PDFHexString.of(text);
          document.context.trailerInfo.ID = document.context.obj([id, id]);
        },
      });
    expect(await failedRules(await withId('0123456789abcdef0123456789abcdef'))).toEqual([]);
    expect(await failedRules(await withId('0123456789abcdef0123456789abcde'))).toEqual(['6.1.6-1']);
  });

  it('checks hexadecimal operands of content streams, with both messages', async () => {
    expect(await failedRules(await inContent('/Span <</ActualText <FEFF0041>>> BDC EMC'))).toEqual([]);
    expect(await failedRules(await inContent('/Span <</ActualText <FEFF004>>> BDC EMC'))).toEqual([
      '6.1.6-1',
    ]);
    const report = await checkPdfA(await inContent('[<4x>] TJ'));
    const failure = report.failures.find((item) => item.rule === '6.1.6-2');
    expect(failure?.object).toBe('page 1');
    expect(failure?.messageVi).toContain('Chuỗi thập lục phân chứa ký tự');
    expect(failure?.message).toContain('characters other than 0–9');
  });
});
