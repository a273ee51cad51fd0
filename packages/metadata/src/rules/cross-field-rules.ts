import type { z } from 'zod';
import { parseVnDateSpan } from '../dates/vn-date.js';

/**
 * Rules that relate two fields of one record, shared by the record schemas. Each adds a zod
 * `custom` issue whose `params.rule` names the rule, so messages can be written per language.
 */

type Context = z.RefinementCtx;

/** `riskRecoveryStatus` is required when `riskRecovery` is 1 (§3.4a, row 17). */
export function checkRiskRecovery(
  record: { riskRecovery?: 0 | 1 | undefined; riskRecoveryStatus?: string | undefined },
  context: Context,
): void {
  if (record.riskRecovery === 1 && record.riskRecoveryStatus === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['riskRecoveryStatus'],
      params: { rule: 'riskRecoveryStatus' },
    });
  }
}

/** `paperFileCode` is required for a digitized dossier, `confidenceLevel` 02 (§3.4a, row 15). */
export function checkPaperFileCode(
  record: { confidenceLevel?: string | undefined; paperFileCode?: string | undefined },
  context: Context,
): void {
  if (record.confidenceLevel === '02' && !record.paperFileCode) {
    context.addIssue({ code: 'custom', path: ['paperFileCode'], params: { rule: 'paperFileCode' } });
  }
}

/** The start date is not after the end date; partial dates compare by the days they cover. */
export function checkDateOrder(
  record: { startDate?: string | undefined; endDate?: string | undefined },
  context: Context,
): void {
  if (record.startDate === undefined || record.endDate === undefined) return;
  const start = parseVnDateSpan(record.startDate);
  const end = parseVnDateSpan(record.endDate);
  if (start && end && start.first > end.last) {
    context.addIssue({
      code: 'custom',
      path: ['endDate'],
      params: { rule: 'dateOrder', startDate: record.startDate },
    });
  }
}

/**
 * `process` (handling workflow attached) is required for documents handled electronically,
 * `confidenceLevel` 01 (born digital) or 03 (mixed) (§3.4c).
 */
export function checkProcess(
  record: { confidenceLevel?: string | undefined; process?: 0 | 1 | undefined },
  context: Context,
): void {
  if ((record.confidenceLevel === '01' || record.confidenceLevel === '03') && record.process === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['process'],
      params: { rule: 'process', confidenceLevel: record.confidenceLevel },
    });
  }
}
