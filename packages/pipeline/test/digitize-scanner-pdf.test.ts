import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validatePackage } from '@sohoa/ip';
import { checkPdfA } from '@sohoa/pdfa';
import { beforeAll, describe, expect, it } from 'vitest';
import { bandDossier } from '../../../fixtures/digitize-fixtures.js';
import { imageStreams } from '../../../fixtures/image-streams.js';
import { SCANNER_PDFS } from '../../../fixtures/index.js';
import { zipTexts } from '../../../fixtures/zip-texts.js';
import type { DigitizedDocumentRecord } from '../src/index.js';
import { digitize } from '../src/pipeline/digitize.js';

const FILE_CODE = '000.00.00.H00.2025.32';

describe('digitize on a dossier whose document is a scanner PDF', () => {
  let folder: string;
  const [landscape = ''] = SCANNER_PDFS;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sohoa-scanner-pdf-'));
    const dossier = join(folder, 'dossier');
    await bandDossier(dossier, FILE_CODE, [0]);
    await copyFile(landscape, join(dossier, 'scanner.pdf'));
    const metadata = JSON.parse(await readFile(join(dossier, 'dossier.json'), 'utf8'));
    // a staff list ("Danh sách"): no document type in its header for OCR to read, so it is given
    const documents = [{ numberOfPage: 1, subject: 'Danh sách cán bộ công nhân viên', typeName: '32' }];
    await writeFile(
      join(dossier, 'dossier.json'),
      JSON.stringify({ ...metadata, pages: ['scanner.pdf'], documents }),
    );
  });

  it('rewrites it (images byte for byte, true PDF/A), combines the layers and says so in the record and PREMIS', {
    timeout: 600_000,
  }, async () => {
    const out = join(folder, 'out');
    for await (const event of digitize({ inputs: [join(folder, 'dossier')], out, jobs: 1 })) {
      if (event.type === 'document-failed' || event.type === 'dossier-failed') {
        throw new Error(`${event.code}: ${event.message}`);
      }
    }
    const pdf = new Uint8Array(await readFile(join(out, FILE_CODE, `${FILE_CODE}.1.pdf`)));
    const input = new Uint8Array(await readFile(landscape));
    expect(await imageStreams(pdf)).toEqual(await imageStreams(input));
    expect((await checkPdfA(pdf)).passed).toBe(true);
    expect(pdf.length).toBeLessThanOrEqual(1.05 * input.length);
    const record = JSON.parse(
      await readFile(join(out, FILE_CODE, `${FILE_CODE}.1.json`), 'utf8'),
    ) as DigitizedDocumentRecord;
    expect(record.textLayer).toMatchObject({ mode: 'combine', pagesBySource: { combined: 1 } });
    expect(record.textLayer?.counts.ocr).toBeGreaterThan(0);
    // each word taken from sohoa's reading is listed with the scanner's word and why
    const taken = record.textLayer?.pages[0]?.changes.filter((change) => change.source === 'ocr') ?? [];
    expect(taken).toHaveLength(record.textLayer?.counts.ocr ?? -1);
    for (const change of taken) {
      expect(change.rejected).not.toBe(change.text);
      expect(change.reason).not.toBe('');
    }
    const aip = join(out, FILE_CODE, `${FILE_CODE}.aip.zip`);
    expect(
      (await validatePackage(aip, { profile: 'vn-tt05' })).findings.filter((f) => f.severity === 'error'),
    ).toEqual([]);
    const premis = zipTexts(await readFile(aip), 'PREMIS.xml').join('\n');
    expect(premis).toContain(
      'Lớp chữ ẩn: kết hợp lớp chữ của máy quét với OCR của sohoa (text layer: combine;',
    );
  });
});
