import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SohoaError } from '@sohoa/base';
import { type PDFContext, type PDFDocument, PDFName, type PDFPage } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { deflateBomb } from './__fixtures__/deflate-bomb.js';
import { minimalPdfA, xmpPacket } from './__fixtures__/minimal-pdfa.js';
import { checkPdfA } from './check-pdfa.js';

const MIB = 1024 * 1024;
type Place = (context: PDFContext, page: PDFPage, bytes: Uint8Array, document: PDFDocument) => void;

/** Where a test puts its Flate stream: as the XMP, the page content, the ICC profile or an object stream. */
const PLACES: Record<string, Place> = {
  'the XMP metadata': (context, _page, bytes, document) => {
    const stream = context.stream(bytes, { Type: 'Metadata', Subtype: 'XML', Filter: 'FlateDecode' });
    document.catalog.set(PDFName.of('Metadata'), context.register(stream));
  },
  'a content stream': (context, page, bytes) => {
    page.node.set(PDFName.of('Contents'), context.register(context.stream(bytes, { Filter: 'FlateDecode' })));
  },
  'an ICC output profile': (context, _page, bytes, document) => {
    const profile = context.register(context.stream(bytes, { N: 3, Filter: 'FlateDecode' }));
    const intent = context.obj({ Type: 'OutputIntent', S: 'GTS_PDFA1', OutputConditionIdentifier: 'sRGB' });
    intent.set(PDFName.of('DestOutputProfile'), profile);
    document.catalog.set(PDFName.of('OutputIntents'), context.obj([intent]));
  },
  'an object stream': (context, _page, bytes) => {
    context.register(context.stream(bytes, { Type: 'ObjStm', N: 1, First: 0, Filter: 'FlateDecode' }));
  },
};

async function pdfWith(place: Place, bytes: Uint8Array): Promise<Uint8Array> {
  return minimalPdfA({ decorate: (context, page, document) => place(context, page, bytes, document) });
}

describe('checkPdfA stream budget (PDF_LIMIT_EXCEEDED)', () => {
  it.each(Object.entries(PLACES))('refuses %s that inflates past maxStreamBytes', async (_name, place) => {
    const pdf = await pdfWith(place, deflateBomb(3 * MIB));
    const error = await checkPdfA(pdf, { maxStreamBytes: MIB }).catch((caught: unknown) => caught);
    expect(SohoaError.isInstance(error)).toBe(true);
    const sohoa = error as SohoaError;
    expect(sohoa.code).toBe('PDF_LIMIT_EXCEEDED');
    expect(sohoa.message).toMatch(/the stream \d+ 0 obj decodes to more than 1 MiB/);
    expect(sohoa.fix).toContain('maxStreamBytes');
    expect(sohoa.describe('vi')).toMatch(
      /luồng \d+ 0 obj khi giải nén vượt quá 1 MiB .* Cách khắc phục: .*maxStreamBytes/,
    );
  });

  it('reads a stream below the limit', async () => {
    const xmp = new TextEncoder().encode(xmpPacket());
    const { deflateSync } = await import('node:zlib');
    const report = await checkPdfA(await pdfWith(PLACES['the XMP metadata'] as Place, deflateSync(xmp)), {
      maxStreamBytes: xmp.length,
    });
    expect(report.failures.filter((failure) => failure.rule.startsWith('6.6'))).toEqual([]);
  });

  it('refuses stored data larger than the limit without reading it', async () => {
    const content = new TextEncoder().encode('q Q '.repeat(300_000));
    const pdf = await minimalPdfA({
      decorate: (context, page) =>
        page.node.set(PDFName.of('Contents'), context.register(context.stream(content))),
    });
    await expect(checkPdfA(pdf, { maxStreamBytes: MIB })).rejects.toMatchObject({
      code: 'PDF_LIMIT_EXCEEDED',
    });
    expect((await checkPdfA(pdf)).failures.map((failure) => failure.rule)).toEqual([]);
  });
});

describe('checkPdfA on 1 GiB bombs, in a child process', () => {
  const directory = mkdtempSync(join(tmpdir(), 'sohoa-bomb-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  const checker = fileURLToPath(new URL('./check-pdfa.ts', import.meta.url));
  const resident = fileURLToPath(new URL('../../../../fixtures/resident-memory.ts', import.meta.url));
  const script = join(directory, 'check.mts');
  writeFileSync(
    script,
    `import { checkPdfA } from ${JSON.stringify(checker)};
     import { residentMiB } from ${JSON.stringify(resident)};
     let code = 'none';
     try { await checkPdfA(process.argv[2]); } catch (error) { code = error.code ?? String(error); }
     console.log(JSON.stringify({ code, maxRssMiB: residentMiB() }));`,
  );

  it.each(['the XMP metadata', 'a content stream'])(
    'stops %s that inflates to 1 GiB with a coded error and bounded memory',
    async (name) => {
      const pdf = await pdfWith(PLACES[name] as Place, deflateBomb(1024 * MIB));
      expect(pdf.length).toBeLessThan(8 * MIB);
      const file = join(directory, 'bomb.pdf');
      writeFileSync(file, pdf);
      const child = spawnSync(
        process.execPath,
        ['--conditions=@sohoa/source', '--import', 'tsx', script, file],
        {
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      expect(child.stderr).toBe('');
      const result = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as {
        code: string;
        maxRssMiB: number;
      };
      expect(result.code).toBe('PDF_LIMIT_EXCEEDED');
      expect(result.maxRssMiB).toBeLessThan(600);
    },
    120_000,
  );
});
