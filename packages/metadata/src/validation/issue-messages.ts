/** The language of validation messages: Vietnamese (`vi`, the default) or English (`en`). */
export type MessageLocale = 'vi' | 'en';

/**
 * The rule a {@link MetadataIssue} breaks. Stable identifiers: tools may switch on them.
 *
 * | rule | meaning |
 * |---|---|
 * | `required` | the field is missing or empty |
 * | `type` | wrong JSON type (e.g. a string where a number is expected) |
 * | `maxLength` | text longer than the circular allows |
 * | `code` | not a code of the field's code list |
 * | `atLeastOne` | an empty list where one or more codes are required |
 * | `wholeNumber`, `nonNegative`, `maxDigits` | number rules |
 * | `flag` | not `0` or `1` |
 * | `date`, `partialDate`, `duration` | date and time formats |
 * | `unknownField` | a field the circular does not define for this record |
 * | `riskRecoveryStatus`, `paperFileCode`, `process`, `dateOrder`, `notMoreThan` | cross-field rules |
 * | `historicalRetention` | a record of a historical archive that is not kept permanently |
 * | `documentDate`, `totalDoc`, `numberOfPage` | dossier checked against its documents |
 * | `otherCode` | catalog import: free text read as `Khác` (other) because no code matched (a warning) |
 * | `hiddenSheet` | catalog import: a hidden sheet, listed but not read (a warning) |
 * | `formulaWithoutValue` | catalog import: a formula saved without its computed value, read as empty (a warning) |
 * | `caseAmbiguous` | catalog import: TCVN3 text whose capitals had to be guessed (a warning) |
 * | `orphanDocument` | catalog import: a document row before any dossier |
 * | `noHeader` | catalog import: a sheet without recognisable column headings (a warning) |
 * | `missingSource` | catalog import: a code that cannot be built without an option or a column, reported once per catalog |
 * | `scanPages` | catalog import: a page count that differs from the pages counted on the scan |
 * | `noDossierRow` | catalog import: documents filed under a dossier code that no row of the dossier sheet has |
 * | `docIdTooLong` | catalog import: a dossier code too long for the document identifiers built from it (`docId` = `fileCode` + `.` + ordinal, at most 25 characters in Thông tư 05/2025), once per dossier |
 * | `ambiguousName` | catalog import: a name as close to several of the known names (`organNames`; a warning) |
 * | `pagesFromScans` | catalog import: empty page counts left to be counted from the scans (a warning, once per catalog) |
 * | `documentsNotListed` | catalog import: dossiers of several documents (`totalDoc` > 1) without a row per document, so their scans cannot be split into documents and each is digitized as one document (a warning, once per catalog) |
 * | `xmlCharacter` | text holding a character XML 1.0 forbids (a control character such as U+000B from Word's Shift+Enter, U+FFFE/U+FFFF, a lone surrogate) |
 * | `invalid` | any other problem (zod's own message is kept) |
 */
export type IssueRule =
  | 'required'
  | 'type'
  | 'maxLength'
  | 'code'
  | 'atLeastOne'
  | 'wholeNumber'
  | 'nonNegative'
  | 'maxDigits'
  | 'flag'
  | 'date'
  | 'partialDate'
  | 'duration'
  | 'unknownField'
  | 'riskRecoveryStatus'
  | 'paperFileCode'
  | 'process'
  | 'dateOrder'
  | 'notMoreThan'
  | 'historicalRetention'
  | 'documentDate'
  | 'totalDoc'
  | 'numberOfPage'
  | 'otherCode'
  | 'hiddenSheet'
  | 'formulaWithoutValue'
  | 'caseAmbiguous'
  | 'orphanDocument'
  | 'noHeader'
  | 'missingSource'
  | 'scanPages'
  | 'pagesFromScans'
  | 'documentsNotListed'
  | 'ambiguousName'
  | 'noDossierRow'
  | 'docIdTooLong'
  | 'xmlCharacter'
  | 'invalid';

/** The facts a message is written from. */
export interface RuleFacts {
  /** Rule-specific numbers and names: `maximum`, `codes`, `expected`, `startDate`, … */
  params: Record<string, unknown>;
}

/** The sentence saying which rule is broken, and the sentence saying how to fix it. */
export interface RuleText {
  rule: string;
  fix: string;
}

const param = (facts: RuleFacts, name: string): string => String(facts.params[name] ?? '');

const TEXTS: Record<MessageLocale, Record<IssueRule, (facts: RuleFacts) => RuleText>> = {
  vi: {
    required: () => ({ rule: 'trường bắt buộc nhưng bị bỏ trống', fix: 'nhập giá trị cho trường này' }),
    type: (facts) => ({
      rule: `sai kiểu dữ liệu, cần ${param(facts, 'expected') === 'number' ? 'một số' : param(facts, 'expected') === 'array' ? 'một danh sách mã' : 'một chuỗi ký tự'}`,
      fix: 'ghi lại giá trị đúng kiểu (số ghi không có dấu ngoặc kép)',
    }),
    maxLength: (facts) => ({
      rule: `dài quá ${param(facts, 'maximum')} ký tự`,
      fix: `rút gọn còn tối đa ${param(facts, 'maximum')} ký tự`,
    }),
    code: (facts) => ({
      rule: 'không phải mã hợp lệ',
      fix: `dùng một trong các mã: ${param(facts, 'codes')}`,
    }),
    atLeastOne: () => ({ rule: 'cần ít nhất một mã', fix: 'ghi ít nhất một mã, ví dụ "01" (Tiếng Việt)' }),
    wholeNumber: () => ({ rule: 'phải là số nguyên', fix: 'ghi số nguyên, không có phần thập phân' }),
    nonNegative: () => ({ rule: 'không được là số âm', fix: 'ghi số từ 0 trở lên' }),
    maxDigits: (facts) => ({
      rule: `vượt quá ${param(facts, 'digits')} chữ số`,
      fix: `ghi số có tối đa ${param(facts, 'digits')} chữ số`,
    }),
    flag: () => ({ rule: 'chỉ nhận 0 (không) hoặc 1 (có)', fix: 'ghi 0 hoặc 1' }),
    date: () => ({
      rule: 'không phải ngày hợp lệ dạng DD/MM/YYYY',
      fix: 'ghi ngày có thật dạng DD/MM/YYYY, ví dụ 17/01/2025',
    }),
    partialDate: () => ({
      rule: 'không phải ngày hợp lệ dạng DD/MM/YYYY, MM/YYYY hoặc YYYY',
      fix: 'ghi ví dụ 17/01/2025, 01/2025 hoặc 2025',
    }),
    duration: () => ({
      rule: 'không đúng dạng HH:MM:SS',
      fix: 'ghi thời lượng dạng giờ:phút:giây, ví dụ 00:42:10',
    }),
    unknownField: () => ({
      rule: 'trường không có trong Thông tư 05/2025/TT-BNV cho loại bản ghi này',
      fix: 'xóa trường này hoặc sửa lại tên trường',
    }),
    riskRecoveryStatus: () => ({
      rule: 'bắt buộc khi Chế độ dự phòng (riskRecovery) là 1',
      fix: 'ghi 01 (đã dự phòng) hoặc 02 (chưa dự phòng)',
    }),
    paperFileCode: () => ({
      rule: 'bắt buộc với hồ sơ số hóa (Mức độ tin cậy 02)',
      fix: 'ghi mã hồ sơ gốc giấy dạng [mã cơ quan lưu trữ].[kho/giá/hộp].[số hồ sơ giấy]',
    }),
    process: (facts) => ({
      rule: `bắt buộc với tài liệu xử lý trên môi trường điện tử (Mức độ tin cậy ${param(facts, 'confidenceLevel')})`,
      fix: 'ghi 1 nếu có kèm tệp quy trình xử lý, 0 nếu không',
    }),
    dateOrder: (facts) => ({
      rule: `sớm hơn Thời gian bắt đầu (${param(facts, 'startDate')})`,
      fix: 'kiểm tra lại thời gian bắt đầu và kết thúc',
    }),
    notMoreThan: (facts) => ({
      rule: `lớn hơn ${param(facts, 'other')} (${param(facts, 'limit')})`,
      fix: 'kiểm tra lại hai số liệu',
    }),
    historicalRetention: () => ({
      rule: 'tài liệu nộp lưu vào lưu trữ lịch sử chỉ có thời hạn Vĩnh viễn',
      fix: 'ghi 01 (Vĩnh viễn), hoặc không nộp lưu hồ sơ này vào lưu trữ lịch sử',
    }),
    documentDate: (facts) => ({
      rule: `nằm ngoài thời gian của hồ sơ (${param(facts, 'startDate')} – ${param(facts, 'endDate')})`,
      fix: 'kiểm tra ngày của tài liệu hoặc thời gian bắt đầu, kết thúc của hồ sơ',
    }),
    totalDoc: (facts) => ({
      rule: `khác số tài liệu thực có trong hồ sơ (${param(facts, 'actual')})`,
      fix: `ghi ${param(facts, 'actual')} hoặc bổ sung tài liệu còn thiếu`,
    }),
    numberOfPage: (facts) => ({
      rule: `khác tổng số trang của các tài liệu (${param(facts, 'actual')})`,
      fix: `ghi ${param(facts, 'actual')} hoặc sửa số trang của từng tài liệu`,
    }),
    otherCode: (facts) => ({
      rule: `không khớp mã nào, đã ghi là ${param(facts, 'code')} (Khác)`,
      fix: 'kiểm tra lại, ghi mã đúng nếu có',
    }),
    hiddenSheet: () => ({
      rule: 'là trang tính ẩn nên không được đọc',
      fix: 'nếu trang tính chứa hồ sơ cần nhập, bỏ ẩn nó (Unhide) hoặc dùng tùy chọn readHiddenSheets',
    }),
    formulaWithoutValue: (facts) => ({
      rule: `là công thức ${param(facts, 'formula')} chưa được tính giá trị khi lưu tệp, nên được đọc là ô trống`,
      fix: 'mở tệp trong Excel hoặc LibreOffice, tính lại (F9) rồi lưu, hoặc ghi giá trị thay cho công thức',
    }),
    caseAmbiguous: (facts) => ({
      rule: `chữ TCVN3 không rõ hoa hay thường, đã đọc là "${param(facts, 'word')}"`,
      fix: 'đối chiếu với bản gốc và sửa chữ hoa nếu cần',
    }),
    orphanDocument: () => ({
      rule: 'dòng tài liệu nằm trước mọi hồ sơ',
      fix: 'ghi số, ký hiệu hoặc tiêu đề hồ sơ cho dòng này hoặc dòng trên nó',
    }),
    noHeader: () => ({
      rule: 'không tìm thấy dòng tiêu đề cột của mục lục',
      fix: 'đặt tiêu đề cột như "Số và ký hiệu hồ sơ", "Tiêu đề hồ sơ", "Thời hạn bảo quản"',
    }),
    missingSource: (facts) => ({
      rule: `không tạo được cho ${param(facts, 'count')} hồ sơ`,
      fix:
        param(facts, 'source') === 'option'
          ? `cho tùy chọn ${param(facts, 'name')} một lần cho cả mục lục`
          : `thêm cột "${param(facts, 'name')}" vào mục lục`,
    }),
    scanPages: (facts) => ({
      rule: `khác số trang đếm được trên bản quét "${param(facts, 'file')}" (${param(facts, 'actual')})`,
      fix: `kiểm tra bản quét có thiếu hay thừa trang không, hoặc ghi ${param(facts, 'actual')}`,
    }),
    pagesFromScans: (facts) => ({
      rule: `để trống ở ${param(facts, 'count')} dòng, sẽ được đếm từ bản quét`,
      fix: 'không cần sửa nếu có bản quét; muốn đếm ngay thì chỉ ra thư mục bản quét',
    }),
    documentsNotListed: (facts) => ({
      rule: `lớn hơn 1 ở ${param(facts, 'count')} hồ sơ nhưng mục lục không có dòng cho từng văn bản, nên không biết trang nào của bản quét thuộc văn bản nào: mỗi hồ sơ này được số hóa thành một văn bản gồm cả bản quét (tên loại 32 Khác, trích yếu là tiêu đề hồ sơ, ngày là thời gian bắt đầu, tác giả là tên phông trong fondCodes hoặc đọc từ trang đầu)`,
      fix: 'không cần sửa để số hóa; muốn mô tả từng văn bản thì thêm dưới mỗi hồ sơ một dòng cho từng văn bản (tên loại, số và ký hiệu, ngày, tác giả, trích yếu, số trang), hoặc một trang tính văn bản có cột "Mã hồ sơ"',
    }),
    ambiguousName: (facts) => ({
      rule: `gần giống nhiều tên trong danh sách: ${param(facts, 'names')}`,
      fix: 'ghi đúng một tên trong danh sách organNames',
    }),
    noDossierRow: () => ({
      rule: 'không có dòng hồ sơ nào mang mã này ở trang tính hồ sơ',
      fix: 'thêm hồ sơ vào trang tính hồ sơ, hoặc sửa mã hồ sơ của các dòng văn bản này',
    }),
    docIdTooLong: (facts) => ({
      rule: `dài ${param(facts, 'length')} ký tự, quá ${param(facts, 'maximum')} ký tự Thông tư 05/2025 cho phép; mã này ghép từ mã hồ sơ (fileCode) và số thứ tự văn bản, nên ${param(facts, 'count')} văn bản của hồ sơ không hợp lệ`,
      fix: `rút gọn số và ký hiệu hồ sơ để mã hồ sơ còn tối đa ${param(facts, 'fileCodeMaximum')} ký tự`,
    }),
    xmlCharacter: (facts) => ({
      rule: `chứa ký tự ${param(facts, 'character')} (vị trí ${param(facts, 'position')}) mà XML không cho phép, thường do dán từ Word (Shift+Enter)`,
      fix: 'xóa ký tự này hoặc thay bằng dấu cách',
    }),
    invalid: (facts) => ({ rule: param(facts, 'message'), fix: 'sửa giá trị theo quy định' }),
  },
  en: {
    required: () => ({ rule: 'is required but missing or empty', fix: 'give a value for this field' }),
    type: (facts) => ({
      rule: `has the wrong type, expected ${param(facts, 'expected') === 'array' ? 'a list of codes' : `a ${param(facts, 'expected')}`}`,
      fix: 'write the value with the right JSON type (numbers without quotes)',
    }),
    maxLength: (facts) => ({
      rule: `is longer than ${param(facts, 'maximum')} characters`,
      fix: `shorten it to at most ${param(facts, 'maximum')} characters`,
    }),
    code: (facts) => ({ rule: 'is not a valid code', fix: `use one of the codes: ${param(facts, 'codes')}` }),
    atLeastOne: () => ({
      rule: 'needs at least one code',
      fix: 'give at least one code, e.g. "01" (Vietnamese)',
    }),
    wholeNumber: () => ({ rule: 'must be a whole number', fix: 'write a whole number without decimals' }),
    nonNegative: () => ({ rule: 'must not be negative', fix: 'write a number of 0 or more' }),
    maxDigits: (facts) => ({
      rule: `has more than ${param(facts, 'digits')} digits`,
      fix: `write a number of at most ${param(facts, 'digits')} digits`,
    }),
    flag: () => ({ rule: 'accepts only 0 (no) or 1 (yes)', fix: 'write 0 or 1' }),
    date: () => ({
      rule: 'is not a real date written DD/MM/YYYY',
      fix: 'write a real date such as 17/01/2025',
    }),
    partialDate: () => ({
      rule: 'is not a real date written DD/MM/YYYY, MM/YYYY or YYYY',
      fix: 'write e.g. 17/01/2025, 01/2025 or 2025',
    }),
    duration: () => ({ rule: 'is not written HH:MM:SS', fix: 'write hours:minutes:seconds, e.g. 00:42:10' }),
    unknownField: () => ({
      rule: 'is not a field of this record in Thông tư 05/2025/TT-BNV',
      fix: 'remove the field or correct its name',
    }),
    riskRecoveryStatus: () => ({
      rule: 'is required when riskRecovery is 1',
      fix: 'give 01 (backed up) or 02 (not yet)',
    }),
    paperFileCode: () => ({
      rule: 'is required for a digitized dossier (confidenceLevel 02)',
      fix: 'give the code of the paper original: [archive code].[storeroom/shelf/box].[paper dossier number]',
    }),
    process: (facts) => ({
      rule: `is required for a document handled electronically (confidenceLevel ${param(facts, 'confidenceLevel')})`,
      fix: 'write 1 if the handling workflow file is attached, 0 if not',
    }),
    dateOrder: (facts) => ({
      rule: `is before the start date (${param(facts, 'startDate')})`,
      fix: 'check the start and end dates',
    }),
    notMoreThan: (facts) => ({
      rule: `is more than ${param(facts, 'other')} (${param(facts, 'limit')})`,
      fix: 'check both figures',
    }),
    historicalRetention: () => ({
      rule: 'records of a historical archive are kept permanently only',
      fix: 'write 01 (permanent), or do not transfer this dossier to the historical archive',
    }),
    documentDate: (facts) => ({
      rule: `is outside the dossier's dates (${param(facts, 'startDate')} – ${param(facts, 'endDate')})`,
      fix: "check the document's date or the dossier's start and end dates",
    }),
    totalDoc: (facts) => ({
      rule: `differs from the number of documents in the dossier (${param(facts, 'actual')})`,
      fix: `write ${param(facts, 'actual')} or add the missing documents`,
    }),
    numberOfPage: (facts) => ({
      rule: `differs from the pages of its documents added up (${param(facts, 'actual')})`,
      fix: `write ${param(facts, 'actual')} or correct the page counts of the documents`,
    }),
    otherCode: (facts) => ({
      rule: `matches no code and was read as ${param(facts, 'code')} (other)`,
      fix: 'check it, and write the right code if there is one',
    }),
    hiddenSheet: () => ({
      rule: 'is a hidden sheet and was not read',
      fix: 'if the sheet holds dossiers to import, unhide it or use the readHiddenSheets option',
    }),
    formulaWithoutValue: (facts) => ({
      rule: `is the formula ${param(facts, 'formula')} saved without its computed value, so it reads as empty`,
      fix: 'open the file in Excel or LibreOffice, recalculate (F9) and save it, or type the value instead of the formula',
    }),
    caseAmbiguous: (facts) => ({
      rule: `TCVN3 text whose capitals cannot be known from the bytes, read as "${param(facts, 'word')}"`,
      fix: 'compare with the original and correct the capitals if needed',
    }),
    orphanDocument: () => ({
      rule: 'is a document row before any dossier',
      fix: 'give the dossier number, symbol or title on this row or a row above it',
    }),
    noHeader: () => ({
      rule: 'has no recognisable row of column headings',
      fix: 'head the columns e.g. "Số và ký hiệu hồ sơ", "Tiêu đề hồ sơ", "Thời hạn bảo quản"',
    }),
    missingSource: (facts) => ({
      rule: `cannot be built for ${param(facts, 'count')} dossiers`,
      fix:
        param(facts, 'source') === 'option'
          ? `give the ${param(facts, 'name')} option, once for the whole catalog`
          : `add a "${param(facts, 'name')}" column to the catalog`,
    }),
    scanPages: (facts) => ({
      rule: `differs from the pages counted on the scan "${param(facts, 'file')}" (${param(facts, 'actual')})`,
      fix: `check whether the scan lacks or has extra pages, or write ${param(facts, 'actual')}`,
    }),
    pagesFromScans: (facts) => ({
      rule: `is empty on ${param(facts, 'count')} rows and will be counted from the scans`,
      fix: 'nothing to do if the scans exist; to count now, give the folder of the scans',
    }),
    documentsNotListed: (facts) => ({
      rule: `is more than 1 on ${param(facts, 'count')} dossiers, but the catalog has no row per document, so which pages of the scan make which document is not known: each of these dossiers is digitized as one document of its whole scan (type 32 Khác, summary = the dossier's title, date = its start date, issuer = the fond's name in fondCodes or read from the first page)`,
      fix: 'nothing to do to digitize them; to describe each document, add under each dossier one row per document (type, number and symbol, date, issuer, summary, pages), or a sheet of documents with a "Mã hồ sơ" column',
    }),
    ambiguousName: (facts) => ({
      rule: `is as close to several known names: ${param(facts, 'names')}`,
      fix: 'write one of the names of organNames exactly',
    }),
    noDossierRow: () => ({
      rule: 'is the code of no row of the dossier sheet',
      fix: "add the dossier to the dossier sheet, or correct these document rows' dossier code",
    }),
    docIdTooLong: (facts) => ({
      rule: `is ${param(facts, 'length')} characters long, more than the ${param(facts, 'maximum')} Thông tư 05/2025 allows; it is built from the dossier code (fileCode) and the document ordinal, so ${param(facts, 'count')} documents of the dossier are invalid`,
      fix: `shorten the dossier's number and symbol so that its code has at most ${param(facts, 'fileCodeMaximum')} characters`,
    }),
    xmlCharacter: (facts) => ({
      rule: `holds the character ${param(facts, 'character')} (position ${param(facts, 'position')}), which XML forbids; it usually comes from pasting out of Word (Shift+Enter)`,
      fix: 'delete the character or replace it with a space',
    }),
    invalid: (facts) => ({ rule: param(facts, 'message'), fix: 'correct the value' }),
  },
};

/**
 * The rule and fix sentences for a broken rule, in the given language.
 *
 * @example
 * ```ts
 * import { describeRule } from '@sohoa/metadata';
 *
 * describeRule('maxLength', { params: { maximum: 100 } }, 'en');
 * // { rule: 'is longer than 100 characters', fix: 'shorten it to at most 100 characters' }
 * ```
 */
export function describeRule(rule: IssueRule, facts: RuleFacts, locale: MessageLocale = 'vi'): RuleText {
  return TEXTS[locale][rule](facts);
}
