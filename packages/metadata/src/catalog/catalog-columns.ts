import { foldVietnamese } from '../legacy/fold-vietnamese.js';

/**
 * What a catalog column holds: a field of the dossier or document record, or a part from which
 * one is built (`notation` and `year` of `fileCode`; day, month and year in separate columns;
 * number and symbol in one column; a date range; the scan's file path; the fond by name or code,
 * the catalog number, storeroom, shelf and box of `arcFileCode` and `paperFileCode`), or a value kept
 * beside the record (`startSheet`, "Tờ số", the sheet a document starts on).
 */
export type CatalogColumn =
  | 'fileCode'
  | 'notation'
  | 'year'
  | 'title'
  | 'maintenance'
  | 'mode'
  | 'language'
  | 'startDate'
  | 'endDate'
  | 'dateRange'
  | 'startDay'
  | 'startMonth'
  | 'startYear'
  | 'endDay'
  | 'endMonth'
  | 'endYear'
  | 'keyword'
  | 'totalDoc'
  | 'numberOfPaper'
  | 'dossierPages'
  | 'format'
  | 'inforSign'
  | 'confidenceLevel'
  | 'paperFileCode'
  | 'description'
  | 'docOrdinal'
  | 'typeName'
  | 'codeNumber'
  | 'codeNotation'
  | 'numberAndNotation'
  | 'issuedDate'
  | 'issuedDay'
  | 'issuedMonth'
  | 'issuedYear'
  | 'organName'
  | 'subject'
  | 'documentPages'
  | 'autograph'
  | 'filePath'
  | 'fondName'
  | 'fondCode'
  | 'catalogNumber'
  | 'storeroom'
  | 'shelf'
  | 'box'
  | 'startSheet';

/**
 * Columns that describe a document rather than a dossier: their presence makes a catalog one row
 * per document. "Số trang" is not among them: in a catalog of dossiers it is the dossier's pages.
 */
export const DOCUMENT_COLUMNS: ReadonlySet<CatalogColumn> = new Set([
  'docOrdinal',
  'typeName',
  'codeNumber',
  'codeNotation',
  'numberAndNotation',
  'issuedDate',
  'issuedDay',
  'issuedMonth',
  'issuedYear',
  'organName',
  'subject',
  'autograph',
  'filePath',
]);

const datePartAliases = (prefixes: string[], parts: Record<'ngay' | 'thang' | 'nam', CatalogColumn>) =>
  prefixes.flatMap((prefix) =>
    Object.entries(parts).map(([part, column]) => [`${prefix} ${part}`, column] as [string, CatalogColumn]),
  );

/**
 * The column headings recognised, folded (no marks, lowercase): several spellings for each
 * column, from catalogs made under HD169, TT 02/2019, NĐ 30/2020 and TT 05/2025. In a two-row
 * heading the parent and child headings are joined (`Thời gian bắt đầu` + `Ngày`).
 */
const ALIASES: Array<[string, CatalogColumn]> = [
  ...([
    ['ma ho so', 'fileCode'],
    ['ma ho so luu tru', 'fileCode'],
    ['ma phong cong trinh suu tap luu tru', 'fondCode'],
    ['muc luc so hoac nam hinh thanh ho so', 'year'],
    ['tong so tai lieu trong ho so', 'totalDoc'],
    ['so thu tu tai lieu trong ho so', 'docOrdinal'],
    ['so cua tai lieu', 'codeNumber'],
    ['ky hieu cua tai lieu', 'codeNotation'],
    ['ngay thang nam tai lieu', 'issuedDate'],
    ['co quan to chuc ca nhan ban hanh', 'organName'],
    ['so luong trang cua tai lieu', 'documentPages'],
    ['so va ky hieu ho so', 'notation'],
    ['so ky hieu ho so', 'notation'],
    ['ho so so', 'notation'],
    ['so ho so', 'notation'],
    ['ky hieu ho so', 'notation'],
    ['nam hinh thanh ho so', 'year'],
    ['nam hinh thanh', 'year'],
    ['nam', 'year'],
    ['phong', 'fondName'],
    ['ten phong', 'fondName'],
    ['ten phong luu tru', 'fondName'],
    ['ma phong', 'fondCode'],
    ['phong so', 'fondCode'],
    ['so phong', 'fondCode'],
    ['ma co quan', 'fondCode'],
    ['ma dinh danh co quan', 'fondCode'],
    ['muc luc', 'catalogNumber'],
    ['muc luc so', 'catalogNumber'],
    ['so muc luc', 'catalogNumber'],
    ['kho', 'storeroom'],
    ['kho so', 'storeroom'],
    ['gia', 'shelf'],
    ['gia so', 'shelf'],
    ['hop so', 'box'],
    ['hop', 'box'],
    ['so hop', 'box'],
    ['to so', 'startSheet'],
    ['so to bat dau', 'startSheet'],
    ['loai tai lieu', 'typeName'],
    ['do mat', 'mode'],
    ['muc do mat', 'mode'],
    ['duong dan file scan', 'filePath'],
    ['file scan', 'filePath'],
    ['tieu de ho so', 'title'],
    ['ten ho so', 'title'],
    ['tieu de', 'title'],
    ['thoi han bao quan', 'maintenance'],
    ['thoi han luu tru', 'maintenance'],
    ['thbq', 'maintenance'],
    ['che do su dung', 'mode'],
    ['muc do tiep can', 'mode'],
    ['ngon ngu', 'language'],
    ['thoi gian bat dau', 'startDate'],
    ['ngay bat dau', 'startDate'],
    ['tu ngay', 'startDate'],
    ['thoi gian bat dau va ket thuc', 'dateRange'],
    ['thoi gian ket thuc', 'endDate'],
    ['ngay ket thuc', 'endDate'],
    ['den ngay', 'endDate'],
    ['thoi gian tai lieu', 'dateRange'],
    ['thoi gian', 'dateRange'],
    ['tu khoa', 'keyword'],
    ['tong so van ban', 'totalDoc'],
    ['tong so van ban trong ho so', 'totalDoc'],
    ['tong so tai lieu', 'totalDoc'],
    ['tong so tai lieu trong ho so', 'totalDoc'],
    ['so luong van ban', 'totalDoc'],
    ['so luong to', 'numberOfPaper'],
    ['so to', 'numberOfPaper'],
    ['so luong trang', 'dossierPages'],
    ['tong so trang', 'dossierPages'],
    ['tinh trang vat ly', 'format'],
    ['ky hieu thong tin', 'inforSign'],
    ['muc do tin cay', 'confidenceLevel'],
    ['ma ho so goc giay', 'paperFileCode'],
    ['chu giai', 'description'],
    ['ghi chu', 'description'],
    ['so thu tu van ban', 'docOrdinal'],
    ['so thu tu van ban trong ho so', 'docOrdinal'],
    ['so thu tu tai lieu', 'docOrdinal'],
    ['stt van ban', 'docOrdinal'],
    ['stt trong ho so', 'docOrdinal'],
    ['ten loai van ban', 'typeName'],
    ['ten loai tai lieu', 'typeName'],
    ['loai van ban', 'typeName'],
    ['the loai', 'typeName'],
    ['so van ban', 'codeNumber'],
    ['so cua van ban', 'codeNumber'],
    ['ky hieu van ban', 'codeNotation'],
    ['ky hieu cua van ban', 'codeNotation'],
    ['so va ky hieu van ban', 'numberAndNotation'],
    ['so ky hieu van ban', 'numberAndNotation'],
    ['so va ky hieu', 'numberAndNotation'],
    ['so ky hieu', 'numberAndNotation'],
    ['so va ky hieu van ban so', 'codeNumber'],
    ['so va ky hieu van ban ky hieu', 'codeNotation'],
    ['so va ky hieu so', 'codeNumber'],
    ['so va ky hieu ky hieu', 'codeNotation'],
    ['ngay thang nam van ban', 'issuedDate'],
    ['ngay thang van ban', 'issuedDate'],
    ['ngay van ban', 'issuedDate'],
    ['ngay ban hanh', 'issuedDate'],
    ['ngay thang nam', 'issuedDate'],
    ['ngay thang', 'issuedDate'],
    ['tac gia', 'organName'],
    ['tac gia van ban', 'organName'],
    ['co quan ban hanh', 'organName'],
    ['ten co quan to chuc ban hanh', 'organName'],
    ['ten co quan to chuc ban hanh van ban', 'organName'],
    ['trich yeu noi dung', 'subject'],
    ['trich yeu', 'subject'],
    ['noi dung', 'subject'],
    ['so trang', 'documentPages'],
    ['so luong trang cua van ban', 'documentPages'],
    ['but tich', 'autograph'],
    ['duong dan file', 'filePath'],
    ['duong dan tep', 'filePath'],
    ['duong dan', 'filePath'],
    ['ten file', 'filePath'],
    ['tep dinh kem', 'filePath'],
  ] as Array<[string, CatalogColumn]>),
  ...([
    ['thang bat dau', 'startMonth'],
    ['nam bat dau', 'startYear'],
    ['thang ket thuc', 'endMonth'],
    ['nam ket thuc', 'endYear'],
    ['thang van ban', 'issuedMonth'],
    ['nam van ban', 'issuedYear'],
    ['thang ban hanh', 'issuedMonth'],
    ['nam ban hanh', 'issuedYear'],
  ] as Array<[string, CatalogColumn]>),
  ...datePartAliases(['thoi gian bat dau', 'ngay bat dau', 'bat dau', 'tu ngay'], {
    ngay: 'startDay',
    thang: 'startMonth',
    nam: 'startYear',
  }),
  ...datePartAliases(['thoi gian ket thuc', 'ngay ket thuc', 'ket thuc', 'den ngay'], {
    ngay: 'endDay',
    thang: 'endMonth',
    nam: 'endYear',
  }),
  ...datePartAliases(
    [
      'ngay thang nam van ban',
      'ngay thang van ban',
      'ngay van ban',
      'ngay ban hanh',
      'ngay thang nam',
      'ngay thang',
    ],
    { ngay: 'issuedDay', thang: 'issuedMonth', nam: 'issuedYear' },
  ),
  ['thoi gian bat dau', 'startDate'],
  ['thoi gian ket thuc', 'endDate'],
];

/**
 * The English tags of Thông tư 02/2019, NĐ 30/2020 and Thông tư 05/2025, as archive management
 * systems head their exports (`FileCode`, `PageAmount`, …), folded.
 */
const TAGS: Array<[string, CatalogColumn]> = [
  ['filecode', 'fileCode'],
  ['organid', 'fondCode'],
  ['organld', 'fondCode'],
  ['filecatalog', 'year'],
  ['filenotation', 'notation'],
  ['title', 'title'],
  ['maintenance', 'maintenance'],
  ['rights', 'mode'],
  ['mode', 'mode'],
  ['language', 'language'],
  ['startdate', 'startDate'],
  ['enddate', 'endDate'],
  ['totaldoc', 'totalDoc'],
  ['doctotal', 'totalDoc'],
  ['keyword', 'keyword'],
  ['sheettotal', 'numberOfPaper'],
  ['numberofpaper', 'numberOfPaper'],
  ['pagetotal', 'dossierPages'],
  ['pagenumber', 'dossierPages'],
  ['format', 'format'],
  ['inforsign', 'inforSign'],
  ['confidencelevel', 'confidenceLevel'],
  ['paperfilecode', 'paperFileCode'],
  ['description', 'description'],
  ['docordinal', 'docOrdinal'],
  ['typename', 'typeName'],
  ['codenumber', 'codeNumber'],
  ['codenotation', 'codeNotation'],
  ['issueddate', 'issuedDate'],
  ['organname', 'organName'],
  ['subject', 'subject'],
  ['pageamount', 'documentPages'],
  ['numberofpage', 'documentPages'],
  ['autograph', 'autograph'],
  ['filepath', 'filePath'],
];

const BY_HEADING = new Map([...ALIASES, ...TAGS]);

/** Child headings that mark the second row of a two-row heading. */
export const SUBHEADINGS: ReadonlySet<string> = new Set([
  'ngay',
  'thang',
  'nam',
  'bat dau',
  'ket thuc',
  'so',
  'ky hieu',
]);

/** The column a heading names, or `undefined`. Headings are matched folded (see {@link foldVietnamese}). */
export function columnOfHeading(heading: string): CatalogColumn | undefined {
  const folded = foldVietnamese(heading);
  if (!folded) return undefined;
  return BY_HEADING.get(folded) ?? BY_HEADING.get(folded.replace(/ (cua )?(ho so|van ban|tai lieu)$/, ''));
}
