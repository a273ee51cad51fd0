import { type PDFDict, PDFRawStream } from 'pdf-lib';
import type { CheckContext } from '../check-context.js';
import type { FontUsage } from '../content-analysis.js';
import {
  arrayEntry,
  asDict,
  dictEntry,
  entry,
  hasKey,
  nameEntry,
  nameValue,
  numberEntry,
  textEntry,
} from '../pdf-values.js';
import { defineRule, type PdfARule, type RuleFinding } from '../rule.js';

const FONT_SUBTYPES = new Set([
  'Type1',
  'MMType1',
  'TrueType',
  'Type3',
  'Type0',
  'CIDFontType0',
  'CIDFontType2',
]);
const SIMPLE_SUBTYPES = new Set(['Type1', 'MMType1', 'TrueType', 'Type3']);
const STANDARD_14 = new Set(
  'Times-Roman Times-Bold Times-Italic Times-BoldItalic Helvetica Helvetica-Bold Helvetica-Oblique Helvetica-BoldOblique Courier Courier-Bold Courier-Oblique Courier-BoldOblique Symbol ZapfDingbats'.split(
    ' ',
  ),
);
/** The CMaps of ISO 32000-1 9.7.5.2 Table 118, which need not be embedded. */
export const PREDEFINED_CMAPS = new Set(
  `Identity-H Identity-V GB-EUC-H GB-EUC-V GBpc-EUC-H GBpc-EUC-V GBK-EUC-H GBK-EUC-V GBKp-EUC-H GBKp-EUC-V GBK2K-H GBK2K-V
  UniGB-UCS2-H UniGB-UCS2-V UniGB-UTF16-H UniGB-UTF16-V B5pc-H B5pc-V HKscs-B5-H HKscs-B5-V ETen-B5-H ETen-B5-V ETenms-B5-H
  ETenms-B5-V CNS-EUC-H CNS-EUC-V UniCNS-UCS2-H UniCNS-UCS2-V UniCNS-UTF16-H UniCNS-UTF16-V 83pv-RKSJ-H 90ms-RKSJ-H 90ms-RKSJ-V
  90msp-RKSJ-H 90msp-RKSJ-V 90pv-RKSJ-H Add-RKSJ-H Add-RKSJ-V EUC-H EUC-V Ext-RKSJ-H Ext-RKSJ-V H V UniJIS-UCS2-H UniJIS-UCS2-V
  UniJIS-UCS2-HW-H UniJIS-UCS2-HW-V UniJIS-UTF16-H UniJIS-UTF16-V KSC-EUC-H KSC-EUC-V KSCms-UHC-H KSCms-UHC-V KSCms-UHC-HW-H
  KSCms-UHC-HW-V KSCpc-EUC-H UniKS-UCS2-H UniKS-UCS2-V UniKS-UTF16-H UniKS-UTF16-V`.split(/\s+/),
);

/** A font shown by some text operator, with its descendant CIDFont when it is a Type 0 font. */
export interface UsedFont {
  font: PDFDict;
  descendant: PDFDict | undefined;
  usage: FontUsage;
  label: string;
}

/** The fonts text operators show, each with its descendant CIDFont (Type 0) and a label. */
export function usedFonts(context: CheckContext): UsedFont[] {
  return [...context.content.fontUsages].map(([font, usage]) => {
    const descendant = asDict(arrayEntry(font, 'DescendantFonts')?.[0]);
    return { font, descendant, usage, label: context.label(font, `font in ${usage.object}`) };
  });
}

/** The font dictionaries that carry glyph data: simple fonts and descendant CIDFonts. */
function glyphFonts(context: CheckContext): { dict: PDFDict; usage: FontUsage; label: string }[] {
  return usedFonts(context).flatMap(({ font, descendant, usage, label }) =>
    nameEntry(font, 'Subtype') === 'Type0'
      ? descendant
        ? [{ dict: descendant, usage, label: context.label(descendant, label) }]
        : []
      : [{ dict: font, usage, label }],
  );
}

/** The embedded font program of a simple font or CIDFont (FontFile, FontFile2 or FontFile3). */
export function fontFile(dict: PDFDict): PDFRawStream | undefined {
  const descriptor = dictEntry(dict, 'FontDescriptor');
  const file = descriptor
    ? (entry(descriptor, 'FontFile') ?? entry(descriptor, 'FontFile2') ?? entry(descriptor, 'FontFile3'))
    : undefined;
  return file instanceof PDFRawStream ? file : undefined;
}

/** Symbolic as veraPDF reads the descriptor's Flags: bit 3 (Symbolic) set and bit 6 (Nonsymbolic) clear. */
export function isSymbolic(dict: PDFDict): boolean {
  const descriptor = dictEntry(dict, 'FontDescriptor');
  return (((descriptor ? numberEntry(descriptor, 'Flags') : 0) ?? 0) & 0b100100) === 0b100;
}

export function onlyInvisible(usage: FontUsage): boolean {
  return usage.renderModes.size > 0 && [...usage.renderModes].every((mode) => mode === 3);
}

function eachFontDict(
  context: CheckContext,
  check: (dict: PDFDict, label: string) => RuleFinding | undefined,
): RuleFinding[] {
  return usedFonts(context).flatMap(({ font, descendant, label }) =>
    [font, ...(descendant ? [descendant] : [])].flatMap(
      (dict) => check(dict, context.label(dict, label)) ?? [],
    ),
  );
}

function simpleFontRule(
  test: number,
  description: string,
  problem: (dict: PDFDict) => string | undefined,
): PdfARule {
  return defineRule('6.2.11.2', test, description, (context) =>
    eachFontDict(context, (dict, label) => {
      const subtype = nameEntry(dict, 'Subtype') ?? '';
      const standard =
        subtype === 'Type1' && STANDARD_14.has(nameEntry(dict, 'BaseFont') ?? '') && !fontFile(dict);
      if (!SIMPLE_SUBTYPES.has(subtype) || standard) return undefined;
      const message = problem(dict);
      return message ? { message, object: label } : undefined;
    }),
  );
}

/** ISO 19005-2 6.2.11 Fonts. */
export const FONT_RULES: PdfARule[] = [
  defineRule('6.2.11.2', 1, 'Font dictionaries have Type /Font.', (context) =>
    eachFontDict(context, (dict, label) =>
      nameEntry(dict, 'Type') === 'Font'
        ? undefined
        : { message: 'The font dictionary has no Type /Font.', object: label },
    ),
  ),
  defineRule('6.2.11.2', 2, 'Font dictionaries have a valid Subtype.', (context) =>
    eachFontDict(context, (dict, label) =>
      FONT_SUBTYPES.has(nameEntry(dict, 'Subtype') ?? '')
        ? undefined
        : { message: `The font Subtype is ${nameEntry(dict, 'Subtype') ?? 'missing'}.`, object: label },
    ),
  ),
  defineRule('6.2.11.2', 3, 'Fonts other than Type 3 have a BaseFont name.', (context) =>
    eachFontDict(context, (dict, label) =>
      nameEntry(dict, 'Subtype') === 'Type3' || nameEntry(dict, 'BaseFont')
        ? undefined
        : { message: 'The font has no BaseFont.', object: label },
    ),
  ),
  simpleFontRule(4, 'Non-standard simple fonts have FirstChar.', (dict) =>
    numberEntry(dict, 'FirstChar') === undefined ? 'The simple font has no FirstChar.' : undefined,
  ),
  simpleFontRule(5, 'Non-standard simple fonts have LastChar.', (dict) =>
    numberEntry(dict, 'LastChar') === undefined ? 'The simple font has no LastChar.' : undefined,
  ),
  simpleFontRule(6, 'Non-standard simple fonts have Widths of LastChar − FirstChar + 1 entries.', (dict) => {
    const widths = arrayEntry(dict, 'Widths');
    const expected = (numberEntry(dict, 'LastChar') ?? 0) - (numberEntry(dict, 'FirstChar') ?? 0) + 1;
    return widths?.length === expected
      ? undefined
      : `The Widths array has ${widths?.length ?? 'no'} entries instead of ${expected}.`;
  }),
  defineRule(
    '6.2.11.2',
    7,
    'An embedded FontFile3 has Subtype Type1C, CIDFontType0C or OpenType.',
    (context) =>
      eachFontDict(context, (dict, label) => {
        const descriptor = dictEntry(dict, 'FontDescriptor');
        const file = descriptor ? asDict(entry(descriptor, 'FontFile3')) : undefined;
        const subtype = file ? nameEntry(file, 'Subtype') : undefined;
        return subtype === undefined || ['Type1C', 'CIDFontType0C', 'OpenType'].includes(subtype)
          ? undefined
          : { message: `The FontFile3 Subtype ${subtype} is not allowed.`, object: label };
      }),
  ),
  defineRule(
    '6.2.11.3.1',
    1,
    'A Type 0 font with a non-Identity CMap has a compatible CIDSystemInfo.',
    (context) =>
      usedFonts(context).flatMap(({ font, descendant, label }) => {
        const cmap = entry(font, 'Encoding');
        if (!(cmap instanceof PDFRawStream) || !descendant) return [];
        const cmapInfo = dictEntry(cmap.dict, 'CIDSystemInfo');
        const fontInfo = dictEntry(descendant, 'CIDSystemInfo');
        // strings compared by value, so (Adobe) equals <4164...>; both Supplements present, as veraPDF tests
        const registry = fontInfo && textEntry(fontInfo, 'Registry');
        const ordering = fontInfo && textEntry(fontInfo, 'Ordering');
        const fontSupplement = fontInfo && numberEntry(fontInfo, 'Supplement');
        const cmapSupplement = cmapInfo && numberEntry(cmapInfo, 'Supplement');
        const compatible =
          cmapInfo &&
          registry !== undefined &&
          ordering !== undefined &&
          registry === textEntry(cmapInfo, 'Registry') &&
          ordering === textEntry(cmapInfo, 'Ordering') &&
          fontSupplement !== undefined &&
          cmapSupplement !== undefined &&
          fontSupplement <= cmapSupplement;
        return compatible
          ? []
          : [
              {
                message: 'The CIDSystemInfo of the CIDFont and of the CMap are not compatible.',
                object: label,
              },
            ];
      }),
  ),
  defineRule(
    '6.2.11.3.2',
    1,
    'An embedded CIDFontType2 has a CIDToGIDMap that is a stream or the name Identity.',
    (context) =>
      usedFonts(context).flatMap(({ descendant, label }) => {
        if (!descendant || nameEntry(descendant, 'Subtype') !== 'CIDFontType2' || !fontFile(descendant))
          return [];
        const map = entry(descendant, 'CIDToGIDMap');
        if (map instanceof PDFRawStream || nameValue(map) === 'Identity') return [];
        return [
          {
            message:
              map === undefined
                ? 'The CIDFontType2 has no CIDToGIDMap (a stream or /Identity).'
                : `The CIDToGIDMap of the CIDFontType2 is ${map.toString()}, not a stream or /Identity.`,
            messageVi:
              map === undefined
                ? 'CIDFontType2 không có CIDToGIDMap (phải là luồng hoặc /Identity).'
                : `CIDToGIDMap của CIDFontType2 là ${map.toString()}, không phải luồng hay /Identity.`,
            object: context.label(descendant, label),
          },
        ];
      }),
  ),
  defineRule('6.2.11.3.3', 1, 'CMaps other than the predefined ones are embedded.', (context) =>
    usedFonts(context).flatMap(({ font, label }) => {
      if (nameEntry(font, 'Subtype') !== 'Type0') return [];
      const encoding = entry(font, 'Encoding');
      const name = nameValue(encoding);
      return encoding instanceof PDFRawStream || (name && PREDEFINED_CMAPS.has(name))
        ? []
        : [{ message: `The CMap ${name ?? '(missing)'} is neither predefined nor embedded.`, object: label }];
    }),
  ),
  defineRule('6.2.11.4.1', 1, 'Font programs of fonts used for rendering are embedded.', (context) =>
    glyphFonts(context).flatMap(({ dict, usage, label }) =>
      nameEntry(dict, 'Subtype') === 'Type3' || onlyInvisible(usage) || fontFile(dict)
        ? []
        : [{ message: `The font ${nameEntry(dict, 'BaseFont') ?? ''} is not embedded.`, object: label }],
    ),
  ),
  defineRule('6.2.11.6', 3, 'Symbolic TrueType fonts have no Encoding.', (context) =>
    glyphFonts(context).flatMap(({ dict, label }) =>
      nameEntry(dict, 'Subtype') === 'TrueType' && isSymbolic(dict) && hasKey(dict, 'Encoding')
        ? [{ message: 'The symbolic TrueType font has an Encoding entry.', object: label }]
        : [],
    ),
  ),
];

/** Fonts shown without a ToUnicode map, for the PDF/A-2U advisory. */
export function fontsWithoutUnicode(context: CheckContext): { label: string; name: string }[] {
  return usedFonts(context).flatMap(({ font, label }) => {
    const encoding = nameEntry(font, 'Encoding');
    const standard =
      nameEntry(font, 'Subtype') !== 'Type0' &&
      !isSymbolic(font) &&
      (encoding === 'WinAnsiEncoding' || encoding === 'MacRomanEncoding');
    return hasKey(font, 'ToUnicode') || standard ? [] : [{ label, name: nameEntry(font, 'BaseFont') ?? '' }];
  });
}
