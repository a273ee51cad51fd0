import { codeError } from './code-error.js';
import { type CodeFormatOptions, separatorOf } from './code-format.js';

/** Options of {@link documentFileName}. */
export interface DocumentFileNameOptions extends CodeFormatOptions {
  /** The extension, without the dot. Default: `'pdf'`. */
  extension?: string;
  /**
   * Digits of the zero-padded ordinal. Default: `0` (not padded, `….160.1.pdf`, as in the sample
   * package). Archives also use 3 (`….001.pdf`) and 7 (§15).
   */
  padding?: number;
  /** Text added after the ordinal, e.g. `'_signed'`. Default: none. */
  suffix?: string;
}

/**
 * The file name of one document of a dossier (Art. 8.1.d of Thông tư 05/2025/TT-BNV; §3.3):
 * `<fileCode>.<ordinal>.pdf`.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `METADATA_INVALID` when the ordinal is not a whole number ≥ 1 or the code holds a path character.
 *
 * @example
 * ```ts
 * import { documentFileName } from '@sohoa/metadata';
 *
 * documentFileName('H49.64.33.2001.160', 1); // 'H49.64.33.2001.160.1.pdf'
 * documentFileName('H49.64.33.2001.160', 1, { padding: 7, suffix: '_signed' });
 * // 'H49.64.33.2001.160.0000001_signed.pdf'
 * ```
 */
export function documentFileName(
  fileCode: string,
  ordinal: number,
  options?: DocumentFileNameOptions,
): string {
  if (!Number.isInteger(ordinal) || ordinal < 1) {
    throw codeError(
      {
        vi: `Số thứ tự văn bản ${ordinal} phải là số nguyên từ 1 trở lên.`,
        en: `The document ordinal ${ordinal} must be a whole number from 1.`,
      },
      { vi: 'Đánh số các văn bản từ 1.', en: 'Number documents from 1.' },
      { fileCode, ordinal },
    );
  }
  const padded = String(ordinal).padStart(options?.padding ?? 0, '0');
  return `${dossierFileName(fileCode, { extension: '' })}${separatorOf(options)}${padded}${options?.suffix ?? ''}.${options?.extension ?? 'pdf'}`;
}

/**
 * The file name of a dossier kept as one file: `<fileCode>.pdf` (§3.3). With `extension: ''`,
 * the bare code.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `METADATA_INVALID` when the code is empty or holds `/`, `\` or a control character.
 *
 * @example
 * ```ts
 * import { dossierFileName } from '@sohoa/metadata';
 *
 * dossierFileName('H49.64.33.2001.160'); // 'H49.64.33.2001.160.pdf'
 * ```
 */
export function dossierFileName(fileCode: string, options?: { extension?: string }): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is rejected
  if (!fileCode || /[/\\\u0000-\u001f]/.test(fileCode)) {
    throw codeError(
      {
        vi: `"${fileCode}" không dùng được làm tên tệp.`,
        en: `"${fileCode}" cannot be used as a file name.`,
      },
      { vi: 'Dùng mã hồ sơ không chứa / hoặc \\.', en: 'Use a dossier code without / or \\.' },
      { fileCode },
    );
  }
  const extension = options?.extension ?? 'pdf';
  return extension ? `${fileCode}.${extension}` : fileCode;
}

/**
 * Reads a document file name into dossier code, ordinal, suffix and extension. Accepts the three
 * ordinal forms seen in practice: unpadded, 3-digit and 7-digit, and a suffix such as `_signed`
 * (§15).
 *
 * @example
 * ```ts
 * import { parseDocumentFileName } from '@sohoa/metadata';
 *
 * parseDocumentFileName('H49.64.33.2001.160.0000001_signed.pdf');
 * // { fileCode: 'H49.64.33.2001.160', ordinal: 1, suffix: '_signed', extension: 'pdf' }
 * ```
 */
export function parseDocumentFileName(
  fileName: string,
  options?: CodeFormatOptions,
): { fileCode: string; ordinal: number; suffix: string; extension: string } | undefined {
  const separator = separatorOf(options);
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const extension = fileName.slice(dot + 1);
  const stem = fileName.slice(0, dot);
  const at = stem.lastIndexOf(separator);
  if (at <= 0) return undefined;
  const match = /^(\d+)(.*)$/.exec(stem.slice(at + separator.length));
  if (!match || Number(match[1]) < 1) return undefined;
  return { fileCode: stem.slice(0, at), ordinal: Number(match[1]), suffix: match[2] ?? '', extension };
}

/**
 * The name of the metadata file of a document, photo or recording inside a package
 * (`EAD_doc_<file>.xml`, `EAD_pic_<file>.xml`, `EAD_media_<file>.xml`; §3.3), from the data
 * file's name without its extension.
 *
 * @example
 * ```ts
 * import { eadFileName } from '@sohoa/metadata';
 *
 * eadFileName('doc', 'H49.64.33.2001.160.1.pdf'); // 'EAD_doc_H49.64.33.2001.160.1.xml'
 * ```
 */
export function eadFileName(kind: 'doc' | 'pic' | 'media', dataFileName: string): string {
  const dot = dataFileName.lastIndexOf('.');
  return `EAD_${kind}_${dot > 0 ? dataFileName.slice(0, dot) : dataFileName}.xml`;
}
