import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { type Bilingual, SohoaError, toNfc } from '@sohoa/base';
import { type Dossier, type MetadataIssue, validateDossier, validateRecord } from '@sohoa/metadata';
import { arcFileCodeOf, plannedDossierRecord, recordPackage, spanDatesFix } from '../pipeline/aip-records.js';

/**
 * The file extensions read as page images, lower case.
 *
 * @example
 * ```ts
 * import { PAGE_EXTENSIONS } from '@sohoa/pipeline';
 *
 * PAGE_EXTENSIONS.has('.tif'); // true
 * ```
 */
export const PAGE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.jpg',
  '.jpeg',
  '.png',
  '.tif',
  '.tiff',
  '.webp',
]);

/** One entry of the optional `documents` list of `dossier.json`. */
export interface DossierFolderDocument {
  /** The document's Thông tư 05/2025 fields given in `dossier.json` (everything but `pages`). */
  metadata: Record<string, unknown>;
  /** Paths of its own page files (images or PDFs), when it names them. @default none */
  pages?: string[] | undefined;
}

/** A dossier folder, read and checked: its metadata, its page files in order and its documents. */
export interface DossierFolder {
  folder: string;
  dossier: Dossier;
  /**
   * Paths of the page files (images, or scanned PDFs whose every page is a page), in the dossier's
   * order: `pages` of `dossier.json`, else every image and PDF of the folder in file-name order;
   * empty when every document names its own pages.
   */
  pages: string[];
  /** The `documents` list of `dossier.json`. @default none (split by `totalDoc`) */
  documents?: DossierFolderDocument[] | undefined;
}

/**
 * The run a dossier folder is read for: the package it makes and the archive code, which decide
 * whether `dossier.json` is checked as an AIP's record (dates by month or year alone accepted) or a
 * SIP's, as a catalog's rows are.
 *
 * @example
 * ```ts
 * const run: DossierFolderRun = { packageType: 'aip', archiveCode: 'TTLT1' };
 * ```
 */
export interface DossierFolderRun {
  /** The run's package type. @default 'aip' */
  packageType?: 'aip' | 'sip' | 'none' | undefined;
  /** The archive code of the run's AIPs. @default none (then the record is checked as a SIP's) */
  archiveCode?: string | undefined;
}

/** The file extensions read as scanned PDFs, each of whose pages is a page of the dossier. */
const PDF_EXTENSION = '.pdf';

/**
 * Reads a dossier folder: `dossier.json` and the scans beside it.
 *
 * ```json
 * {
 *   "dossier": { "fileCode": "…", "title": "…", "totalDoc": 2, … },
 *   "pages": ["p1.jpg", "p2.jpg", "p3.jpg"],
 *   "documents": [
 *     { "numberOfPage": 1, "typeName": "15", "codeNotation": "TTr-UBND" },
 *     { "pages": ["qd47.pdf"], "typeName": "02" }
 *   ]
 * }
 * ```
 *
 * The dossier is checked as the run will package it (`run`): an AIP's record when the run makes
 * AIPs and knows the archive code, so dates by month or year alone (`1963`, `05/1964`) are
 * accepted, as for a catalog (Thông tư 05/2025 §3.4a); a SIP's otherwise (full dates), and then such
 * a date in a run of AIPs is reported with the option that would accept it (`--archive-code`).
 *
 * `pages` (optional) lists the page files in order; without it every image and PDF of the
 * folder is taken, in file-name order. `documents` (optional) describes each document: its
 * Thông tư 05/2025 fields, and either its own `pages` or a `numberOfPage` taken from the page
 * sequence in order.
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `INPUT_NOT_FOUND`, `INPUT_UNREADABLE`, `DOSSIER_METADATA_MISSING`,
 *   `METADATA_INVALID` or `DOSSIER_EMPTY`.
 *
 * @example
 * ```ts
 * import { readDossierFolder } from '@sohoa/pipeline';
 *
 * const { dossier, pages } = await readDossierFolder('examples/sample-dossier');
 * console.log(dossier.fileCode, pages.length); // 000.00.00.H00.2025.01 3
 * ```
 */
export async function readDossierFolder(folder: string, run: DossierFolderRun = {}): Promise<DossierFolder> {
  await requireFolder(folder);
  const metadataPath = join(folder, 'dossier.json');
  let raw: string;
  try {
    raw = await readFile(metadataPath, 'utf8');
  } catch (cause) {
    throw new SohoaError({
      code: 'DOSSIER_METADATA_MISSING',
      message: {
        vi: `Thư mục hồ sơ "${folder}" không có tệp dossier.json đọc được.`,
        en: `The dossier folder "${folder}" has no readable dossier.json.`,
      },
      fix: {
        vi: 'Thêm tệp dossier.json chứa siêu dữ liệu hồ sơ ({ "dossier": { "fileCode": …, "title": …, … } }); xem examples/sample-dossier/dossier.json.',
        en: 'Add a dossier.json with the dossier\'s metadata ({ "dossier": { "fileCode": …, "title": …, … } }); see examples/sample-dossier/dossier.json.',
      },
      cause,
      details: { folder },
    });
  }
  let parsed: { dossier?: unknown; pages?: unknown; documents?: unknown };
  try {
    parsed = JSON.parse(raw) as typeof parsed;
  } catch (cause) {
    throw new SohoaError({
      code: 'METADATA_INVALID',
      message: {
        vi: `"${metadataPath}" không phải JSON hợp lệ: ${(cause as Error).message}.`,
        en: `"${metadataPath}" is not valid JSON: ${(cause as Error).message}.`,
      },
      fix: {
        vi: 'Sửa lỗi cú pháp JSON (trình kiểm tra hoặc trình soạn thảo JSON chỉ ra vị trí lỗi).',
        en: 'Correct the JSON syntax (a JSON validator or editor shows where).',
      },
      cause,
      details: { source: metadataPath },
    });
  }
  const dossier = folderDossier(parsed.dossier, metadataPath, run);
  const documents = await readDocuments(folder, parsed.documents, metadataPath);
  const ownPages = documents?.every((document) => document.pages !== undefined) ?? false;
  const pages = ownPages ? [] : await listPages(folder, parsed.pages, metadataPath);
  return { folder, dossier, pages, ...(documents ? { documents } : {}) };
}

/** The record of `dossier.json`, checked as the run will package it (see {@link readDossierFolder}). */
function folderDossier(input: unknown, metadataPath: string, run: DossierFolderRun): Dossier {
  const given = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : undefined;
  if (recordPackage(run.packageType, run.archiveCode) === 'aip' && typeof given?.fileCode === 'string') {
    const { fileCode, ...fields } = given;
    const arcFileCode = arcFileCodeOf(fileCode, run.archiveCode);
    const record = validateRecord('aipDossier', { arcFileCode, ...fields }, metadataPath);
    // The code as the SIP schema keeps it (NFC, trimmed), as the record's arcFileCode holds it.
    return plannedDossierRecord(record, toNfc(fileCode).trim());
  }
  try {
    return validateDossier(input, metadataPath);
  } catch (error) {
    const issues = SohoaError.isInstance(error)
      ? (error.details?.issues as MetadataIssue[] | undefined)
      : undefined;
    const fix = issues && spanDatesFix(issues, run.packageType);
    if (!fix || !SohoaError.isInstance(error)) throw error;
    throw new SohoaError({
      code: 'METADATA_INVALID',
      message: { vi: error.texts.vi.message, en: error.texts.en.message },
      fix: {
        vi: `${error.texts.vi.fix ?? ''} ${fix.vi}`.trim(),
        en: `${error.texts.en.fix ?? ''} ${fix.en}`.trim(),
      },
      details: error.details,
      cause: error,
    });
  }
}

async function readDocuments(
  folder: string,
  listed: unknown,
  metadataPath: string,
): Promise<DossierFolderDocument[] | undefined> {
  if (listed === undefined) return undefined;
  const invalid = (what: Bilingual) =>
    new SohoaError({
      code: 'METADATA_INVALID',
      message: {
        vi: `"documents" trong "${metadataPath}" ${what.vi}.`,
        en: `"documents" in "${metadataPath}" ${what.en}.`,
      },
      fix: {
        vi: 'Ghi "documents" là danh sách đối tượng, mỗi văn bản một đối tượng theo thứ tự, gồm các trường của văn bản và "numberOfPage" hoặc "pages": ["tệp.jpg", …].',
        en: 'Make "documents" a list of objects, one per document in order, each with its fields and either "numberOfPage" or "pages": ["file.jpg", …].',
      },
      details: { source: metadataPath },
    });
  if (!Array.isArray(listed) || listed.length === 0)
    throw invalid({ vi: 'phải là danh sách không rỗng', en: 'must be a non-empty list' });
  const documents: DossierFolderDocument[] = [];
  for (const [index, entry] of listed.entries()) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw invalid({
        vi: `có mục thứ ${index + 1} không phải đối tượng`,
        en: `has an entry ${index + 1} that is not an object`,
      });
    }
    const { pages, ...metadata } = entry as Record<string, unknown>;
    if (pages === undefined) {
      documents.push({ metadata });
      continue;
    }
    if (!Array.isArray(pages) || pages.length === 0 || !pages.every((name) => typeof name === 'string')) {
      throw invalid({
        vi: `có văn bản thứ ${index + 1} mà "pages" không phải danh sách tên tệp không rỗng`,
        en: `has document ${index + 1} whose "pages" is not a non-empty list of file names`,
      });
    }
    documents.push({ metadata, pages: await filesInFolder(folder, pages, metadataPath) });
  }
  return documents;
}

/** Whether `path` is `folder` or lies inside it. */
const isInside = (folder: string, path: string): boolean => {
  const way = relative(folder, path);
  return way === '' || (!way.startsWith('..') && !isAbsolute(way));
};

/**
 * The paths of page files named in `dossier.json`, each of which must lie inside the dossier
 * folder, also once symbolic links are resolved: a name such as `../../other/file.jpg`, an
 * absolute path or a link leading out would read files the dossier does not hold.
 */
async function filesInFolder(
  folder: string,
  names: readonly string[],
  metadataPath: string,
): Promise<string[]> {
  const root = await realpath(folder);
  const paths: string[] = [];
  // Each name is checked once, and a name listed many times gives one shared path string: a
  // dossier.json naming one page 2,000,000 times costs 2,000,000 references, not as many strings.
  const checked = new Map<string, string>();
  for (const name of names) {
    const known = checked.get(name);
    if (known !== undefined) {
      paths.push(known);
      continue;
    }
    const path = resolve(folder, name);
    const real = await realpath(path).catch(() => path);
    if (!isInside(resolve(folder), path) || !isInside(root, real)) {
      throw new SohoaError({
        code: 'PATH_OUTSIDE_FOLDER',
        message: {
          vi: `"${metadataPath}" nêu trang "${name}" nằm ngoài thư mục hồ sơ "${folder}".`,
          en: `"${metadataPath}" names the page "${name}", which lies outside the dossier folder "${folder}".`,
        },
        fix: {
          vi: 'Đặt các bản quét trong thư mục hồ sơ (hoặc thư mục con của nó) và ghi tên tương đối so với thư mục đó, ví dụ "pages": ["p1.jpg"].',
          en: 'Put the scans in the dossier folder (or a folder below it) and name them relative to it, e.g. "pages": ["p1.jpg"].',
        },
        details: { source: metadataPath, path: name },
      });
    }
    const joined = join(folder, name);
    checked.set(name, joined);
    paths.push(joined);
  }
  return paths;
}

async function requireFolder(folder: string): Promise<void> {
  try {
    if ((await stat(folder)).isDirectory()) return;
  } catch (cause) {
    throw new SohoaError({
      code: 'INPUT_NOT_FOUND',
      message: {
        vi: `Không tìm thấy thư mục hồ sơ "${folder}".`,
        en: `The dossier folder "${folder}" does not exist.`,
      },
      fix: {
        vi: 'Kiểm tra đường dẫn; chỉ ra thư mục chứa dossier.json và các bản quét.',
        en: 'Check the path; give the folder that holds dossier.json and the scans.',
      },
      cause,
      details: { folder },
    });
  }
  throw new SohoaError({
    code: 'INPUT_UNREADABLE',
    message: {
      vi: `"${folder}" là một tệp, không phải thư mục hồ sơ.`,
      en: `"${folder}" is a file, not a dossier folder.`,
    },
    fix: {
      vi: 'Chỉ ra thư mục chứa dossier.json và các bản quét.',
      en: 'Give the folder that holds dossier.json and the scans.',
    },
    details: { folder },
  });
}

async function listPages(folder: string, listed: unknown, metadataPath: string): Promise<string[]> {
  if (listed !== undefined) {
    if (!Array.isArray(listed) || listed.length === 0 || !listed.every((name) => typeof name === 'string')) {
      throw new SohoaError({
        code: 'METADATA_INVALID',
        message: {
          vi: `"pages" trong "${metadataPath}" phải là danh sách tên tệp ảnh không rỗng.`,
          en: `"pages" in "${metadataPath}" must be a non-empty list of image file names.`,
        },
        fix: {
          vi: 'Liệt kê các tệp trang theo thứ tự, ví dụ "pages": ["p1.jpg", "p2.jpg"], hoặc bỏ "pages" để lấy mọi ảnh theo thứ tự tên tệp.',
          en: 'List the page files in order, e.g. "pages": ["p1.jpg", "p2.jpg"], or leave "pages" out to take every image in file-name order.',
        },
        details: { source: metadataPath },
      });
    }
    return filesInFolder(folder, listed, metadataPath);
  }
  const names = await listPageFiles(folder);
  if (names.length === 0) {
    throw new SohoaError({
      code: 'DOSSIER_EMPTY',
      message: {
        vi: `Thư mục hồ sơ "${folder}" không có ảnh trang hay tệp PDF quét nào.`,
        en: `The dossier folder "${folder}" holds no page images or scanned PDFs.`,
      },
      fix: {
        vi: `Đặt các bản quét (${[...PAGE_EXTENSIONS, PDF_EXTENSION].join(', ')}) vào thư mục, cạnh dossier.json.`,
        en: `Put the scans (${[...PAGE_EXTENSIONS, PDF_EXTENSION].join(', ')}) in the folder, beside dossier.json.`,
      },
      details: { folder },
    });
  }
  return names;
}

/**
 * The page files of a folder: every image ({@link PAGE_EXTENSIONS}, any letter case) and scanned
 * PDF, hidden files left out, in natural file-name order (`p2` before `p10`; letter case and
 * Unicode normalisation do not change the order); their paths.
 *
 * @example
 * ```ts
 * await listPageFiles('scans/hoso01'); // ['scans/hoso01/p1.jpg', 'scans/hoso01/P2.JPG', 'scans/hoso01/p10.jpg']
 * ```
 */
export async function listPageFiles(folder: string): Promise<string[]> {
  return (await readdir(folder))
    .filter((name) => {
      const extension = extname(name).toLowerCase();
      return (PAGE_EXTENSIONS.has(extension) || extension === PDF_EXTENSION) && !name.startsWith('.');
    })
    .sort((a, b) => a.normalize('NFC').localeCompare(b.normalize('NFC'), 'en', { numeric: true }))
    .map((name) => join(folder, name));
}
