import { PDFDict, PDFNumber, PDFRawStream } from 'pdf-lib';
import type { CheckContext } from '../check-context.js';
import { arrayEntry, asDict, entry, nameEntry, numberEntry } from '../pdf-values.js';
import { defineRule, type PdfARule } from '../rule.js';

const ANNOTATION_TYPES = new Set(
  'Text Link FreeText Line Square Circle Polygon PolyLine Highlight Underline Squiggly StrikeOut Stamp Caret Ink Popup FileAttachment Widget PrinterMark TrapNet Watermark Redact'.split(
    ' ',
  ),
);

/** Every annotation of every page, with its label. */
export function annotations(context: CheckContext): { dict: PDFDict; label: string }[] {
  return context.pages.flatMap((page, index) =>
    (arrayEntry(page, 'Annots') ?? []).flatMap((value) => {
      const dict = asDict(value);
      return dict ? [{ dict, label: context.label(dict, `annotation on page ${index + 1}`) }] : [];
    }),
  );
}

function fieldType(dict: PDFDict): string | undefined {
  let node: PDFDict | undefined = dict;
  for (let depth = 0; node && depth < 32; depth++) {
    const type = nameEntry(node, 'FT');
    if (type) return type;
    node = asDict(entry(node, 'Parent'));
  }
  return undefined;
}

function zeroSized(dict: PDFDict): boolean {
  const [left, bottom, right, top] = (arrayEntry(dict, 'Rect') ?? []).map((item) =>
    item instanceof PDFNumber ? item.asNumber() : Number.NaN,
  );
  return left === right && bottom === top;
}

function normalAppearance(
  dict: PDFDict,
): { appearance: PDFDict; normal: ReturnType<typeof entry> } | undefined {
  const appearance = asDict(entry(dict, 'AP'));
  return appearance ? { appearance, normal: entry(appearance, 'N') } : undefined;
}

/** ISO 19005-2 6.3 Annotations. */
export const ANNOTATION_RULES: PdfARule[] = [
  defineRule(
    '6.3.1',
    1,
    'Annotation types are those of ISO 32000-1 except 3D, Sound, Screen and Movie.',
    (context) =>
      annotations(context).flatMap(({ dict, label }) => {
        const subtype = nameEntry(dict, 'Subtype') ?? '';
        return ANNOTATION_TYPES.has(subtype)
          ? []
          : [{ message: `The annotation type ${subtype || '(missing)'} is not permitted.`, object: label }];
      }),
  ),
  defineRule('6.3.2', 1, 'Annotations other than Popup have an F key.', (context) =>
    annotations(context).flatMap(({ dict, label }) =>
      nameEntry(dict, 'Subtype') === 'Popup' || numberEntry(dict, 'F') !== undefined
        ? []
        : [{ message: 'The annotation has no flags (F).', object: label }],
    ),
  ),
  defineRule(
    '6.3.2',
    2,
    'Annotation flags set Print and clear Hidden, Invisible, ToggleNoView and NoView.',
    (context) =>
      annotations(context).flatMap(({ dict, label }) => {
        const flags = numberEntry(dict, 'F');
        if (flags === undefined) return [];
        return (flags & 4) === 4 && (flags & (1 | 2 | 32 | 256)) === 0
          ? []
          : [
              {
                message: `The annotation flags ${flags} do not set Print or set Hidden, Invisible, NoView or ToggleNoView.`,
                object: label,
              },
            ];
      }),
  ),
  defineRule('6.3.2', 3, 'Text annotations set the NoZoom and NoRotate flags.', (context) =>
    annotations(context).flatMap(({ dict, label }) => {
      if (nameEntry(dict, 'Subtype') !== 'Text') return [];
      const flags = numberEntry(dict, 'F');
      if (flags !== undefined && (flags & 8) === 8 && (flags & 16) === 16) return [];
      const shown = flags === undefined ? 'no flags (F)' : `the flags ${flags}`;
      const shownVi = flags === undefined ? 'không có cờ (F)' : `có cờ ${flags}`;
      return [
        {
          message: `The Text annotation has ${shown}, without NoZoom (8) and NoRotate (16); set both.`,
          messageVi: `Chú thích Text ${shownVi}, thiếu NoZoom (8) và NoRotate (16); hãy bật cả hai cờ.`,
          object: label,
        },
      ];
    }),
  ),
  defineRule(
    '6.3.3',
    1,
    'Annotations (except Popup, Link and zero-sized ones) have an appearance dictionary.',
    (context) =>
      annotations(context).flatMap(({ dict, label }) => {
        const subtype = nameEntry(dict, 'Subtype');
        if (subtype === 'Popup' || subtype === 'Link' || zeroSized(dict) || normalAppearance(dict)) return [];
        return [{ message: 'The annotation has no appearance dictionary (AP).', object: label }];
      }),
  ),
  defineRule('6.3.3', 2, 'An appearance dictionary contains only the N key.', (context) =>
    annotations(context).flatMap(({ dict, label }) => {
      const keys = normalAppearance(dict)
        ?.appearance.keys()
        .map((key) => key.decodeText()) ?? ['N'];
      return keys.length === 1 && keys[0] === 'N'
        ? []
        : [{ message: `The appearance dictionary has ${keys.join(', ')} instead of only N.`, object: label }];
    }),
  ),
  defineRule('6.3.3', 3, "A button widget's normal appearance is an appearance subdictionary.", (context) =>
    annotations(context).flatMap(({ dict, label }) => {
      const found = normalAppearance(dict);
      if (!found?.normal || nameEntry(dict, 'Subtype') !== 'Widget' || fieldType(dict) !== 'Btn') return [];
      return found.normal instanceof PDFDict && found.normal.keys().length > 0
        ? []
        : [{ message: "The button widget's N is not an appearance subdictionary.", object: label }];
    }),
  ),
  defineRule('6.3.3', 4, "Other annotations' normal appearance is an appearance stream.", (context) =>
    annotations(context).flatMap(({ dict, label }) => {
      const found = normalAppearance(dict);
      if (!found?.normal || (nameEntry(dict, 'Subtype') === 'Widget' && fieldType(dict) === 'Btn')) return [];
      return found.normal instanceof PDFRawStream
        ? []
        : [{ message: "The annotation's N is not an appearance stream.", object: label }];
    }),
  ),
];
