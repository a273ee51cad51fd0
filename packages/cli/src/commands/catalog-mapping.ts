import { readFile } from 'node:fs/promises';
import { type MessageLanguage, SohoaError } from '@sohoa/base';
import { writeFileAtomic } from '@sohoa/core';
import type { CatalogColumn, CatalogSheet } from '@sohoa/metadata';
import type { PipelineErrorCode } from '@sohoa/pipeline';
import { sayIn } from './in-language.js';

/**
 * The column mapping of each sheet as `sohoa catalog import --mapping` prints it: a line per
 * sheet, then a line per column with its letter, heading, what it holds (or `ignored`), how that
 * was recognised (`heading`, `values` or `config`) and up to three sample values, in `language`.
 *
 * @param language The language of the lines. @default 'vi'
 *
 * @example
 * ```ts
 * mappingLines(catalog.sheets, 'en');
 * // ['sheet "Mục lục": heading row 1, one row per document',
 * //  '  E  "Số và ký hiệu hồ sơ" → notation (heading)  e.g. "01", "02"', …]
 * ```
 */
export function mappingLines(sheets: readonly CatalogSheet[], language: MessageLanguage = 'vi'): string[] {
  const say = sayIn(language);
  const lines: string[] = [];
  for (const sheet of sheets) {
    if (sheet.layout === 'none') {
      lines.push(
        say(
          `trang tính "${sheet.name}": không tìm thấy dòng tiêu đề (không đọc)`,
          `sheet "${sheet.name}": no heading row found (not read)`,
        ),
      );
      continue;
    }
    const layout =
      sheet.layout === 'document'
        ? say('mỗi văn bản một dòng', 'one row per document')
        : say('mỗi hồ sơ một dòng', 'one row per dossier');
    lines.push(
      say(
        `trang tính "${sheet.name}": dòng tiêu đề ${sheet.headerRow}, ${layout}`,
        `sheet "${sheet.name}": heading row ${sheet.headerRow}, ${layout}`,
      ),
    );
    for (const column of sheet.mapping) {
      const samples = column.samples.length
        ? `  ${say('ví dụ', 'e.g.')} ${column.samples.map((sample) => JSON.stringify(sample)).join(', ')}`
        : '';
      lines.push(
        `  ${column.column.padEnd(3)}${JSON.stringify(column.heading)} → ${column.field} (${column.how})${samples}`,
      );
    }
  }
  return lines;
}

/**
 * The mapping as a `catalog.columns` section: each column by its heading (by its letter when it
 * has none, or when the same heading means different things in two sheets), ignored columns as
 * `"ignore"`, so every column is there to edit.
 *
 * @example
 * ```ts
 * mappingColumns(catalog.sheets); // { 'Số và ký hiệu hồ sơ': 'notation', 'Người nhập': 'ignore', … }
 * ```
 */
export function mappingColumns(sheets: readonly CatalogSheet[]): Record<string, CatalogColumn | 'ignore'> {
  const columns: Record<string, CatalogColumn | 'ignore'> = {};
  for (const sheet of sheets) {
    for (const column of sheet.mapping) {
      const field = column.field === 'ignored' ? 'ignore' : column.field;
      const heading = column.heading.trim();
      const key = heading && (columns[heading] ?? field) === field ? heading : column.column;
      columns[key] = field;
    }
  }
  return columns;
}

/**
 * Writes `columns` as the `catalog.columns` of the JSON configuration file `path`, keeping every
 * other setting of an existing file (and creating the file when there is none).
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `CONFIG_INVALID` when the existing file is not a JSON object.
 *
 * @example
 * ```ts
 * await writeMappingConfig('sohoa.config.json', mappingColumns(catalog.sheets));
 * ```
 */
export async function writeMappingConfig(
  path: string,
  columns: Record<string, CatalogColumn | 'ignore'>,
): Promise<void> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '{}';
    throw error;
  });
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch {
    config = undefined;
  }
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new SohoaError<PipelineErrorCode>({
      code: 'CONFIG_INVALID',
      message: {
        vi: `"${path}" không phải đối tượng JSON nên không gộp được cách ánh xạ cột vào tệp này.`,
        en: `"${path}" is not a JSON object, so the mapping cannot be merged into it.`,
      },
      fix: {
        vi: 'Sửa lại tệp, hoặc cho --write-mapping một tên tệp khác.',
        en: 'Correct the file, or give --write-mapping another file name.',
      },
      details: { path },
    });
  }
  const settings = config as Record<string, unknown>;
  const catalog = settings.catalog;
  settings.catalog = {
    ...(catalog !== null && typeof catalog === 'object' && !Array.isArray(catalog) ? catalog : {}),
    columns,
  };
  await writeFileAtomic(path, `${JSON.stringify(settings, null, 2)}\n`);
}
