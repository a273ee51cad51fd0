import { createHash, randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { SohoaError } from '@sohoa/base';
import { buildPackage, type Finding, type ProvenanceInput, validatePackage } from '@sohoa/ip';
import { buildDocCode, buildDocId, type Dossier, validateRecord } from '@sohoa/metadata';
import { arcFileCodeOf } from './aip-records.js';
import type { DigitizedDocumentRecord } from './digitize-document.js';

/** How a dossier is packaged. */
export interface PackageDossierOptions {
  type: 'aip' | 'sip';
  /** The dossier's output folder, where the package ZIP goes. */
  folder: string;
  createdAt: Date;
  archiveCode?: string | undefined;
  organization?: string | undefined;
  provenance?: ProvenanceInput | undefined;
}

/** A package built and validated by {@link packageDossier}. */
export interface PackagedDossier {
  /** The ZIP's file name in the dossier's folder. */
  fileName: string;
  /** Warnings of the validation (errors make it fail). */
  warnings: Finding[];
}

const AIP_DOCUMENT_FIELDS = [
  'keyword',
  'format',
  'inforSign',
  'description',
  'typeName',
  'codeNumber',
  'codeNotation',
  'issuedDate',
  'organName',
  'subject',
  'autograph',
  'process',
] as const;

const SIP_DOCUMENT_FIELDS = [
  ...AIP_DOCUMENT_FIELDS,
  'maintenance',
  'riskRecovery',
  'riskRecoveryStatus',
] as const;

/**
 * Packages a digitized dossier as AIP_hoso (`arcFileCode` = `<archiveCode>.<fileCode>`, documents
 * with `docOrdinal`, PREMIS provenance) or SIP_hoso, with `buildPackage` of `@sohoa/ip`: the
 * documents' PDF/A files and records (the document's fields, its page count, the dossier's access
 * mode, language and reliability when the document gives none, `docCode` and `docId` built from the
 * dossier's code). The ZIP is built under a temporary name, validated with `validatePackage`
 * (profile `vn-tt05`, PDF/A checked) and only then renamed to `<fileCode>.aip.zip` (or `.sip.zip`).
 * Its UUID derives from the dossier's code, so the same dossier and creation time give the same
 * bytes.
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `METADATA_INVALID` when a record is incomplete or invalid,
 *   `PACKAGE_INVALID` (with the findings in `details.findings`) when validation fails.
 *
 * @example
 * ```ts
 * const built = await packageDossier(dossier, documents, { type: 'aip', folder: 'out/H49…', createdAt });
 * console.log(built.fileName); // H49….aip.zip
 * ```
 */
export async function packageDossier(
  dossier: Dossier,
  documents: readonly DigitizedDocumentRecord[],
  options: PackageDossierOptions,
): Promise<PackagedDossier> {
  const fileCode = dossier.fileCode;
  const aip = options.type === 'aip';
  const arcFileCode = arcFileCodeOf(fileCode, options.archiveCode);
  const { fileCode: _code, ...dossierBody } = dossier;
  const fileName = `${fileCode}.${options.type}.zip`;
  const documentInputs = documents.map((document) => {
    const metadata = aip ? aipDocument(document, dossier, arcFileCode) : sipDocument(document, dossier);
    // Checked here too, so a missing field is reported with the document's file name.
    validateRecord(aip ? 'aipDocument' : 'document', metadata, document.pdf, { locale: 'en' });
    const ocr = aip ? options.provenance?.ocr : undefined;
    // A rewritten scanner PDF: its OCR event also says what became of the scanner's text layer.
    const provenance =
      ocr && document.textLayer ? { ocr: { ...ocr, textLayer: document.textLayer.detail } } : undefined;
    return {
      file: join(options.folder, document.pdf),
      fileName: document.pdf,
      metadata,
      ...(provenance ? { provenance } : {}),
    };
  });
  const temporary = join(options.folder, `.${fileName}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await buildPackage(
      {
        type: aip ? 'AIP_hoso' : 'SIP_hoso',
        uuid: stableUuid(`${options.type}:${arcFileCode}`),
        createdAt: options.createdAt,
        organization: options.organization,
        metadata: aip ? { arcFileCode, ...dossierBody } : { ...dossier },
        documents: documentInputs,
        ...(aip && options.provenance ? { provenance: options.provenance } : {}),
      },
      { destination: temporary },
    );
    const report = await validatePackage(temporary, { profile: 'vn-tt05' });
    const errors = report.findings.filter((finding) => finding.severity === 'error');
    if (errors.length > 0) {
      const type = aip ? 'AIP_hoso' : 'SIP_hoso';
      const failed = errors
        .slice(0, 5)
        .map((finding) => `${finding.requirement} ${finding.file ?? ''} ${finding.message}`.trim())
        .join('; ');
      throw new SohoaError({
        code: 'PACKAGE_INVALID',
        message: {
          vi: `Gói ${type} của hồ sơ ${fileCode} không đạt ${errors.length} quy tắc: ${failed}.`,
          en: `The ${type} package of ${fileCode} fails ${errors.length} rule(s): ${failed}.`,
        },
        fix: {
          vi: 'Sửa siêu dữ liệu hồ sơ và văn bản mà các phát hiện nêu, rồi chạy lại.',
          en: 'Correct the dossier and document metadata the findings name, then run again.',
        },
        details: { findings: report.findings },
      });
    }
    await rename(temporary, join(options.folder, fileName));
    return { fileName, warnings: report.findings };
  } finally {
    await rm(temporary, { force: true });
  }
}

function inherited(document: DigitizedDocumentRecord, dossier: Dossier): Record<string, unknown> {
  const given = document.metadata;
  return {
    mode: given.mode ?? dossier.mode,
    language: given.language ?? dossier.language,
    confidenceLevel: given.confidenceLevel ?? dossier.confidenceLevel ?? '02',
    numberOfPage: document.pages.length,
  };
}

function pick(metadata: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    fields.flatMap((field) => (metadata[field] === undefined ? [] : [[field, metadata[field]]])),
  );
}

function aipDocument(
  document: DigitizedDocumentRecord,
  dossier: Dossier,
  arcFileCode: string,
): Record<string, unknown> {
  return {
    arcFileCode,
    ...inherited(document, dossier),
    ...pick(document.metadata, AIP_DOCUMENT_FIELDS),
    docCode: buildDocCode(dossier.fileCode, document.ordinal),
    docOrdinal: document.ordinal,
  };
}

function sipDocument(document: DigitizedDocumentRecord, dossier: Dossier): Record<string, unknown> {
  return {
    docId: buildDocId(dossier.fileCode, document.ordinal),
    docCode: buildDocCode(dossier.fileCode, document.ordinal),
    maintenance: document.metadata.maintenance ?? dossier.maintenance,
    ...inherited(document, dossier),
    ...pick(document.metadata, SIP_DOCUMENT_FIELDS),
  };
}

/** A UUID (version 4 layout) derived from a text, so a dossier's package keeps its identifiers across runs. */
function stableUuid(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
