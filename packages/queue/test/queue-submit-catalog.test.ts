import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { planInputs } from '@sohoa/pipeline';
import { Queue } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { SAMPLE_DOSSIER } from '../../../fixtures/index.js';
import type { DocumentJobData, SohoaJobData } from '../src/jobs/job-data.js';
import { runQueue } from './queue-fixtures.js';
import { useQueueTestBed } from './queue-test-bed.js';

const bed = useQueueTestBed({ dossiers: [] });
/** The dossier's code as an AIP's: creator, year, number and the catalog number ("Mục lục" 2). */
const FILE_CODE = 'H49.2025.07.2';
const SCANS = ['qn_ttr01_TTr-UBND_20250106_p1.jpg', 'qn_qd47_QD-UBND_20250117_p1.jpg'];

describe('sohoa queue submit <catalog>', () => {
  it('plans a catalog as sohoa digitize does: --scans, Windows paths, the config file’s catalog settings and the catalog number', async () => {
    const scans = join(bed.work, 'scans', 'Hộp 01'.normalize('NFD'));
    await mkdir(scans, { recursive: true });
    for (const scan of SCANS) await copyFile(join(SAMPLE_DOSSIER, scan), join(scans, scan));
    const catalog = join(bed.work, 'muc-luc.csv');
    // "Ký hiệu" is no heading sohoa knows: the config file says it holds the dossier's number.
    await writeFile(
      catalog,
      [
        'Mục lục;Ký hiệu;Tiêu đề hồ sơ;Thời gian tài liệu;Thời hạn bảo quản;Tên loại văn bản;Số văn bản;Ký hiệu văn bản;Ngày văn bản;Cơ quan ban hành;Trích yếu;Số trang;Đường dẫn file',
        `2;07;Hồ sơ thử;06/01/2025 - 17/01/2025;Vĩnh viễn;Tờ trình;01;TTr-UBND;06/01/2025;UBND tỉnh Quảng Ngãi;Về việc miễn nhiệm;1;D:\\SoHoa\\HỘP 01\\${SCANS[0]}`,
        `;;;;;Quyết định;47;QĐ-UBND;17/01/2025;UBND tỉnh Quảng Ngãi;Về việc kinh phí;1;D:\\SoHoa\\HỘP 01\\${SCANS[1]}`,
      ].join('\n'),
    );
    const config = join(bed.work, 'sohoa.config.json');
    await writeFile(
      config,
      JSON.stringify({ archiveCode: 'Q3', catalog: { creator: 'H49', columns: { 'Ký hiệu': 'notation' } } }),
    );
    const submitted = await runQueue(
      ['submit', catalog, '--out', bed.out, '--redis', bed.redis.url].concat([
        '--config',
        config,
        '--scans',
        join(bed.work, 'scans'),
      ]),
    );
    expect(submitted.stderr).toBe('');
    expect(submitted.code).toBe(0);

    const queue = new Queue<SohoaJobData>('sohoa', { connection: { url: bed.redis.url } });
    try {
      const jobs = await queue.getJobs(['waiting'], 0, -1);
      const documents = jobs
        .map((job) => job.data)
        .filter((data): data is DocumentJobData => data.kind === 'document')
        .sort((a, b) => a.document.ordinal - b.document.ordinal);
      const planned = await planInputs([catalog], {
        archiveCode: 'Q3',
        creator: 'H49',
        columns: { 'Ký hiệu': 'notation' },
        scansRoot: join(bed.work, 'scans'),
      });
      expect(documents.map((data) => data.dossier.fileCode)).toEqual([FILE_CODE, FILE_CODE]);
      expect(documents.map((data) => data.document)).toEqual(planned.planned[0]?.documents);
      expect(documents.map((data) => data.document.pages)).toEqual(
        SCANS.map((scan) => [{ file: join(scans, scan) }]),
      );
      // The dossier job, which packages, carries the same code: arcFileCode Q3.H49.2025.07.2.
      const parents = await queue.getJobs(['waiting-children'], 0, -1);
      expect(parents.map((job) => job.data.dossier.fileCode)).toEqual([FILE_CODE]);
      expect(parents.map((job) => job.data.settings.archiveCode)).toEqual(['Q3']);
    } finally {
      await queue.close();
    }
  });
});
