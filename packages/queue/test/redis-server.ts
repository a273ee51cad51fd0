/**
 * A real `redis-server` for the queue tests: its own process on a free loopback port, its own
 * temporary folder, persistence on (append-only file, fsync'd at every write), so a test can
 * kill it and start it again on the same data. Nothing depends on a system service.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

export interface TestRedis {
  url: string;
  port: number;
  /** Kills the server (SIGKILL by default: a crash) and waits for it to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts the server again on the same port and data folder. */
  start(): Promise<void>;
  /**
   * Freezes the server (SIGSTOP): connections are still accepted by the kernel but nothing is
   * answered, as when its machine hangs or the network drops packets; `resume` (SIGCONT) thaws it.
   */
  pause(): void;
  resume(): void;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts a `redis-server` of its own. `appendfsync` is `always` by default (nothing lost by a
 * crash, what the restart test needs); a benchmark of bulk writes may use `everysec`, the setting
 * the deployment guide calls enough.
 */
export async function startRedis(options: { appendfsync?: 'always' | 'everysec' } = {}): Promise<TestRedis> {
  const dir = await mkdtemp(join(tmpdir(), 'sohoa-redis-'));
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  const start = async () => {
    child = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--appendonly',
        'yes',
        '--appendfsync',
        options.appendfsync ?? 'always',
        '--save',
        '',
        '--maxmemory-policy',
        'noeviction',
      ],
      { stdio: 'ignore' },
    );
    const current = child;
    exited = new Promise((resolve) => current.once('exit', () => resolve()));
    for (let tries = 0; ; tries++) {
      const client = new Redis(url, {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      client.on('error', () => undefined); // refused until the server listens: the loop retries
      try {
        await client.connect();
        await client.ping();
        client.disconnect();
        return;
      } catch (error) {
        client.disconnect();
        if (tries > 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };
  await start();
  return {
    url,
    port,
    start,
    pause() {
      child?.kill('SIGSTOP');
    },
    resume() {
      child?.kill('SIGCONT');
    },
    async kill(signal = 'SIGKILL') {
      child?.kill(signal);
      await exited;
    },
    async stop() {
      child?.kill('SIGCONT');
      child?.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
