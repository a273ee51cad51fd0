import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankScan } from '../../test/blank-scan.js';
import { planInputs } from './plan-inputs.js';

/** A dossier of an archive's older records, dated by years alone, as dossier.json describes it. */
const DOSSIER = {
  fileCode: 'P5.1963.11',
  title: 'Hồ sơ về công tác thủy lợi các năm 1963-1965',
  maintenance: '01',
  mode: '01',
  language: ['01'],
  startDate: '1963',
  endDate: '1965',
  totalDoc: 2,
  numberOfPage: 3,
};

const DOCUMENTS = [
  {
    numberOfPage: 2,
    typeName: '02',
    codeNotation: 'QĐ-UB',
    issuedDate: '1963',
    organName: 'Ủy ban hành chính tỉnh',
    subject: 'Thành lập ban thủy lợi',
  },
  {
    numberOfPage: 1,
    typeName: '09',
    codeNotation: 'BC-UB',
    issuedDate: '05/1965',
    organName: 'Ủy ban hành chính tỉnh',
    subject: 'Tổng kết',
  },
];

describe('planInputs on a dossier folder dated by years alone (dossier.json)', () => {
  let root: string;
  let folder: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sohoa-folder-aip-dates-'));
    folder = join(root, 'P5.1963.11');
    await mkdir(folder);
    await writeFile(join(folder, 'scan.pdf'), await blankScan(3));
    await writeFile(
      join(folder, 'dossier.json'),
      JSON.stringify({ dossier: { ...DOSSIER, fileCode: ` ${DOSSIER.fileCode}` }, documents: DOCUMENTS }),
    );
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('plans it as a catalog dossier is planned when the run makes AIPs and knows the archive code', async () => {
    const plan = await planInputs([folder], { archiveCode: 'Q3' });
    expect(plan.unplanned).toEqual([]);
    const [planned] = plan.planned;
    // The record keeps its code (trimmed, as the SIP schema keeps it): packaging makes arcFileCode Q3.P5.1963.11.
    expect(planned?.dossier).toEqual({ ...DOSSIER, fileCode: 'P5.1963.11' });
    expect(
      planned?.documents.map((document) => [document.metadata.issuedDate, document.pages.length]),
    ).toEqual([
      ['1963', 2],
      ['05/1965', 1],
    ]);
    // A batch folder holding it is planned the same.
    const batch = await planInputs([root], { archiveCode: 'Q3', packageType: 'aip' });
    expect(batch.planned.map((each) => each.dossier)).toEqual([planned?.dossier]);
  });

  it('refuses it for a SIP, which takes full dates only, without naming the archive code', async () => {
    const plan = await planInputs([folder], { archiveCode: 'Q3', packageType: 'sip' });
    expect(plan.planned).toEqual([]);
    const error = plan.unplanned[0]?.error;
    expect(error?.code).toBe('METADATA_INVALID');
    expect(error?.describe('en')).toContain(
      'Thời gian bắt đầu (startDate, start date) = "1963": is not a real date',
    );
    expect(error?.describe('en')).not.toContain('--archive-code');
  });

  it('names the archive code when a run of AIPs lacks it, in both languages', async () => {
    const plan = await planInputs([folder], {});
    expect(plan.planned).toEqual([]);
    const error = plan.unplanned[0]?.error;
    expect(error?.code).toBe('METADATA_INVALID');
    expect(error?.describe('en')).toContain('give the archive code (--archive-code');
    expect(error?.describe('vi')).toContain('cho mã cơ quan lưu trữ (--archive-code');
  });
});
