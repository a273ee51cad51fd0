import { PDFArray, PDFDict, PDFHexString, PDFName, type PDFObject, PDFRef, PDFString } from 'pdf-lib';
import type { HexStringViolation } from '../content-tokens.js';
import { dictEntry, entry, filterNames, nameEntry, nameValue } from '../pdf-values.js';
import { defineRule, type PdfARule, type RuleFinding } from '../rule.js';

const STANDARD_FILTERS = new Set([
  'ASCIIHexDecode',
  'ASCII85Decode',
  'FlateDecode',
  'RunLengthDecode',
  'CCITTFaxDecode',
  'JBIG2Decode',
  'DCTDecode',
  'JPXDecode',
]);
const INLINE_FILTERS = new Set([
  'ASCIIHexDecode',
  'ASCII85Decode',
  'FlateDecode',
  'RunLengthDecode',
  'CCITTFaxDecode',
  'DCTDecode',
  'AHx',
  'A85',
  'Fl',
  'RL',
  'CCF',
  'DCT',
]);

/**
 * The filters of a stream veraPDF's `GFCosStream.getFilters` makes a `CosFilter` of, each with the
 * decode parameters it is given (a dictionary, else none). One filter: `DecodeParms`, or its first
 * element when it is an array. Several: all of them when there is no `DecodeParms`; with an array,
 * the first filter gets its first element and, as veraPDF's loop replaces the array by that element,
 * the others are not judged; with anything else, none is.
 */
function judgedFilters(dict: PDFDict): { name: string; parms: PDFDict | undefined }[] {
  const names = filterNames(dict);
  const parms = entry(dict, 'DecodeParms');
  const asParms = (value: PDFObject | undefined) => (value instanceof PDFDict ? value : undefined);
  const first = (array: PDFArray) => {
    const item = array.lookup(0);
    return item instanceof PDFArray ? undefined : asParms(item);
  };
  if (names.length === 1) {
    const [name = ''] = names;
    return [{ name, parms: parms instanceof PDFArray ? first(parms) : asParms(parms) }];
  }
  if (parms === undefined) return names.map((name) => ({ name, parms: undefined }));
  if (parms instanceof PDFArray && parms.size() > 0 && names.length > 0) {
    const [name = ''] = names;
    return [{ name, parms: first(parms) }];
  }
  return [];
}

/** veraPDF's `GFCosFilter.decodeParms` of a Crypt filter: `Identity` without parameters, else their `Name`. */
function cryptName(parms: PDFDict | undefined): string | undefined {
  if (!parms) return 'Identity';
  const name = parms.lookup(PDFName.of('Name'));
  if (name instanceof PDFName) return name.decodeText();
  if (name instanceof PDFString || name instanceof PDFHexString) return name.decodeText();
  return undefined;
}

function isValidUtf8(text: string): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(text, (character) => character.charCodeAt(0)),
    );
    return true;
  } catch {
    return false;
  }
}

/** PDF white space (ISO 32000-1 Table 1): NUL, TAB, LF, FF, CR, SPACE. */
const PDF_WHITESPACE = /[\0\t\n\f\r ]/g;

/** The 6.1.6 tests a hexadecimal string's text (between `<` and `>`) breaks: 1 odd count, 2 foreign characters. */
function hexStringTests(text: string): HexStringViolation[] {
  const characters = text.replace(PDF_WHITESPACE, '');
  const tests: HexStringViolation[] = [];
  if (characters.length % 2 === 1) tests.push({ test: 1, count: characters.length });
  if (/[^0-9A-Fa-f]/.test(characters)) tests.push({ test: 2, count: characters.length });
  return tests;
}

const HEX_TEXTS: Record<1 | 2, (count: number) => { en: string; vi: string }> = {
  1: (count) => ({
    en: `A hexadecimal string has an odd number (${count}) of non-white-space characters.`,
    vi: `Chuỗi thập lục phân có số ký tự lẻ (${count}).`,
  }),
  2: () => ({
    en: 'A hexadecimal string contains characters other than 0–9, A–F, a–f and white space.',
    vi: 'Chuỗi thập lục phân chứa ký tự ngoài 0–9, A–F, a–f và khoảng trắng.',
  }),
};

/**
 * 6.1.6-1/-2 on every hexadecimal string veraPDF sees as a `CosString`: in objects, in the trailer and
 * as content-stream operands (veraPDF's `isHex`, `hexCount`, `isHexSymbols`).
 */
function hexStringRule(test: 1 | 2, description: string): PdfARule {
  return defineRule('6.1.6', test, description, (context) => {
    const findings: RuleFinding[] = [];
    const add = (violation: HexStringViolation, object: string) => {
      if (violation.test !== test) return;
      const text = HEX_TEXTS[test](violation.count);
      findings.push({ message: text.en, messageVi: text.vi, object });
    };
    const inspect = (value: PDFObject, label: string) => {
      if (value instanceof PDFHexString)
        for (const violation of hexStringTests(value.asString())) add(violation, label);
    };
    context.walkValues(inspect);
    const walkTrailer = (value: PDFObject): void => {
      inspect(value, 'trailer');
      if (value instanceof PDFArray) for (const item of value.asArray()) walkTrailer(item);
    };
    if (context.raw.lastTrailer) for (const value of context.raw.lastTrailer.values()) walkTrailer(value);
    for (const violation of context.content.hexStrings) add(violation, violation.object);
    return findings;
  });
}

/** ISO 19005-2 6.1 File structure: header, trailer, cross-reference, strings, streams, names, objects. */
export const FILE_STRUCTURE_RULES: PdfARule[] = [
  defineRule('6.1.2', 1, 'The header is "%PDF-1.n" (n 0–7) at byte 0, followed by an EOL.', ({ raw }) =>
    raw.headerLine !== undefined && /^%PDF-1\.[0-7]$/.test(raw.headerLine)
      ? []
      : [
          {
            message: `The file header is ${JSON.stringify(raw.headerLine ?? 'missing')}, not "%PDF-1.0" to "%PDF-1.7" at byte 0.`,
            object: 'file header',
          },
        ],
  ),
  defineRule(
    '6.1.2',
    2,
    'The header line is followed by a comment of at least four bytes above 127.',
    ({ raw }) =>
      raw.binaryComment.length === 4 && raw.binaryComment.every((byte) => byte > 127)
        ? []
        : [
            {
              message: 'The binary comment after the header is missing or has bytes below 128.',
              object: 'file header',
            },
          ],
  ),
  defineRule('6.1.3', 1, 'The trailer has an ID entry (file identifiers).', ({ raw }) => {
    const id = raw.lastTrailer ? entry(raw.lastTrailer, 'ID') : undefined;
    return id instanceof PDFArray && id.size() === 2
      ? []
      : [
          {
            message: 'The last file trailer has no ID array of two strings.',
            messageVi: 'Trailer cuối của tệp không có mảng ID gồm hai chuỗi.',
            object: 'trailer',
          },
        ];
  }),
  defineRule('6.1.3', 2, 'The trailer has no Encrypt entry.', ({ pdf, raw }) =>
    pdf.trailerInfo.Encrypt || (raw.lastTrailer && entry(raw.lastTrailer, 'Encrypt'))
      ? [
          {
            message: 'The file is encrypted (Encrypt in the trailer).',
            messageVi: 'Tệp bị mã hóa (trailer có khóa Encrypt).',
            object: 'trailer',
          },
        ]
      : [],
  ),
  defineRule('6.1.3', 3, 'No data follows the last %%EOF except one EOL.', ({ raw }) =>
    raw.postEofBytes === 0
      ? []
      : [
          {
            message:
              raw.postEofBytes < 0
                ? 'The file has no %%EOF marker.'
                : `${raw.postEofBytes} bytes follow the last %%EOF.`,
            messageVi:
              raw.postEofBytes < 0
                ? 'Tệp không có dấu kết thúc %%EOF.'
                : `Có ${raw.postEofBytes} byte sau dấu %%EOF cuối cùng.`,
            object: 'file end',
          },
        ],
  ),
  defineRule('6.1.4', 2, 'The xref keyword and the subsection header are separated by one EOL.', ({ raw }) =>
    raw.badXrefKeywords.map((offset) => ({
      message: 'The xref keyword is not followed by exactly one EOL.',
      object: `xref at byte ${offset}`,
    })),
  ),
  hexStringRule(1, 'Hexadecimal strings have an even number of non-white-space characters.'),
  hexStringRule(2, 'Hexadecimal strings contain only 0–9, A–F, a–f and white space.'),
  defineRule('6.1.7.1', 1, 'The Length of a stream matches its data.', ({ raw }) =>
    raw.objects.flatMap(({ stream, objectNumber, generation }) =>
      stream && !stream.lengthCorrect
        ? [
            {
              message: `The stream Length is ${stream.declaredLength ?? 'missing'} but the data is ${stream.actualLength} bytes.`,
              messageVi: `Length của luồng là ${stream.declaredLength ?? 'không có'} nhưng dữ liệu dài ${stream.actualLength} byte.`,
              object: `${objectNumber} ${generation} obj`,
            },
          ]
        : [],
    ),
  ),
  defineRule('6.1.7.1', 2, 'stream is followed by CRLF or LF; endstream is preceded by an EOL.', ({ raw }) =>
    raw.objects.flatMap(({ stream, objectNumber, generation }) =>
      stream && !stream.spacingCompliant
        ? [
            {
              message:
                'The stream keyword is not followed by CRLF or LF alone, or endstream is not preceded by an EOL.',
              messageVi:
                'Sau từ khóa stream không phải đúng CRLF hoặc LF, hoặc trước endstream không có dấu xuống dòng.',
              object: `${objectNumber} ${generation} obj`,
            },
          ]
        : [],
    ),
  ),
  defineRule('6.1.7.1', 3, 'No stream dictionary has F, FFilter or FDecodeParms.', ({ dicts }) =>
    dicts.flatMap(({ dict, stream, label }) => {
      const keys = ['F', 'FFilter', 'FDecodeParms'].filter((key) => stream && dict.has(PDFName.of(key)));
      return keys.length > 0
        ? [
            {
              message: `A stream dictionary has ${keys.join(', ')} (external stream data).`,
              messageVi: `Từ điển luồng có ${keys.join(', ')} (dữ liệu luồng ở tệp ngoài).`,
              object: label,
            },
          ]
        : [];
    }),
  ),
  defineRule(
    '6.1.7.2',
    1,
    'Streams use only standard filters other than LZWDecode; Crypt only with Identity.',
    ({ dicts }) =>
      dicts.flatMap(({ dict, stream, label }) => {
        if (!stream) return [];
        const bad = judgedFilters(dict)
          .filter(({ name, parms }) =>
            name === 'Crypt' ? cryptName(parms) !== 'Identity' : !STANDARD_FILTERS.has(name),
          )
          .map(({ name }) => name);
        return bad.length > 0
          ? [
              {
                message: `The stream uses the filter ${bad.join(', ')}, which PDF/A-2 forbids.`,
                object: label,
              },
            ]
          : [];
      }),
  ),
  defineRule(
    '6.1.8',
    1,
    'Font names, colourant names (Separation, DeviceN) and structure type names are valid UTF-8.',
    (context) => {
      const findings: { message: string; messageVi: string; object: string }[] = [];
      const check = (value: PDFObject | undefined, kind: string, label: string) => {
        const name = value instanceof PDFRef ? context.pdf.lookup(value) : value;
        if (!(name instanceof PDFName) || isValidUtf8(name.decodeText())) return;
        findings.push({
          message: `The ${kind} ${name.asString()} is not valid UTF-8.`,
          messageVi: `Tên ${name.asString()} (${kind}) không phải chuỗi UTF-8 hợp lệ.`,
          object: label,
        });
      };
      for (const { dict, label } of context.dicts) {
        check(dict.get(PDFName.of('BaseFont')), 'font name', label);
        check(dict.get(PDFName.of('FontName')), 'font name', label);
        if (nameEntry(dict, 'Type') === 'StructElem')
          check(dict.get(PDFName.of('S')), 'structure type', label);
        const roleMap = dictEntry(dict, 'RoleMap');
        for (const [key, value] of roleMap?.entries() ?? []) {
          check(key, 'structure type', label);
          check(value, 'structure type', label);
        }
      }
      context.walkValues((value, label) => {
        if (!(value instanceof PDFArray)) return;
        const family = nameValue(value.lookup(0));
        if (family === 'Separation') check(value.get(1), 'colourant name', label);
        const names = family === 'DeviceN' ? value.lookup(1) : undefined;
        if (names instanceof PDFArray)
          for (const name of names.asArray()) check(name, 'colourant name', label);
      });
      return findings;
    },
  ),
  defineRule('6.1.9', 1, 'Object headers and endobj are spaced with single spaces and EOLs.', ({ raw }) =>
    raw.objects.flatMap(({ spacingCompliant, objectNumber, generation }) =>
      spacingCompliant
        ? []
        : [
            {
              message: 'The obj/endobj keywords are not spaced as PDF/A requires.',
              object: `${objectNumber} ${generation} obj`,
            },
          ],
    ),
  ),
  defineRule('6.1.10', 1, 'Inline images use only standard filters, not LZW or Crypt.', ({ content }) =>
    content.inlineImages.flatMap(({ parameters, object }) => {
      const filter = parameters.get('F') ?? parameters.get('Filter');
      const items = Array.isArray(filter) ? filter : filter === undefined || filter === null ? [] : [filter];
      const names = items.map((item) =>
        typeof item === 'object' && item !== null && 'name' in item ? item.name : String(item),
      );
      const bad = names.filter((name) => !INLINE_FILTERS.has(name));
      return bad.length > 0
        ? [{ message: `An inline image uses the filter ${bad.join(', ')}.`, object }]
        : [];
    }),
  ),
  defineRule(
    '6.1.12',
    1,
    'A permissions dictionary has no keys other than UR3 and DocMDP.',
    ({ catalog }) => {
      const perms = dictEntry(catalog, 'Perms');
      const others = perms
        ? perms
            .keys()
            .map((key) => key.decodeText())
            .filter((key) => key !== 'UR3' && key !== 'DocMDP')
        : [];
      return others.length > 0
        ? [{ message: `The permissions dictionary has ${others.join(', ')}.`, object: 'Perms dictionary' }]
        : [];
    },
  ),
];
