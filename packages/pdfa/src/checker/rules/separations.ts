import { PDFArray, type PDFObject } from 'pdf-lib';
import type { CheckContext } from '../check-context.js';
import { samePdfObject } from '../pdf-equality.js';
import { arrayEntry, asDict, dictEntry, nameValue, resolveArray } from '../pdf-values.js';
import { defineRule, type PdfARule } from '../rule.js';

/** Process colorants a DeviceN space may name without a Colorants entry (veraPDF's list). */
const PROCESS_COLORANTS = new Set(['Cyan', 'Magenta', 'Yellow', 'Black', 'None']);

interface ColourSpaceArray {
  array: PDFArray;
  label: string;
}

/** Every `[/family …]` array anywhere in the file (resources, images, Indexed bases, Colorants…), each once. */
function colourSpaceArrays(context: CheckContext, family: string): ColourSpaceArray[] {
  const found = new Map<PDFArray, string>();
  context.walkValues((value, label) => {
    if (value instanceof PDFArray && !found.has(value) && nameValue(value.lookup(0)) === family)
      found.set(value, label);
  });
  return [...found].map(([array, label]) => ({ array, label }));
}

function colorantName(array: PDFArray): string | undefined {
  return nameValue(array.lookup(1));
}

/** ISO 19005-2 6.2.4.4: Separation and DeviceN colour spaces. */
export const SEPARATION_RULES: PdfARule[] = [
  defineRule(
    '6.2.4.4',
    1,
    'Every colorant of a DeviceN space other than None and the CMYK process colorants has a Colorants (or Process Components) entry.',
    (context) =>
      colourSpaceArrays(context, 'DeviceN').flatMap(({ array, label }) => {
        const names = array.lookup(1);
        if (!(names instanceof PDFArray)) return [];
        const attributes = asDict(array.lookup(4));
        const defined = new Set<string>();
        const colorants = attributes ? dictEntry(attributes, 'Colorants') : undefined;
        for (const key of colorants?.keys() ?? []) defined.add(key.decodeText());
        const process = attributes ? dictEntry(attributes, 'Process') : undefined;
        for (const component of (process ? arrayEntry(process, 'Components') : undefined) ?? [])
          defined.add(nameValue(component) ?? '');
        const missing = resolveArray(names)
          .flatMap((name: PDFObject) => nameValue(name) ?? [])
          .filter((name) => !PROCESS_COLORANTS.has(name) && !defined.has(name));
        return missing.length > 0
          ? [
              {
                message: `The DeviceN colorants ${missing.join(', ')} have no entry in its Colorants dictionary.`,
                messageVi: `Các màu ${missing.join(', ')} của không gian DeviceN không có trong từ điển Colorants.`,
                object: label,
              },
            ]
          : [];
      }),
  ),
  defineRule(
    '6.2.4.4',
    2,
    'Separation spaces with the same colorant name have the same alternate space and tint transform.',
    (context) => {
      const first = new Map<string, ColourSpaceArray>();
      const reported = new Set<string>();
      return colourSpaceArrays(context, 'Separation').flatMap((space) => {
        const name = colorantName(space.array);
        if (name === undefined || name === 'All' || name === 'None' || reported.has(name)) return [];
        const earlier = first.get(name);
        if (!earlier) {
          first.set(name, space);
          return [];
        }
        const same =
          samePdfObject(context.pdf, earlier.array.get(2), space.array.get(2)) &&
          samePdfObject(context.pdf, earlier.array.get(3), space.array.get(3));
        if (same) return [];
        reported.add(name);
        return [
          {
            message: `The Separation colorant ${name} has a different alternate space or tint transform here than in ${earlier.label}.`,
            messageVi: `Màu pha ${name} có không gian thay thế hoặc hàm chuyển đổi khác với ở ${earlier.label}.`,
            object: space.label,
          },
        ];
      });
    },
  ),
];
