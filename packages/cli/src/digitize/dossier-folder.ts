import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { SohoaError } from '@sohoa/core';
import { type Dossier, validateDossier } from '@sohoa/metadata';

/** The file extensions read as page images, lower case. */
export const PAGE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.jpg',
  '.jpeg',
  '.png',
  '.tif',
  '.tiff',
  '.webp',
]);

/** A dossier folder, read and checked: its metadata and its page files in order. */
export interface DossierFolder {
  folder: string;
  dossier: Dossier;
  /** Absolute or folder-relative paths of the page images, in the dossier's order. */
  pages: string[];
}

/**
 * Reads a dossier folder: `dossier.json` (`{ "dossier": { …Thông tư 05/2025 fields… }, "pages":
 * [optional file names in order] }`) and the page images beside it. Without `pages`, every image
 * in the folder is a page, in file-name order.
 *
 * @throws {@link SohoaError} `INPUT_NOT_FOUND`, `INPUT_UNREADABLE`, `DOSSIER_METADATA_MISSING`,
 *   `METADATA_INVALID` or `DOSSIER_EMPTY`.
 */
export async function readDossierFolder(folder: string): Promise<DossierFolder> {
  await requireFolder(folder);
  const metadataPath = join(folder, 'dossier.json');
  let raw: string;
  try {
    raw = await readFile(metadataPath, 'utf8');
  } catch (cause) {
    throw new SohoaError({
      code: 'DOSSIER_METADATA_MISSING',
      message: `The dossier folder "${folder}" has no readable dossier.json.`,
      fix: 'Add a dossier.json with the dossier\'s metadata ({ "dossier": { "fileCode": …, "title": …, … } }); see examples/sample-dossier/dossier.json.',
      cause,
      details: { folder },
    });
  }
  let parsed: { dossier?: unknown; pages?: unknown };
  try {
    parsed = JSON.parse(raw) as typeof parsed;
  } catch (cause) {
    throw new SohoaError({
      code: 'METADATA_INVALID',
      message: `"${metadataPath}" is not valid JSON: ${(cause as Error).message}.`,
      fix: 'Correct the JSON syntax (a JSON validator or editor shows where).',
      cause,
      details: { source: metadataPath },
    });
  }
  const dossier = validateDossier(parsed.dossier, metadataPath);
  const pages = await listPages(folder, parsed.pages, metadataPath);
  return { folder, dossier, pages };
}

async function requireFolder(folder: string): Promise<void> {
  try {
    if ((await stat(folder)).isDirectory()) return;
  } catch (cause) {
    throw new SohoaError({
      code: 'INPUT_NOT_FOUND',
      message: `The dossier folder "${folder}" does not exist.`,
      fix: 'Check the path; give the folder that holds dossier.json and the scans.',
      cause,
      details: { folder },
    });
  }
  throw new SohoaError({
    code: 'INPUT_UNREADABLE',
    message: `"${folder}" is a file, not a dossier folder.`,
    fix: 'Give the folder that holds dossier.json and the scans.',
    details: { folder },
  });
}

async function listPages(folder: string, listed: unknown, metadataPath: string): Promise<string[]> {
  if (listed !== undefined) {
    if (!Array.isArray(listed) || listed.length === 0 || !listed.every((name) => typeof name === 'string')) {
      throw new SohoaError({
        code: 'METADATA_INVALID',
        message: `"pages" in "${metadataPath}" must be a non-empty list of image file names.`,
        fix: 'List the page files in order, e.g. "pages": ["p1.jpg", "p2.jpg"], or leave "pages" out to take every image in file-name order.',
        details: { source: metadataPath },
      });
    }
    return listed.map((name) => join(folder, name));
  }
  const names = (await readdir(folder))
    .filter((name) => PAGE_EXTENSIONS.has(extname(name).toLowerCase()) && !name.startsWith('.'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (names.length === 0) {
    throw new SohoaError({
      code: 'DOSSIER_EMPTY',
      message: `The dossier folder "${folder}" holds no page images.`,
      fix: `Put the scans (${[...PAGE_EXTENSIONS].join(', ')}) in the folder, beside dossier.json.`,
      details: { folder },
    });
  }
  return names.map((name) => join(folder, name));
}
