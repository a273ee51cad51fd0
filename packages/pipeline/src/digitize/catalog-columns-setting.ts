import type { CatalogColumn } from '@sohoa/metadata';
import { z } from 'zod';

/** Every field a catalog column may hold (`satisfies` keeps it complete as `CatalogColumn` grows). */
const FIELDS = {
  fileCode: true,
  notation: true,
  year: true,
  title: true,
  maintenance: true,
  mode: true,
  language: true,
  startDate: true,
  endDate: true,
  dateRange: true,
  startDay: true,
  startMonth: true,
  startYear: true,
  endDay: true,
  endMonth: true,
  endYear: true,
  keyword: true,
  totalDoc: true,
  numberOfPaper: true,
  dossierPages: true,
  format: true,
  inforSign: true,
  confidenceLevel: true,
  paperFileCode: true,
  description: true,
  docOrdinal: true,
  typeName: true,
  codeNumber: true,
  codeNotation: true,
  numberAndNotation: true,
  issuedDate: true,
  issuedDay: true,
  issuedMonth: true,
  issuedYear: true,
  organName: true,
  subject: true,
  documentPages: true,
  autograph: true,
  filePath: true,
  fondName: true,
  fondCode: true,
  catalogNumber: true,
  storeroom: true,
  shelf: true,
  box: true,
  startSheet: true,
} satisfies Record<CatalogColumn, true>;

const FIELD_NAMES = Object.keys(FIELDS) as [CatalogColumn, ...CatalogColumn[]];

/**
 * `catalog.columns` of `sohoa.config.json`: what columns hold, overriding the importer's
 * recognition. Key: a heading as written or a column letter (`"F"`); value: a catalog field
 * (`"notation"`, `"startDay"`, …) or `"ignore"`. A misspelt field is an error naming the fields.
 *
 * @example
 * ```ts
 * catalogColumnsSchema.parse({ 'Số hồ sơ': 'notation', K: 'ignore' });
 * ```
 */
export const catalogColumnsSchema = z.record(
  z.string().min(1),
  z.enum([...FIELD_NAMES, 'ignore'] as [CatalogColumn | 'ignore', ...Array<CatalogColumn | 'ignore'>]),
);
