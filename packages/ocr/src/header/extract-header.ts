import { parseVnDate, TYPE_NAME_CODES, type TypeNameCode } from '@sohoa/metadata';
import type { OcrPage, OcrWord, PixelBox } from '../result/ocr-result.js';
import { pageLines } from '../result/page-lines.js';
import { searchKey } from '../vietnamese/search-keys.js';

/** One field read from a document's header. */
export interface HeaderField {
  /** The normalised value (a date as DD/MM/YYYY, a number without spaces). */
  value: string;
  /** The text it was read from, as printed (OCR'd). */
  raw: string;
  /** 0–1: the OCR confidence of the words it was read from (1 for plain text), lowered when inferred. */
  confidence: number;
  /** Where it was read, in pixels; absent for plain-text input. */
  box?: PixelBox;
}

/** The header fields of a Vietnamese administrative document (Thông tư 05/2025 document metadata). */
export interface DocumentHeader {
  /** Số: the number, e.g. `47` (handwritten on most signed originals: check its confidence). */
  codeNumber?: HeaderField;
  /** Ký hiệu: the symbol, e.g. `QĐ-UBND`, `UBND-TTHC`, `TTg` (older `45-TTg` forms). */
  codeNotation?: HeaderField;
  /** Ngày ban hành as DD/MM/YYYY; empty when the day, month or year is unreadable. */
  issuedDate?: HeaderField;
  /** Địa danh: the place before the date, e.g. `Quảng Ngãi`. */
  place?: HeaderField;
  /** Tên loại: the type, with its TT 05/2025 code 01–32 (`value` is the Vietnamese name). */
  typeName?: HeaderField & { code: TypeNameCode };
  /** Cơ quan ban hành: the issuing body, with its parent body when the header shows one. */
  organName?: HeaderField & { parent?: string };
  /** Trích yếu: the "V/v …" line of a công văn, or the lines under the type name. */
  subject?: HeaderField;
  /** Độ khẩn: HỎA TỐC, THƯỢNG KHẨN or KHẨN. */
  urgency?: HeaderField;
  /** Độ mật: TUYỆT MẬT, TỐI MẬT or MẬT. */
  secrecy?: HeaderField;
  /** Người ký: the name, with the signing authority (`KT. CHỦ TỊCH`) and title. */
  signer?: HeaderField & { authority?: string; title?: string };
}

interface Line {
  text: string;
  box?: PixelBox;
  confidence: number;
  words?: readonly OcrWord[];
}

/**
 * Options of {@link extractHeader}.
 *
 * @example
 * ```ts
 * const header = extractHeader(page, { minNumberConfidence: 0.8 });
 * ```
 */
export interface ExtractHeaderOptions {
  /**
   * The OCR confidence (0–1) below which the word holding the document number (`Số: 47`) is
   * taken for unreadable and `codeNumber` is left out. The number is handwritten on most signed
   * originals, and tesseract reads handwriting as plausible digits at a low confidence (the
   * sample scans: "892" for 299 at 0.60, "04" for 01 at 0.45, while printed digits read at
   * 0.8–0.96). Ignored for plain-text input.
   * @default 0.7
   */
  minNumberConfidence?: number;
}

// Type abbreviations of Nghị định 30/2020 Appendix III, mapped to TT 05/2025 typeName codes.
const ABBREVIATIONS: Record<string, TypeNameCode> = {
  NQ: '01',
  QĐ: '02',
  CT: '03',
  QC: '04',
  QyĐ: '05',
  TC: '06',
  TB: '07',
  HD: '08',
  CTr: '09',
  KH: '10',
  PA: '11',
  ĐA: '12',
  DA: '13',
  BC: '14',
  TTr: '15',
  GUQ: '16',
  PG: '17',
  PC: '18',
  PB: '19',
  BB: '20',
  HĐ: '21',
  CĐ: '23',
  BGN: '24',
  BTT: '25',
  GM: '26',
  GGT: '27',
  GNP: '28',
};
const NUMBER_LINE =
  /^S[ốoóòồổơôỐO6][:;.,]?\s*([^\s/]{0,6}?)\s*([/-])\s*((?:\d{4}\/)?[\p{L}0-9]+(?:\s?[-/]\s?[\p{L}0-9]+)*)/u;
const DATE_LINE =
  /([\p{Lu}][\p{L} .'-]{1,40}?),\s*ngày\s*[-–.]?\s*(\S{0,3}?)\s*[-–.]?\s*tháng\s*(\S{0,3}?)\s*năm\s*([0-9OoIl]{4})/u;
const MOTTO = /^(C[ỘO]NG\s+H[ÒO]A|ĐỘC\s+LẬP|Độc\s+lập)/u;
const BODY_START = /^(Căn cứ|Kính gửi|Thực hiện|Theo đề nghị|Trên cơ sở|Xét đề nghị|Điều \d)/u;
const AUTHORITY = /^(TM|KT|TL|TUQ|Q)\.\s*(.+)$/u;
const ORGAN_WORD =
  /^(SỞ|PHÒNG|CỤC|VỤ|BAN|TRUNG TÂM|VĂN PHÒNG|ỦY BAN|UỶ BAN|BỘ|TỔNG CỤC|CHI CỤC|VIỆN|TRƯỜNG|HỘI ĐỒNG|THANH TRA|CÔNG TY|BỆNH VIỆN)\b/u;

/**
 * Reads the header of a Vietnamese administrative document from its first page: number and
 * symbol, date and place, type (with its TT 05/2025 code), issuing body and parent, subject,
 * urgency and secrecy marks, and the signer. Follows the layout of Nghị định 30/2020/NĐ-CP
 * Appendix I and tolerates older forms (`Số 45-TTg`, `Số: 123-QĐ/UB`) and OCR noise (`Số:O4`).
 * A field that cannot be read is left out rather than guessed: a date whose handwritten day was
 * not read has a `place` but no `issuedDate`.
 *
 * @param input A page from {@link OcrPool.recognize} (fields then carry boxes and OCR
 *   confidences), or the page's text, one printed line per line.
 * @param options See {@link ExtractHeaderOptions}: how sure the number's OCR must be.
 *
 * @example
 * ```ts
 * import { extractHeader } from '@sohoa/ocr';
 *
 * const header = extractHeader('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 47/QĐ-UBND\n…');
 * header.codeNumber?.value; // '47'
 * header.codeNotation?.value; // 'QĐ-UBND'
 * header.typeName?.code; // '02'
 * ```
 */
export function extractHeader(input: string | OcrPage, options: ExtractHeaderOptions = {}): DocumentHeader {
  const minNumberConfidence = options.minNumberConfidence ?? 0.7;
  const lines: Line[] =
    typeof input === 'string'
      ? input.split('\n').map((text) => ({ text: text.trim(), confidence: 1 }))
      : pageLines(input).map((line) => ({
          text: line.text,
          box: line.box,
          confidence: line.confidence / 100,
          words: line.words,
        }));
  // The engine sometimes reads the left header cell and the motto as one line: keep the left part.
  for (const line of lines) {
    const cut = line.text.search(/\s(C[ỘO]NG\s+H(?:ÒA|OÀ|OA)|Độc\s+lập|ĐỘC\s+LẬP)\s/u);
    if (cut > 0) line.text = line.text.slice(0, cut);
  }
  const nonEmpty = lines.filter((line) => line.text !== '');
  const bodyStart = nonEmpty.findIndex((line) => BODY_START.test(line.text));
  const header = nonEmpty.slice(0, bodyStart > 0 ? bodyStart : Math.min(nonEmpty.length, 20));
  const result: DocumentHeader = {};

  const numberIndex = header.findIndex((line) => NUMBER_LINE.test(line.text));
  const numberLine = header[numberIndex];
  if (numberLine) {
    const match = NUMBER_LINE.exec(numberLine.text);
    const digits = match?.[1]?.replace(/[Oo]/gu, '0').replace(/[Il|]/gu, '1');
    if (digits && /^\d+$/u.test(digits)) {
      const word = numberWord(numberLine, match?.[1] ?? '');
      const number = word
        ? {
            value: digits,
            raw: match?.[1] ?? '',
            confidence: Math.round(word.confidence) / 100,
            box: word.box,
          }
        : field(digits, match?.[1] ?? '', numberLine);
      if (!word || number.confidence >= minNumberConfidence) result.codeNumber = number;
    }
    const notation = match?.[3]?.replace(/\s/gu, '');
    if (notation) result.codeNotation = field(notation, match?.[0] ?? '', numberLine);
  }

  for (const line of header) {
    const match = DATE_LINE.exec(line.text);
    if (!match) continue;
    result.place = field((match[1] ?? '').trim(), match[1] ?? '', line);
    const [day, month, year] = [match[2], match[3], match[4]].map((part) =>
      part?.replace(/[Oo]/gu, '0').replace(/[Il]/gu, '1'),
    );
    if (day && month && year && /^\d+$/u.test(day + month + year)) {
      const value = `${day.padStart(2, '0')}/${month.padStart(2, '0')}/${year}`;
      if (parseVnDate(value)) result.issuedDate = field(value, match[0], line);
    }
    break;
  }

  const typeIndex = header.findIndex((line) => typeCodeOf(line.text) !== undefined);
  const typeLine = header[typeIndex];
  if (typeLine) {
    const code = typeCodeOf(typeLine.text) as TypeNameCode;
    result.typeName = { ...field(TYPE_NAME_CODES[code], typeLine.text, typeLine), code };
    result.subject = subjectUnder(header, typeIndex);
  } else {
    const subjectIndex = header.findIndex((line) => /^V\/v\b/u.test(line.text));
    const subjectLine = header[subjectIndex];
    if (subjectLine) {
      result.subject = subjectFrom(header, subjectIndex, subjectLine);
      result.typeName = { ...field('Công văn', subjectLine.text, subjectLine, 0.9), code: '22' };
    } else {
      const abbreviation = result.codeNotation?.value.split(/[-/]/u)[0] ?? '';
      const code = ABBREVIATIONS[abbreviation];
      if (code && numberLine)
        result.typeName = { ...field(TYPE_NAME_CODES[code], abbreviation, numberLine, 0.7), code };
    }
  }

  const organLines = header
    .slice(0, numberIndex >= 0 ? numberIndex : 3)
    .filter((line) => !MOTTO.test(line.text) && isUpper(line.text) && !marks(line.text));
  if (organLines.length > 0) {
    const last = organLines.at(-1) as Line;
    const split = organLines.length > 1 && ORGAN_WORD.test(last.text);
    // "TÍNH" (calculate) is tesseract's usual misreading of "TỈNH" (province) in body names.
    for (const line of organLines) line.text = line.text.replace(/(?<!\p{L})TÍNH(?!\p{L})/gu, 'TỈNH');
    const nameLines = split ? [last] : organLines;
    const parentLines = split ? organLines.slice(0, -1) : [];
    result.organName = {
      ...fieldOf(nameLines, nameLines.map((line) => line.text).join(' ')),
      ...(parentLines.length > 0 ? { parent: parentLines.map((line) => line.text).join(' ') } : {}),
    };
  }

  for (const line of header) {
    const urgency = /(?<!\p{L})(H[ỎO]A TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN)(?!\p{L})/u.exec(line.text)?.[1];
    if (urgency && !result.urgency) result.urgency = field(urgency.replace('HOẢ', 'HỎA'), line.text, line);
    const secrecy = /(?<!\p{L})(TUYỆT MẬT|TỐI MẬT|MẬT)(?!\p{L})/u.exec(line.text)?.[1];
    if (secrecy && !result.secrecy) result.secrecy = field(secrecy, line.text, line);
  }

  const signer = signerOf(nonEmpty);
  if (signer) result.signer = signer;
  return result;
}

function typeCodeOf(text: string): TypeNameCode | undefined {
  const key = searchKey(text.replace(/[:.]$/u, ''));
  if (!isUpper(text)) return undefined;
  for (const [code, name] of Object.entries(TYPE_NAME_CODES)) {
    if (searchKey(name) === key) return code as TypeNameCode;
  }
  return undefined;
}

function subjectUnder(header: Line[], typeIndex: number): HeaderField | undefined {
  const lines: Line[] = [];
  for (const line of header.slice(typeIndex + 1)) {
    if (isUpper(line.text) || BODY_START.test(line.text) || DATE_LINE.test(line.text)) break;
    lines.push(line);
  }
  return lines.length > 0 ? fieldOf(lines, lines.map((line) => line.text).join(' ')) : undefined;
}

function subjectFrom(header: Line[], start: number, first: Line): HeaderField {
  const lines = [first];
  for (const line of header.slice(start + 1)) {
    const stop =
      isUpper(line.text) ||
      MOTTO.test(line.text) ||
      DATE_LINE.test(line.text) ||
      /^(Kính gửi|-)/u.test(line.text);
    if (stop || (first.box && line.box && line.box.x0 > (first.box.x0 + first.box.x1) / 2)) break;
    lines.push(line);
  }
  return fieldOf(lines, lines.map((line) => line.text).join(' '));
}

function signerOf(lines: Line[]): DocumentHeader['signer'] {
  const index = lines.findLastIndex((line) => AUTHORITY.test(line.text));
  if (index < 0) return undefined;
  const authority = lines[index] as Line;
  const after = lines.slice(index + 1);
  const title = after.find((line) => isUpper(line.text));
  const name = after.find((line) => /^(\p{Lu}\p{Ll}+\s){1,5}\p{Lu}\p{Ll}+$/u.test(line.text));
  if (!name) return undefined;
  return {
    ...field(name.text, name.text, name),
    authority: authority.text,
    ...(title ? { title: title.text } : {}),
  };
}

function isUpper(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

function marks(text: string): boolean {
  return /^(H[ỎO]A TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN|TUYỆT MẬT|TỐI MẬT|MẬT)$/u.test(text);
}

/** The OCR word holding the number's characters (`Số:O4`, `892`), when the line has words. */
function numberWord(line: Line, raw: string): OcrWord | undefined {
  const number = raw.trim();
  if (!line.words || number === '') return undefined;
  return line.words.find((word) => word.text.includes(number)) ?? undefined;
}

function field(value: string, raw: string, line: Line, factor = 1): HeaderField {
  return {
    value,
    raw,
    confidence: Math.round(line.confidence * factor * 100) / 100,
    ...(line.box ? { box: line.box } : {}),
  };
}

function fieldOf(lines: Line[], value: string): HeaderField {
  const confidence = lines.reduce((sum, line) => sum + line.confidence, 0) / lines.length;
  const boxes = lines.flatMap((line) => (line.box ? [line.box] : []));
  const box =
    boxes.length > 0
      ? {
          x0: Math.min(...boxes.map((b) => b.x0)),
          y0: Math.min(...boxes.map((b) => b.y0)),
          x1: Math.max(...boxes.map((b) => b.x1)),
          y1: Math.max(...boxes.map((b) => b.y1)),
        }
      : undefined;
  return {
    value,
    raw: lines.map((line) => line.text).join('\n'),
    confidence: Math.round(confidence * 100) / 100,
    ...(box ? { box } : {}),
  };
}
