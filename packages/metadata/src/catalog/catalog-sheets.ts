import { SohoaError } from '@sohoa/base';
import type { MetadataErrorCode } from '../errors/metadata-error-codes.js';
import type { RawSheet } from './raw-sheet.js';
import { type CatalogSource, type ReadSheetsOptions, readSheetBytes } from './read-sheet-bytes.js';

/** The Node entry point, loaded only in Node; a computed name so that browser bundlers leave it out. */
const NODE_ENTRY = ['@sohoa', 'metadata', 'node'].join('/');

type NodeEntry = typeof import('../node.js');

/** Whether this runs in Node (or a runtime compatible with it), where files can be read. */
function inNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string';
}

/** `@sohoa/metadata/node`, loaded on first use. */
export function loadNodeEntry(): Promise<NodeEntry> {
  return import(/* @vite-ignore */ /* webpackIgnore: true */ NODE_ENTRY) as Promise<NodeEntry>;
}

/**
 * The sheets of a catalog for `importCatalog`. In Node, through the Node reader (a path or bytes;
 * streamed from disk, yauzl for `.xlsx`); elsewhere (a browser) from bytes only, with no Node
 * built-in (fflate for `.xlsx`).
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `INPUT_UNREADABLE` for a path outside Node,
 * and as the readers do.
 */
export async function catalogSheets(
  file: string | CatalogSource,
  options: ReadSheetsOptions,
): Promise<RawSheet[]> {
  if (inNode()) return (await loadNodeEntry()).readSheets(file, options);
  if (typeof file === 'string') {
    const call = 'importCatalog({ bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name })';
    throw new SohoaError<MetadataErrorCode>({
      code: 'INPUT_UNREADABLE',
      message: {
        vi: `Mục lục "${file}" được cho bằng đường dẫn, chỉ đọc được trong Node.`,
        en: `The catalog "${file}" is a path, which can only be read in Node.`,
      },
      fix: {
        vi: `Trong trình duyệt, hãy truyền nội dung byte và tên của tệp: ${call}.`,
        en: `In a browser, give the file's bytes and name: ${call}.`,
      },
      details: { path: file },
    });
  }
  return readSheetBytes(file, options);
}
