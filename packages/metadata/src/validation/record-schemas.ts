import type { z } from 'zod';
import { aipDocumentSchema } from '../document/aip-document-schema.js';
import { dipDocumentSchema } from '../document/dip-document-schema.js';
import { documentSchema } from '../document/document-schema.js';
import { aipDossierSchema } from '../dossier/aip-dossier-schema.js';
import { dossierSchema } from '../dossier/dossier-schema.js';
import { fondSchema } from '../fond/fond-schema.js';
import {
  aipLooseDocumentPackageSchema,
  sipLooseDocumentPackageSchema,
} from '../loose-documents/loose-document-package-schema.js';
import { mediaSchema } from '../media/media-schema.js';
import { photoSchema } from '../media/photo-schema.js';

/**
 * Every record schema by kind. The kind names the package variant where the circular has several.
 *
 * | kind | schema | XML file |
 * |---|---|---|
 * | `dossier` | {@link dossierSchema} (SIP_hoso) | `EAD.xml` |
 * | `aipDossier` | {@link aipDossierSchema} (AIP_hoso) | `EAD.xml` |
 * | `document` | {@link documentSchema} (SIP) | `EAD_doc_<file>.xml` |
 * | `aipDocument` | {@link aipDocumentSchema} | `EAD_doc_<file>.xml` |
 * | `dipDocument` | {@link dipDocumentSchema} | `EAD_doc_<file>.xml` |
 * | `photo` | {@link photoSchema} | `EAD_pic_<file>.xml` |
 * | `media` | {@link mediaSchema} | `EAD_media_<file>.xml` |
 * | `aipLooseDocuments` | {@link aipLooseDocumentPackageSchema} (AIP_tailieu) | `EAD.xml` |
 * | `sipLooseDocuments` | {@link sipLooseDocumentPackageSchema} (SIP_tailieu) | `EAD.xml` |
 * | `fond` | {@link fondSchema} | – |
 *
 * @example
 * ```ts
 * import { RECORD_SCHEMAS } from '@sohoa/metadata';
 *
 * Object.keys(RECORD_SCHEMAS.aipDocument.shape); // ['arcFileCode', 'mode', 'language', …] (element order)
 * ```
 */
export const RECORD_SCHEMAS = {
  dossier: dossierSchema,
  aipDossier: aipDossierSchema,
  document: documentSchema,
  aipDocument: aipDocumentSchema,
  dipDocument: dipDocumentSchema,
  photo: photoSchema,
  media: mediaSchema,
  aipLooseDocuments: aipLooseDocumentPackageSchema,
  sipLooseDocuments: sipLooseDocumentPackageSchema,
  fond: fondSchema,
} as const;

/** A kind of metadata record, a key of {@link RECORD_SCHEMAS}. */
export type RecordKind = keyof typeof RECORD_SCHEMAS;

/** The validated record type of a kind, e.g. `RecordOf<'document'>`. */
export type RecordOf<K extends RecordKind> = z.output<(typeof RECORD_SCHEMAS)[K]>;

/** What the schema of a kind accepts. */
export type RecordInputOf<K extends RecordKind> = z.input<(typeof RECORD_SCHEMAS)[K]>;
