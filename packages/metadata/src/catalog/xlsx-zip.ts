import { SohoaError } from '@sohoa/base';
import { type Entry, fromBufferPromise, openPromise, type ZipFile } from 'yauzl';
import type { SpreadsheetLimits } from './spreadsheet-limits.js';
import { checkZipDirectory, unreadable } from './xlsx-zip-checks.js';
import { type XmlHandlers, XmlStream, XmlStreamError } from './xml-stream.js';

/** The parts of an `.xlsx` ZIP, read one at a time through a streaming XML reader. */
export interface XlsxZip {
  has(name: string): boolean;
  /** Streams the part through `handlers`. */
  readXml(name: string, handlers: XmlHandlers): Promise<void>;
  close(): void;
}

/**
 * Opens an `.xlsx` ZIP with yauzl and checks its central directory against the limits before any
 * entry is inflated: entry count, declared uncompressed total, compression ratio. While an entry
 * inflates, yauzl stops it past its declared size, so a lying directory is caught too.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `CATALOG_LIMIT_EXCEEDED` past a limit,
 * `INPUT_UNREADABLE` for a damaged ZIP.
 */
export async function openXlsxZip(
  input: string | Uint8Array,
  fileName: string,
  limits: SpreadsheetLimits,
): Promise<XlsxZip> {
  const options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false };
  let zip: ZipFile;
  try {
    zip =
      typeof input === 'string'
        ? await openPromise(input, options)
        : await fromBufferPromise(Buffer.from(input.buffer, input.byteOffset, input.byteLength), options);
  } catch (cause) {
    throw unreadable(fileName, `its ZIP structure is damaged (${(cause as Error).message})`, cause);
  }
  const entries = new Map<string, Entry>();
  try {
    const listed: Entry[] = [];
    if (zip.entryCount <= limits.maxEntries) for await (const entry of zip.eachEntry()) listed.push(entry);
    checkZipDirectory(listed, zip.entryCount, fileName, limits);
    for (const entry of listed) entries.set(entry.fileName.replace(/^\//, ''), entry);
  } catch (cause) {
    zip.close();
    if (SohoaError.isInstance(cause)) throw cause;
    throw unreadable(fileName, `its ZIP directory is damaged (${(cause as Error).message})`, cause);
  }
  return {
    has: (name) => entries.has(name),
    async readXml(name, handlers) {
      const entry = entries.get(name);
      if (!entry) throw unreadable(fileName, `the part "${name}" is missing`);
      const parser = new XmlStream(handlers);
      const decoder = new TextDecoder('utf-8');
      try {
        for await (const chunk of await zip.openReadStreamPromise(entry)) {
          parser.write(decoder.decode(chunk as Buffer, { stream: true }));
        }
        parser.write(decoder.decode());
        parser.end();
      } catch (cause) {
        if (SohoaError.isInstance(cause)) throw cause;
        const message = (cause as Error).message ?? String(cause);
        if (/too many bytes/.test(message)) {
          throw new SohoaError({
            code: 'CATALOG_LIMIT_EXCEEDED',
            message: `The catalog "${fileName}": "${name}" inflates to more than its declared size (${entry.uncompressedSize} bytes): a damaged file or a zip bomb; it was not read further.`,
            fix: 'Do not trust this file: ask for the catalog again, or open it in a spreadsheet program and save it again as .xlsx.',
            cause,
            details: { path: fileName, entry: name, declaredSize: entry.uncompressedSize },
          });
        }
        const what = cause instanceof XmlStreamError ? `"${name}" holds ${message}` : `"${name}": ${message}`;
        throw unreadable(fileName, what, cause);
      }
    },
    close: () => zip.close(),
  };
}
