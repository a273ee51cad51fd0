import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { batchesKey } from '../src/jobs/batch-store.js';
import { submitBatch } from '../src/submit/submit-batch.js';
import { CREATED_AT, onePageDossiers, runQueue } from './queue-fixtures.js';
import { startRedis, type TestRedis } from './redis-server.js';

const DOSSIERS = 150;

let redis: TestRedis | undefined;
afterAll(async () => redis?.stop());

describe('sohoa queue submit when Redis dies part-way', () => {
  it('fails promptly with QUEUE_UNREACHABLE saying how far it got, and a re-run after the restart completes the batch', async () => {
    redis = await startRedis();
    const work = await mkdtemp(join(tmpdir(), 'sohoa-submit-lost-'));
    const inputs = await onePageDossiers(join(work, 'batch'), DOSSIERS);
    const options = {
      redis: redis.url,
      inputs,
      out: join(work, 'out'),
      batchId: 'lost',
      createdAt: new Date(CREATED_AT),
    };
    // Redis is killed (SIGKILL: a crash) as soon as the batch record is written, i.e. while jobs are added.
    const watcher = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    watcher.on('error', () => undefined);
    const server = redis;
    let killed = false;
    const watch = (async () => {
      while (!(await watcher.hexists(batchesKey({ redis: server.url }), 'lost').catch(() => 0))) {
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      watcher.disconnect();
      await server.kill('SIGKILL');
      killed = true;
    })();
    const started = Date.now();
    const error = await submitBatch(options).then(
      () => undefined,
      (caught: unknown) => caught as { code?: string; message?: string; stack?: string },
    );
    await watch;
    expect(killed).toBe(true);
    expect(Date.now() - started, 'no hang').toBeLessThan(30_000);
    expect(error?.code).toBe('QUEUE_UNREACHABLE');
    const done = Number(/; (\d+) of 150 dossiers were submitted\./.exec(error?.message ?? '')?.[1]);
    expect(done, error?.message).toBeLessThan(DOSSIERS);

    // The same command after the restart (its append-only file keeps what was added) adds the rest, nothing twice.
    await redis.start();
    const again = await submitBatch(options);
    expect(again.dossiers).toBe(DOSSIERS);
    expect(again.added + again.existing).toBe(DOSSIERS * 2);
    expect(again.existing).toBeGreaterThanOrEqual(done * 2);
  }, 180_000);

  it('answers a --redis that is not a Redis URL as a usage error (exit 2), without trying to connect', async () => {
    const result = await runQueue(['status', '--redis', 'http://127.0.0.1:6379']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"http://127.0.0.1:6379" is not a Redis URL');
  });
});
