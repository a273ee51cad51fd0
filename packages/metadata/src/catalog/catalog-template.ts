import { writeFile } from 'node:fs/promises';
import { SohoaError } from '@sohoa/base';
import writeXlsxFile from 'write-excel-file/node';
import {
  getOrderOfSiblings,
  insertElementMarkupAccordingToOrderOfSiblings,
  sanitizeAttributeValue,
  sanitizeTextContent,
} from 'write-excel-file/utility';
import { CODE_LISTS } from '../codes/code-lists.js';
import type { MetadataErrorCode } from '../errors/metadata-error-codes.js';
import { fieldLabel } from '../fields/field-labels.js';
import { TEMPLATE_COLUMNS } from './catalog-template-columns.js';
import { columnLetter } from './column-letter.js';

/** How {@link writeCatalogTemplate} writes the template. */
export interface CatalogTemplateOptions {
  /** How many rows under the heading get the drop-down lists. Default: `5000`. */
  rows?: number;
  /** Write the filled example row (row 2). Default: `true`. */
  example?: boolean;
  /** Replace an existing file. Default: `false` (an existing file is an `OUTPUT_WRITE_FAILED` error). */
  overwrite?: boolean;
}

/** The sheet of the code lists behind the drop-downs: very hidden, so `importCatalog` skips it silently. */
export const TEMPLATE_LIST_SHEET = 'Danh mục mã';
const CATALOG_SHEET = 'Mục lục hồ sơ';

const lists = TEMPLATE_COLUMNS.flatMap((column) => (column.list ? [column.list] : []));

/** `<dataValidations>` of the catalog sheet: a list per coded column, from the list sheet. */
function dataValidations(rows: number): string {
  const items = TEMPLATE_COLUMNS.flatMap((column, index) => {
    if (!column.list) return [];
    const names = Object.values(CODE_LISTS[column.list]);
    const listColumn = columnLetter(lists.indexOf(column.list));
    const several = column.list === 'language';
    const attributes = {
      type: 'list',
      allowBlank: '1',
      showInputMessage: '1',
      showErrorMessage: '1',
      // Several languages may be typed ("Tiếng Việt, Tiếng Pháp"): a warning, not a refusal.
      errorStyle: several ? 'warning' : 'stop',
      promptTitle: column.heading.slice(0, 32),
      prompt: `Chọn trong danh sách (${fieldLabel(column.list).vi}, Thông tư 05/2025).${several ? ' Nhiều ngôn ngữ: ghi cách nhau bằng dấu phẩy.' : ''}`,
      errorTitle: column.heading.slice(0, 32),
      error: 'Giá trị không có trong danh mục mã của Thông tư 05/2025.',
      sqref: `${columnLetter(index)}2:${columnLetter(index)}${rows + 1}`,
    };
    const attributeText = Object.entries(attributes)
      .map(([name, value]) => `${name}="${sanitizeAttributeValue(value)}"`)
      .join(' ');
    const range = `'${TEMPLATE_LIST_SHEET}'!$${listColumn}$2:$${listColumn}$${names.length + 1}`;
    return [
      `<dataValidation ${attributeText}><formula1>${sanitizeTextContent(range)}</formula1></dataValidation>`,
    ];
  });
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}

/**
 * Writes an `.xlsx` catalog template (mục lục hồ sơ) that `importCatalog` reads without any
 * column mapping: the Thông tư 05/2025 headings in Vietnamese, dossier fields then document
 * fields in the circular's order, one row per document; drop-down lists (data validation) of the
 * code lists (retention, access mode, language, physical condition, reliability, document type)
 * offering their Vietnamese names, which `importCatalog` turns into codes; dates formatted
 * dd/mm/yyyy; a frozen heading row; and one filled example row. The code lists are on a very
 * hidden sheet (`Danh mục mã`). Written with write-excel-file, the data validation added through
 * its documented feature API.
 *
 * @param path - where to write the `.xlsx`.
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `OUTPUT_WRITE_FAILED` when the file exists
 * (without `overwrite`) or cannot be written.
 *
 * @example
 * ```ts
 * import { importCatalog, writeCatalogTemplate } from '@sohoa/metadata';
 *
 * await writeCatalogTemplate('muc-luc-mau.xlsx');
 * const catalog = await importCatalog('muc-luc-mau.xlsx'); // the example dossier, valid
 * ```
 */
export async function writeCatalogTemplate(
  path: string,
  options: CatalogTemplateOptions = {},
): Promise<void> {
  const rows = options.rows ?? 5000;
  const heading = TEMPLATE_COLUMNS.map((column) => ({
    value: column.heading,
    fontWeight: 'bold' as const,
    wrap: true,
    alignVertical: 'center' as const,
  }));
  const example = TEMPLATE_COLUMNS.map((column) =>
    column.example instanceof Date
      ? { value: column.example, type: Date, format: 'dd/mm/yyyy' }
      : { value: column.example, type: typeof column.example === 'number' ? Number : String },
  );
  const longest = Math.max(...lists.map((list) => Object.keys(CODE_LISTS[list]).length));
  const listRows = [
    lists.map((list) => ({ value: `Danh mục ${fieldLabel(list).vi.toLowerCase()} (${list})`, type: String })),
    ...Array.from({ length: longest }, (_, index) =>
      lists.map((list) => {
        const name = Object.values(CODE_LISTS[list])[index];
        return name === undefined ? null : { value: name, type: String };
      }),
    ),
  ];
  const feature = {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (content: string, _sheet: unknown, { sheetIndex }: { sheetIndex: number }) =>
            sheetIndex === 0
              ? insertElementMarkupAccordingToOrderOfSiblings(
                  content,
                  dataValidations(rows),
                  getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [],
                  'worksheet',
                )
              : content,
        },
        'xl/workbook.xml': {
          transformElementAttributes: (
            tag: string,
            attributes: Record<string, string | number>,
            index?: number,
          ) => (tag === 'sheet' && index === 1 ? { ...attributes, state: 'veryHidden' } : attributes),
        },
      },
    },
  };
  let bytes: Buffer;
  try {
    bytes = await writeXlsxFile(
      [
        {
          sheet: CATALOG_SHEET,
          data: (options.example === false ? [heading] : [heading, example]) as never,
          columns: TEMPLATE_COLUMNS.map((column) => ({ width: column.width })),
          stickyRowsCount: 1,
        },
        { sheet: TEMPLATE_LIST_SHEET, data: listRows as never },
      ],
      { features: [feature as never] },
    ).toBuffer();
    await writeFile(path, bytes, { flag: options.overwrite ? 'w' : 'wx' });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    const reason = (error as Error).message;
    throw new SohoaError<MetadataErrorCode>({
      code: 'OUTPUT_WRITE_FAILED',
      message: exists
        ? { vi: `Mẫu mục lục "${path}" đã tồn tại.`, en: `The catalog template "${path}" already exists.` }
        : {
            vi: `Không ghi được mẫu mục lục "${path}": ${reason}.`,
            en: `Cannot write the catalog template "${path}": ${reason}.`,
          },
      fix: exists
        ? {
            vi: 'Chọn tên tệp khác, hoặc ghi đè (overwrite: true, sohoa catalog template --force).',
            en: 'Choose another file name, or replace it (overwrite: true, sohoa catalog template --force).',
          }
        : {
            vi: 'Kiểm tra thư mục có tồn tại và cho phép ghi không.',
            en: 'Check that the folder exists and is writable.',
          },
      cause: error,
      details: { path },
    });
  }
}
