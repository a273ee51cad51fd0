import { SohoaError } from '@sohoa/base';
import { type Entry, fromBufferPromise, openPromise, type ZipFile } from 'yauzl';
import type { MetadataErrorCode } from '../errors/metadata-error-codes.js';
import type { SpreadsheetLimits } from './spreadsheet-limits.js';
import { checkZipDirectory, partProblem, unreadable } from './xlsx-zip-checks.js';
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
    const reason = (cause as Error).message;
    throw unreadable(
      fileName,
      { vi: `cấu trúc ZIP bị hỏng (${reason})`, en: `its ZIP structure is damaged (${reason})` },
      cause,
    );
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
    const reason = (cause as Error).message;
    throw unreadable(
      fileName,
      { vi: `thư mục ZIP bị hỏng (${reason})`, en: `its ZIP directory is damaged (${reason})` },
      cause,
    );
  }
  return {
    has: (name) => entries.has(name),
    async readXml(name, handlers) {
      const entry = entries.get(name);
      if (!entry)
        throw unreadable(fileName, { vi: `thiếu phần "${name}"`, en: `the part "${name}" is missing` });
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
          const declared = entry.uncompressedSize;
          throw new SohoaError<MetadataErrorCode>({
            code: 'CATALOG_LIMIT_EXCEEDED',
            message: {
              vi: `Mục lục "${fileName}": "${name}" giải nén ra nhiều hơn dung lượng đã khai (${declared} byte): tệp hỏng hoặc bom nén; tệp không được đọc tiếp.`,
              en: `The catalog "${fileName}": "${name}" inflates to more than its declared size (${declared} bytes): a damaged file or a zip bomb; it was not read further.`,
            },
            fix: {
              vi: 'Không tin cậy tệp này: đề nghị gửi lại mục lục, hoặc mở tệp bằng chương trình bảng tính rồi lưu lại dưới dạng .xlsx.',
              en: 'Do not trust this file: ask for the catalog again, or open it in a spreadsheet program and save it again as .xlsx.',
            },
            cause,
            details: { path: fileName, entry: name, declaredSize: entry.uncompressedSize },
          });
        }
        throw unreadable(fileName, partProblem(name, message, cause instanceof XmlStreamError), cause);
      }
    },
    close: () => zip.close(),
  };
}
