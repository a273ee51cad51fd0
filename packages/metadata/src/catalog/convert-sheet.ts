import { toUnicodeVietnamese } from '../encoding/convert-vietnamese-text.js';
import { holdsUnicodeOnlyLetters, isPlainAscii } from '../encoding/detect-encoding.js';
import type { CaseAmbiguity } from '../encoding/tcvn3.js';
import type { CatalogImport, ImportCatalogOptions } from './catalog-import-types.js';
import type { CellValue } from './read-sheets.js';

/** A TCVN3 word whose capitals were guessed, in a cell. */
export interface Ambiguity {
  row: number;
  column: number;
  value: string;
  word: string;
}

const NO_LETTERS = /^[\x20-\x40\x5b-\x60\x7b-\x7e\t\r\n]*$/;

/**
 * The name of a scan or document file (`bao-cao.pdf`, `\\hoso01\\a.pdf`): kept as written, since it
 * must match the name on disk, and a vowel before the extension's dot reads as VIQR's dot below
 * (`a.pdf` would become `ạpdf`).
 */
const FILE_NAME = /\.(?:pdf|tiff?|jpe?g|png|webp|jp2|docx?|odt|rtf|txt)$/i;

/**
 * Short texts are remembered per sheet, up to this many, so the values catalogs repeat (types,
 * issuers, languages, retention) are converted once.
 */
const REMEMBERED = 4096;
const SHORT = 80;

/**
 * A copy of `text` that does not hold on to the string it was cut from. Readers cut cells out of
 * the chunk of the file they parse; one cell kept would keep its whole chunk, and a catalog's
 * cells would keep the whole file.
 */
const detached = (text: string): string => (text.length < 13 ? text : ` ${text}`.slice(1));

interface Converted {
  text: string;
  encoding?: 'tcvn3' | 'vni' | 'viqr';
  ambiguities: readonly CaseAmbiguity[];
}

const NONE: readonly CaseAmbiguity[] = [];

function convert(cell: string, legacy: boolean): Converted {
  // Letters only Unicode has: Unicode whatever else the text holds (the detection's first rule);
  // ASCII without a VIQR mark: as it is (it is NFC).
  if (!legacy || holdsUnicodeOnlyLetters(cell) || FILE_NAME.test(cell))
    return { text: cell.normalize('NFC'), ambiguities: NONE };
  if (isPlainAscii(cell)) return { text: cell, ambiguities: NONE };
  const converted = toUnicodeVietnamese(cell);
  const { encoding } = converted;
  return {
    text: converted.text,
    ...(encoding === 'tcvn3' || encoding === 'vni' || encoding === 'viqr' ? { encoding } : {}),
    ambiguities: converted.ambiguities,
  };
}

/**
 * Every text cell in Unicode NFC, converted from TCVN3, VNI or VIQR where detected (cell by cell:
 * a column may mix them), headings included; in place, so a large sheet is not held twice. Counts
 * conversions in `result.conversions` and lists the TCVN3 words whose case was guessed.
 */
export function convertSheet(
  rows: CellValue[][],
  options: ImportCatalogOptions,
  result: CatalogImport,
  ambiguities: Ambiguity[],
): void {
  const legacy = options.convertLegacyEncodings !== false;
  const seen = new Map<string, Converted>();
  for (let rowIndex = 0; rowIndex < rows.length; rowIndex++) {
    const row = rows[rowIndex] as CellValue[];
    for (let column = 0; column < row.length; column++) {
      const cell = row[column];
      // Digits and punctuation only (dates, numbers, codes): nothing to convert or normalize.
      if (typeof cell !== 'string' || NO_LETTERS.test(cell)) continue;
      let converted = seen.get(cell);
      if (!converted) {
        converted = convert(cell, legacy);
        converted.text = detached(converted.text);
        if (cell.length <= SHORT && seen.size < REMEMBERED) seen.set(cell, converted);
      }
      if (converted.encoding) result.conversions[converted.encoding]++;
      for (const ambiguity of converted.ambiguities) {
        ambiguities.push({ row: rowIndex + 1, column, value: cell, word: ambiguity.word });
      }
      row[column] = converted.text;
    }
  }
}
