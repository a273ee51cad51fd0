import type { CheckContext } from '../check-context.js';
import { booleanEntry, hasKey, nameEntry, numberEntry } from '../pdf-values.js';
import { defineRule, type PdfARule } from '../rule.js';

function images(context: CheckContext) {
  return context.dicts.filter(({ dict, stream }) => stream && nameEntry(dict, 'Subtype') === 'Image');
}

function forms(context: CheckContext) {
  return context.dicts.filter(({ dict, stream }) => stream && nameEntry(dict, 'Subtype') === 'Form');
}

/** ISO 19005-2 6.2.2 Content streams, 6.2.8 Images and 6.2.9 XObjects. */
export const XOBJECT_RULES: PdfARule[] = [
  defineRule('6.2.2', 1, 'Content streams use only operators defined in ISO 32000-1.', ({ content }) =>
    content.undefinedOperators.map(({ operator, object }) => ({
      message: `The operator "${operator}" is not defined in ISO 32000-1 (BX/EX do not excuse it).`,
      messageVi: `Toán tử "${operator}" không có trong ISO 32000-1 (kể cả khi nằm giữa BX/EX).`,
      object,
    })),
  ),
  defineRule(
    '6.2.2',
    2,
    'A content stream that uses resources has its own Resources dictionary.',
    ({ content }) =>
      content.inheritedResources.map((object) => ({
        message:
          "The content stream uses named resources but has no Resources dictionary of its own (it would use the page's).",
        messageVi:
          'Luồng nội dung dùng tài nguyên có tên nhưng không có từ điển Resources riêng (phải dựa vào tài nguyên của trang).',
        object,
      })),
  ),
  defineRule('6.2.8', 1, 'Image dictionaries have no Alternates.', (context) =>
    images(context).flatMap(({ dict, label }) =>
      hasKey(dict, 'Alternates') ? [{ message: 'The image has Alternates.', object: label }] : [],
    ),
  ),
  defineRule('6.2.8', 2, 'Image dictionaries have no OPI.', (context) =>
    images(context).flatMap(({ dict, label }) =>
      hasKey(dict, 'OPI') ? [{ message: 'The image has OPI.', object: label }] : [],
    ),
  ),
  defineRule('6.2.8', 3, "Interpolate (and an inline image's I) is false.", (context) => [
    ...images(context).flatMap(({ dict, label }) =>
      booleanEntry(dict, 'Interpolate') === true
        ? [{ message: 'The image has Interpolate true.', object: label }]
        : [],
    ),
    ...context.content.inlineImages.flatMap(({ parameters, object }) =>
      (parameters.get('I') ?? parameters.get('Interpolate')) === true
        ? [{ message: 'An inline image has Interpolate true.', object }]
        : [],
    ),
  ]),
  defineRule('6.2.8', 4, 'BitsPerComponent is 1, 2, 4, 8 or 16.', (context) =>
    images(context).flatMap(({ dict, label }) => {
      const bits = numberEntry(dict, 'BitsPerComponent');
      return bits === undefined || [1, 2, 4, 8, 16].includes(bits)
        ? []
        : [{ message: `The image has BitsPerComponent ${bits}.`, object: label }];
    }),
  ),
  defineRule('6.2.8', 5, 'An image mask has BitsPerComponent 1.', (context) =>
    images(context).flatMap(({ dict, label }) => {
      const bits = numberEntry(dict, 'BitsPerComponent');
      return booleanEntry(dict, 'ImageMask') === true && bits !== undefined && bits !== 1
        ? [{ message: `The image mask has BitsPerComponent ${bits}.`, object: label }]
        : [];
    }),
  ),
  defineRule('6.2.9', 1, 'Form XObjects have no OPI, no PS and no Subtype2 /PS.', (context) =>
    forms(context).flatMap(({ dict, label }) =>
      hasKey(dict, 'OPI') || hasKey(dict, 'PS') || nameEntry(dict, 'Subtype2') === 'PS'
        ? [{ message: 'The form XObject has OPI, PS or Subtype2 /PS.', object: label }]
        : [],
    ),
  ),
  defineRule('6.2.9', 2, 'There are no reference XObjects (Ref in a form XObject).', (context) =>
    forms(context).flatMap(({ dict, label }) =>
      hasKey(dict, 'Ref')
        ? [{ message: 'The form XObject is a reference XObject (Ref).', object: label }]
        : [],
    ),
  ),
  defineRule('6.2.9', 3, 'There are no PostScript XObjects.', (context) =>
    context.dicts.flatMap(({ dict, stream, label }) =>
      stream && nameEntry(dict, 'Subtype') === 'PS'
        ? [{ message: 'The file contains a PostScript XObject.', object: label }]
        : [],
    ),
  ),
];
