import { PDFArray, PDFDict, PDFRawStream } from 'pdf-lib';
import type { CheckContext, DictRecord } from '../check-context.js';
import {
  arrayEntry,
  asDict,
  dictEntry,
  entry,
  hasKey,
  nameEntry,
  nameValue,
  numberEntry,
  resolveArray,
} from '../pdf-values.js';
import { defineRule, type PdfARule } from '../rule.js';

const BLEND_MODES = new Set(
  'Normal Compatible Multiply Screen Overlay Darken Lighten ColorDodge ColorBurn HardLight SoftLight Difference Exclusion Hue Saturation Color Luminosity'.split(
    ' ',
  ),
);
/** The process colorants whose halftones take no TransferFunction (ISO 32000-1 Table 130). */
const PRIMARIES = new Set(['Cyan', 'Magenta', 'Yellow', 'Black']);
const RENDERING_INTENTS = new Set([
  'RelativeColorimetric',
  'AbsoluteColorimetric',
  'Perceptual',
  'Saturation',
]);

/**
 * ExtGState dictionaries: those with Type /ExtGState, found in a resources' ExtGState dictionary, or
 * the ExtGState of a shading pattern (PatternType 2, whose `ExtGState` is the state itself).
 */
const EXT_G_STATES = new WeakMap<CheckContext, DictRecord[]>();

function extGStates(context: CheckContext): DictRecord[] {
  const known = EXT_G_STATES.get(context);
  if (known) return known;
  const states = new Set<PDFDict>();
  for (const { dict } of context.dicts) {
    if (numberEntry(dict, 'PatternType') !== 2) continue;
    const state = dictEntry(dict, 'ExtGState');
    if (state) states.add(state);
  }
  for (const { dict } of context.dictsUnder('ExtGState')) {
    if (states.has(dict)) continue;
    for (const value of dict.values()) {
      const state = asDict(value instanceof PDFDict ? value : context.pdf.lookup(value));
      if (state) states.add(state);
    }
  }
  const found = context.dicts.filter(
    ({ dict }) => nameEntry(dict, 'Type') === 'ExtGState' || states.has(dict),
  );
  EXT_G_STATES.set(context, found);
  return found;
}

function halftones(context: CheckContext): DictRecord[] {
  return context.dicts.filter(({ dict, keys }) => keys.has('HT') || hasKey(dict, 'HalftoneType'));
}

function blendModes(state: PDFDict): string[] {
  const value = entry(state, 'BM');
  if (value instanceof PDFArray) return resolveArray(value).flatMap((item) => nameValue(item) ?? []);
  const name = nameValue(value);
  return name ? [name] : [];
}

/**
 * The blend mode veraPDF's `GFPDExtGState` judges for 6.2.10-1 (its `CosBM`): `BM` when it is a
 * name; for an array, its first name only (the mode a reader falls back from), as veraPDF does for
 * PDF/A-1 to -3.
 */
function judgedBlendMode(state: PDFDict): string | undefined {
  const value = entry(state, 'BM');
  if (value instanceof PDFArray) return resolveArray(value).flatMap((item) => nameValue(item) ?? [])[0];
  return nameValue(value);
}

function isTransparentState(state: PDFDict): boolean {
  const softMask = entry(state, 'SMask');
  return (
    (softMask !== undefined && nameValue(softMask) !== 'None') ||
    (numberEntry(state, 'CA') ?? 1) < 1 ||
    (numberEntry(state, 'ca') ?? 1) < 1 ||
    blendModes(state).some((mode) => mode !== 'Normal' && mode !== 'Compatible')
  );
}

/** The values of a resource category (`XObject`, `Pattern`…) resolved to dictionaries. */
function resourceDicts(resources: PDFDict, category: string): PDFDict[] {
  const group = dictEntry(resources, category);
  return [...(group?.values() ?? [])].flatMap((value) => asDict(resources.context.lookup(value)) ?? []);
}

/**
 * Whether a stream (a form, pattern, Type 3 glyph or appearance) with these resources can paint
 * transparently: a transparent ExtGState (soft mask, constant alpha below 1, a blend mode other than
 * Normal/Compatible), an image with a soft mask (SMask, or SMaskInData in JPEG 2000), a transparency
 * group, anywhere in its forms, patterns and Type 3 fonts.
 */
function hasTransparency(resources: PDFDict | undefined, seen = new Set<PDFDict>()): boolean {
  if (!resources || seen.has(resources)) return false;
  seen.add(resources);
  if (resourceDicts(resources, 'ExtGState').some(isTransparentState)) return true;
  for (const xobject of resourceDicts(resources, 'XObject')) {
    const group = dictEntry(xobject, 'Group');
    if (hasKey(xobject, 'SMask') || (numberEntry(xobject, 'SMaskInData') ?? 0) > 0) return true;
    if (group && nameEntry(group, 'S') === 'Transparency') return true;
    if (hasTransparency(dictEntry(xobject, 'Resources'), seen)) return true;
  }
  for (const pattern of resourceDicts(resources, 'Pattern')) {
    const state = dictEntry(pattern, 'ExtGState');
    if (state && isTransparentState(state)) return true;
    if (hasTransparency(dictEntry(pattern, 'Resources'), seen)) return true;
  }
  return resourceDicts(resources, 'Font').some((font) => hasTransparency(dictEntry(font, 'Resources'), seen));
}

/** Whether a page, its inherited resources or its annotations' appearances can paint transparently. */
function pageHasTransparency(page: PDFDict): boolean {
  let resources: PDFDict | undefined;
  for (let node: PDFDict | undefined = page, depth = 0; node && !resources && depth < 64; depth++) {
    resources = dictEntry(node, 'Resources');
    node = dictEntry(node, 'Parent');
  }
  const seen = new Set<PDFDict>();
  if (hasTransparency(resources, seen)) return true;
  for (const annotation of arrayEntry(page, 'Annots') ?? []) {
    const dict = asDict(annotation);
    const appearances = dict ? dictEntry(dict, 'AP') : undefined;
    for (const value of appearances?.values() ?? []) {
      const appearance = page.context.lookup(value);
      const streams =
        appearance instanceof PDFRawStream ? [appearance.dict] : resourceStreams(asDict(appearance));
      for (const stream of streams) {
        const group = dictEntry(stream, 'Group');
        if (group && nameEntry(group, 'S') === 'Transparency') return true;
        if (hasTransparency(dictEntry(stream, 'Resources'), seen)) return true;
      }
    }
  }
  return false;
}

/** The appearance streams of an appearance subdictionary (one per appearance state). */
function resourceStreams(states: PDFDict | undefined): PDFDict[] {
  if (!states) return [];
  return [...states.values()].flatMap((value) => asDict(states.context.lookup(value)) ?? []);
}

/** ISO 19005-2 6.2.5 Extended graphics state, 6.2.6 Rendering intents and 6.2.10 Transparency. */
export const GRAPHICS_STATE_RULES: PdfARule[] = [
  defineRule('6.2.5', 1, 'An ExtGState has no TR key.', (context) =>
    extGStates(context).flatMap(({ dict, label }) =>
      hasKey(dict, 'TR')
        ? [
            {
              message: 'An ExtGState has a transfer function (TR).',
              messageVi: 'Trạng thái đồ họa (ExtGState) có hàm truyền TR.',
              object: label,
            },
          ]
        : [],
    ),
  ),
  defineRule('6.2.5', 2, 'An ExtGState has no TR2 key other than Default.', (context) =>
    extGStates(context).flatMap(({ dict, label }) =>
      hasKey(dict, 'TR2') && nameEntry(dict, 'TR2') !== 'Default'
        ? [
            {
              message: 'An ExtGState has TR2 other than /Default.',
              messageVi: 'Trạng thái đồ họa (ExtGState) có TR2 khác /Default.',
              object: label,
            },
          ]
        : [],
    ),
  ),
  defineRule('6.2.5', 3, 'An ExtGState has no HTP key.', (context) =>
    extGStates(context).flatMap(({ dict, label }) =>
      hasKey(dict, 'HTP')
        ? [
            {
              message: 'An ExtGState has HTP.',
              messageVi: 'Trạng thái đồ họa (ExtGState) có khóa HTP.',
              object: label,
            },
          ]
        : [],
    ),
  ),
  defineRule('6.2.5', 4, 'Halftones have HalftoneType 1 or 5.', (context) =>
    halftones(context).flatMap(({ dict, label }) => {
      const type = numberEntry(dict, 'HalftoneType');
      return type === 1 || type === 5
        ? []
        : [
            {
              message: `A halftone has HalftoneType ${type ?? 'missing'}, not 1 or 5.`,
              messageVi: `Halftone có HalftoneType ${type ?? 'không có'}, không phải 1 hoặc 5.`,
              object: label,
            },
          ];
    }),
  ),
  defineRule('6.2.5', 5, 'Halftones have no HalftoneName.', (context) =>
    halftones(context).flatMap(({ dict, label }) =>
      hasKey(dict, 'HalftoneName')
        ? [
            {
              message: 'A halftone has HalftoneName.',
              messageVi: 'Halftone có khóa HalftoneName.',
              object: label,
            },
          ]
        : [],
    ),
  ),
  defineRule(
    '6.2.5',
    6,
    'A halftone has a TransferFunction only for a colorant other than the primaries (in a type 5 halftone).',
    (context) => {
      // the colorant each halftone of a type 5 halftone is given for (Default has no rule)
      const colorants = new Map<PDFDict, string>();
      for (const { dict } of halftones(context)) {
        if (numberEntry(dict, 'HalftoneType') !== 5) continue;
        for (const [key, value] of dict.entries()) {
          const component = asDict(dict.context.lookup(value));
          if (component && hasKey(component, 'HalftoneType')) colorants.set(component, key.decodeText());
        }
      }
      return halftones(context).flatMap(({ dict, label }) => {
        if (numberEntry(dict, 'HalftoneType') === 5) return [];
        const colorant = colorants.get(dict);
        if (colorant === 'Default') return [];
        const primary = colorant === undefined || PRIMARIES.has(colorant);
        const has = hasKey(dict, 'TransferFunction');
        if (primary !== has) return [];
        return [
          {
            message: primary
              ? `A halftone for ${colorant ?? 'the device'} has a TransferFunction.`
              : `The halftone for the colorant ${colorant} has no TransferFunction.`,
            messageVi: primary
              ? `Halftone cho ${colorant ?? 'thiết bị'} có TransferFunction.`
              : `Halftone cho màu ${colorant} không có TransferFunction.`,
            object: label,
          },
        ];
      });
    },
  ),
  defineRule(
    '6.2.6',
    1,
    'Rendering intents are RelativeColorimetric, AbsoluteColorimetric, Perceptual or Saturation.',
    (context) => {
      const finding = (intent: string, object: string) => ({
        message: `The rendering intent ${intent} is not one of RelativeColorimetric, AbsoluteColorimetric, Perceptual, Saturation.`,
        messageVi: `Ý định kết xuất ${intent} không thuộc RelativeColorimetric, AbsoluteColorimetric, Perceptual, Saturation.`,
        object,
      });
      // veraPDF's CosRenderingIntent: an ExtGState's RI, an image XObject's Intent (not an optional
      // content group's Intent, /View or /Design), an inline image's Intent, the ri operator
      const fromDicts = context.dicts.flatMap(({ dict, label }) => {
        const intents = [nameEntry(dict, 'RI')];
        if (nameEntry(dict, 'Subtype') === 'Image') intents.push(nameEntry(dict, 'Intent'));
        return intents.flatMap((intent) =>
          intent !== undefined && !RENDERING_INTENTS.has(intent) ? [finding(intent, label)] : [],
        );
      });
      const fromInline = context.content.inlineImages.flatMap(({ parameters, object }) => {
        const intent = parameters.get('Intent');
        const name =
          typeof intent === 'object' && intent !== null && 'name' in intent ? intent.name : undefined;
        return name && !RENDERING_INTENTS.has(name) ? [finding(name, object)] : [];
      });
      const fromContent = context.content.renderingIntents
        .filter(({ intent }) => !RENDERING_INTENTS.has(intent))
        .map(({ intent, object }) => finding(intent, object));
      return [...fromDicts, ...fromInline, ...fromContent];
    },
  ),
  defineRule('6.2.10', 1, 'Blend modes are those of ISO 32000-1.', (context) =>
    extGStates(context).flatMap(({ dict, label }) => {
      const mode = judgedBlendMode(dict);
      return mode === undefined || BLEND_MODES.has(mode)
        ? []
        : [
            {
              message: `The blend mode ${mode} is not defined in ISO 32000-1.`,
              messageVi: `Chế độ hòa trộn ${mode} không có trong ISO 32000-1.`,
              object: label,
            },
          ];
    }),
  ),
  defineRule(
    '6.2.10',
    2,
    'Without a PDF/A output intent, pages with transparency have a Group with CS.',
    (context) => {
      if (context.outputColourSpace !== undefined) return [];
      return context.pages.flatMap((page, index) => {
        const group = dictEntry(page, 'Group');
        if (group && hasKey(group, 'CS')) return [];
        return pageHasTransparency(page)
          ? [
              {
                message: 'The page uses transparency but has no output intent and no group colour space.',
                messageVi:
                  'Trang có đối tượng trong suốt nhưng tệp không có output intent PDF/A và nhóm trang (Group) không có CS.',
                object: `page ${index + 1}`,
              },
            ]
          : [];
      });
    },
  ),
];
