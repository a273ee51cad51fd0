export type { CatalogColumn } from './catalog/catalog-columns.js';
export type {
  CatalogImport,
  CatalogIssue,
  CatalogSheet,
  ColumnMapping,
  Derivation,
  DerivationSource,
  ImportCatalogOptions,
  ImportedDocument,
  ImportedDossier,
} from './catalog/catalog-import-types.js';
export type { CatalogTemplateOptions } from './catalog/catalog-template.js';
export { writeCatalogTemplate } from './catalog/catalog-template-lazy.js';
export { columnLetter } from './catalog/column-letter.js';
export { importCatalog } from './catalog/import-catalog.js';
export type { CellValue } from './catalog/raw-sheet.js';
export type { CatalogSource, ReadSheetsOptions } from './catalog/read-sheet-bytes.js';
export { DEFAULT_SPREADSHEET_LIMITS, type SpreadsheetLimits } from './catalog/spreadsheet-limits.js';
export {
  type CatalogCounts,
  type CatalogSummary,
  countCatalogDossier,
  summarizeCatalog,
} from './catalog/summarize-catalog.js';
export {
  CODE_LISTS,
  COLOUR_CODES,
  CONFIDENCE_LEVEL_CODES,
  type CodedField,
  type ColourCode,
  type ConfidenceLevelCode,
  LANGUAGE_CODES,
  type LanguageCode,
  MAINTENANCE_CODES,
  type MaintenanceCode,
  MEDIA_TYPE_CODES,
  type MediaTypeCode,
  MODE_CODES,
  type ModeCode,
  PHOTO_TYPE_CODES,
  PHYSICAL_CONDITION_CODES,
  type PhotoTypeCode,
  type PhysicalConditionCode,
  RISK_RECOVERY_STATUS_CODES,
  type RiskRecoveryStatusCode,
  TYPE_NAME_CODES,
  type TypeNameCode,
} from './codes/code-lists.js';
export { parseVnDate, parseVnDateSpan, type VnDateSpan } from './dates/vn-date.js';
export {
  type AipDocumentRecord,
  type AipDocumentRecordInput,
  aipDocumentSchema,
} from './document/aip-document-schema.js';
export {
  type DipDocumentRecord,
  type DipDocumentRecordInput,
  dipDocumentSchema,
} from './document/dip-document-schema.js';
export { SUBJECT_MAX_LENGTH } from './document/document-fields.js';
export {
  type DocumentRecord,
  type DocumentRecordInput,
  documentSchema,
} from './document/document-schema.js';
export { type AipDossier, type AipDossierInput, aipDossierSchema } from './dossier/aip-dossier-schema.js';
export { type Dossier, type DossierInput, dossierSchema, vnDateSchema } from './dossier/dossier-schema.js';
export { DOSSIER_FIELD_LABELS } from './dossier/field-labels.js';
export { validateDossier } from './dossier/validate-dossier.js';
export {
  type ToUnicodeOptions,
  toUnicodeVietnamese,
  type UnicodeConversion,
} from './encoding/convert-vietnamese-text.js';
export {
  detectVietnameseEncoding,
  type EncodingDetection,
  type VietnameseEncoding,
} from './encoding/detect-encoding.js';
export type { CaseAmbiguity } from './encoding/tcvn3.js';
export { METADATA_ERROR_CODES, type MetadataErrorCode } from './errors/metadata-error-codes.js';
export { FIELD_LABELS, type FieldLabel, type FieldTag, fieldLabel } from './fields/field-labels.js';
export { type FondRecord, type FondRecordInput, fondSchema } from './fond/fond-schema.js';
export {
  AGENCY_GROUPS,
  type AgencyIdentifier,
  assertAgencyIdentifier,
  parseAgencyIdentifier,
} from './identifiers/agency-identifier.js';
export type { CodeFormatOptions } from './identifiers/code-format.js';
export {
  buildDocCode,
  buildDocId,
  type DocCodeOptions,
  type DocIdOptions,
  parseDocCode,
} from './identifiers/document-code.js';
export {
  type ArcFileCodeOptions,
  type ArcFileCodeParts,
  buildArcFileCode,
  buildFileCode,
  type DossierCodeParts,
  type ParseArcFileCodeOptions,
  parseArcFileCode,
  parseFileCode,
} from './identifiers/dossier-code.js';
export {
  type DocumentFileNameOptions,
  documentFileName,
  dossierFileName,
  eadFileName,
  parseDocumentFileName,
} from './identifiers/file-names.js';
export {
  type LegacyFileName,
  type LegacyFileNameOptions,
  parseLegacyFileName,
} from './identifiers/legacy-file-name.js';
export {
  createObjectId,
  type ObjectIdOptions,
  packageFolderName,
  parseObjectId,
} from './identifiers/object-id.js';
export {
  buildPaperFileCode,
  type PaperFileCodeParts,
  parsePaperFileCode,
} from './identifiers/paper-file-code.js';
export { type JsonSchema, recordJsonSchema } from './json-schema/record-json-schema.js';
export { LEGACY_FIELD_NAMES, renameLegacyFields } from './legacy/legacy-field-names.js';
export {
  type CodeMapping,
  mapConfidenceLevel,
  mapLanguages,
  mapMaintenance,
  mapMode,
  mapPhysicalCondition,
  mapTypeName,
} from './legacy/legacy-values.js';
export { normalizeVnDate, splitVnDateRange } from './legacy/normalize-date.js';
export { normalizeRecordValues, type ValueNote } from './legacy/normalize-record-values.js';
export {
  type AipLooseDocumentPackage,
  aipLooseDocumentPackageSchema,
  type SipLooseDocumentPackage,
  sipLooseDocumentPackageSchema,
} from './loose-documents/loose-document-package-schema.js';
export { type MediaRecord, type MediaRecordInput, mediaSchema } from './media/media-schema.js';
export { type PhotoRecord, type PhotoRecordInput, photoSchema } from './media/photo-schema.js';
export {
  checkDossierDocuments,
  type DocumentTotals,
  type DossierTotals,
} from './validation/check-dossier-documents.js';
export {
  describeRule,
  type IssueRule,
  type MessageLocale,
  type RuleFacts,
  type RuleText,
} from './validation/issue-messages.js';
export {
  describeIssue,
  describeIssueInBoth,
  type IssueFacts,
  type IssueInBoth,
  type MetadataIssue,
} from './validation/metadata-issue.js';
export {
  RECORD_SCHEMAS,
  type RecordInputOf,
  type RecordKind,
  type RecordOf,
} from './validation/record-schemas.js';
export { toMetadataIssues } from './validation/to-metadata-issues.js';
export {
  type RecordsReport,
  type ValidationOptions,
  validateRecord,
  validateRecords,
} from './validation/validate-records.js';
export { VERSION } from './version.js';
export { type EadXmlOptions, type ParseEadXmlOptions, parseEadXml, toEadXml } from './xml/ead-xml.js';
