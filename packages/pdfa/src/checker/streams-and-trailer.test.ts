import { PDFName, type PDFObject, PDFRawStream, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { basePdf } from '../../test/conforming-pdf.js';
import { checkPdfA } from './check-pdfa.js';

async function failedRules(bytes: Uint8Array): Promise<string[]> {
  return [...new Set((await checkPdfA(bytes)).failures.map((failure) => failure.rule))].sort();
}

let base = '';
beforeAll(async () => {
  base = Buffer.from(await basePdf()).toString('latin1');
});

/** The base file with the first `from` after `after` replaced by `to` (pdf-lib reads objects, not xref offsets). */
function edited(from: string, to: string, after = '/Type /Metadata'): Uint8Array {
  const start = base.indexOf(after);
  const at = base.indexOf(from, start);
  expect(at).toBeGreaterThan(0);
  return Buffer.from(base.slice(0, at) + to + base.slice(at + from.length), 'latin1');
}

describe('6.1.7.1 streams (veraPDF CosStream Length, keyword spacing, F/FFilter/FDecodeParms)', () => {
  it('accepts the base file, and stream followed by CRLF', async () => {
    expect(await failedRules(Buffer.from(base, 'latin1'))).toEqual([]);
    expect(await failedRules(edited('>>\nstream\n', '>>\nstream\r\n'))).toEqual([]);
  });

  it('fails a Length that is not the data length, or none', async () => {
    const declared = /\/Length (\d+)/.exec(base.slice(base.indexOf('/Type /Metadata')))?.[1] as string;
    // one more byte is the EOL before endstream, which the Length must leave out
    expect(await failedRules(edited(`/Length ${declared}`, `/Length ${Number(declared) + 1}`))).toEqual([
      '6.1.7.1-1',
    ]);
    expect(
      await failedRules(edited(`/Length ${declared}`, ' '.repeat(`/Length ${declared}`.length))),
    ).toEqual(['6.1.7.1-1']);
  });

  it('fails stream followed by a lone CR or by spaces, and endstream without an EOL before it', async () => {
    expect(await failedRules(edited('>>\nstream\n', '>>\nstream\r'))).toEqual(['6.1.7.1-2']);
    // veraPDF counts what follows a keyword without EOL as data, so the Length no longer matches either
    expect(await failedRules(edited('>>\nstream\n', '>>\nstream  \n'))).toEqual(['6.1.7.1-1', '6.1.7.1-2']);
    expect(await failedRules(edited('?>\nendstream', '?>endstream'))).toEqual(['6.1.7.1-2']);
  });

  it('fails F, FFilter and FDecodeParms in a stream dictionary, with both messages', async () => {
    const withKey = (key: string) =>
      basePdf({
        edit: (document) => {
          const stream = document.context.lookup(document.catalog.get(PDFName.of('Metadata')));
          if (!(stream instanceof PDFRawStream)) throw new Error('the base file has no metadata stream');
          const values: Record<string, PDFObject> = {
            F: PDFString.of('data.bin'),
            FFilter: PDFName.of('FlateDecode'),
            FDecodeParms: document.context.obj({}),
          };
          stream.dict.set(PDFName.of(key), values[key] as PDFObject);
        },
      });
    for (const key of ['F', 'FFilter', 'FDecodeParms']) {
      const report = await checkPdfA(await withKey(key));
      expect(report.failures.map((failure) => failure.rule)).toEqual(['6.1.7.1-3']);
      expect(report.failures[0]?.messageVi).toContain(key);
    }
  });
});

describe('6.1.3 trailer (veraPDF lastID, isEncrypted, postEOFDataSize)', () => {
  it('accepts %%EOF at the very end or followed by one EOL (LF, CR or CRLF)', async () => {
    for (const end of ['', '\n', '\r', '\r\n'])
      expect(await failedRules(Buffer.from(base + end, 'latin1'))).toEqual([]);
  });

  it('fails any further byte after %%EOF, and only 6.1.3-3: the last trailer and its ID are still read', async () => {
    expect(await failedRules(Buffer.from(`${base}\n\n`, 'latin1'))).toEqual(['6.1.3-3']);
    expect(await failedRules(Buffer.from(`${base}\n% a scanner's note\n`, 'latin1'))).toEqual(['6.1.3-3']);
  });

  it('fails an ID that is not an array of two strings', async () => {
    const id = base.slice(base.indexOf('/ID ['), base.indexOf(']', base.indexOf('/ID [')) + 1);
    const single = `/ID ${id.slice(5, id.indexOf('>') + 1)}`;
    expect(await failedRules(edited(id, single, 'trailer'))).toEqual(['6.1.3-1']);
  });
});

describe('6.1.7.2 filters (veraPDF CosFilter, as GFCosStream.getFilters makes them)', () => {
  const withStream = async (Filter: unknown, DecodeParms?: unknown) =>
    failedRules(
      await basePdf({
        edit: (document) => {
          const dict: Record<string, unknown> = { Filter };
          if (DecodeParms !== undefined) dict.DecodeParms = DecodeParms;
          const stream = document.context.stream(new Uint8Array([0x20]), dict as never);
          document.catalog.set(
            PDFName.of('PieceInfo'),
            document.context.obj({ sohoa: { Private: document.context.register(stream) } }),
          );
        },
      }),
    );

  it('accepts Crypt without parameters (Identity) or with Name /Identity', async () => {
    expect(await withStream('Crypt')).toEqual([]);
    expect(await withStream('Crypt', { Name: 'Identity' })).toEqual([]);
    expect(await withStream(['FlateDecode', 'Crypt'])).toEqual([]);
  });

  it('judges only the first of several filters given a DecodeParms array, as veraPDF does', async () => {
    expect(await withStream(['FlateDecode', 'LZWDecode'], [null, null])).toEqual([]);
    expect(await withStream(['LZWDecode', 'FlateDecode'], [null, null])).toEqual(['6.1.7.2-1']);
  });

  it('fails LZWDecode, a non-standard filter, and Crypt with another Name', async () => {
    expect(await withStream('LZWDecode')).toEqual(['6.1.7.2-1']);
    expect(await withStream(['FlateDecode', 'LZWDecode'])).toEqual(['6.1.7.2-1']);
    expect(await withStream('Crypt', { Name: 'StdCF' })).toEqual(['6.1.7.2-1']);
    expect(await withStream('Crypt', [{ Name: 'StdCF' }])).toEqual(['6.1.7.2-1']);
  });
});
