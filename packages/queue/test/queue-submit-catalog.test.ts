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
const FILE_CODE = 'H49.2025.07';
const SCANS = ['qn_ttr01_TTr-UBND_20250106_p1.jpg', 'qn_qd47_QD-UBND_20250117_p1.jpg'];

describe('sohoa queue submit <catalog>', () => {
  it('plans a catalog as sohoa digitize does: --scans, Windows paths and the config file’s catalog settings', async () => {
    const scans = join(bed.work, 'scans', 'Hộp 01'.normalize('NFD'));
    await mkdir(scans, { recursive: true });
    for (const scan of SCANS) await copyFile(join(SAMPLE_DOSSIER, scan), join(scans, scan));
    const catalog = join(bed.work, 'muc-luc.csv');
    // "Ký hiệu" is no heading sohoa knows: the config file says it holds the dossier's number.
    await writeFile(
      catalog,
      [
        'Ký hiệu;Tiêu đề hồ sơ;Thời gian tài liệu;Thời hạn bảo quản;Tên loại văn bản;Số văn bản;Ký hiệu văn bản;Ngày văn bản;Cơ quan ban hành;Trích yếu;Số trang;Đường dẫn file',
        `07;Hồ sơ thử;06/01/2025 - 17/01/2025;Vĩnh viễn;Tờ trình;01;TTr-UBND;06/01/2025;UBND tỉnh Quảng Ngãi;Về việc miễn nhiệm;1;D:\\SoHoa\\HỘP 01\\${SCANS[0]}`,
        `;;;;Quyết định;47;QĐ-UBND;17/01/2025;UBND tỉnh Quảng Ngãi;Về việc kinh phí;1;D:\\SoHoa\\HỘP 01\\${SCANS[1]}`,
      ].join('\n'),
    );
    const config = join(bed.work, 'sohoa.config.json');
    await writeFile(
      config,
      JSON.stringify({ catalog: { creator: 'H49', columns: { 'Ký hiệu': 'notation' } } }),
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
        creator: 'H49',
        columns: { 'Ký hiệu': 'notation' },
        scansRoot: join(bed.work, 'scans'),
      });
      expect(documents.map((data) => data.dossier.fileCode)).toEqual([FILE_CODE, FILE_CODE]);
      expect(documents.map((data) => data.document)).toEqual(planned.planned[0]?.documents);
      expect(documents.map((data) => data.document.pages)).toEqual(
        SCANS.map((scan) => [{ file: join(scans, scan) }]),
      );
    } finally {
      await queue.close();
    }
  });
});
