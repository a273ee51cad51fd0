import { PDFArray, PDFName, type PDFObject, PDFRawStream, PDFRef } from 'pdf-lib';
import type { CheckContext } from '../check-context.js';
import { readIccHeader } from '../icc-header.js';
import {
  arrayEntry,
  asDict,
  decodeStream,
  dictEntry,
  entry,
  hasKey,
  nameEntry,
  nameValue,
} from '../pdf-values.js';
import { defineRule, type PdfARule } from '../rule.js';

const DEVICE_NEEDS: Record<string, (outputSpace: string | undefined) => boolean> = {
  DeviceRGB: (space) => space === 'RGB ',
  DeviceCMYK: (space) => space === 'CMYK',
  DeviceGray: (space) => space !== undefined,
};

/** What is wrong with a profile's header for veraPDF's test (class, colour space, version < 5), if anything. */
function profileProblem(
  stream: PDFRawStream,
  classes: string[],
  spaces: string[],
): { en: string; vi: string } | undefined {
  const bytes = decodeStream(stream);
  if (!bytes) return { en: 'the stream cannot be decoded.', vi: 'không giải mã được luồng.' };
  const { deviceClass, colorSpace, version } = readIccHeader(bytes);
  const shown = (value: string | undefined, vi = false) =>
    value === undefined ? (vi ? 'không có' : 'missing') : `"${value}"`;
  if (deviceClass === undefined || !classes.includes(deviceClass))
    return {
      en: `the profile class is ${shown(deviceClass)}, not ${classes.join('/')}.`,
      vi: `lớp hồ sơ là ${shown(deviceClass, true)}, không phải ${classes.join('/')}.`,
    };
  if (colorSpace === undefined || !spaces.includes(colorSpace))
    return {
      en: `the profile colour space is ${shown(colorSpace)}, not ${spaces.map((space) => space.trim()).join('/')}.`,
      vi: `không gian màu của hồ sơ là ${shown(colorSpace, true)}, không phải ${spaces.map((space) => space.trim()).join('/')}.`,
    };
  if (version === undefined || version >= 5)
    return {
      en: `the profile version is ${version ?? 'missing'}; it must be below 5.`,
      vi: `phiên bản hồ sơ là ${version ?? 'không có'}; phải nhỏ hơn 5.`,
    };
  return undefined;
}

function outputIntents(context: CheckContext) {
  return (arrayEntry(context.catalog, 'OutputIntents') ?? []).flatMap((intent) => {
    const dict = asDict(intent);
    return dict ? [{ dict, label: context.label(intent, 'output intent') }] : [];
  });
}

/**
 * Every colour-space array `[/X …]` found in a dictionary value, also nested in other colour-space
 * arrays (the base of `[/Indexed [/ICCBased …] …]`, a Separation's alternate), with the object holding it.
 */
function colourSpaceArrays(context: CheckContext, family: string): { array: PDFArray; label: string }[] {
  const found: { array: PDFArray; label: string }[] = [];
  const visit = (value: PDFObject | undefined, label: string, depth: number): void => {
    const resolved = value instanceof PDFRef ? context.pdf.lookup(value) : value;
    if (!(resolved instanceof PDFArray) || depth > 8) return;
    if (nameValue(resolved.lookup(0)) === family) found.push({ array: resolved, label });
    else if (depth > 0 || resolved.size() <= 5)
      for (const item of resolved.asArray()) visit(item, label, depth + 1);
  };
  for (const { dict, label } of context.dicts) for (const value of dict.values()) visit(value, label, 0);
  return found;
}

/** Transparency groups (of pages and form XObjects) whose blending colour space `CS` is a device one without its `Default…` space. */
function groupDeviceSpaces(context: CheckContext): { space: string; object: string }[] {
  const owners = [
    ...context.pages.map((page) => ({ dict: page, resources: context.pageResources(page) })),
    ...context.dicts.flatMap(({ dict, stream }) =>
      stream && nameEntry(dict, 'Subtype') === 'Form'
        ? [{ dict, resources: dictEntry(dict, 'Resources') }]
        : [],
    ),
  ];
  return owners.flatMap(({ dict, resources }) => {
    const group = dictEntry(dict, 'Group');
    const space = group ? nameValue(entry(group, 'CS')) : undefined;
    if (!group || !space || !(space in DEVICE_NEEDS)) return [];
    const defaults = resources ? dictEntry(resources, 'ColorSpace') : undefined;
    if (defaults && entry(defaults, space.replace('Device', 'Default')) !== undefined) return [];
    return [{ space, object: context.label(dict, 'transparency group') }];
  });
}

function deviceRule(test: number, space: string, label: string): PdfARule {
  return defineRule(
    '6.2.4.3',
    test,
    `${space} is used only with a matching PDF/A output intent or Default colour space.`,
    (context) => {
      const uses = [
        ...context.content.deviceColours.filter((use) => use.space === space && !use.hasDefault),
        ...groupDeviceSpaces(context).filter((use) => use.space === space),
      ];
      const allowed = DEVICE_NEEDS[space]?.(context.outputColourSpace) ?? false;
      if (allowed) return [];
      const seen = new Set<string>();
      return uses.flatMap(({ object }) => {
        if (seen.has(object)) return [];
        seen.add(object);
        return [{ message: `${space} is used without ${label}.`, object }];
      });
    },
  );
}

/** ISO 19005-2 6.2.3 Output intent and 6.2.4 Colour spaces. */
export const COLOUR_RULES: PdfARule[] = [
  defineRule(
    '6.2.3',
    1,
    'A DestOutputProfile is an ICC output (prtr) or monitor (mntr) profile in GRAY, RGB or CMYK, version < 5.',
    (context) =>
      outputIntents(context).flatMap(({ dict, label }) => {
        const profile = entry(dict, 'DestOutputProfile');
        if (!(profile instanceof PDFRawStream)) return [];
        const problem = profileProblem(profile, ['prtr', 'mntr'], ['GRAY', 'RGB ', 'CMYK']);
        return problem
          ? [
              {
                message: `The output intent's ICC profile is not valid: ${problem.en}`,
                messageVi: `Hồ sơ ICC của output intent không hợp lệ: ${problem.vi}`,
                object: context.label(profile, label),
              },
            ]
          : [];
      }),
  ),
  defineRule(
    '6.2.3',
    2,
    'All output intents with a DestOutputProfile share the same profile object.',
    (context) => {
      const profiles = new Set(
        outputIntents(context).flatMap(({ dict }) => {
          const value = dict.get(PDFName.of('DestOutputProfile'));
          return value ? [value instanceof PDFRef ? value.toString() : value] : [];
        }),
      );
      return profiles.size > 1
        ? [{ message: 'Output intents carry different destination profiles.', object: 'OutputIntents' }]
        : [];
    },
  ),
  defineRule('6.2.3', 3, 'A PDF/X output intent has no DestOutputProfileRef.', (context) =>
    outputIntents(context).flatMap(({ dict, label }) =>
      nameEntry(dict, 'S') === 'GTS_PDFX' && hasKey(dict, 'DestOutputProfileRef')
        ? [{ message: 'A GTS_PDFX output intent has DestOutputProfileRef.', object: label }]
        : [],
    ),
  ),
  defineRule(
    '6.2.4.2',
    1,
    'ICCBased colour spaces embed an ICC profile of class prtr, mntr, scnr or spac, in GRAY, RGB, CMYK or Lab, version < 5.',
    (context) => {
      const seen = new Set<PDFRawStream>();
      return colourSpaceArrays(context, 'ICCBased').flatMap(({ array, label }) => {
        const stream = array.lookup(1);
        if (!(stream instanceof PDFRawStream) || seen.has(stream)) return [];
        seen.add(stream);
        const problem = profileProblem(
          stream,
          ['prtr', 'mntr', 'scnr', 'spac'],
          ['GRAY', 'RGB ', 'CMYK', 'Lab '],
        );
        return problem
          ? [
              {
                message: `The ICC profile of an ICCBased colour space is not valid: ${problem.en}`,
                messageVi: `Hồ sơ ICC của không gian màu ICCBased không hợp lệ: ${problem.vi}`,
                object: context.label(stream, label),
              },
            ]
          : [];
      });
    },
  ),
  defineRule(
    '6.2.4.2',
    2,
    'OPM is 0 when an ICCBased CMYK colour space paints with overprinting on.',
    (context) =>
      context.content.cmykOverprint.map(({ object, stroke }) => ({
        message: `An ICCBased CMYK colour space ${stroke ? 'strokes' : 'fills'} with overprinting on and OPM 1.`,
        messageVi: `Không gian màu ICCBased CMYK ${stroke ? 'vẽ nét' : 'tô'} khi bật in chồng (overprint) với OPM 1.`,
        object,
      })),
  ),
  deviceRule(2, 'DeviceRGB', 'an RGB PDF/A output intent'),
  deviceRule(3, 'DeviceCMYK', 'a CMYK PDF/A output intent'),
  deviceRule(4, 'DeviceGray', 'a PDF/A output intent'),
];
