import { SohoaError } from '@sohoa/base';
import type { CatalogPlan } from './plan-catalog.js';

/**
 * The most work one dossier may ask for. A real document has tens or hundreds of pages, a real
 * dossier tens or hundreds of documents; far more is a mistake in the input (a `dossier.json`
 * naming one page two million times, a catalog column of page counts shifted), not work to start.
 * Raise a limit for a true exception.
 */
export interface WorkLimits {
  /** Pages of one document. @default 10000 */
  pagesPerDocument?: number | undefined;
  /** Documents of one dossier. @default 10000 */
  documentsPerDossier?: number | undefined;
  /**
   * Pixels of one page's copy for OCR (the scan, or the scan brought up to `cleanup.ocrDpi`):
   * checked from the page's header before it is decoded, the same in `--dry-run` as in a run. A
   * page costs about 10 bytes a pixel while it is cleaned and read (an A4 page at 300 dpi has
   * 8.7 million; an A0 sheet at 600 dpi 210 million). @default 150000000
   */
  pixelsPerPage?: number | undefined;
}

/** The defaults of {@link WorkLimits}. */
export const DEFAULT_WORK_LIMITS: Required<WorkLimits> = {
  pagesPerDocument: 10_000,
  documentsPerDossier: 10_000,
  pixelsPerPage: 150_000_000,
};

/**
 * Moves every planned dossier that exceeds a {@link WorkLimits | work limit} to `unplanned`, with
 * `WORK_LIMIT_EXCEEDED` naming the limit, the amount asked for and the setting that raises it; the
 * others are kept in order. The same in `--dry-run` as in a run, and for the job queue.
 *
 * @example
 * ```ts
 * const plan = applyWorkLimits(await planInputs(['scans/batch-01']), { pagesPerDocument: 2000 });
 * ```
 */
export function applyWorkLimits(plan: CatalogPlan, limits: WorkLimits = {}): CatalogPlan {
  const { pagesPerDocument, documentsPerDossier } = { ...DEFAULT_WORK_LIMITS, ...definedOf(limits) };
  const result: CatalogPlan = { planned: [], unplanned: [...plan.unplanned], catalogs: plan.catalogs };
  for (const planned of plan.planned) {
    const longest = planned.documents.reduce(
      (most, document) => (document.pages.length > (most?.pages.length ?? -1) ? document : most),
      planned.documents[0],
    );
    const exceeded =
      planned.documents.length > documentsPerDossier
        ? {
            what: { vi: `${planned.documents.length} văn bản`, en: `${planned.documents.length} documents` },
            limit: 'documentsPerDossier',
            value: documentsPerDossier,
          }
        : longest && longest.pages.length > pagesPerDocument
          ? {
              what: {
                vi: `${longest.pages.length} trang trong văn bản ${longest.ordinal} (${longest.source})`,
                en: `${longest.pages.length} pages in document ${longest.ordinal} (${longest.source})`,
              },
              limit: 'pagesPerDocument',
              value: pagesPerDocument,
            }
          : undefined;
    if (!exceeded) {
      result.planned.push(planned);
      continue;
    }
    result.unplanned.push({
      key: planned.dossier.fileCode,
      source: planned.source,
      error: new SohoaError({
        code: 'WORK_LIMIT_EXCEEDED',
        message: {
          vi: `${planned.source}: hồ sơ cần ${exceeded.what.vi}, vượt giới hạn ${exceeded.value} (${exceeded.limit}); chưa bắt đầu phần nào của hồ sơ.`,
          en: `${planned.source}: the dossier asks for ${exceeded.what.en}, more than the limit of ${exceeded.value} (${exceeded.limit}); nothing of it was started.`,
        },
        fix: {
          vi: `Kiểm tra đầu vào (một trang được liệt kê nhiều lần, số trang bị lệch). Nếu đầu vào đúng, hãy tăng "limits": { "${exceeded.limit}": … } trong sohoa.config.json.`,
          en: `Check the input (a page listed many times, a shifted page count). If it is right, raise "limits": { "${exceeded.limit}": … } in sohoa.config.json.`,
        },
        details: { source: planned.source, limit: exceeded.limit, value: exceeded.value },
      }),
    });
  }
  return result;
}

function definedOf(limits: WorkLimits): Partial<Required<WorkLimits>> {
  return Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined));
}
