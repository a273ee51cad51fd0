import { mkdir, open, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { type Bilingual, SohoaError } from '@sohoa/base';
import type { Finding } from '@sohoa/ip';
import { OutputLock } from './output-lock.js';
import { sha256File } from './sha256-file.js';

const WRITABLE_FIX = {
  vi: 'Kiểm tra thư mục đầu ra có cho phép ghi không.',
  en: 'Check that the output folder is writable.',
};

/** Why the output folder could not be made, in both languages. */
function folderRefusal(cause: NodeJS.ErrnoException): Bilingual {
  if (cause.code === 'EEXIST' || cause.code === 'ENOTDIR') {
    return {
      vi: 'đã có một tệp ở vị trí của thư mục (hoặc của một thư mục cha)',
      en: 'a file stands where the folder (or one of its parents) should be',
    };
  }
  if (cause.code === 'EROFS') {
    return { vi: 'hệ thống tệp ở đó chỉ cho đọc (read-only)', en: 'the file system there is read-only' };
  }
  if (cause.code === 'EACCES' || cause.code === 'EPERM') {
    return { vi: 'vị trí này không cho phép ghi', en: 'the location is not writable' };
  }
  return { vi: cause.message, en: cause.message };
}

/**
 * Creates `out` and its missing parents. Node's recursive `mkdir` answers ENOENT for any refusal
 * below the deepest existing folder (a read-only mount: EROFS); the first missing folder is then
 * created alone, which fails with the real reason (or, if it was made meanwhile, the rest is).
 */
async function createFolder(out: string): Promise<void> {
  try {
    await mkdir(out, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    let missing = resolve(out);
    while (dirname(missing) !== missing && !(await exists(dirname(missing)))) missing = dirname(missing);
    await mkdir(missing);
    await mkdir(out, { recursive: true });
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The journal's file name in the output folder. */
export const JOURNAL_FILE = 'sohoa-journal.jsonl';

/** An output file recorded in the journal: its path relative to the output folder and its SHA-256. */
export interface JournaledFile {
  path: string;
  sha256: string;
}

/** One line of the journal. */
export type JournalEntry =
  | {
      /** A run started; the first run's `createdAt` is the creation time of every output. */
      type: 'run';
      at: string;
      createdAt: string;
    }
  | {
      /** A document is finished: its PDF/A and its JSON are complete. */
      type: 'document';
      at: string;
      dossier: string;
      ordinal: number;
      /** Fingerprint of the inputs and options the outputs were made from. */
      input: string;
      files: JournaledFile[];
      /** The PDF/A passed `checkPdfA` before this entry was written (absent in journals of older versions). */
      pdfaChecked?: true;
    }
  | {
      /** A dossier is finished: its package was built and validated (or no package was asked for). */
      type: 'dossier';
      at: string;
      dossier: string;
      /** The fingerprints of its documents' outputs, so a redone document invalidates the dossier. */
      documents: string[];
      files: JournaledFile[];
      /** The package validation's warnings (shown by `report.html`); absent when nothing was packaged. */
      findings?: Finding[];
    }
  | {
      /** A document or dossier failed; it is tried again on the next run. */
      type: 'failed';
      at: string;
      dossier: string;
      ordinal?: number;
      code: string;
      message: string;
      /** The same in Vietnamese and English, when the failure is a `SohoaError` (absent in journals of older versions). */
      messages?: Bilingual;
      /** The package validation's findings, when the package failed it. */
      findings?: Finding[];
    };

/**
 * The append-only journal of a digitization run, `sohoa-journal.jsonl` in the output folder:
 * one JSON object per line for each run started and each document and dossier finished or
 * failed, every line flushed to disk (`fsync`) before the work it records is reported done. A
 * run killed at any moment leaves at most one truncated last line, which is ignored when the
 * journal is read again.
 *
 * @example
 * ```ts
 * const journal = await Journal.open('out/batch');
 * journal.finishedDocument('H49.64.33.2001.160', 1); // the entry, when finished before
 * await journal.append({ type: 'failed', at: new Date().toISOString(), dossier: 'H49…', code: 'IMAGE_CORRUPT', message: '…' });
 * await journal.close();
 * ```
 */
export class Journal {
  /** The entries read when the journal was opened, in order. */
  readonly previous: readonly JournalEntry[];
  readonly #out: string;
  readonly #handle: Awaited<ReturnType<typeof open>>;
  readonly #lock: OutputLock;
  #writing: Promise<void> = Promise.resolve();

  private constructor(
    out: string,
    handle: Awaited<ReturnType<typeof open>>,
    previous: JournalEntry[],
    lock: OutputLock,
  ) {
    this.#out = out;
    this.#handle = handle;
    this.previous = previous;
    this.#lock = lock;
  }

  /**
   * Opens (creating if needed) the journal of an output folder and reads what it holds, taking the
   * folder's lock (see {@link OutputLock}) until {@link Journal.close}.
   *
   * @throws {@link @sohoa/core!SohoaError | SohoaError} `OUTPUT_WRITE_FAILED` when the folder cannot be created or written (a file in its place, read-only), `OUTPUT_LOCKED` when another run uses it.
   */
  static async open(out: string): Promise<Journal> {
    const path = join(out, JOURNAL_FILE);
    await createFolder(out).catch((cause: NodeJS.ErrnoException) => {
      throw new SohoaError({
        code: 'OUTPUT_WRITE_FAILED',
        message: {
          vi: `Không tạo được thư mục đầu ra "${out}": ${folderRefusal(cause).vi}.`,
          en: `Cannot create the output folder "${out}": ${folderRefusal(cause).en}.`,
        },
        fix: {
          vi: 'Cho --out đường dẫn một thư mục không phải tệp và cho phép ghi.',
          en: 'Give --out a folder path that is not a file and is writable.',
        },
        cause,
        details: { path: out, reason: cause.code },
      });
    });
    const lock = await OutputLock.take(out).catch((cause: unknown) => {
      if (SohoaError.isInstance(cause)) throw cause;
      throw new SohoaError({
        code: 'OUTPUT_WRITE_FAILED',
        message: {
          vi: `Không ghi được vào thư mục đầu ra "${out}": ${folderRefusal(cause as NodeJS.ErrnoException).vi}.`,
          en: `Cannot write into the output folder "${out}": ${folderRefusal(cause as NodeJS.ErrnoException).en}.`,
        },
        fix: WRITABLE_FIX,
        cause,
        details: { path: out },
      });
    });
    const text = await readFile(path, 'utf8').catch(() => '');
    const previous = parseJournal(text);
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(path, 'a');
    } catch (cause) {
      await lock.release();
      throw new SohoaError({
        code: 'OUTPUT_WRITE_FAILED',
        message: {
          vi: `Không mở được nhật ký "${path}" để ghi.`,
          en: `Cannot open the journal "${path}" for writing.`,
        },
        fix: WRITABLE_FIX,
        cause,
        details: { path },
      });
    }
    const journal = new Journal(out, handle, previous, lock);
    // End a killed run's partial last line, so the next entry starts on a line of its own.
    if (text !== '' && !text.endsWith('\n')) await journal.#appendRaw('\n');
    return journal;
  }

  /** The creation time of the first run recorded, if any. */
  firstCreatedAt(): Date | undefined {
    const first = this.previous.find((entry) => entry.type === 'run');
    return first ? new Date(first.createdAt) : undefined;
  }

  /** The last record of a finished document, if any. */
  finishedDocument(
    dossier: string,
    ordinal: number,
  ): Extract<JournalEntry, { type: 'document' }> | undefined {
    return this.previous.findLast(
      (entry): entry is Extract<JournalEntry, { type: 'document' }> =>
        entry.type === 'document' && entry.dossier === dossier && entry.ordinal === ordinal,
    );
  }

  /** The last record of a finished dossier, if any. */
  finishedDossier(dossier: string): Extract<JournalEntry, { type: 'dossier' }> | undefined {
    return this.previous.findLast(
      (entry): entry is Extract<JournalEntry, { type: 'dossier' }> =>
        entry.type === 'dossier' && entry.dossier === dossier,
    );
  }

  /** Whether every file of an entry still exists with the checksum recorded. */
  async verify(files: readonly JournaledFile[]): Promise<boolean> {
    for (const file of files) {
      if ((await sha256File(join(this.#out, file.path))) !== file.sha256) return false;
    }
    return true;
  }

  /** Appends one entry and waits until it is on disk. Entries are written in call order. */
  append(entry: JournalEntry): Promise<void> {
    return this.#appendRaw(`${JSON.stringify(entry)}\n`);
  }

  #appendRaw(text: string): Promise<void> {
    this.#writing = this.#writing.then(async () => {
      await this.#handle.appendFile(text, 'utf8');
      await this.#handle.sync();
    });
    return this.#writing;
  }

  /** Waits for pending entries and closes the file. */
  /** Closes the journal and releases the output folder's lock. */
  async close(): Promise<void> {
    await this.#writing.catch(() => undefined);
    await this.#handle.close();
    await this.#lock.release();
  }
}

/**
 * The entries of a journal's text; a line that is not complete JSON (a killed run's last) is skipped.
 *
 * @example
 * ```ts
 * const entries = parseJournal(await readFile('out/batch/sohoa-journal.jsonl', 'utf8'));
 * ```
 */
export function parseJournal(text: string): JournalEntry[] {
  const entries: JournalEntry[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      entries.push(JSON.parse(line) as JournalEntry);
    } catch {
      // A partial line from a run killed while appending.
    }
  }
  return entries;
}
