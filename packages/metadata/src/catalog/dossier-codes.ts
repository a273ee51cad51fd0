import { buildFileCode } from '../identifiers/dossier-code.js';
import { buildPaperFileCode } from '../identifiers/paper-file-code.js';
import { closestName } from '../legacy/closest-name.js';
import { foldVietnamese } from '../legacy/fold-vietnamese.js';
import type { CatalogColumn } from './catalog-columns.js';
import type { Derivation, DerivationSource, ImportCatalogOptions } from './catalog-import-types.js';
import type { CatalogNotices } from './catalog-notices.js';
import {
  cellSource,
  type DossierRows,
  indexOf,
  isBlank,
  optionSource,
  type SheetContext,
} from './row-cells.js';

/** Headings named when a column is missing (the TT05 template's spelling). */
const HEADINGS: Partial<Record<CatalogColumn, string>> = {
  notation: 'Số và ký hiệu hồ sơ',
  box: 'Hộp số',
};

interface CodeContext {
  context: SheetContext;
  group: DossierRows;
  options: ImportCatalogOptions;
  notices: CatalogNotices;
  derivations: Derivation[];
}

function source(code: CodeContext, column: CatalogColumn): DerivationSource {
  const { group } = code;
  return cellSource(code.context, group.rowOf[column] ?? group.row, column, group.cells[column]);
}

/** Who formed the dossier: the `creator` option, the "Mã phông" cell, or the "Phông" name through `fondCodes`. */
function creatorOf(code: CodeContext): { value: string; from: DerivationSource[] } | undefined {
  const { options, group } = code;
  if (options.creator) return { value: options.creator, from: [optionSource('creator', options.creator)] };
  const fondCode = group.cells.fondCode;
  if (!isBlank(fondCode)) return { value: String(fondCode).trim(), from: [source(code, 'fondCode')] };
  const fondName = group.cells.fondName;
  if (isBlank(fondName) || !options.fondCodes) return undefined;
  const names = new Map(
    Object.entries(options.fondCodes).map(([name, value]) => [foldVietnamese(name), value]),
  );
  const value = closestName(foldVietnamese(String(fondName)), names);
  return value === undefined
    ? undefined
    : { value, from: [source(code, 'fondName'), optionSource('fondCodes', value)] };
}

/** The year the dossier was formed: the "Năm hình thành" cell, else the year of the start date. */
function yearOf(
  code: CodeContext,
  startDate: unknown,
): { value: string; from: DerivationSource[] } | undefined {
  const cell = code.group.cells.year;
  if (!isBlank(cell)) return { value: String(cell).trim(), from: [source(code, 'year')] };
  const year = typeof startDate === 'string' ? /(\d{4})$/.exec(startDate)?.[1] : undefined;
  if (!year) return undefined;
  const started = code.derivations.find((derivation) => derivation.field === 'startDate');
  return { value: year, from: started?.from ?? [source(code, 'startDate')] };
}

/**
 * Builds the dossier codes the catalog does not give, as Thông tư 05/2025 composes them (standards
 * reference §3.6): `fileCode` = creator + year + dossier number and symbol; with `aip`, the
 * dossier code ends with the catalog number, if any (see {@link addCatalogNumber}), and
 * `arcFileCode` = archive code + that code; `paperFileCode` = archive
 * code + storeroom-shelf-box + dossier number, when the catalog locates the paper dossier. Each is a
 * derivation `parts`. What is missing for the whole catalog (an option, a column) goes to `notices`.
 */
export function buildDossierCodes(code: CodeContext, input: Record<string, unknown>, aip: boolean): void {
  const { group, options, notices, derivations, context } = code;
  const where = { sheet: context.sheet, row: group.row };
  const notation = isBlank(group.cells.notation) ? undefined : String(group.cells.notation).trim();
  if (input.fileCode === undefined) {
    const creator = creatorOf(code);
    const year = yearOf(code, input.startDate);
    if (notation === undefined) {
      if (indexOf(context.header, 'notation') === undefined)
        notices.need('fileCode', 'column', HEADINGS.notation as string, where);
    } else if (!creator) {
      const named = !isBlank(group.cells.fondName) && options.fondCodes;
      notices.need('fileCode', 'option', named ? 'fondCodes' : 'creator', where);
    } else if (year && /^\d{4}$/.test(year.value)) {
      const value = buildFileCode({ creator: creator.value, year: year.value, notation });
      input.fileCode = value;
      derivations.push({
        field: 'fileCode',
        value,
        how: 'parts',
        from: [...creator.from, ...year.from, source(code, 'notation')],
      });
    }
  }
  if (aip && typeof input.fileCode === 'string') {
    addCatalogNumber(code, input);
    if (!options.archiveCode) {
      notices.need('arcFileCode', 'option', 'archiveCode', where);
    } else {
      const value = [options.archiveCode, input.fileCode].join('.');
      input.arcFileCode = value;
      const fileCodeFrom = derivations.find((derivation) => derivation.field === 'fileCode')?.from ?? [
        source(code, 'fileCode'),
      ];
      derivations.push({
        field: 'arcFileCode',
        value,
        how: 'parts',
        from: [optionSource('archiveCode', options.archiveCode), ...fileCodeFrom],
      });
    }
  }
  buildPaperCode(code, input, notation);
}

/**
 * An AIP's dossier code (mã hồ sơ) ends with the catalog number (mục lục số), from the "Mục lục"
 * cell or the `catalogNumber` option, when there is one (Thông tư 05/2025, standards reference
 * §3.6): `arcFileCode` is the archive code + that code, and the documents' `docCode` and file
 * names follow it. The `fileCode` derivation gains the catalog number's source (one is added for a
 * code the catalog gives).
 */
function addCatalogNumber(code: CodeContext, input: Record<string, unknown>): void {
  const { group, options, derivations } = code;
  const cell = group.cells.catalogNumber;
  const catalog = isBlank(cell) ? options.catalogNumber?.trim() : String(cell).trim();
  if (!catalog) return;
  const value = [input.fileCode, catalog].join('.');
  input.fileCode = value;
  const from = isBlank(cell) ? optionSource('catalogNumber', catalog) : source(code, 'catalogNumber');
  const built = derivations.find((derivation) => derivation.field === 'fileCode');
  if (built) {
    built.value = value;
    built.from.push(from);
  } else {
    derivations.push({ field: 'fileCode', value, how: 'parts', from: [source(code, 'fileCode'), from] });
  }
}

function buildPaperCode(
  code: CodeContext,
  input: Record<string, unknown>,
  notation: string | undefined,
): void {
  const { group, options, notices, derivations, context } = code;
  if (input.paperFileCode !== undefined) return;
  const where = { sheet: context.sheet, row: group.row };
  const required = input.confidenceLevel === '02';
  const located = (['storeroom', 'shelf', 'box'] as const).filter((column) => !isBlank(group.cells[column]));
  if (located.length === 0 || notation === undefined) {
    if (required && indexOf(context.header, 'box') === undefined) {
      notices.need('paperFileCode', 'column', HEADINGS.box as string, where);
    }
    return;
  }
  if (!options.archiveCode || options.archiveCode.includes('.')) {
    notices.need('paperFileCode', 'option', 'archiveCode', where, required ? 'error' : 'warning');
    return;
  }
  const location = located.map((column) => String(group.cells[column]).trim()).join('-');
  const value = buildPaperFileCode({ archiveCode: options.archiveCode, location, paperNumber: notation });
  input.paperFileCode = value;
  derivations.push({
    field: 'paperFileCode',
    value,
    how: 'parts',
    from: [
      optionSource('archiveCode', options.archiveCode),
      ...located.map((column) => source(code, column)),
      source(code, 'notation'),
    ],
  });
}
