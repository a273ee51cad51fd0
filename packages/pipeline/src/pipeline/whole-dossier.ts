import { type Bilingual, SohoaError } from '@sohoa/base';
import type { CatalogSheet, DerivationSource, Dossier, ImportedDossier } from '@sohoa/metadata';
import type { PageRef, PlannedDerivation, PlannedDocument, PlannedDossier } from './planned-dossier.js';

/** The longest summary (`subject`, String 500) a document record takes. */
const SUBJECT_MAX_LENGTH = 500;

/** Type name `32` Khác: a whole dossier is a bundle of documents of several types. */
const OTHER_TYPE = '32';

/**
 * The `how` of the values a whole-dossier document takes from its dossier's row: kept in the
 * document's JSON and shown by `report.html`, and never contradicted by the first page's header
 * (the first page of a dossier is its cover or its first document, not the bundle).
 */
export const WHOLE_DOSSIER = 'whole-dossier';

/**
 * A dossier that a catalog of dossiers describes (several documents, `totalDoc` > 1) without a
 * row per document, scanned as one file, planned as one document of every page, as Thông tư
 * 05/2025 (Art. 8.1.d) allows a dossier digitized as one file. What the dossier's row says makes
 * the document's record, each value a derivation `whole-dossier` with its source cells: type name
 * `32` (Khác, from the number of documents), summary = the dossier's title, date = its start
 * date, a note (`description`) saying how many documents the catalog gives and that they were not
 * described; the issuer is the body that formed the fond, named in `fondCodes` (fond name → code)
 * for the code the dossier's `fileCode` was built from (the `creator` option, the "Mã phông" cell,
 * or the "Phông" name). Without it, the issuer is read from the first page's header (a dossier's
 * cover names its agency). The dossier's `totalDoc` becomes 1, the documents its package holds
 * (receiving systems check that they match), also a derivation `whole-dossier` from the catalog's
 * number.
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `METADATA_INVALID` when the title is longer than a summary may be (500).
 *
 * @example
 * ```ts
 * const planned = wholeDossier(imported, dossier, catalog.sheets, pages, place, {
 *   'Bộ Nội vụ': '000.00.00.G09',
 * });
 * planned.dossier.totalDoc; // 1
 * planned.documents[0]?.metadata; // { typeName: '32', subject: 'Tập quyết định …', issuedDate: '05/01/2010', …, organName: 'Bộ Nội vụ' }
 * ```
 */
export function wholeDossier(
  imported: ImportedDossier,
  dossier: Dossier,
  sheets: readonly CatalogSheet[],
  pages: PageRef[],
  place: Bilingual,
  fondCodes: Readonly<Record<string, string>> = {},
): PlannedDossier {
  if (dossier.title.length > SUBJECT_MAX_LENGTH) {
    throw new SohoaError({
      code: 'METADATA_INVALID',
      message: {
        vi: `${place.vi}: hồ sơ được số hóa thành một văn bản, lấy tiêu đề hồ sơ làm trích yếu, nhưng tiêu đề dài ${dossier.title.length} ký tự (trích yếu tối đa ${SUBJECT_MAX_LENGTH}).`,
        en: `${place.en}: the dossier is digitized as one document whose summary is the dossier's title, but the title is ${dossier.title.length} characters long (a summary takes at most ${SUBJECT_MAX_LENGTH}).`,
      },
      fix: {
        vi: 'Rút gọn tiêu đề hồ sơ, hoặc thêm dưới hồ sơ mỗi văn bản một dòng (tên loại, ngày, tác giả, trích yếu, số trang).',
        en: "Shorten the dossier's title, or add one row per document below the dossier (type, date, issuer, summary, pages).",
      },
      details: { source: place.en },
    });
  }
  const sheet = sheets.find((each) => each.name === imported.sheet);
  /** The dossier row's cell of a column, or the cells the dossier's own value was derived from. */
  const cellsOf = (field: string, column: string): DerivationSource[] => {
    const derived = imported.derivations.find((each) => each.field === field);
    if (derived?.from.length) return derived.from;
    const letter = Object.entries(sheet?.columns ?? {}).find(([, held]) => held === column)?.[0];
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
  };
  const counted = cellsOf('totalDoc', 'totalDoc');
  const metadata: Record<string, unknown> = {
    typeName: OTHER_TYPE,
    subject: dossier.title,
    issuedDate: dossier.startDate,
    description: `Cả hồ sơ số hóa thành một tài liệu: mục lục ghi hồ sơ có ${dossier.totalDoc} văn bản nhưng không mô tả từng văn bản.`,
  };
  const derived = (field: string, from: DerivationSource[]): PlannedDerivation => ({
    record: 'document',
    field,
    value: metadata[field],
    how: WHOLE_DOSSIER,
    from,
  });
  const derivations = [
    { record: 'dossier', field: 'totalDoc', value: 1, how: WHOLE_DOSSIER, from: counted } as const,
    derived('typeName', counted),
    derived('subject', cellsOf('title', 'title')),
    derived('issuedDate', cellsOf('startDate', 'startDate')),
    derived('description', counted),
  ];
  const fond = fondOf(imported, sheet, fondCodes);
  if (fond) {
    metadata.organName = fond.name;
    derivations.push(derived('organName', fond.from));
  }
  return {
    dossier: { ...dossier, totalDoc: 1 },
    documents: [{ ordinal: 1, metadata, pages, source: place.en, derivations }],
    source: place.en,
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

/**
 * Refuses a whole-dossier document (one of {@link wholeDossier}) whose issuer is neither in the
 * catalog's `fondCodes` nor read from its first page, once that page is read: before the rest of
 * the dossier is read for nothing, with the option that supplies it.
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `METADATA_INVALID` naming `catalog.fondCodes`.
 *
 * @example
 * ```ts
 * requireWholeDossierIssuer(document, reconciled.metadata);
 * ```
 */
export function requireWholeDossierIssuer(
  document: PlannedDocument,
  metadata: Record<string, unknown>,
): void {
  if (metadata.organName !== undefined) return;
  const whole = document.derivations?.find(
    (each) => each.how === WHOLE_DOSSIER && each.record === 'document',
  );
  if (!whole) return;
  throw new SohoaError({
    code: 'METADATA_INVALID',
    message: {
      vi: `${document.source}: hồ sơ được số hóa thành một tài liệu nhưng chưa có tác giả (organName): catalog.fondCodes không có tên phông ứng với mã của hồ sơ, và phần đầu trang thứ nhất không đọc được tên cơ quan.`,
      en: `${document.source}: the dossier is digitized as one document but has no issuer (organName): catalog.fondCodes names no fond for the dossier's code, and no agency was read from the head of its first page.`,
    },
    fix: {
      vi: 'Ghi tên phông một lần trong sohoa.config.json: "catalog": { "fondCodes": { "<tên phông>": "<mã phông hoặc creator>" } }; hoặc thêm dưới hồ sơ mỗi văn bản một dòng có cột "Tác giả".',
      en: 'Give the fond\'s name once in sohoa.config.json: "catalog": { "fondCodes": { "<fond name>": "<fond code or creator>" } }; or add one row per document below the dossier, with a "Tác giả" (issuer) column.',
    },
    details: { source: document.source },
  });
}
