/**
 * Field names of Thông tư 02/2019/TT-BNV and Nghị định 30/2020/NĐ-CP (Appendix VI) that have a
 * Thông tư 05/2025 counterpart (standards reference §2.2, §2.3, §5.5), matched without regard to
 * case. `OrganId`, `FileCatalog` and `FileNotation` are the parts of the old dossier code and are
 * used to build `fileCode` when the record has none; `Identifier` (archive code) has no field of
 * its own in a TT05 dossier or document and is dropped.
 *
 * @example
 * ```ts
 * import { LEGACY_FIELD_NAMES } from '@sohoa/metadata';
 *
 * LEGACY_FIELD_NAMES.pageamount; // 'numberOfPage'
 * ```
 */
export const LEGACY_FIELD_NAMES: Readonly<Record<string, string>> = {
  filecode: 'fileCode',
  title: 'title',
  maintenance: 'maintenance',
  rights: 'mode',
  mode: 'mode',
  language: 'language',
  startdate: 'startDate',
  enddate: 'endDate',
  totaldoc: 'totalDoc',
  doctotal: 'totalDoc',
  description: 'description',
  inforsign: 'inforSign',
  keyword: 'keyword',
  pagetotal: 'numberOfPage',
  pagenumber: 'numberOfPage',
  pageamount: 'numberOfPage',
  sheettotal: 'numberOfPaper',
  format: 'format',
  doccode: 'docId',
  docordinal: 'docOrdinal',
  typename: 'typeName',
  codenumber: 'codeNumber',
  codenotation: 'codeNotation',
  issueddate: 'issuedDate',
  organname: 'organName',
  subject: 'subject',
  confidencelevel: 'confidenceLevel',
  autograph: 'autograph',
};

/**
 * Renames the fields of a Thông tư 02/2019 or NĐ 30/2020 record to Thông tư 05/2025 tags
 * ({@link LEGACY_FIELD_NAMES}), building `fileCode` from `OrganId` + `FileCatalog` (when it is a
 * year) + `FileNotation` if there is no `FileCode`. Values are not changed: pass the result to
 * `normalizeRecordValues` to turn free text into codes. Unknown fields are kept as they are, so
 * validation reports them.
 *
 * @example
 * ```ts
 * import { renameLegacyFields } from '@sohoa/metadata';
 *
 * renameLegacyFields({ OrganId: '000.00.00.G09', FileCatalog: 2010, FileNotation: '01.TH', Rights: 'Công khai' });
 * // { fileCode: '000.00.00.G09.2010.01.TH', mode: 'Công khai' }
 * ```
 */
export function renameLegacyFields(record: Record<string, unknown>): Record<string, unknown> {
  const renamed: Record<string, unknown> = {};
  const parts: Record<string, string> = {};
  for (const [name, value] of Object.entries(record)) {
    const key = name.toLowerCase();
    if (key === 'organid' || key === 'organld' || key === 'filecatalog' || key === 'filenotation') {
      parts[key === 'organld' ? 'organid' : key] = String(value ?? '').trim();
    } else if (key === 'identifier') {
      // The archive code: part of arcFileCode in TT05, not a field of the record.
    } else {
      renamed[LEGACY_FIELD_NAMES[key] ?? name] = value;
    }
  }
  if (renamed.fileCode === undefined && parts.organid && parts.filenotation) {
    const year = parts.filecatalog && /^\d{4}$/.test(parts.filecatalog) ? [parts.filecatalog] : [];
    renamed.fileCode = [parts.organid, ...year, parts.filenotation].join('.');
  }
  return renamed;
}
