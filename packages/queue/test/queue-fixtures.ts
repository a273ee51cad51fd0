/**
 * Shared by the queue tests: batches made of the sample dossier's real scans, worker processes
 * started as a deployment starts them (`sohoa queue work`), and waiting on a batch's status.
 */
import type { ChildProcess } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { SAMPLE_DOSSIER } from '../../../fixtures/index.js';
import { spawnSohoa } from '../../../fixtures/sohoa-process.js';
import { runCli } from '../../cli/src/commands/run-cli.js';
import { type BatchStatus, batchStatus } from '../src/status/batch-status.js';

/** The creation time of every test batch, for byte-identical outputs. */
export const CREATED_AT = '2026-11-27T03:00:00.000Z';

/** The sample dossier's code. */
export const SAMPLE_CODE = '000.00.00.H00.2025.01';

/**
 * The locks of test workers that nobody kills: long enough that a worker on a loaded machine (a
 * CI runner, the suite's other files) renews its lock in time, so no job is taken for stalled and
 * run twice (seen with 5 s locks at load 8: extra attempts, a gracefully stopped job taken over).
 */
export const STEADY_LOCK = ['--lock-duration', '30000', '--stalled-interval', '10000'];

/** Locks short enough for a killed worker's job to be taken over within seconds, for the test that kills one. */
export const TAKEOVER_LOCK = ['--lock-duration', '10000', '--stalled-interval', '2000'];

/**
 * Writes a copy of the sample dossier (three real scans) into `folder` under dossier code
 * `fileCode`.
 */
export async function copySampleDossier(folder: string, fileCode = SAMPLE_CODE): Promise<void> {
  await mkdir(folder, { recursive: true });
  const description = JSON.parse(await readFile(join(SAMPLE_DOSSIER, 'dossier.json'), 'utf8'));
  description.dossier.fileCode = fileCode;
  await writeFile(join(folder, 'dossier.json'), JSON.stringify(description, null, 2));
  for (const page of description.pages as string[])
    await copyFile(join(SAMPLE_DOSSIER, page), join(folder, page));
}

/**
 * `count` one-page dossiers in `folder/d1`… (a small blank 300 dpi JPEG each: planning reads no
 * pixels), coded `000.00.00.H00.2025.001`…; returns their folders.
 */
export async function onePageDossiers(folder: string, count: number): Promise<string[]> {
  const sample = JSON.parse(await readFile(join(SAMPLE_DOSSIER, 'dossier.json'), 'utf8'));
  const page = await sharp({ create: { width: 300, height: 400, channels: 3, background: '#fff' } })
    .jpeg()
    .withDensity(300)
    .toBuffer();
  const folders: string[] = [];
  for (let index = 1; index <= count; index++) {
    const dossier = join(folder, `d${index}`);
    await mkdir(dossier, { recursive: true });
    const fileCode = `000.00.00.H00.2025.${String(index).padStart(3, '0')}`;
    const description = {
      dossier: { ...sample.dossier, fileCode, totalDoc: 1, numberOfPage: 1, numberOfPaper: 1 },
      pages: ['p1.jpg'],
    };
    await writeFile(join(dossier, 'dossier.json'), JSON.stringify(description));
    await writeFile(join(dossier, 'p1.jpg'), page);
    folders.push(dossier);
  }
  return folders;
}

/** A worker process: its events (JSON lines), and its exit. */
export interface WorkerProcess {
  child: ChildProcess;
  events: Array<{
    type: string;
    job?: string;
    name?: string;
    reason?: string;
    reasons?: { vi: string; en: string };
    code?: string;
    message?: string;
    messages?: { vi: string; en: string };
    reused?: boolean;
    eventLoopMaxMs?: number;
  }>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves at the first event that passes the test. */
  waitFor(test: (event: WorkerProcess['events'][number]) => boolean): Promise<void>;
}

/** Starts `sohoa queue work --json` as its own process, from the sources. */
export function startWorkerProcess(redis: string, extra: string[] = []): WorkerProcess {
  const child = spawnSohoa(['queue', 'work', '--redis', redis, '--json', '--concurrency', '1', ...extra]);
  const events: WorkerProcess['events'] = [];
  const waiters: Array<{ test: (event: WorkerProcess['events'][number]) => boolean; resolve: () => void }> =
    [];
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      const event = JSON.parse(line);
      events.push(event);
      for (const waiter of waiters.splice(0)) {
        if (waiter.test(event)) waiter.resolve();
        else waiters.push(waiter);
      }
    }
  });
  child.stderr?.resume();
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    events,
    exit,
    waitFor: (test) =>
      events.some(test) ? Promise.resolve() : new Promise((resolve) => waiters.push({ test, resolve })),
  };
}

/** Polls the batch's status until it is finished (every job done or failed for good). */
export async function waitForBatch(
  redis: string,
  batchId: string,
  timeoutMs = 240_000,
): Promise<BatchStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [status] = await batchStatus({ redis, batchId }).catch(() => [undefined]);
    if (status?.finished) return status;
    if (Date.now() > deadline) throw new Error(`batch ${batchId} not finished: ${JSON.stringify(status)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Runs `sohoa queue …` (the cli's command over this package) in this process and returns its exit code and output. */
export async function runQueue(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(['queue', ...argv], {
    info: (line) => stdout.push(line),
    error: (line) => stderr.push(line),
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}
