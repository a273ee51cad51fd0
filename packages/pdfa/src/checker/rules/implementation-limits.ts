import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import type { CheckContext } from '../check-context.js';
import { type LimitViolation, numberViolation } from '../operand-limits.js';
import { nameValue } from '../pdf-values.js';
import { defineRule, type PdfARule, type RuleFinding } from '../rule.js';

const PAGE_BOXES = ['MediaBox', 'CropBox', 'BleedBox', 'TrimBox', 'ArtBox'];
const INHERITED_BOXES = new Set(['MediaBox', 'CropBox']);

/**
 * A page boundary as veraPDF's `PDPage` reads it: `MediaBox` and `CropBox` inherited through the
 * page tree (the nearest node that has the key decides; a value that is not an array gives none),
 * the other boxes from the page only.
 */
function pageBox(page: PDFDict, box: string): PDFArray | undefined {
  let node: PDFDict | undefined = page;
  for (let depth = 0; node && depth < 64; depth += 1) {
    const value = node.lookup(PDFName.of(box));
    if (value !== undefined) return value instanceof PDFArray ? value : undefined;
    if (!INHERITED_BOXES.has(box)) return undefined;
    const parent: unknown = node.lookup(PDFName.of('Parent'));
    node = parent instanceof PDFDict ? parent : undefined;
  }
  return undefined;
}

function scalarFindings(context: CheckContext, test: (value: unknown) => string | undefined): RuleFinding[] {
  const findings: RuleFinding[] = [];
  context.walkValues((value, label) => {
    const message = test(value);
    if (message) findings.push({ message, object: label });
  });
  return findings;
}

function byteLength(value: PDFString | PDFHexString): number {
  return value.asBytes().length;
}

/** A limit of numbers, strings or names, checked in objects and in content-stream operands. */
function valueRule(
  test: LimitViolation['test'],
  description: string,
  objectTest: (value: unknown) => string | undefined,
): PdfARule {
  return defineRule('6.1.13', test, description, (context) => [
    ...scalarFindings(context, objectTest),
    ...context.content.limits
      .filter((violation) => violation.test === test)
      .map(({ message, object }) => ({ message, object })),
  ]);
}

function numberMessage(value: unknown, test: LimitViolation['test']): string | undefined {
  if (!(value instanceof PDFNumber)) return undefined;
  const violation = numberViolation(value.asNumber());
  return violation?.test === test ? violation.message : undefined;
}

/** ISO 19005-2 6.1.13 Implementation limits. */
export const IMPLEMENTATION_LIMIT_RULES: PdfARule[] = [
  valueRule(1, 'Integers lie in -2147483648..2147483647.', (value) => numberMessage(value, 1)),
  valueRule(2, 'Reals lie within ±3.403 × 10^38.', (value) => numberMessage(value, 2)),
  valueRule(3, 'Strings are at most 32767 bytes.', (value) =>
    (value instanceof PDFString || value instanceof PDFHexString) && byteLength(value) > 32767
      ? `A string is ${byteLength(value)} bytes long.`
      : undefined,
  ),
  valueRule(4, 'Names are at most 127 bytes.', (value) =>
    value instanceof PDFName && value.decodeText().length > 127
      ? `The name ${value.asString().slice(0, 40)}… is longer than 127 bytes.`
      : undefined,
  ),
  valueRule(5, 'Non-zero reals are not closer to zero than ±1.175 × 10^-38.', (value) =>
    numberMessage(value, 5),
  ),
  defineRule('6.1.13', 7, 'There are at most 8388607 indirect objects.', ({ pdf }) => {
    const count = pdf.enumerateIndirectObjects().length;
    return count > 8388607
      ? [{ message: `The file has ${count} indirect objects.`, object: 'document' }]
      : [];
  }),
  defineRule('6.1.13', 8, 'q/Q pairs nest at most 28 levels.', ({ content }) =>
    content.nesting
      .filter(({ depth }) => depth > 28)
      .map(({ depth, object }) => ({ message: `Graphics states are nested ${depth} levels deep.`, object })),
  ),
  defineRule('6.1.13', 9, 'DeviceN colour spaces have at most 32 colourants.', (context) =>
    scalarFindings(context, (value) => {
      const names =
        value instanceof PDFArray && nameValue(value.lookup(0)) === 'DeviceN' ? value.lookup(1) : undefined;
      return names instanceof PDFArray && names.size() > 32
        ? `A DeviceN colour space has ${names.size()} colourants.`
        : undefined;
    }),
  ),
  defineRule('6.1.13', 11, 'Page boundaries are 3 to 14400 units in each direction.', ({ pages }) =>
    pages.flatMap((page, index) =>
      PAGE_BOXES.flatMap((box) => {
        const array = pageBox(page, box);
        if (!array) return [];
        // veraPDF's CosBBox: the first four entries as they stand (a missing or non-number entry
        // is null, 0 in the test's arithmetic), differences not made absolute.
        const [left = 0, bottom = 0, right = 0, top = 0] = [0, 1, 2, 3].map((position) => {
          const item = array.lookup(position);
          return item instanceof PDFNumber ? item.asNumber() : 0;
        });
        const width = right - left;
        const height = top - bottom;
        return width < 3 || width > 14400 || height < 3 || height > 14400
          ? [{ message: `The ${box} is ${width} × ${height} units.`, object: `page ${index + 1}` }]
          : [];
      }),
    ),
  ),
];
