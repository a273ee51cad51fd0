import { parseVnDate } from '@sohoa/metadata';
import { ParseOption, XmlDocument, type XmlElement, XmlLibError } from 'libxml2-wasm';
import type { FindingList } from './finding.js';

/** A field of the DIP's `EAD.xml`: its longest value, or its codes, or a date. */
type DipField = { length: number } | { codes: readonly string[] } | { date: true };

const codes = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, index) => String(from + index).padStart(2, '0'));

/**
 * The 7 fields of a DIP's package-level `EAD.xml` (Appendix V of Thông tư 05/2025/TT-BNV; standards
 * reference §3.4e): the access request the DIP answers, in the circular's order.
 */
const DIP_REQUEST_FIELDS: ReadonlyArray<[string, DipField]> = [
  ['requestID', { length: 100 }],
  ['requestDate', { date: true }],
  ['purpose', { codes: codes(1, 3) }],
  ['purposeContent', { length: 500 }],
  ['feeObjectType', { codes: codes(1, 10) }],
  ['researchTopic', { length: 250 }],
  ['description', { length: 2000 }],
];

/**
 * `TT05-EAD1` for a DIP: `metadata/descriptive/EAD.xml` is a `<simpledc>` holding only the 7
 * fields of the access request, each at most once and in the circular's order, with its length,
 * code list (`purpose` 01–03, `feeObjectType` 01–10) or DD/MM/YYYY date respected. The circular
 * does not say which of them are required, so none is (empty elements, as its skeletons write
 * them, are accepted). `@sohoa/metadata` has no record kind for it, hence this check here.
 */
export function checkDipRequest(text: string, path: string, findings: FindingList): void {
  if (/<!DOCTYPE/i.test(text.slice(0, 4096))) {
    findings.error(
      'TT05-EAD1',
      {
        en: 'The XML declares a DOCTYPE; package XML must not carry a DTD.',
        vi: 'Tệp XML khai báo DOCTYPE; XML trong gói không được chứa DTD.',
      },
      path,
    );
    return;
  }
  let document: XmlDocument;
  try {
    document = XmlDocument.fromString(text, {
      url: path,
      option: ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE,
    });
  } catch (error) {
    const detail = error instanceof XmlLibError ? error.details[0] : undefined;
    findings.error(
      'TT05-EAD1',
      {
        en: `Not well-formed XML: ${detail?.message.trim() ?? ''}`,
        vi: `XML không đúng cú pháp (not well-formed): ${detail?.message.trim() ?? ''}`,
      },
      path,
      detail?.line,
    );
    return;
  }
  try {
    const root = document.root;
    if (root.name !== 'simpledc') {
      findings.error(
        'TT05-EAD1',
        {
          en: `The root element is <${root.name}>, not <simpledc>.`,
          vi: `Phần tử gốc là <${root.name}>, không phải <simpledc>.`,
        },
        path,
        root.line,
      );
      return;
    }
    let position = 0;
    for (const element of root.find('*') as XmlElement[]) {
      const index = DIP_REQUEST_FIELDS.findIndex(([name]) => name === element.name);
      if (index < 0) {
        findings.error(
          'TT05-EAD1',
          {
            en: `<${element.name}> is not a field of a DIP's access request (${DIP_REQUEST_FIELDS.map(([name]) => name).join(', ')}).`,
            vi: `<${element.name}> không phải một trường của yêu cầu khai thác mà gói DIP đáp ứng (${DIP_REQUEST_FIELDS.map(([name]) => name).join(', ')}).`,
          },
          path,
          element.line,
        );
        continue;
      }
      if (index < position) {
        findings.error(
          'TT05-EAD1',
          {
            en: `<${element.name}> is out of the circular's order, or repeated.`,
            vi: `<${element.name}> không đúng thứ tự quy định trong Thông tư, hoặc bị lặp lại.`,
          },
          path,
          element.line,
        );
      }
      position = index + 1;
      const value = element.content.trim();
      const rule = DIP_REQUEST_FIELDS[index]?.[1];
      if (value === '' || rule === undefined) continue;
      if ('length' in rule && [...value].length > rule.length) {
        findings.error(
          'TT05-EAD1',
          {
            en: `<${element.name}> is longer than ${rule.length} characters.`,
            vi: `<${element.name}> dài quá ${rule.length} ký tự.`,
          },
          path,
          element.line,
        );
      } else if ('codes' in rule && !rule.codes.includes(value)) {
        findings.error(
          'TT05-EAD1',
          {
            en: `<${element.name}> "${value}" is none of the codes ${rule.codes[0]}–${rule.codes.at(-1)}.`,
            vi: `<${element.name}> "${value}" không thuộc các mã ${rule.codes[0]}–${rule.codes.at(-1)}.`,
          },
          path,
          element.line,
        );
      } else if ('date' in rule && parseVnDate(value) === undefined) {
        findings.error(
          'TT05-EAD1',
          {
            en: `<${element.name}> "${value}" is not a DD/MM/YYYY date.`,
            vi: `<${element.name}> "${value}" không phải ngày theo dạng DD/MM/YYYY.`,
          },
          path,
          element.line,
        );
      }
    }
  } finally {
    document.dispose();
  }
}
