import { join } from 'node:path';
import type { Dossier } from '@sohoa/metadata';
import { type DossierFolderRun, readDossierFolder } from '../digitize/dossier-folder.js';
import { expandPageFiles } from './expand-page-files.js';
import type { PlannedDossier } from './planned-dossier.js';
import { splitDocuments } from './split-documents.js';
import { DOSSIER_JSON, planUndescribed, type WholeDossierSources } from './whole-dossier.js';

/**
 * Plans the digitization of one dossier folder (see {@link readDossierFolder}): its metadata,
 * checked as the run (`run`) will package it, and its pages split into documents. Without a `documents` list, a dossier of several documents
 * (`totalDoc` > 1, not one per page) scanned as one file (a PDF, a multi-page TIFF) becomes one
 * document of the whole scan described by `dossier.json` (TT 05/2025 Art. 8.1.d), as a catalog of
 * dossiers' row does: type `32`, summary = title, date = start date, a note, `totalDoc` 1, each a
 * derivation `whole-dossier`; the issuer is read from the first page's header.
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} the codes of {@link readDossierFolder}, and `DOCUMENT_SPLIT_INVALID`.
 *
 * @example
 * ```ts
 * import { planFolder } from '@sohoa/pipeline';
 *
 * const planned = await planFolder('examples/sample-dossier');
 * planned.documents.map((document) => document.pages.length); // [1, 1, 1]
 * ```
 */
export async function planFolder(folder: string, run: DossierFolderRun = {}): Promise<PlannedDossier> {
  const read = await readDossierFolder(folder, run);
  const source = join(folder, 'dossier.json');
  const sequence = await expandPageFiles(read.pages, { tiffPages: true });
  const described = read.documents
    ? await Promise.all(
        read.documents.map(async (document, index) => ({
          metadata: document.metadata,
          pages: document.pages ? await expandPageFiles(document.pages, { tiffPages: true }) : undefined,
          source: `${source} (document ${index + 1})`,
        })),
      )
    : undefined;
  if (!described) {
    const oneFile = sequence.length > 0 && sequence.every((page) => page.file === sequence[0]?.file);
    const place = { vi: source, en: source };
    return planUndescribed(read.dossier, sequence, place, () => folderSources(read.dossier), oneFile);
  }
  return {
    dossier: read.dossier,
    documents: splitDocuments(sequence, described, read.dossier, source),
    source,
  };
}

/** The sources of a whole-dossier document of a folder: the fields of `dossier.json`; no issuer (read from the first page). */
function folderSources(dossier: Dossier): WholeDossierSources {
  return {
    describer: DOSSIER_JSON,
    of: (field) => [{ sheet: DOSSIER_JSON, row: 0, heading: `dossier.${field}`, value: dossier[field] }],
  };
}
