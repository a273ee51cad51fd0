import type { CheckContext } from './check-context.js';
import { textEntry } from './pdf-values.js';
import type { PdfAAdvisory } from './report.js';
import { fontsWithoutUnicode } from './rules/fonts.js';
import { findProperty, valueText } from './xmp-packet.js';

const DC = 'http://purl.org/dc/elements/1.1/';
const XMP = 'http://ns.adobe.com/xap/1.0/';
const PDF = 'http://ns.adobe.com/pdf/1.3/';
const INFO_TO_XMP: [string, string, string, 'text' | 'date'][] = [
  ['Title', DC, 'title', 'text'],
  ['Author', DC, 'creator', 'text'],
  ['Subject', DC, 'description', 'text'],
  ['Keywords', PDF, 'Keywords', 'text'],
  ['Creator', XMP, 'CreatorTool', 'text'],
  ['Producer', PDF, 'Producer', 'text'],
  ['CreationDate', XMP, 'CreateDate', 'date'],
  ['ModDate', XMP, 'ModifyDate', 'date'],
];

/** Milliseconds since the epoch of a PDF date (`D:YYYYMMDDHHmmSSOHH'mm`), or NaN. */
function pdfDateTime(text: string): number {
  const match = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Z+-])?(\d{2})?'?(\d{2})?/.exec(text);
  if (!match) return Number.NaN;
  const [
    ,
    year,
    month = '01',
    day = '01',
    hour = '00',
    minute = '00',
    second = '00',
    sign,
    offsetHours = '00',
    offsetMinutes = '00',
  ] = match;
  const offset = sign === '+' || sign === '-' ? `${sign}${offsetHours}:${offsetMinutes}` : 'Z';
  return Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`);
}

function infoXmpSync(context: CheckContext): PdfAAdvisory[] {
  const info = context.info;
  const properties = context.metadata?.packet?.properties ?? [];
  if (!info) return [];
  return INFO_TO_XMP.flatMap(([key, namespace, name, kind]) => {
    const infoValue = textEntry(info, key);
    if (infoValue === undefined) return [];
    const xmpValue = valueText(findProperty(properties, namespace, name)?.value);
    const same =
      kind === 'date'
        ? xmpValue !== undefined && pdfDateTime(infoValue) === Date.parse(xmpValue)
        : infoValue === xmpValue;
    return same
      ? []
      : [
          {
            id: 'info-xmp-sync',
            basis: 'ISO 19005-1 6.7.3 (PDF/A-1); ISO 32000-1 14.3.3. Not a PDF/A-2B rule',
            basisVi: 'ISO 19005-1 6.7.3 (PDF/A-1); ISO 32000-1 14.3.3. Không phải quy tắc PDF/A-2B',
            message: `Info /${key} (${JSON.stringify(infoValue)}) has no equal XMP value (${JSON.stringify(xmpValue ?? null)}).`,
            messageVi: `Info /${key} (${JSON.stringify(infoValue)}) không có giá trị XMP bằng nó (${JSON.stringify(xmpValue ?? null)}).`,
            object: 'Info dictionary',
          },
        ];
  });
}

/** Findings outside the PDF/A-2B profile: Info/XMP synchronisation, filtered XMP, PDF/A-2U Unicode maps. */
export function collectAdvisories(context: CheckContext): PdfAAdvisory[] {
  const advisories = infoXmpSync(context);
  if (context.metadata?.stream.dict.keys().some((key) => key.decodeText() === 'Filter')) {
    advisories.push({
      id: 'metadata-filtered',
      basis: 'XMP packet scanning; required by PDF/A-1 6.7.2. Not tested by veraPDF for PDF/A-2B',
      basisVi: 'Dò gói XMP theo byte; PDF/A-1 6.7.2 bắt buộc. veraPDF không kiểm tra điều này với PDF/A-2B',
      message: 'The XMP metadata stream is compressed: byte-scanning tools cannot find the packet.',
      messageVi: 'Luồng siêu dữ liệu XMP bị nén: công cụ dò theo byte không tìm thấy gói XMP.',
      object: context.metadata.label,
    });
  }
  for (const { label, name } of fontsWithoutUnicode(context)) {
    advisories.push({
      id: '2u-6.2.11.7-1',
      basis: 'ISO 19005-2 6.2.11.7 (PDF/A-2U and 2A only)',
      basisVi: 'ISO 19005-2 6.2.11.7 (chỉ PDF/A-2U và 2A)',
      message: `The font ${name} has no ToUnicode map: its text cannot be extracted reliably, so the file cannot be PDF/A-2U.`,
      messageVi: `Phông chữ ${name} không có bảng ToUnicode: không trích được chữ một cách tin cậy, nên tệp không thể đạt PDF/A-2U.`,
      object: label,
    });
  }
  return advisories;
}
