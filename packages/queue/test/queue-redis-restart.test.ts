import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../../fixtures/sohoa-process.js';
import { SAMPLE_CODE } from './queue-fixtures.js';
import { useQueueTestBed } from './queue-test-bed.js';

const SECOND_CODE = '000.00.00.H00.2025.03';
const bed = useQueueTestBed({ dossiers: [SAMPLE_CODE, SECOND_CODE] });

describe('Redis restarted mid-batch', () => {
  it('resumes from its append-only file: the workers reconnect and the batch completes', async () => {
    const submitted = await bed.submit();
    const workers = [bed.startWorker(), bed.startWorker()];
    await Promise.race(workers.map((worker) => worker.waitFor((event) => event.type === 'completed')));
    // A crash of the Redis server (SIGKILL: no clean shutdown), down for two seconds.
    await bed.redis.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await bed.redis.start();

    const status = await bed.finished(submitted.batchId);
    // Each worker said it lost Redis in sohoa's words, in both languages, each message once.
    for (const worker of workers) {
      const errors = worker.events.filter((event) => event.type === 'error');
      expect(errors.length).toBeGreaterThan(0);
      expect(new Set(errors.map((event) => event.message)).size).toBe(errors.length);
      for (const error of errors) {
        expect(error.code).toBe('QUEUE_UNREACHABLE');
        expect(error.messages?.vi).toMatch(
          /^Máy chủ Redis redis:\/\/127\.0\.0\.1:\d+ của hàng đợi (không nhận kết nối|đã đóng kết nối).*; máy xử lý vẫn chạy và tự kết nối lại khi máy chủ trả lời\. Cách khắc phục: /u,
        );
        expect(error.message).toBe(error.messages?.en);
        expect(error.message).toMatch(/^The Redis server .* the worker keeps running and reconnects/);
      }
    }
    for (const worker of workers) worker.child.kill('SIGTERM');
    const exits = await Promise.all(workers.map((worker) => worker.exit));
    expect(exits.map((exit) => exit.signal)).toEqual([null, null]);
    expect(status).toMatchObject({
      dossiers: { total: 2, done: 2 },
      documents: { total: 6, done: 6, failed: 0 },
      pages: { done: 6 },
      failures: [],
    });
    for (const code of [SAMPLE_CODE, SECOND_CODE]) {
      expect(await filesUnder(join(bed.out, code))).toEqual([
        `${code}.1.json`,
        `${code}.1.pdf`,
        `${code}.2.json`,
        `${code}.2.pdf`,
        `${code}.3.json`,
        `${code}.3.pdf`,
        `${code}.aip.zip`,
      ]);
    }
  }, 300_000); // real OCR in several processes: minutes on a loaded 2-core machine
});
