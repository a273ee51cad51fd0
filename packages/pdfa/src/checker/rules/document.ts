import { PDFArray, type PDFDict, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import type { CheckContext } from '../check-context.js';
import { arrayEntry, asDict, decodeStream, dictEntry, entry, hasKey, textEntry } from '../pdf-values.js';
import { defineRule, type PdfARule } from '../rule.js';

function optionalContentConfigs(context: CheckContext) {
  const properties = dictEntry(context.catalog, 'OCProperties');
  if (!properties) return [];
  const configs = [entry(properties, 'D'), ...(arrayEntry(properties, 'Configs') ?? [])];
  return configs.flatMap((config) => {
    const dict = asDict(config);
    return dict ? [{ dict, label: context.label(dict, 'optional content configuration') }] : [];
  });
}

/** The references listed in an optional content `Order` array, nested arrays included. */
function orderedRefs(context: CheckContext, order: PDFArray, seen = new Set<PDFArray>()): Set<string> {
  const refs = new Set<string>();
  if (seen.has(order)) return refs;
  seen.add(order);
  for (const item of order.asArray()) {
    const value = item instanceof PDFRef ? context.pdf.lookup(item) : item;
    if (value instanceof PDFArray) for (const ref of orderedRefs(context, value, seen)) refs.add(ref);
    else if (item instanceof PDFRef) refs.add(item.toString());
  }
  return refs;
}

function fileSpecs(context: CheckContext) {
  return context.dicts.filter(({ dict }) => hasKey(dict, 'EF'));
}

/** The embedded file stream of a file specification (`/EF /F`). */
function embeddedFile(fileSpec: PDFDict): PDFRawStream | undefined {
  const embedded = dictEntry(fileSpec, 'EF');
  const stream = embedded ? entry(embedded, 'F') : undefined;
  return stream instanceof PDFRawStream ? stream : undefined;
}

/** Whether embedded bytes are a PDF that claims PDF/A-1 or PDF/A-2 in its (unfiltered) XMP. */
function claimsPdfA12(bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes).toString('latin1');
  return text.startsWith('%PDF-') && /pdfaid:part(?:>|\s*=\s*["'])\s*[12]\b/.test(text);
}

/** ISO 19005-2 and -3 6.8 Embedded files (they differ: PDF/A-3 allows any file, associated), 6.9 Optional content, 6.10 Alternate presentations, 6.11 Requirements. */
export const DOCUMENT_RULES: PdfARule[] = [
  defineRule(
    '6.8',
    1,
    'An embedded file stream gives its MIME type (Subtype).',
    (context) =>
      fileSpecs(context).flatMap(({ dict, label }) => {
        const stream = embeddedFile(dict);
        return stream && !hasKey(stream.dict, 'Subtype')
          ? [
              {
                message: 'The embedded file stream has no Subtype (MIME type).',
                object: context.label(stream, label),
              },
            ]
          : [];
      }),
    [3],
  ),
  defineRule('6.8', 2, 'A file specification with EF has F and UF.', (context) =>
    fileSpecs(context).flatMap(({ dict, label }) =>
      hasKey(dict, 'F') && hasKey(dict, 'UF')
        ? []
        : [{ message: 'The file specification of an embedded file lacks F or UF.', object: label }],
    ),
  ),
  defineRule(
    '6.8',
    3,
    'A file specification with EF has AFRelationship.',
    (context) =>
      fileSpecs(context).flatMap(({ dict, label }) =>
        hasKey(dict, 'AFRelationship')
          ? []
          : [{ message: 'The file specification of an embedded file has no AFRelationship.', object: label }],
      ),
    [3],
  ),
  defineRule(
    '6.8',
    4,
    'An embedded file is associated with the document or a part of it (listed in an AF array).',
    (context) => {
      const associated = new Set(
        context.dicts.flatMap(({ dict }) => (arrayEntry(dict, 'AF') ?? []).map((item) => asDict(item))),
      );
      return fileSpecs(context).flatMap(({ dict, label }) =>
        associated.has(dict)
          ? []
          : [
              {
                message: 'The embedded file is not listed in any AF array (catalog, page or object).',
                object: label,
              },
            ],
      );
    },
    [3],
  ),
  defineRule(
    '6.8',
    5,
    'Embedded files are PDF/A-1 or PDF/A-2 files.',
    (context) =>
      fileSpecs(context).flatMap(({ dict, label }) => {
        const stream = embeddedFile(dict);
        const bytes = stream ? decodeStream(stream) : undefined;
        return bytes && claimsPdfA12(bytes)
          ? []
          : [
              {
                message: 'The embedded file is not a PDF/A-1 or PDF/A-2 file (judged by its PDF/A claim).',
                object: label,
              },
            ];
      }),
    [2],
  ),
  defineRule('6.9', 1, 'Optional content configurations have a non-empty Name.', (context) =>
    optionalContentConfigs(context).flatMap(({ dict, label }) =>
      textEntry(dict, 'Name')
        ? []
        : [{ message: 'The optional content configuration has no Name.', object: label }],
    ),
  ),
  defineRule('6.9', 2, 'Optional content configuration names are unique.', (context) => {
    const names = optionalContentConfigs(context).map(({ dict }) => textEntry(dict, 'Name'));
    const duplicates = names.filter((name, index) => name !== undefined && names.indexOf(name) !== index);
    return duplicates.map((name) => ({
      message: `The optional content configuration name "${name}" is used twice.`,
      object: 'OCProperties',
    }));
  }),
  defineRule('6.9', 3, 'An optional content Order array lists every OCG of the file.', (context) => {
    const properties = dictEntry(context.catalog, 'OCProperties');
    const ocgs = properties?.get(PDFName.of('OCGs'));
    const groups = ocgs instanceof PDFRef ? context.pdf.lookup(ocgs) : ocgs;
    if (!(groups instanceof PDFArray)) return [];
    const all = groups.asArray().flatMap((item) => (item instanceof PDFRef ? [item.toString()] : []));
    return optionalContentConfigs(context).flatMap(({ dict, label }) => {
      const order = dict.get(PDFName.of('Order'));
      const array = order instanceof PDFRef ? context.pdf.lookup(order) : order;
      if (!(array instanceof PDFArray)) return [];
      const listed = orderedRefs(context, array);
      const missing = all.filter((ref) => !listed.has(ref));
      return missing.length > 0
        ? [{ message: `The Order array does not list the OCGs ${missing.join(', ')}.`, object: label }]
        : [];
    });
  }),
  defineRule('6.9', 4, 'Optional content configurations have no AS key.', (context) =>
    optionalContentConfigs(context).flatMap(({ dict, label }) =>
      hasKey(dict, 'AS') ? [{ message: 'The optional content configuration has AS.', object: label }] : [],
    ),
  ),
  defineRule('6.10', 1, 'The name dictionary has no AlternatePresentations.', ({ catalog }) => {
    const names = dictEntry(catalog, 'Names');
    return names && hasKey(names, 'AlternatePresentations')
      ? [{ message: 'The name dictionary has AlternatePresentations.', object: 'Names' }]
      : [];
  }),
  defineRule('6.10', 2, 'Pages have no PresSteps.', ({ pages }) =>
    pages.flatMap((page, index) =>
      hasKey(page, 'PresSteps') ? [{ message: 'The page has PresSteps.', object: `page ${index + 1}` }] : [],
    ),
  ),
  defineRule('6.11', 1, 'The catalog has no Requirements.', ({ catalog }) =>
    hasKey(catalog, 'Requirements') ? [{ message: 'The catalog has Requirements.', object: 'catalog' }] : [],
  ),
];
