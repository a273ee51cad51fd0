import { describeIssueInBoth } from '../validation/metadata-issue.js';
import type { CatalogIssue } from './catalog-import-types.js';

interface Notice {
  field: string;
  source: 'option' | 'column';
  name: string;
  sheet: string;
  row: number;
  count: number;
  severity: 'error' | 'warning';
}

/**
 * Problems of the whole catalog rather than of a row: a code that cannot be built because an
 * option or a column is missing. Each is reported once, on the first dossier it concerns, with the
 * number of dossiers concerned, and naming the one option or column that would supply it.
 */
export class CatalogNotices {
  readonly #notices = new Map<string, Notice>();

  /** Notes that `field` needs the option or column `name` (counted once per dossier). */
  need(
    field: string,
    source: 'option' | 'column',
    name: string,
    where: { sheet: string; row: number },
    severity: 'error' | 'warning' = 'error',
  ): void {
    const known = this.#notices.get(field);
    if (known) {
      known.count++;
      if (severity === 'error') known.severity = 'error';
      return;
    }
    this.#notices.set(field, { field, source, name, ...where, count: 1, severity });
  }

  /** Whether a missing `field` is already reported for the whole catalog. */
  covers(field: string): boolean {
    return this.#notices.has(field);
  }

  /** The notices as catalog issues. */
  issues(): CatalogIssue[] {
    return [...this.#notices.values()].map((notice) => ({
      ...describeIssueInBoth({
        path: [notice.field],
        rule: 'missingSource',
        value: undefined,
        params: { count: notice.count, source: notice.source, name: notice.name },
        severity: notice.severity,
      }),
      sheet: notice.sheet,
      row: notice.row,
      count: notice.count,
    }));
  }
}
