import { createHash } from 'node:crypto';
import { type Bilingual, SohoaError } from '@sohoa/base';
import { type Entry, openPromise, type ZipFile } from 'yauzl';
import type { IpErrorCode } from '../errors/ip-error-codes.js';
import { foldersOf } from './folders-of.js';
import { checkFileSize, limitError } from './limit-error.js';
import { nameCollisions } from './name-collisions.js';
import type { PackageLimits, PackageSource } from './package-source.js';

const SYMLINK = 0o120000;
/** ZIP compression method 0: the entry's bytes are the file's, in place. */
const STORED = 0;
const FILE_TYPE_MASK = 0o170000;

function unsafe(path: string, why: Bilingual): SohoaError<IpErrorCode> {
  return new SohoaError<IpErrorCode>({
    code: 'PACKAGE_UNSAFE_PATH',
    message: {
      vi: `[@sohoa/ip] validatePackage: mục "${path}" trong tệp ZIP ${why.vi}.`,
      en: `[@sohoa/ip] validatePackage: the ZIP entry "${path}" ${why.en}.`,
    },
    fix: {
      vi: 'Tạo lại tệp ZIP chỉ với đường dẫn tương đối nằm trong thư mục của gói.',
      en: 'Rebuild the ZIP with relative paths inside the package folder only.',
    },
    details: { path },
  });
}

function corrupt(zipPath: string, cause: unknown): SohoaError<IpErrorCode> {
  const reason = (cause as Error)?.message ?? cause;
  return new SohoaError<IpErrorCode>({
    code: 'PACKAGE_CORRUPT',
    message: {
      vi: `[@sohoa/ip] validatePackage: "${zipPath}" không phải là tệp ZIP đọc được (${reason}).`,
      en: `[@sohoa/ip] validatePackage: "${zipPath}" is not a readable ZIP (${reason}).`,
    },
    fix: {
      vi: 'Tệp bị cắt cụt hoặc hư hỏng: sao chép hoặc tải lại tệp, rồi kiểm tra mã kiểm tra (checksum).',
      en: 'The file is truncated or damaged: copy or download it again, then check its checksum.',
    },
    cause,
    details: { path: zipPath },
  });
}

/** Checks a ZIP entry name: no absolute path, drive letter, backslash, `.` or `..` segment. */
function checkName(name: string): void {
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name))
    throw unsafe(name, { vi: 'có đường dẫn tuyệt đối', en: 'has an absolute path' });
  if (name.includes('\\'))
    throw unsafe(name, { vi: 'có dấu \\ trong đường dẫn', en: 'has a backslash in its path' });
  if (name.split('/').some((segment) => segment === '..' || segment === '.')) {
    throw unsafe(name, { vi: 'dùng ".." để trỏ ra ngoài gói', en: 'climbs out of the package with ".."' });
  }
}

/**
 * Opens a package ZIP with yauzl (central directory read, entries streamed on demand, never
 * unpacked to disk). Entries under a single top folder are read relative to it.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `PACKAGE_CORRUPT` for a truncated or damaged archive,
 * `PACKAGE_UNSAFE_PATH` for an absolute path, `..`, a backslash or a symbolic link,
 * `PACKAGE_LIMIT_EXCEEDED` past `maxEntries`, `maxTotalBytes` or `maxCompressionRatio`.
 */
export async function openZipSource(
  zipPath: string,
  limits: Required<PackageLimits>,
): Promise<PackageSource> {
  let zip: ZipFile;
  try {
    // decodeStrings stays on (UTF-8 names); yauzl's own name check runs too, its error is mapped below.
    zip = await openPromise(zipPath, { autoClose: false, validateEntrySizes: true, strictFileNames: true });
  } catch (cause) {
    throw corrupt(zipPath, cause);
  }
  const entries = new Map<string, Entry>();
  const names: string[] = [];
  const folderEntries: string[] = [];
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      checkName(entry.fileName);
      if (((entry.externalFileAttributes >>> 16) & FILE_TYPE_MASK) === SYMLINK) {
        throw unsafe(entry.fileName, { vi: 'là liên kết tượng trưng', en: 'is a symbolic link' });
      }
      if (entries.size + 1 > limits.maxEntries)
        throw limitError({ vi: 'số mục', en: 'the number of entries' }, limits.maxEntries, 'maxEntries');
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes)
        throw limitError(
          { vi: 'tổng dung lượng sau giải nén', en: 'the total uncompressed size' },
          limits.maxTotalBytes,
          'maxTotalBytes',
        );
      if (
        entry.uncompressedSize > 1024 ** 2 &&
        entry.uncompressedSize > limits.maxCompressionRatio * Math.max(entry.compressedSize, 1)
      ) {
        throw limitError(
          { vi: 'tỷ lệ nén', en: 'the compression ratio' },
          limits.maxCompressionRatio,
          'maxCompressionRatio',
          entry.fileName,
        );
      }
      // Of a name written twice, the first entry is kept: it is the one `unzip` extracts.
      if (entry.fileName.endsWith('/')) folderEntries.push(entry.fileName);
      else {
        names.push(entry.fileName);
        if (!entries.has(entry.fileName)) entries.set(entry.fileName, entry);
      }
    }
  } catch (cause) {
    zip.close();
    if (SohoaError.isInstance(cause)) throw cause;
    // yauzl refuses the same names as checkName, as "<reason>: <name>": name the entry as checkName does.
    const refused = /^(?:absolute path|invalid relative path|invalid characters in fileName): (.*)$/s.exec(
      (cause as Error)?.message ?? '',
    )?.[1];
    if (refused !== undefined) {
      checkName(refused);
      throw unsafe(refused, { vi: 'bị từ chối', en: 'is refused' });
    }
    throw corrupt(zipPath, cause);
  }
  const top = names[0]?.split('/')[0];
  const prefix =
    top !== undefined && !entries.has('METS.xml') && names.every((name) => name.startsWith(`${top}/`))
      ? `${top}/`
      : '';
  const files = new Map<string, number>();
  const byPath = new Map<string, Entry>();
  for (const [name, entry] of entries) {
    files.set(name.slice(prefix.length), entry.uncompressedSize);
    byPath.set(name.slice(prefix.length), entry);
  }
  const folders = foldersOf([...names, ...folderEntries].map((name) => name.slice(prefix.length)));
  const open = async (path: string) => {
    const entry = byPath.get(path);
    if (!entry) throw new Error(`no entry ${path}`);
    try {
      return await zip.openReadStreamPromise(entry);
    } catch (cause) {
      throw corrupt(zipPath, cause);
    }
  };
  const consume = async (path: string, onChunk: (chunk: Buffer) => void) => {
    try {
      for await (const chunk of await open(path)) onChunk(chunk as Buffer);
    } catch (cause) {
      throw SohoaError.isInstance(cause) ? cause : corrupt(zipPath, cause);
    }
  };
  const read = async (path: string, limit: 'maxXmlBytes' | 'maxPdfBytes') => {
    checkFileSize(path, files.get(path) ?? 0, limits, limit);
    const chunks: Buffer[] = [];
    await consume(path, (chunk) => chunks.push(chunk));
    const bytes = Buffer.concat(chunks);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
  return {
    kind: 'zip',
    files,
    folders,
    collisions: nameCollisions(names.map((name) => name.slice(prefix.length))),
    rootName: prefix ? prefix.slice(0, -1) : undefined,
    read,
    async pdf(path) {
      const entry = byPath.get(path);
      if (!entry || entry.compressionMethod !== STORED || entry.isEncrypted())
        return read(path, 'maxPdfBytes');
      try {
        const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
        return { path: zipPath, offset: fileDataStart, length: entry.uncompressedSize };
      } catch (cause) {
        throw corrupt(zipPath, cause);
      }
    },
    async checksum(path, algorithm = 'sha256') {
      const hash = createHash(algorithm);
      let size = 0;
      await consume(path, (chunk) => {
        hash.update(chunk);
        size += chunk.length;
      });
      return { checksum: hash.digest('hex').toUpperCase(), size };
    },
    async close() {
      zip.close();
    },
  };
}
