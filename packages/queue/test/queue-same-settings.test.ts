import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { verifyPdfSignature } from '@sohoa/pdfa';
import type { DigitizedDocumentRecord } from '@sohoa/pipeline';
import { afterAll, describe, expect, it } from 'vitest';
import { bandDossier } from '../../../fixtures/digitize-fixtures.js';
import { makeP12 } from '../../../fixtures/p12.js';
import { filesUnder } from '../../../fixtures/sohoa-process.js';
import { runCli } from '../../cli/src/commands/run-cli.js';
import { CREATED_AT, runQueue } from './queue-fixtures.js';
import { useQueueTestBed } from './queue-test-bed.js';

const bed = useQueueTestBed({ dossiers: [] });
const FILE_CODE = '000.00.00.H00.2025.77';
const AGENCY = 'Trung tâm Lưu trữ lịch sử tỉnh Quảng Ngãi';
const PASSWORD_ENV = 'SOHOA_TEST_QUEUE_P12_PASSWORD';

/**
 * One set of settings — a `sohoa.config.json` (signing by key file and password variable, cleanup
 * options, OCR settings, organization) and flags (`--material map-or-drawing`, `--dpi 250`) — given
 * to `sohoa digitize` and to `sohoa queue submit`: the same outputs byte for byte. The worker
 * process reads the key and its password (from its environment) itself.
 */
describe('sohoa digitize and sohoa queue with the same settings', () => {
  // The files of the package share one process: leave no password behind for the next one.
  afterAll(() => {
    Reflect.deleteProperty(process.env, PASSWORD_ENV);
  });

  it('sign with the key file, apply the material and cleanup options, and write the same bytes', async () => {
    const dossier = join(bed.batch, 'd1');
    await mkdir(dossier, { recursive: true });
    await bandDossier(dossier, FILE_CODE, [0, 2]);
    const p12 = join(bed.work, 'agency.p12');
    await writeFile(p12, makeP12('mật khẩu'));
    process.env[PASSWORD_ENV] = 'mật khẩu'; // the worker processes inherit it
    const config = join(bed.work, 'sohoa.config.json');
    await writeFile(
      config,
      JSON.stringify({
        organization: AGENCY,
        cleanup: { cropBorders: false, despeckle: false },
        ocr: { detectOrientation: false, correct: false },
        sign: { p12, agency: AGENCY, passwordEnv: PASSWORD_ENV },
      }),
    );
    const settings = ['--config', config, '--material', 'map-or-drawing', '--dpi', '250'];
    const single = join(bed.work, 'single');
    const lines: string[] = [];
    const output = { info: (line: string) => lines.push(line), error: (line: string) => lines.push(line) };
    const digitized = await runCli(
      ['digitize', dossier, '--out', single, '--created-at', CREATED_AT, '-j', '1', ...settings],
      output,
    );
    expect(digitized, lines.join('\n')).toBe(0);

    const submitted = await runQueue([
      'submit',
      dossier,
      '--out',
      bed.out,
      '--redis',
      bed.redis.url,
      '--created-at',
      CREATED_AT,
      '--json',
      ...settings,
    ]);
    expect(submitted.code, submitted.stderr).toBe(0);
    const { batchId } = JSON.parse(submitted.stdout) as { batchId: string };
    const worker = bed.startWorker(['--concurrency', '1']);
    const status = await bed.finished(batchId);
    worker.child.kill('SIGTERM');
    expect((await worker.exit).code).toBe(0);
    expect(status).toMatchObject({ documents: { total: 2, done: 2, failed: 0 }, failures: [] });

    const expected = await filesUnder(join(single, FILE_CODE));
    expect(expected).toEqual([
      `${FILE_CODE}.1.json`,
      `${FILE_CODE}.1.pdf`,
      `${FILE_CODE}.2.json`,
      `${FILE_CODE}.2.pdf`,
      `${FILE_CODE}.aip.zip`,
    ]);
    expect(await filesUnder(join(bed.out, FILE_CODE))).toEqual(expected);
    for (const file of expected) {
      const [a, b] = await Promise.all([
        readFile(join(single, FILE_CODE, file)),
        readFile(join(bed.out, FILE_CODE, file)),
      ]);
      expect(b.equals(a), `${file} differs`).toBe(true);
    }
    // The settings took effect on the queue's route: signed by the agency's key, checked as a map
    // (300 dpi required, the pages declared 250 dpi), cleanup without border cropping.
    const pdf = new Uint8Array(await readFile(join(bed.out, FILE_CODE, `${FILE_CODE}.1.pdf`)));
    const verified = await verifyPdfSignature(pdf);
    expect(verified.signatures).toHaveLength(1);
    expect(verified.signatures[0]).toMatchObject({ intact: true, coversWholeFile: true });
    const record = JSON.parse(
      await readFile(join(bed.out, FILE_CODE, `${FILE_CODE}.1.json`), 'utf8'),
    ) as DigitizedDocumentRecord;
    expect(record.pages[0]?.dpi).toBe(250);
    expect(record.pages[0]?.violations.map((violation) => violation.rule).join()).toMatch(
      /maps and drawings/,
    );
  }, 300_000);
});
