import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SohoaError } from '@sohoa/base';
import { JOURNAL_FILE, type JournalEntry, parseJournal } from '../pipeline/journal.js';
import type {
  ReportDocument,
  ReportDossier,
  ReportFailure,
  ReportRecord,
  ReportState,
} from './report-state.js';

type DocumentEntry = Extract<JournalEntry, { type: 'document' }>;
type DossierEntry = Extract<JournalEntry, { type: 'dossier' }>;
type FailedEntry = Extract<JournalEntry, { type: 'failed' }>;

/**
 * Reads an output folder's state for `report.html` from its journal and the documents' JSON
 * records: the latest entry of each document and dossier wins, so a failure redone successfully
 * later no longer shows, and a re-run that skips everything gives the same state. A dossier
 * failure that no document ever followed (its input could not be planned) shows only when the
 * latest run recorded it. Nothing depends on when or in how many runs the work was done.
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `INPUT_NOT_FOUND` when the folder has no journal.
 *
 * @example
 * ```ts
 * const state = await readReportState('out/batch');
 * console.log(state.dossiers.map((dossier) => `${dossier.key} ${dossier.status}`));
 * ```
 */
export async function readReportState(out: string): Promise<ReportState> {
  const entries = await readJournal(out);
  const lastRun = entries.findLastIndex((entry) => entry.type === 'run');
  const documents = new Map<string, Map<number, DocumentEntry | FailedEntry>>();
  const dossiers = new Map<string, { entry?: DossierEntry | FailedEntry; index: number }>();
  entries.forEach((entry, index) => {
    if (entry.type === 'run') return;
    if (!dossiers.has(entry.dossier)) dossiers.set(entry.dossier, { index: -1 });
    if (entry.type === 'document' || (entry.type === 'failed' && entry.ordinal !== undefined)) {
      const byOrdinal = documents.get(entry.dossier) ?? new Map();
      byOrdinal.set(entry.ordinal as number, entry);
      documents.set(entry.dossier, byOrdinal);
    } else {
      dossiers.set(entry.dossier, { entry, index });
    }
  });
  const state: ReportDossier[] = [];
  for (const [key, latest] of dossiers) {
    const byOrdinal = documents.get(key);
    if (!byOrdinal && (latest.entry?.type !== 'failed' || latest.index < lastRun)) continue;
    const reported: ReportDocument[] = [];
    for (const [ordinal, entry] of [...(byOrdinal ?? [])].sort(([a], [b]) => a - b)) {
      reported.push(await readDocument(out, ordinal, entry));
    }
    state.push(dossierState(key, latest.entry, reported));
  }
  const run = entries.find((entry) => entry.type === 'run');
  return {
    createdAt: run?.createdAt,
    dossiers: state.sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true })),
  };
}

function dossierState(
  key: string,
  entry: DossierEntry | FailedEntry | undefined,
  documents: ReportDocument[],
): ReportDossier {
  const findings = entry?.findings ?? [];
  if (entry?.type === 'failed') {
    return {
      key,
      status: 'failed',
      findings,
      failure: journaledFailure(entry),
      documents,
    };
  }
  const failed = documents.filter((document) => document.failure).length;
  if (failed > 0) {
    const en = `${failed} of ${documents.length} documents failed; the dossier is packaged once they are digitized.`;
    const failure = {
      code: 'DOSSIER_INCOMPLETE',
      message: en,
      messages: {
        vi: `${failed} trên ${documents.length} văn bản bị lỗi; hồ sơ được đóng gói khi các văn bản đó số hóa xong.`,
        en,
      },
    };
    return { key, status: 'failed', findings: [], failure, documents };
  }
  if (!entry) return { key, status: 'pending', findings: [], documents };
  return { key, status: 'done', package: entry.files[0]?.path, findings, documents };
}

async function readDocument(
  out: string,
  ordinal: number,
  entry: DocumentEntry | FailedEntry,
): Promise<ReportDocument> {
  if (entry.type === 'failed') return { ordinal, failure: journaledFailure(entry) };
  const pdf = entry.files.find((file) => file.path.endsWith('.pdf'))?.path;
  const json = entry.files.find((file) => file.path.endsWith('.json'))?.path ?? '';
  try {
    const record = JSON.parse(await readFile(join(out, json), 'utf8')) as ReportRecord;
    return { ordinal, pdf, record };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const en = `The document's record "${json}" cannot be read (${reason}); run sohoa digitize again to redo it.`;
    return {
      ordinal,
      pdf,
      failure: {
        code: 'INPUT_UNREADABLE',
        message: en,
        messages: {
          vi: `Không đọc được bản ghi "${json}" của văn bản (${reason}); hãy chạy lại sohoa digitize để làm lại văn bản này.`,
          en,
        },
      },
    };
  }
}

/** A journaled failure as the report shows it: its code, and its message in both languages when journaled so. */
function journaledFailure(entry: FailedEntry): ReportFailure {
  return { code: entry.code, message: entry.message, messages: entry.messages };
}

async function readJournal(out: string): Promise<JournalEntry[]> {
  const path = join(out, JOURNAL_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new SohoaError({
      code: 'INPUT_NOT_FOUND',
      message: {
        vi: `"${out}" không có nhật ký (${JOURNAL_FILE}): đây không phải thư mục đầu ra của sohoa digitize.`,
        en: `"${out}" has no journal (${JOURNAL_FILE}): it is not the output folder of sohoa digitize.`,
      },
      fix: {
        vi: 'Chỉ ra thư mục đã cho sohoa digitize --out, hoặc chạy sohoa digitize trước.',
        en: 'Give the folder passed to sohoa digitize --out, or run sohoa digitize first.',
      },
      cause,
      details: { path },
    });
  }
  return parseJournal(text);
}
