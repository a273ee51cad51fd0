import type { CatalogSheet, DerivationSource, ImportedDossier } from '@sohoa/metadata';
import type { WholeDossierSources } from './whole-dossier.js';

/** The catalog column holding each dossier field a whole-dossier document takes. */
const COLUMNS = { totalDoc: 'totalDoc', title: 'title', startDate: 'startDate' } as const;

/**
 * Where the values of a whole-dossier document of a catalog of dossiers come from: the dossier
 * row's cells (or the cells its own value was derived from), and as issuer the body that formed
 * the fond, named in `fondCodes` (fond name → code) for the code the dossier's `fileCode` was built
 * from (the `creator` option, the "Mã phông" cell, or the "Phông" name).
 *
 * @example
 * ```ts
 * const sources = catalogWholeDossierSources(imported, catalog.sheets, { 'Bộ Nội vụ': '000.00.00.G09' });
 * sources.issuer?.name; // 'Bộ Nội vụ'
 * ```
 */
export function catalogWholeDossierSources(
  imported: ImportedDossier,
  sheets: readonly CatalogSheet[],
  fondCodes: Readonly<Record<string, string>> = {},
): WholeDossierSources {
  const sheet = sheets.find((each) => each.name === imported.sheet);
  return {
    describer: 'mục lục',
    of(field) {
      const derived = imported.derivations.find((each) => each.field === field);
      if (derived?.from.length) return derived.from;
      const letter = Object.entries(sheet?.columns ?? {}).find(([, held]) => held === COLUMNS[field])?.[0];
      const heading = sheet?.mapping.find((each) => each.column === letter)?.heading;
      return [
        {
          sheet: imported.sheet,
          row: imported.row,
          ...(letter ? { column: letter } : {}),
          ...(heading ? { heading } : {}),
          value: imported.input[field],
        },
      ];
    },
    issuer: fondOf(imported, sheet, fondCodes),
  };
}

/**
 * The fond a dossier belongs to, by name: the name `fondCodes` gives for the creator code its
 * `fileCode` was built from, with the sources of that code and the option.
 */
function fondOf(
  imported: ImportedDossier,
  sheet: CatalogSheet | undefined,
  fondCodes: Readonly<Record<string, string>>,
): { name: string; from: DerivationSource[] } | undefined {
  const built = imported.derivations.find((each) => each.field === 'fileCode' && each.how === 'parts');
  if (!built) return undefined;
  const option = (name: string) =>
    built.from.find((source) => source.sheet === '(options)' && source.heading === name);
  const fondCodeCell = built.from.find(
    (source) => source.column !== undefined && sheet?.columns[source.column] === 'fondCode',
  );
  const creator = option('fondCodes') ?? option('creator') ?? fondCodeCell;
  if (!creator) return undefined;
  const code = String(creator.value).trim();
  const name = Object.entries(fondCodes).find(([, each]) => each.normalize('NFC').trim() === code)?.[0];
  if (!name) return undefined;
  // The creator's sources come first in fileCode's (a "Phông" name is followed by the code it maps to).
  const head = built.from
    .slice(0, built.from.indexOf(creator) + 1)
    .filter((source) => source !== option('fondCodes'));
  return {
    name: name.normalize('NFC').trim(),
    from: [...head, { sheet: '(options)', row: 0, heading: 'fondCodes', value: name }],
  };
}
