import * as z from 'zod';
import { count, flag, requiredText, text } from '../fields/field-schemas.js';

/**
 * The package-level record of an AIP_tailieu (loose documents without a dossier; Appendix II of
 * Thông tư 05/2025/TT-BNV, standards reference §3.4b): 4 fields. `source` is `0` for outgoing and
 * `1` for incoming documents.
 *
 * @example
 * ```ts
 * import { aipLooseDocumentPackageSchema } from '@sohoa/metadata';
 *
 * aipLooseDocumentPackageSchema.parse({
 *   arcFileCode: 'TTLT1.G09.2021.01', title: 'Tài liệu rời năm 2021', source: 0,
 * });
 * ```
 */
export const aipLooseDocumentPackageSchema = z
  .object({
    arcFileCode: requiredText(100),
    title: requiredText(1000),
    source: flag,
    description: text(2000).optional(),
  })
  .strict();

/**
 * The package-level record of a SIP_tailieu (Appendix IV; §3.4b): the AIP fields with `fileCode`
 * and `totalDoc`. The position of `totalDoc` among the fields is not given by the sources
 * (UNVERIFIED); it is placed after `source`.
 *
 * @example
 * ```ts
 * import { sipLooseDocumentPackageSchema } from '@sohoa/metadata';
 *
 * sipLooseDocumentPackageSchema.parse({
 *   fileCode: 'G09.2021.01', title: 'Tài liệu rời năm 2021', source: 1, totalDoc: 14,
 * });
 * ```
 */
export const sipLooseDocumentPackageSchema = z
  .object({
    fileCode: requiredText(100),
    title: requiredText(1000),
    source: flag,
    totalDoc: count(10),
    description: text(2000).optional(),
  })
  .strict();

/** A validated AIP_tailieu package record. */
export type AipLooseDocumentPackage = z.output<typeof aipLooseDocumentPackageSchema>;
/** A validated SIP_tailieu package record. */
export type SipLooseDocumentPackage = z.output<typeof sipLooseDocumentPackageSchema>;
