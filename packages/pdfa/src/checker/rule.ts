import type { CheckContext } from './check-context.js';

/** One finding of a rule: what is wrong and at which object. */
export interface RuleFinding {
  message: string;
  object: string;
}

/** A PDF/A-2B rule as veraPDF's profile numbers it, with the check that implements it. */
export interface PdfARule {
  /** `'<clause>-<test>'`, e.g. `'6.6.2.1-1'`. */
  id: string;
  clause: string;
  test: number;
  /** The requirement, shortened from ISO 19005-2. */
  description: string;
  check(context: CheckContext): RuleFinding[];
}

/** Builds a {@link PdfARule} from its clause, test number, requirement and check. */
export function defineRule(
  clause: string,
  test: number,
  description: string,
  check: (context: CheckContext) => RuleFinding[],
): PdfARule {
  return { id: `${clause}-${test}`, clause, test, description, check };
}
