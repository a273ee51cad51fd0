import { SohoaError } from '@sohoa/base';
import Papa from 'papaparse';
import type { MetadataErrorCode } from '../errors/metadata-error-codes.js';
import type { CellValue, RawSheet, RowBudget } from './raw-sheet.js';

/** Longest CSV row accepted, in characters: an unclosed quote would otherwise swallow the file. */
const MAX_RECORD_CHARACTERS = 1024 * 1024;

/** A row that does not end within {@link MAX_RECORD_CHARACTERS}. */
class RecordTooLong extends Error {}

class NotUtf8 extends Error {}

/** The file's bytes, from the start, as often as asked (a second pass decodes as Windows-1252). */
export type ByteChunks = () => AsyncIterable<Uint8Array>;

async function* decode(chunks: ByteChunks, encoding: 'utf-8' | 'windows-1252'): AsyncIterable<string> {
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  try {
    for await (const chunk of chunks()) {
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (error) {
    throw error instanceof TypeError ? new NotUtf8() : error;
  }
}

function delimiterOf(text: string): string {
  const firstLines = text.split(/\r?\n/, 5).join('\n');
  const counts = [',', ';', '\t'].map(
    (delimiter) => [delimiter, firstLines.split(delimiter).length] as const,
  );
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}

async function readRecords(
  chunks: ByteChunks,
  encoding: 'utf-8' | 'windows-1252',
  fileName: string,
  budget: RowBudget,
): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  let last = -1;
  const take = (records: string[][]) => {
    for (const record of records) {
      const row = record.map((cell) => (cell === '' ? null : cell));
      if (row.some((cell) => cell !== null)) {
        budget.take(fileName, rows.length + 1, row.length);
        last = rows.length;
        rows.push(row);
      } else rows.push([]);
    }
  };
  // Papa's own stream mode queues rows with Array.shift, quadratic on chunks of short rows: parse
  // chunk by chunk instead, keeping the unfinished last row for the next chunk as its streamer does.
  let parser: Papa.Parser | undefined;
  let partial = '';
  try {
    for await (const text of decode(chunks, encoding)) {
      parser ??= new Papa.Parser({
        delimiter: delimiterOf(text),
        newline: text.includes('\r\n') ? '\r\n' : '\n',
        quoteChar: '"',
      });
      const input = partial + text;
      const result = parser.parse(input, 0, true) as { data: string[][]; meta: { cursor: number } };
      take(result.data);
      partial = input.slice(result.meta.cursor);
      if (partial.length > MAX_RECORD_CHARACTERS) throw new RecordTooLong();
    }
    if (parser && partial) take((parser.parse(partial, 0, false) as { data: string[][] }).data);
  } catch (error) {
    if (error instanceof NotUtf8 || SohoaError.isInstance(error)) throw error;
    const row = rows.length + 1;
    const reason =
      error instanceof RecordTooLong
        ? {
            vi: `dòng ${row} không kết thúc trong phạm vi ${MAX_RECORD_CHARACTERS} ký tự (thiếu dấu nháy đóng?)`,
            en: `row ${row} does not end within ${MAX_RECORD_CHARACTERS} characters (an unclosed quote?)`,
          }
        : { vi: (error as Error).message, en: (error as Error).message };
    throw new SohoaError<MetadataErrorCode>({
      code: 'INPUT_UNREADABLE',
      message: {
        vi: `Không đọc được "${fileName}" như một tệp .csv: ${reason.vi}.`,
        en: `"${fileName}" is not a readable .csv file: ${reason.en}.`,
      },
      fix: {
        vi: 'Mở tệp bằng chương trình bảng tính, kiểm tra dấu nháy quanh dòng đã nêu, rồi xuất lại dưới dạng CSV.',
        en: 'Open it in a spreadsheet program, check the quotes around the row named, and export it again as CSV.',
      },
      cause: error,
      details: { path: fileName, row },
    });
  }
  rows.length = last + 1;
  return rows;
}

/**
 * Streams a `.csv` file into one sheet named after the file: UTF-8 with or without BOM, else
 * (when a byte is not UTF-8) Windows-1252, read again from the start; `,`, `;` or tab as
 * delimiter, judged from the first lines; parsed by Papa Parse chunk by chunk. Empty cells are
 * `null`; rows end at the last holding a value.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `INPUT_UNREADABLE` for a row longer than
 * 1 MiB (an unclosed quote), `CATALOG_LIMIT_EXCEEDED` past `limits.maxRows` or `maxCells`.
 */
export async function readCsvSheet(
  chunks: ByteChunks,
  fileName: string,
  sheetName: string,
  budget: () => RowBudget,
): Promise<RawSheet> {
  let rows: CellValue[][];
  try {
    rows = await readRecords(chunks, 'utf-8', fileName, budget());
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
    // Not UTF-8: a Windows export, read as Windows-1252 so legacy Vietnamese bytes survive for conversion.
    rows = await readRecords(chunks, 'windows-1252', fileName, budget());
  }
  return { name: sheetName, rows, merges: [], notes: [] };
}
