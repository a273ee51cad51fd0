import { join } from 'node:path';
import { readDossierFolder } from '../digitize/dossier-folder.js';
import { expandPageFiles } from './expand-page-files.js';
import type { PlannedDossier } from './planned-dossier.js';
import { splitDocuments } from './split-documents.js';

/**
 * Plans the digitization of one dossier folder (see {@link readDossierFolder}): its metadata, and
 * its pages split into documents.
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
export async function planFolder(folder: string): Promise<PlannedDossier> {
  const read = await readDossierFolder(folder);
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
  return {
    dossier: read.dossier,
    documents: splitDocuments(sequence, described, read.dossier, source),
    source,
  };
}
