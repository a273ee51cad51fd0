import type { PDFDict } from 'pdf-lib';
import type { CheckContext, DictRecord } from '../check-context.js';
import { arrayEntry, asDict, booleanEntry, dictEntry, entry, hasKey, nameEntry } from '../pdf-values.js';
import { defineRule, type PdfARule } from '../rule.js';
import { annotations } from './annotations.js';

const ALLOWED_ACTIONS = new Set(['GoTo', 'GoToR', 'GoToE', 'Thread', 'URI', 'Named', 'SubmitForm']);
const ALLOWED_NAMED = new Set(['NextPage', 'PrevPage', 'FirstPage', 'LastPage']);

/** Action dictionaries: typed /Action, values of A, OpenAction, Next and of AA dictionaries, JavaScript. */
function actions(context: CheckContext): DictRecord[] {
  const inAdditional = new Set<PDFDict>();
  for (const { dict } of context.dictsUnder('AA')) {
    for (const value of dict.values()) {
      const action = asDict(context.pdf.lookup(value));
      if (action) inAdditional.add(action);
    }
  }
  return context.dicts.filter(
    ({ dict, keys }) =>
      hasKey(dict, 'S') &&
      (nameEntry(dict, 'Type') === 'Action' ||
        keys.has('A') ||
        keys.has('OpenAction') ||
        keys.has('Next') ||
        inAdditional.has(dict) ||
        hasKey(dict, 'JS')),
  );
}

function fields(context: CheckContext): { dict: PDFDict; label: string }[] {
  const form = dictEntry(context.catalog, 'AcroForm');
  const found: { dict: PDFDict; label: string }[] = [];
  const visit = (values: ReturnType<typeof arrayEntry>, depth: number) => {
    for (const value of values ?? []) {
      const dict = asDict(value);
      if (!dict || depth > 32) continue;
      found.push({ dict, label: context.label(dict, 'form field') });
      visit(arrayEntry(dict, 'Kids'), depth + 1);
    }
  };
  visit(form ? arrayEntry(form, 'Fields') : undefined, 0);
  return found;
}

/** ISO 19005-2 6.4 Interactive forms and 6.5 Actions. */
export const ACTION_AND_FORM_RULES: PdfARule[] = [
  defineRule('6.4.1', 1, 'Widget annotations have no A or AA.', (context) =>
    annotations(context).flatMap(({ dict, label }) =>
      nameEntry(dict, 'Subtype') === 'Widget' && (hasKey(dict, 'A') || hasKey(dict, 'AA'))
        ? [{ message: 'The widget annotation has an action (A or AA).', object: label }]
        : [],
    ),
  ),
  defineRule('6.4.1', 2, 'Form fields have no AA.', (context) =>
    fields(context).flatMap(({ dict, label }) =>
      hasKey(dict, 'AA') ? [{ message: 'The form field has additional actions (AA).', object: label }] : [],
    ),
  ),
  defineRule('6.4.1', 3, 'NeedAppearances is absent or false.', ({ catalog }) => {
    const form = dictEntry(catalog, 'AcroForm');
    return form && booleanEntry(form, 'NeedAppearances') === true
      ? [{ message: 'The interactive form sets NeedAppearances true.', object: 'AcroForm' }]
      : [];
  }),
  defineRule('6.4.2', 1, 'The interactive form has no XFA.', ({ catalog }) => {
    const form = dictEntry(catalog, 'AcroForm');
    return form && hasKey(form, 'XFA')
      ? [{ message: 'The interactive form has XFA.', object: 'AcroForm' }]
      : [];
  }),
  defineRule('6.4.2', 2, 'The catalog has no NeedsRendering true.', ({ catalog }) =>
    booleanEntry(catalog, 'NeedsRendering') === true
      ? [{ message: 'The catalog sets NeedsRendering.', object: 'catalog' }]
      : [],
  ),
  defineRule(
    '6.5.1',
    1,
    'Only GoTo, GoToR, GoToE, Thread, URI, Named and SubmitForm actions are used.',
    (context) =>
      actions(context).flatMap(({ dict, label }) => {
        const type = nameEntry(dict, 'S') ?? '';
        return ALLOWED_ACTIONS.has(type)
          ? []
          : [{ message: `The ${type || 'untyped'} action is not permitted.`, object: label }];
      }),
  ),
  defineRule('6.5.1', 2, 'Named actions are NextPage, PrevPage, FirstPage or LastPage.', (context) =>
    actions(context).flatMap(({ dict, label }) => {
      const name = nameEntry(dict, 'N');
      return nameEntry(dict, 'S') !== 'Named' || ALLOWED_NAMED.has(name ?? '')
        ? []
        : [{ message: `The named action ${name ?? '(missing)'} is not permitted.`, object: label }];
    }),
  ),
  defineRule('6.5.2', 1, 'The catalog has no AA.', ({ catalog }) =>
    entry(catalog, 'AA') ? [{ message: 'The catalog has additional actions (AA).', object: 'catalog' }] : [],
  ),
  defineRule('6.5.2', 2, 'Pages have no AA.', ({ pages }) =>
    pages.flatMap((page, index) =>
      hasKey(page, 'AA')
        ? [{ message: 'The page has additional actions (AA).', object: `page ${index + 1}` }]
        : [],
    ),
  ),
];
