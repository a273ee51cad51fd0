import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { SohoaError } from '@sohoa/core';
import { parse as parseCsv } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';

/** A spreadsheet cell as read: text, number, boolean, date or empty. */
export type CellValue = string | number | boolean | Date | null;

/** One sheet of a catalog, as rows of cells. */
export interface RawSheet {
  name: string;
  rows: CellValue[][];
}

/** Where a catalog comes from. */
export interface CatalogSource {
  /** The file's bytes, when not read from a path. */
  bytes: Uint8Array;
  /** The file name, for its format and for messages. */
  fileName: string;
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not UTF-8: a Windows export, read as Windows-1252 so legacy Vietnamese bytes survive for conversion.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function delimiterOf(text: string): string {
  const firstLines = text.split(/\r?\n/, 5).join('\n');
  const counts = [',', ';', '\t'].map(
    (delimiter) => [delimiter, firstLines.split(delimiter).length] as const,
  );
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}

/**
 * Reads the sheets of an `.xlsx` workbook (every sheet) or a `.csv` file (one sheet named after
 * the file; UTF-8 with or without BOM, else Windows-1252; `,`, `;` or tab as delimiter).
 */
export async function readSheets(input: string | CatalogSource): Promise<RawSheet[]> {
  const source =
    typeof input === 'string'
      ? await readFile(input).then(
          (bytes) => ({ bytes: new Uint8Array(bytes), fileName: input }),
          (error: NodeJS.ErrnoException) => {
            throw new SohoaError({
              code: error.code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE',
              message: `Cannot read the catalog "${input}": ${error.message}.`,
              fix: 'Check the path of the .xlsx or .csv file.',
              cause: error,
              details: { path: input },
            });
          },
        )
      : input;
  const zip = source.bytes[0] === 0x50 && source.bytes[1] === 0x4b;
  const extension = extname(source.fileName).toLowerCase();
  if (zip || extension === '.xlsx') {
    try {
      const sheets = await readXlsxFile(Buffer.from(source.bytes));
      return sheets.map((sheet) => ({ name: sheet.sheet, rows: sheet.data as unknown as CellValue[][] }));
    } catch (error) {
      throw new SohoaError({
        code: 'INPUT_UNREADABLE',
        message: `"${source.fileName}" is not a readable .xlsx workbook.`,
        fix: 'Open it in a spreadsheet program and save it again as .xlsx (Excel Workbook), or export a .csv.',
        cause: error,
        details: { path: source.fileName },
      });
    }
  }
  if (extension !== '.csv' && extension !== '.txt') {
    throw new SohoaError({
      code: 'INPUT_UNREADABLE',
      message: `"${source.fileName}" is neither an .xlsx workbook nor a .csv file.`,
      fix: 'Save the catalog as .xlsx or .csv. Old .xls workbooks must be saved again as .xlsx.',
      details: { path: source.fileName },
    });
  }
  const text = decodeText(source.bytes);
  const rows = parseCsv(text, {
    bom: true,
    delimiter: delimiterOf(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
  return [
    {
      name: basename(source.fileName),
      rows: rows.map((row) => row.map((cell) => (cell === '' ? null : cell))),
    },
  ];
}
