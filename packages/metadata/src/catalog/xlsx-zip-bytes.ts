import { SohoaError } from '@sohoa/base';
import { type UnzipFileInfo, unzipSync } from 'fflate';
import type { SpreadsheetLimits } from './spreadsheet-limits.js';
import type { XlsxZip } from './xlsx-zip.js';
import { checkZipDirectory, partProblem, unreadable } from './xlsx-zip-checks.js';
import { type XmlHandlers, XmlStream, XmlStreamError } from './xml-stream.js';

const CHUNK = 64 * 1024;

/**
 * Opens an `.xlsx` held in memory with fflate (pure JavaScript, no Node built-ins: the reader of
 * the browser) and checks its central directory against the limits before any entry is
 * inflated, as the Node reader does. Each part is inflated when read, into a buffer of its
 * declared size (a lying directory cannot make it larger), then streamed through the XML reader.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `CATALOG_LIMIT_EXCEEDED` past a limit,
 * `INPUT_UNREADABLE` for a damaged ZIP.
 */
export function openXlsxBytes(bytes: Uint8Array, fileName: string, limits: SpreadsheetLimits): XlsxZip {
  const listed: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        listed.push(file);
        return false;
      },
    });
  } catch (cause) {
    const reason = (cause as Error).message;
    throw unreadable(
      fileName,
      { vi: `cấu trúc ZIP bị hỏng (${reason})`, en: `its ZIP structure is damaged (${reason})` },
      cause,
    );
  }
  checkZipDirectory(
    listed.map((file) => ({
      fileName: file.name,
      compressedSize: file.size,
      uncompressedSize: file.originalSize,
    })),
    listed.length,
    fileName,
    limits,
  );
  const names = new Map(listed.map((file) => [file.name.replace(/^\//, ''), file.name]));
  return {
    has: (name) => names.has(name),
    async readXml(name, handlers: XmlHandlers) {
      const stored = names.get(name);
      if (stored === undefined)
        throw unreadable(fileName, { vi: `thiếu phần "${name}"`, en: `the part "${name}" is missing` });
      const parser = new XmlStream(handlers);
      try {
        const part = unzipSync(bytes, { filter: (file) => file.name === stored })[stored] ?? new Uint8Array();
        const decoder = new TextDecoder('utf-8');
        for (let start = 0; start < part.length; start += CHUNK) {
          parser.write(decoder.decode(part.subarray(start, start + CHUNK), { stream: true }));
        }
        parser.write(decoder.decode());
        parser.end();
      } catch (cause) {
        if (SohoaError.isInstance(cause)) throw cause;
        const message = (cause as Error).message ?? String(cause);
        throw unreadable(fileName, partProblem(name, message, cause instanceof XmlStreamError), cause);
      }
    },
    close: () => {},
  };
}
