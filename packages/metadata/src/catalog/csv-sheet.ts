import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SohoaError } from '@sohoa/core';
import { parse } from 'csv-parse';
import type { CellValue, RawSheet, RowBudget } from './raw-sheet.js';

/** Longest CSV record accepted, in characters: an unclosed quote would otherwise swallow the file. */
const MAX_RECORD_CHARACTERS = 1024 * 1024;

/** The file's bytes, from the start, as often as asked (a second pass decodes as Windows-1252). */
export type ByteChunks = () => AsyncIterable<Uint8Array>;

async function* decode(chunks: ByteChunks, encoding: 'utf-8' | 'windows-1252'): AsyncIterable<string> {
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  for await (const chunk of chunks()) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

function delimiterOf(text: string): string {
  const firstLines = text.split(/\r?\n/, 5).join('\n');
  const counts = [',', ';', '\t'].map(
    (delimiter) => [delimiter, firstLines.split(delimiter).length] as const,
  );
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}

class NotUtf8 extends Error {}

async function readRecords(
  chunks: ByteChunks,
  encoding: 'utf-8' | 'windows-1252',
  fileName: string,
  budget: RowBudget,
): Promise<CellValue[][]> {
  const texts = decode(chunks, encoding)[Symbol.asyncIterator]();
  const first = await texts.next().catch((error: unknown) => {
    throw error instanceof TypeError ? new NotUtf8() : error;
  });
  if (first.done) return [];
  const parser = parse({
    delimiter: delimiterOf(first.value),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARACTERS,
  });
  const input = Readable.from(
    (async function* () {
      yield first.value;
      for (let next = await texts.next(); !next.done; next = await texts.next()) yield next.value;
    })(),
  );
  const rows: CellValue[][] = [];
  let last = -1;
  try {
    await pipeline(input, parser, async (records: AsyncIterable<string[]>) => {
      for await (const record of records) {
        const row = record.map((cell) => (cell === '' ? null : cell));
        if (row.some((cell) => cell !== null)) {
          budget.take(fileName, rows.length + 1, row.length);
          last = rows.length;
          rows.push(row);
        } else rows.push([]);
      }
    });
  } catch (error) {
    if (error instanceof TypeError && encoding === 'utf-8') throw new NotUtf8();
    if (SohoaError.isInstance(error)) throw error;
    const { code, records = rows.length } = error as { code?: string; records?: number };
    const reason =
      code === 'CSV_MAX_RECORD_SIZE'
        ? `row ${records + 1} is longer than ${MAX_RECORD_CHARACTERS} characters (an unclosed quote?)`
        : (error as Error).message;
    throw new SohoaError({
      code: 'INPUT_UNREADABLE',
      message: `"${fileName}" is not a readable .csv file: ${reason}.`,
      fix: 'Open it in a spreadsheet program, check the quotes around the row named, and export it again as CSV.',
      cause: error,
      details: { path: fileName, row: records + 1 },
    });
  }
  rows.length = last + 1;
  return rows;
}

/**
 * Streams a `.csv` file into one sheet named after the file: UTF-8 with or without BOM, else
 * (when a byte is not UTF-8) Windows-1252, read again from the start; `,`, `;` or tab as
 * delimiter, judged from the first lines. Empty cells are `null`; rows end at the last holding a
 * value.
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `INPUT_UNREADABLE` for a record longer than
 * 1 MiB (an unclosed quote), `CATALOG_LIMIT_EXCEEDED` past `limits.maxRows`.
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
