import { type Bilingual, SohoaError } from '@sohoa/base';
import { type DerivationSource, type Dossier, SUBJECT_MAX_LENGTH } from '@sohoa/metadata';
import type { PageRef, PlannedDerivation, PlannedDocument, PlannedDossier } from './planned-dossier.js';
import { splitDocuments } from './split-documents.js';

/** Type name `32` Khác: a whole dossier is a bundle of documents of several types. */
const OTHER_TYPE = '32';

/**
 * The `how` of the values a whole-dossier document takes from its dossier's row: kept in the
 * document's JSON and shown by `report.html`, and never contradicted by the first page's header
 * (the first page of a dossier is its cover or its first document, not the bundle).
 */
export const WHOLE_DOSSIER = 'whole-dossier';

/**
 * Where the values of a whole-dossier document come from: the dossier's description (a catalog
 * row, or `dossier.json`), and the issuer when it is known.
 */
export interface WholeDossierSources {
  /** What describes the dossier, as the note (`description`, Vietnamese) names it: `mục lục`, `dossier.json`. */
  describer: string;
  /** The sources of a dossier field's value (its cell, or the cells it was derived from). */
  of(field: 'totalDoc' | 'title' | 'startDate'): DerivationSource[];
  /** The issuer's name and its sources, when the description gives one. @default read from the first page */
  issuer?: { name: string; from: DerivationSource[] } | undefined;
}

/** The `sheet` of a derivation source that is a field of `dossier.json` (its `heading` names the field). */
export const DOSSIER_JSON = 'dossier.json';

/**
 * A dossier of several documents (`totalDoc` > 1) described without its documents and scanned as
 * one file, planned as one document of every page, as Thông tư 05/2025 (Art. 8.1.d) allows a
 * dossier digitized as one file. What the dossier's description says makes the document's record,
 * each value a derivation `whole-dossier` with its sources: type name `32` (Khác, from the number
 * of documents), summary = the dossier's title, date = its start date, a note (`description`)
 * saying how many documents the description gives and that they were not described; the issuer
 * when `sources` knows it, else read from the first page's header (a dossier's cover names its
 * agency). The dossier's `totalDoc` becomes 1, the documents its package holds (receiving systems
 * check that they match), also a derivation `whole-dossier`. The same for a catalog of dossiers
 * ({@link catalogWholeDossierSources}) and a dossier folder without a `documents` list.
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `METADATA_INVALID` when the title is longer than a summary may be (500).
 *
 * @example
 * ```ts
 * const planned = wholeDossier(dossier, pages, place, catalogWholeDossierSources(imported, catalog.sheets, {
 *   'Bộ Nội vụ': '000.00.00.G09',
 * }));
 * planned.dossier.totalDoc; // 1
 * planned.documents[0]?.metadata; // { typeName: '32', subject: 'Tập quyết định …', issuedDate: '05/01/2010', …, organName: 'Bộ Nội vụ' }
 * ```
 */
export function wholeDossier(
  dossier: Dossier,
  pages: PageRef[],
  place: Bilingual,
  sources: WholeDossierSources,
): PlannedDossier {
  if (dossier.title.length > SUBJECT_MAX_LENGTH) {
    throw new SohoaError({
      code: 'METADATA_INVALID',
      message: {
        vi: `${place.vi}: hồ sơ được số hóa thành một văn bản, lấy tiêu đề hồ sơ làm trích yếu, nhưng tiêu đề dài ${dossier.title.length} ký tự (trích yếu tối đa ${SUBJECT_MAX_LENGTH}).`,
        en: `${place.en}: the dossier is digitized as one document whose summary is the dossier's title, but the title is ${dossier.title.length} characters long (a summary takes at most ${SUBJECT_MAX_LENGTH}).`,
      },
      fix:
        sources.describer === DOSSIER_JSON
          ? {
              vi: 'Rút gọn tiêu đề hồ sơ, hoặc thêm vào dossier.json danh sách "documents" (mỗi văn bản: tên loại, ngày, tác giả, trích yếu, số trang).',
              en: 'Shorten the dossier\'s title, or add a "documents" list to dossier.json (each document: type, date, issuer, summary, pages).',
            }
          : {
              vi: 'Rút gọn tiêu đề hồ sơ, hoặc thêm dưới hồ sơ mỗi văn bản một dòng (tên loại, ngày, tác giả, trích yếu, số trang).',
              en: "Shorten the dossier's title, or add one row per document below the dossier (type, date, issuer, summary, pages).",
            },
      details: { source: place.en },
    });
  }
  const counted = sources.of('totalDoc');
  const metadata: Record<string, unknown> = {
    typeName: OTHER_TYPE,
    subject: dossier.title,
    issuedDate: dossier.startDate,
    description: `Cả hồ sơ số hóa thành một tài liệu: ${sources.describer} ghi hồ sơ có ${dossier.totalDoc} văn bản nhưng không mô tả từng văn bản.`,
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
    derived('subject', sources.of('title')),
    derived('issuedDate', sources.of('startDate')),
    derived('description', counted),
  ];
  if (sources.issuer) {
    metadata.organName = sources.issuer.name;
    derivations.push(derived('organName', sources.issuer.from));
  }
  return {
    dossier: { ...dossier, totalDoc: 1 },
    documents: [{ ordinal: 1, metadata, pages, source: place.en, derivations }],
    source: place.en,
  };
}

/**
 * The documents of a dossier described without its documents, scanned as `pages`: one document of
 * every page (`totalDoc` 1 or empty), one per page (`totalDoc` = pages), and for any other number,
 * when the dossier was scanned as one (`oneScan`: a catalog row's file or folder, a folder's one
 * PDF or TIFF), the whole scan as one document ({@link wholeDossier}); otherwise which pages make
 * which document is not known (`DOCUMENT_SPLIT_INVALID`).
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `DOCUMENT_SPLIT_INVALID`, or the errors of {@link wholeDossier}.
 *
 * @example
 * ```ts
 * const planned = planUndescribed(dossier, pages, { vi: 'dossier.json', en: 'dossier.json' }, () => sources, true);
 * ```
 */
export function planUndescribed(
  dossier: Dossier,
  pages: PageRef[],
  place: Bilingual,
  sources: () => WholeDossierSources,
  oneScan: boolean,
): PlannedDossier {
  const total = dossier.totalDoc;
  if (total === undefined || total === 1 || total === pages.length || !oneScan) {
    return { dossier, documents: splitDocuments(pages, undefined, dossier, place.en), source: place.en };
  }
  return wholeDossier(dossier, pages, place, sources());
}

/**
 * Refuses a whole-dossier document (one of {@link wholeDossier}) whose issuer is neither known
 * from its description (a catalog's `fondCodes`) nor read from its first page, once that page is
 * read: before the rest of the dossier is read for nothing, with what would supply it.
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `METADATA_INVALID` naming `catalog.fondCodes`
 *   (a catalog) or the `documents` list of `dossier.json` (a dossier folder).
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
  const folder = whole.from.some((source) => source.sheet === DOSSIER_JSON);
  const unknown = folder
    ? { vi: 'dossier.json không mô tả các văn bản', en: 'dossier.json describes no document' }
    : {
        vi: 'catalog.fondCodes không có tên phông ứng với mã của hồ sơ',
        en: "catalog.fondCodes names no fond for the dossier's code",
      };
  throw new SohoaError({
    code: 'METADATA_INVALID',
    message: {
      vi: `${document.source}: hồ sơ được số hóa thành một tài liệu nhưng chưa có tác giả (organName): ${unknown.vi}, và phần đầu trang thứ nhất không đọc được tên cơ quan.`,
      en: `${document.source}: the dossier is digitized as one document but has no issuer (organName): ${unknown.en}, and no agency was read from the head of its first page.`,
    },
    fix: folder
      ? {
          vi: 'Thêm vào dossier.json danh sách "documents": mỗi văn bản một mục có "organName" (tác giả) và "numberOfPage".',
          en: 'Add a "documents" list to dossier.json: one entry per document with its "organName" (issuer) and "numberOfPage".',
        }
      : {
          vi: 'Ghi tên phông một lần trong sohoa.config.json: "catalog": { "fondCodes": { "<tên phông>": "<mã phông hoặc creator>" } }; hoặc thêm dưới hồ sơ mỗi văn bản một dòng có cột "Tác giả".',
          en: 'Give the fond\'s name once in sohoa.config.json: "catalog": { "fondCodes": { "<fond name>": "<fond code or creator>" } }; or add one row per document below the dossier, with a "Tác giả" (issuer) column.',
        },
    details: { source: document.source },
  });
}
