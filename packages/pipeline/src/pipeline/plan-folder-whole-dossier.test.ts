import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SohoaError } from '@sohoa/base';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankScan } from '../../test/blank-scan.js';
import { planFolder } from './plan-folder.js';
import { requireWholeDossierIssuer } from './whole-dossier.js';

/** A dossier of `totalDoc` documents (TT05 fields), dated 2010. */
const dossier = (totalDoc: number, numberOfPage: number) => ({
  fileCode: 'G09.2010.01',
  title: 'Tập quyết định về công tác cán bộ năm 2010',
  maintenance: '01',
  mode: '01',
  language: ['01'],
  startDate: '05/01/2010',
  endDate: '30/12/2010',
  totalDoc,
  numberOfPage,
});

describe('planFolder on a dossier folder of several documents without a "documents" list', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sohoa-folder-whole-'));
    await mkdir(join(root, 'one-pdf'));
    await writeFile(join(root, 'one-pdf', 'dossier.json'), JSON.stringify({ dossier: dossier(3, 4) }));
    await writeFile(join(root, 'one-pdf', 'ho-so.pdf'), await blankScan(4));
    await mkdir(join(root, 'images'));
    await writeFile(join(root, 'images', 'dossier.json'), JSON.stringify({ dossier: dossier(2, 3) }));
    const page = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    for (const name of ['p1.png', 'p2.png', 'p3.png']) await writeFile(join(root, 'images', name), page);
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('makes one document of the whole PDF, described by dossier.json, as a catalog of dossiers does', async () => {
    const planned = await planFolder(join(root, 'one-pdf'));
    // The package holds one document: the dossier counts it (receiving systems check it).
    expect(planned.dossier).toMatchObject({ fileCode: 'G09.2010.01', totalDoc: 1, numberOfPage: 4 });
    expect(planned.documents).toHaveLength(1);
    const [document] = planned.documents;
    expect(document?.pages.map((each) => each.pdfPage)).toEqual([1, 2, 3, 4]);
    expect(document?.metadata).toEqual({
      typeName: '32',
      subject: 'Tập quyết định về công tác cán bộ năm 2010',
      issuedDate: '05/01/2010',
      description:
        'Cả hồ sơ số hóa thành một tài liệu: dossier.json ghi hồ sơ có 3 văn bản nhưng không mô tả từng văn bản.',
    });
    expect(
      document?.derivations?.map((each) => [each.record, each.field, each.how, each.from[0]?.heading]),
    ).toEqual([
      ['dossier', 'totalDoc', 'whole-dossier', 'dossier.totalDoc'],
      ['document', 'typeName', 'whole-dossier', 'dossier.totalDoc'],
      ['document', 'subject', 'whole-dossier', 'dossier.title'],
      ['document', 'issuedDate', 'whole-dossier', 'dossier.startDate'],
      ['document', 'description', 'whole-dossier', 'dossier.totalDoc'],
    ]);
    expect(document?.derivations?.every((each) => each.from[0]?.sheet === 'dossier.json')).toBe(true);
    // No issuer in dossier.json: read from the first page, else the document fails naming what gives it.
    let refused: unknown;
    try {
      if (document) requireWholeDossierIssuer(document, document.metadata);
    } catch (error) {
      refused = error;
    }
    expect(SohoaError.isInstance(refused) && refused.code).toBe('METADATA_INVALID');
    expect((refused as SohoaError).describe('en')).toContain('Add a "documents" list to dossier.json');
    expect((refused as SohoaError).describe('en')).not.toContain('fondCodes');
  });

  it('still refuses separate page images it cannot split (which pages make which document?)', async () => {
    const refused = await planFolder(join(root, 'images')).catch((error: unknown) => error);
    expect(SohoaError.isInstance(refused) && refused.code).toBe('DOCUMENT_SPLIT_INVALID');
    expect((refused as SohoaError).describe('en')).toContain('2 documents (totalDoc) and 3 pages');
  });
});
