import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_DOSSIER } from '../../../fixtures/index.js';
import { queueKeyPrefix } from '../src/connection/queue-connection.js';
import { retryFailed } from '../src/retry/retry-failed.js';
import { batchStatus } from '../src/status/batch-status.js';
import { submitBatch } from '../src/submit/submit-batch.js';
import { startWorker } from '../src/worker/start-worker.js';
import { endJobsWithoutDigitizing } from './no-op-worker.js';
import { CREATED_AT, onePageDossiers, runQueue } from './queue-fixtures.js';
import { startRedis, type TestRedis } from './redis-server.js';

const servers: TestRedis[] = [];
afterAll(async () => Promise.all(servers.map((server) => server.stop())));

/** The code of an error, or `undefined` when `call` did not fail. */
async function failure(call: Promise<unknown>): Promise<{ code?: string; message?: string } | undefined> {
  return call.then(
    () => undefined,
    (error: unknown) => error as { code?: string; message?: string },
  );
}

describe('queue commands on a Redis that does not answer', () => {
  it('submit, work, status and retry each give up within their timeout with QUEUE_UNREACHABLE', async () => {
    const redis = await startRedis();
    servers.push(redis);
    const work = await mkdtemp(join(tmpdir(), 'sohoa-unanswered-'));
    // Frozen: the kernel still accepts connections, but no request is ever answered.
    redis.pause();
    const url = redis.url;
    const started = Date.now();
    const timeoutMs = 300;
    const errors = await Promise.all([
      failure(submitBatch({ redis: url, timeoutMs, inputs: [SAMPLE_DOSSIER], out: join(work, 'out') })),
      failure(startWorker({ redis: url, timeoutMs, concurrency: 1, scratch: work })),
      failure(batchStatus({ redis: url, timeoutMs })),
      failure(retryFailed({ redis: url, timeoutMs })),
    ]);
    expect(Date.now() - started, 'no hang').toBeLessThan(3000);
    for (const error of errors) {
      expect(error?.code, error?.message).toBe('QUEUE_UNREACHABLE');
      expect(error?.message).toContain(`The Redis server ${url} of the job queue does not answer`);
    }
    // The command line, with its default timeout (5 s): one coded line, no stack trace.
    const shown = await runQueue(['status', '--redis', url]);
    expect(shown.code).toBe(1);
    expect(shown.stderr).toMatch(/^sohoa: error QUEUE_UNREACHABLE: The Redis server .* does not answer/);
    expect(shown.stderr).not.toMatch(/\n\s+at /);
    redis.resume();
  }, 30_000);

  it('a Redis with a password: none given or a wrong one is QUEUE_AUTH_FAILED, in the chosen language, at once', async () => {
    const redis = await startRedis();
    servers.push(redis);
    const admin = new Redis(redis.url);
    await admin.config('SET', 'requirepass', 's3cret');
    await admin.quit();
    const port = redis.port;
    try {
      const started = Date.now();
      const none = await runQueue(['--messages', 'vi', 'status', '--redis', redis.url]);
      const wrong = await runQueue([
        '--messages',
        'en',
        'work',
        '--redis',
        `redis://:wrong@127.0.0.1:${port}`,
      ]);
      const submit = await runQueue([
        '--messages',
        'vi',
        'submit',
        SAMPLE_DOSSIER,
        '--out',
        '/tmp/none',
        '--redis',
        redis.url,
      ]);
      expect(Date.now() - started, 'no retries').toBeLessThan(5000);
      expect([none.code, wrong.code, submit.code]).toEqual([1, 1, 1]);
      expect(none.stderr).toBe(
        `sohoa: lỗi QUEUE_AUTH_FAILED: Máy chủ Redis ${redis.url} của hàng đợi đòi mật khẩu, mà URL không có mật khẩu (NOAUTH). Cách khắc phục: Ghi mật khẩu vào URL --redis (hoặc SOHOA_REDIS_URL): redis://:mật-khẩu@máy:cổng, hoặc redis://tên:mật-khẩu@máy:cổng nếu Redis dùng ACL.`,
      );
      expect(submit.stderr).toBe(none.stderr);
      // The password is not repeated.
      expect(wrong.stderr).toMatch(
        new RegExp(
          `^sohoa: error QUEUE_AUTH_FAILED: The Redis server redis://:\\*\\*\\*@127\\.0\\.0\\.1:${port} of the job queue refuses the user name or password of the URL \\(WRONGPASS\\)\\. Fix: Correct the password`,
        ),
      );
      const right = await runQueue(['status', '--redis', `redis://:s3cret@127.0.0.1:${port}`]);
      expect([right.code, right.stdout, right.stderr]).toEqual([0, 'no batches in this queue', '']);
    } finally {
      const reset = new Redis(`redis://:s3cret@127.0.0.1:${port}`);
      await reset.config('SET', 'requirepass', '');
      await reset.quit();
    }
  }, 30_000);

  it('retry that loses Redis part-way says so, and the same retry after the restart queues every dossier: none lost', async () => {
    const redis = await startRedis();
    servers.push(redis);
    const work = await mkdtemp(join(tmpdir(), 'sohoa-retry-lost-'));
    const dossiers = 60;
    const inputs = await onePageDossiers(join(work, 'batch'), dossiers);
    const options = { redis: redis.url, batchId: 'lost', createdAt: new Date(CREATED_AT) };
    await submitBatch({ ...options, inputs, out: join(work, 'out') });
    const codes = new Set(
      inputs.map((_, index) => `000.00.00.H00.2025.${String(index + 1).padStart(3, '0')}`),
    );
    // Every dossier's document fails, then its dossier job: 60 incomplete dossiers to retry.
    await endJobsWithoutDigitizing(redis.url, dossiers * 2, codes);

    // Redis is killed (SIGKILL) as soon as the retry writes down the first dossiers it takes out.
    const watcher = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    watcher.on('error', () => undefined);
    const journal = `${queueKeyPrefix({ redis: redis.url })}:sohoa-retrying:lost`;
    let killed = false;
    const watch = (async () => {
      while (!(await watcher.exists(journal).catch(() => 0)))
        await new Promise((resolve) => setTimeout(resolve, 1));
      watcher.disconnect();
      await redis.kill('SIGKILL');
      killed = true;
    })();
    const started = Date.now();
    const error = await failure(retryFailed(options));
    await watch;
    expect(killed).toBe(true);
    expect(Date.now() - started, 'no hang').toBeLessThan(30_000);
    expect(error?.code, error?.message).toBe('QUEUE_UNREACHABLE');
    expect(error?.message).toMatch(/stopped answering .*; \d+ dossier\(s\) were queued again\./);

    await redis.start();
    const again = await retryFailed(options);
    const [status] = await batchStatus(options);
    expect(status?.dossiers).toMatchObject({ total: dossiers, waiting: dossiers, incomplete: 0, failed: 0 });
    expect(again.dossiers.length).toBeGreaterThan(0);
    expect(again.documents).toBe(again.dossiers.length);
  }, 120_000);
});
