import { SohoaError } from '@sohoa/base';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The last segment of a `/`- or `\`-separated path. */
export function baseName(fileName: string): string {
  return fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
}

/** The lower-case extension of a file name with its dot (`.xlsx`), or `''`. */
function extensionOf(fileName: string): string {
  const name = baseName(fileName);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

function refuse(fileName: string, what: string, fix: string): SohoaError {
  return new SohoaError({
    code: 'INPUT_UNREADABLE',
    message: `"${fileName}" ${what}.`,
    fix,
    details: { path: fileName },
  });
}

/**
 * Decides from the first bytes and the name whether a catalog is an `.xlsx` or a `.csv`.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `INPUT_UNREADABLE` for an empty file, an
 * `.xls` or password-protected workbook, a PDF, or anything else.
 */
export function catalogFormat(fileName: string, head: Uint8Array, size: number): 'xlsx' | 'csv' {
  const extension = extensionOf(fileName);
  const saveAs = 'Open it in a spreadsheet program and save it as .xlsx (Excel Workbook), or export a .csv.';
  if (size === 0)
    throw refuse(fileName, 'is empty (0 bytes)', 'Check that the catalog was copied completely.');
  if (head[0] === 0x50 && head[1] === 0x4b) return 'xlsx';
  if (OLE2.every((byte, index) => head[index] === byte)) {
    throw refuse(
      fileName,
      'is an Excel 97–2003 workbook (.xls) or a password-protected workbook, which sohoa does not read',
      'Remove the password if any, then save it as .xlsx (Excel Workbook) or export a .csv.',
    );
  }
  if (new TextDecoder('latin1').decode(head.subarray(0, 5)) === '%PDF-') {
    throw refuse(fileName, 'is a PDF document, not a spreadsheet', 'Give the catalog as .xlsx or .csv.');
  }
  if (extension === '.csv' || extension === '.txt' || extension === '.tsv') return 'csv';
  if (extension === '.xlsx' || extension === '.xlsm' || extension === '.xls') {
    throw refuse(
      fileName,
      `is named ${extension} but is not a spreadsheet (its content is not a ZIP archive)`,
      saveAs,
    );
  }
  throw refuse(
    fileName,
    'is neither an .xlsx workbook nor a .csv file',
    'Save the catalog as .xlsx or .csv. Old .xls workbooks must be saved again as .xlsx.',
  );
}
