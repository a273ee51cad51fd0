import { type DossierRows, isBlank, type SheetContext } from './row-cells.js';

/** The dossiers found on one sheet, before they are built. */
export interface SheetGroups {
  context: SheetContext;
  layout: 'document' | 'dossier';
  groups: DossierRows[];
}

const codeOf = (group: DossierRows): string | undefined =>
  isBlank(group.cells.fileCode) ? undefined : String(group.cells.fileCode).normalize('NFC').trim();

/**
 * Joins a sheet of documents to the sheet of their dossiers, as catalogs kept in two tables are
 * (a "Hồ sơ" sheet with one row per dossier, a "Tài liệu" sheet with one row per document, both
 * with "Mã hồ sơ"): documents grouped under a dossier code that has no title on their sheet are
 * moved to the dossier with that code and a title on another sheet. Those groups are taken out of
 * their sheet's list; groups with no such dossier stay, marked `withoutDossierRow` when the catalog
 * has a sheet of dossiers.
 */
export function joinDocumentSheets(sheets: SheetGroups[]): void {
  const titled = new Map<string, { group: DossierRows; sheet: SheetGroups }>();
  for (const sheet of sheets) {
    for (const group of sheet.groups) {
      const code = codeOf(group);
      if (code !== undefined && !isBlank(group.cells.title) && !titled.has(code))
        titled.set(code, { group, sheet });
    }
  }
  const dossierSheets = sheets.filter((sheet) => sheet.layout === 'dossier').length;
  for (const sheet of sheets) {
    if (sheet.layout !== 'document') continue;
    sheet.groups = sheet.groups.filter((group) => {
      const code = codeOf(group);
      const found = code === undefined || !isBlank(group.cells.title) ? undefined : titled.get(code);
      if (!found && code !== undefined && isBlank(group.cells.title) && dossierSheets > 0) {
        group.withoutDossierRow = true;
      }
      if (!found || found.sheet === sheet) return true;
      found.group.documents.push(
        ...group.documents.map((document) => ({ ...document, context: sheet.context })),
      );
      return false;
    });
  }
}
