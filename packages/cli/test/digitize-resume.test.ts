import type { ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validatePackage } from '@sohoa/ip';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bandDossier } from '../../../fixtures/digitize-fixtures.js';
import { filesUnder, spawnSohoa } from '../../../fixtures/sohoa-process.js';
import type { JournalEntry } from '../../pipeline/src/pipeline/journal.js';
import { LOCK_FILE } from '../../pipeline/src/pipeline/output-lock.js';
import { sha256File } from '../../pipeline/src/pipeline/sha256-file.js';
import { isTemporaryName } from '../../pipeline/src/pipeline/sweep-temporaries.js';
import { runCaptured } from './run-captured.js';

const CREATED_AT = '2026-11-27T03:00:00Z';
const KILLS = 3;

/** Runs still going when a test ends (it failed or timed out): killed, so none holds the output folder. */
const running = new Set<ChildProcess>();
afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
});

/** The arguments of every run of the test: `sohoa digitize <batch> --out <out> … --json`. */
function digitizeArgs(batch: string, out: string): string[] {
  return ['digitize', batch, '--out', out, '--jobs', '2', '--created-at', CREATED_AT, '--json'];
}

/**
 * Runs `sohoa digitize` on the batch to its end in this process (runCli, as bin.ts runs it): the
 * runs that are not killed need no process of their own, and skip a Node start and the sources'
 * loading (about 6 s of CPU each).
 */
async function runHere(batch: string, out: string): Promise<{ code: number; stdout: string }> {
  const run = await runCaptured(digitizeArgs(batch, out));
  return { code: run.exitCode, stdout: run.stdout };
}

/** Starts `sohoa digitize` on the batch as its own process (the way a user or a scheduler runs it), to kill it. */
function start(
  batch: string,
  out: string,
): { child: ChildProcess; exit: Promise<{ code: number | null; stdout: string }> } {
  // MALLOC_ARENA_MAX set by spawnSohoa: the command runs in this process, so a kill reaches it.
  const child = spawnSohoa(digitizeArgs(batch, out));
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr?.resume();
  running.add(child);
  const exit = new Promise<{ code: number | null; stdout: string }>((resolve) =>
    child.on('exit', (code) => {
      running.delete(child);
      resolve({ code, stdout });
    }),
  );
  return { child, exit };
}

function journalOf(text: string): JournalEntry[] {
  const lines = text.split('\n').filter((line) => line !== '');
  const entries: JournalEntry[] = [];
  lines.forEach((line, index) => {
    try {
      entries.push(JSON.parse(line));
    } catch (error) {
      // Only the very last line may be cut by a kill.
      if (index !== lines.length - 1 || text.endsWith('\n')) throw error;
    }
  });
  return entries;
}

/** Every file under its final name is complete, and every finished document in the journal has its recorded checksums. */
async function expectOnlyCompleteOutputs(out: string): Promise<void> {
  for (const path of await filesUnder(out)) {
    const name = path.split('/').pop() as string;
    if (isTemporaryName(name) || name === 'sohoa-journal.jsonl') continue;
    if (name === LOCK_FILE) {
      // A killed run leaves its lock; the process named in it is gone, so the next run takes it over.
      const { pid } = JSON.parse(await readFile(join(out, path), 'utf8')) as { pid: number };
      expect(() => process.kill(pid, 0), 'the locking process is dead').toThrow();
      continue;
    }
    const bytes = await readFile(join(out, path));
    if (name.endsWith('.pdf')) {
      expect(bytes.subarray(0, 5).toString('latin1'), path).toBe('%PDF-');
      expect(bytes.subarray(-16).toString('latin1'), path).toContain('%%EOF');
      await PDFDocument.load(bytes, { updateMetadata: false });
    } else if (name.endsWith('.json')) {
      JSON.parse(bytes.toString('utf8'));
    } else if (name.endsWith('.html')) {
      expect(bytes.toString('utf8').trimEnd().endsWith('</html>'), path).toBe(true);
    } else if (name.endsWith('.zip')) {
      expect((await validatePackage(join(out, path))).valid, path).toBe(true);
    } else {
      throw new Error(`unexpected output ${path}`);
    }
  }
  const journal = journalOf(await readFile(join(out, 'sohoa-journal.jsonl'), 'utf8').catch(() => ''));
  for (const entry of journal) {
    if (entry.type !== 'document' && entry.type !== 'dossier') continue;
    for (const file of entry.files)
      expect(await sha256File(join(out, file.path)), file.path).toBe(file.sha256);
  }
}

describe('sohoa digitize killed at random moments', () => {
  let batch: string;
  let reference: string;
  let killed: string;
  let referenceFiles: string[];

  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), 'sohoa-kill-'));
    batch = join(root, 'batch');
    await mkdir(batch);
    await bandDossier(join(batch, 'a'), '000.00.00.H00.2025.11', [0, 1]);
    await bandDossier(join(batch, 'b'), '000.00.00.H00.2025.12', [2]);
    reference = join(root, 'reference');
    killed = join(root, 'killed');
    const uninterrupted = await runHere(batch, reference);
    expect(uninterrupted.code).toBe(0);
    referenceFiles = (await filesUnder(reference)).filter((path) => path !== 'sohoa-journal.jsonl');
  });

  it('leaves only complete files and the journal after each SIGKILL, and the next run ends with the same bytes', async () => {
    expect(referenceFiles).toEqual([
      '000.00.00.H00.2025.11/000.00.00.H00.2025.11.1.json',
      '000.00.00.H00.2025.11/000.00.00.H00.2025.11.1.pdf',
      '000.00.00.H00.2025.11/000.00.00.H00.2025.11.2.json',
      '000.00.00.H00.2025.11/000.00.00.H00.2025.11.2.pdf',
      '000.00.00.H00.2025.11/000.00.00.H00.2025.11.aip.zip',
      '000.00.00.H00.2025.12/000.00.00.H00.2025.12.1.json',
      '000.00.00.H00.2025.12/000.00.00.H00.2025.12.1.pdf',
      '000.00.00.H00.2025.12/000.00.00.H00.2025.12.aip.zip',
      'report.html',
    ]);
    const delays: number[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      const run = start(batch, killed);
      // Anywhere from start-up (loading modules, planning) to the last documents and packages.
      const delay = 300 + Math.floor(Math.random() * 9000);
      delays.push(delay);
      const timer = setTimeout(() => run.child.kill('SIGKILL'), delay);
      const { code } = await run.exit;
      clearTimeout(timer);
      if (code === 0) break; // The run finished before its kill: nothing left to interrupt.
      await expectOnlyCompleteOutputs(killed);
    }
    const last = await runHere(batch, killed);
    expect(last.code, `killed after ${delays.join(', ')} ms`).toBe(0);
    expect((await filesUnder(killed)).filter((path) => path !== 'sohoa-journal.jsonl')).toEqual(
      referenceFiles,
    );
    for (const path of referenceFiles) {
      const same = (await readFile(join(killed, path))).equals(await readFile(join(reference, path)));
      expect(same, `${path} after kills at ${delays.join(', ')} ms`).toBe(true);
    }

    // A finished batch is verified and skipped: no page is read again.
    const again = await runHere(batch, killed);
    expect(again.code).toBe(0);
    const events = again.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events.filter((event) => event.type === 'page-done')).toEqual([]);
    expect(events.filter((event) => event.type === 'document-skipped')).toHaveLength(3);
    expect(events.at(-1).summary.dossiers).toEqual({ total: 2, done: 0, skipped: 2, failed: 0 });
  }, 300_000); // up to five runs of real OCR, three in their own processes: minutes on a loaded 2-core machine

  it('redoes a finished document whose output no longer has its recorded checksum, and only that one', async () => {
    const damaged = join(killed, '000.00.00.H00.2025.11/000.00.00.H00.2025.11.2.pdf');
    await writeFile(damaged, Buffer.concat([await readFile(damaged), Buffer.from('\n% tampered\n')]));
    const run = await runHere(batch, killed);
    expect(run.code).toBe(0);
    const events = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events.filter((event) => event.type === 'document-done').map((event) => event.file)).toEqual([
      '000.00.00.H00.2025.11.2.pdf',
    ]);
    const redone = events.find((event) => event.type === 'warning');
    expect(redone.message).toContain('outputs changed');
    expect(redone.messages.vi).toContain('kết quả đã bị thay đổi');
    for (const path of referenceFiles) {
      expect((await readFile(join(killed, path))).equals(await readFile(join(reference, path))), path).toBe(
        true,
      );
    }
  });
});
