import type { CheckContext } from './check-context.js';

/** One finding of a rule: what is wrong and at which object. */
export interface RuleFinding {
  message: string;
  /** The same explanation in Vietnamese; the rule's Vietnamese description when left out. */
  messageVi?: string | undefined;
  object: string;
}

/**
 * The ISO 19005 parts whose level B profiles the checker implements: 2 (PDF/A-2B), 3 (PDF/A-3B).
 *
 * @example
 * ```ts
 * import { checkPdfA, type PdfAPart } from '@sohoa/pdfa';
 *
 * const part: PdfAPart = 3;
 * const report = await checkPdfA('ho-so.pdf', { part });
 * ```
 */
export type PdfAPart = 2 | 3;

/** A PDF/A-2B or PDF/A-3B rule as veraPDF's profiles number it, with the check that implements it. */
export interface PdfARule {
  /** `'<clause>-<test>'`, e.g. `'6.6.2.1-1'`. */
  id: string;
  clause: string;
  test: number;
  /** The requirement, shortened from ISO 19005-2. */
  description: string;
  /** The parts whose profile has this rule (most rules are the same in PDF/A-2B and PDF/A-3B). */
  parts: readonly PdfAPart[];
  check(context: CheckContext): RuleFinding[];
}

/** Builds a {@link PdfARule} from its clause, test number, requirement, check and parts (default both). */
export function defineRule(
  clause: string,
  test: number,
  description: string,
  check: (context: CheckContext) => RuleFinding[],
  parts: readonly PdfAPart[] = [2, 3],
): PdfARule {
  return { id: `${clause}-${test}`, clause, test, description, parts, check };
}
