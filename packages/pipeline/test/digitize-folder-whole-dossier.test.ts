import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validatePackage } from '@sohoa/ip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeScannedPdf } from '../../../fixtures/digitize-fixtures.js';
import type { DigitizedDocumentRecord, DigitizeEvent } from '../src/index.js';
import { digitize } from '../src/pipeline/digitize.js';

const FILE_CODE = 'H00.2025.07';

describe('digitize on a dossier folder of three documents scanned as one PDF, without a documents list', () => {
  let root: string;
  const events: DigitizeEvent[] = [];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sohoa-folder-whole-'));
    // One real page: the header band of the sample tờ trình (its issuer is read from it).
    await writeScannedPdf(join(root, 'ho-so.pdf'), [0]);
    const dossier = {
      fileCode: FILE_CODE,
      title: 'Tập tờ trình của Ủy ban nhân dân tỉnh năm 2025',
      maintenance: '01',
      mode: '01',
      language: ['01'],
      startDate: '06/01/2025',
      endDate: '17/01/2025',
      totalDoc: 3,
      numberOfPage: 1,
    };
    await writeFile(join(root, 'dossier.json'), JSON.stringify({ dossier }));
    for await (const event of digitize({
      inputs: [root],
      out: join(root, 'out'),
      cleanup: false,
      ocr: { detectOrientation: false },
      createdAt: new Date('2026-12-07T03:00:00Z'),
    })) {
      events.push(event);
    }
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('packages one whole-dossier document in an AIP that the vn-tt05 profile accepts', async () => {
    expect(events.filter((event) => event.type.endsWith('-failed'))).toEqual([]);
    const record: DigitizedDocumentRecord = JSON.parse(
      await readFile(join(root, 'out', FILE_CODE, `${FILE_CODE}.1.json`), 'utf8'),
    );
    expect(record.metadata).toMatchObject({ typeName: '32', issuedDate: '06/01/2025' });
    // dossier.json names no issuer: the first page's header does.
    expect(typeof record.metadata.organName).toBe('string');
    expect(record.derivations?.filter((each) => each.how === 'whole-dossier')).toHaveLength(5);
    const report = await validatePackage(join(root, 'out', FILE_CODE, `${FILE_CODE}.aip.zip`), {
      profile: 'vn-tt05',
    });
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
