import type { PdfFileSlice } from '@sohoa/pdfa';
import type { ChecksumAlgorithm } from './fixity-cache.js';
import type { NameCollision } from './name-collisions.js';

/** A package opened for reading, a folder or a ZIP, with paths relative to the package root. */
export interface PackageSource {
  /** A folder, or a ZIP read in place. */
  readonly kind: 'folder' | 'zip';
  /**
   * Every file (not folder) of the package by relative `/`-separated path, with its size. Of a name
   * a ZIP holds twice, the first entry: the one `unzip` extracts.
   */
  readonly files: ReadonlyMap<string, number>;
  /** Every folder of the package, relative, with a trailing `/` (`representations/rep1/`). */
  readonly folders: ReadonlySet<string>;
  /** Names that one file system would store as one file (duplicates, case, Unicode form). */
  readonly collisions: readonly NameCollision[];
  /**
   * The name of the package root folder (the folder itself, or the ZIP's single top folder);
   * `undefined` for a ZIP whose entries do not sit in one top folder.
   */
  readonly rootName: string | undefined;
  /**
   * A file's bytes, for one file at a time (an XML file to parse, a PDF to check); throws
   * `PACKAGE_LIMIT_EXCEEDED` when the file is larger than the named limit.
   */
  read(path: string, limit: 'maxXmlBytes' | 'maxPdfBytes'): Promise<Uint8Array>;
  /**
   * What `checkPdfA` reads for a PDF of the package, so that a PDF is never held whole when it
   * can be read in place: the file's path (a folder), its byte range in the ZIP (an entry stored
   * uncompressed, as `buildPackage` stores PDFs), or else its bytes, inflated into memory up to
   * `maxPdfBytes` (`PACKAGE_LIMIT_EXCEEDED` beyond).
   */
  pdf(path: string): Promise<string | PdfFileSlice | Uint8Array>;
  /** A file's uppercase digest (SHA-256 by default) and size, streamed (memory does not grow with the file). */
  checksum(path: string, algorithm?: ChecksumAlgorithm): Promise<{ checksum: string; size: number }>;
  close(): Promise<void>;
}

/** Limits that protect validation against hostile packages (zip bombs, huge XML). */
export interface PackageLimits {
  /** Most entries a ZIP may hold. @default 200_000 */
  maxEntries?: number;
  /** Most bytes all files may hold together, uncompressed. @default 64 GiB */
  maxTotalBytes?: number;
  /** Highest ratio of uncompressed to compressed size of one ZIP entry above 1 MiB. @default 200 */
  maxCompressionRatio?: number;
  /**
   * Largest XML file that is parsed. libxml2 holds a parsed METS at about 13 times its size (a
   * 60 MB METS of small elements peaked at 1,018 MiB), so the default keeps validation under
   * 1 GB; a METS of 10,000 documents is some 20 MB. @default 48 MiB
   */
  maxXmlBytes?: number;
  /**
   * Largest PDF stored compressed in a ZIP that is inflated into memory for the PDF/A check. PDFs in
   * a folder, and PDFs stored uncompressed in a ZIP (as `buildPackage` stores them), are read in
   * place from disk whatever their size. @default 512 MiB
   */
  maxPdfBytes?: number;
}

/**
 * {@link PackageLimits} with every default filled in.
 *
 * @example
 * ```ts
 * import { DEFAULT_LIMITS, validatePackage } from '@sohoa/ip';
 *
 * await validatePackage('big.zip', { limits: { maxTotalBytes: 4 * DEFAULT_LIMITS.maxTotalBytes } });
 * ```
 */
export const DEFAULT_LIMITS: Required<PackageLimits> = {
  maxEntries: 200_000,
  maxTotalBytes: 64 * 1024 ** 3,
  maxCompressionRatio: 200,
  maxXmlBytes: 48 * 1024 ** 2,
  maxPdfBytes: 512 * 1024 ** 2,
};
