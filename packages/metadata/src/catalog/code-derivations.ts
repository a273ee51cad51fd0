import type { Derivation, DerivationSource } from './catalog-import-types.js';

/** Fields whose free text is read as a code of the circular. */
const CODED_FIELDS = ['maintenance', 'mode', 'language', 'format', 'confidenceLevel', 'typeName'];

const shown = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : String(value).trim());

/**
 * The derivations `free-text-code` of a record: each coded field whose value, as normalized, is not
 * what the cell said (`Vĩnh viễn` → `01`, `Tiếng Việt` → `['01']`, `Cong van` → `22`).
 */
export function codeDerivations(
  raw: Record<string, unknown>,
  record: Record<string, unknown>,
  sourceOf: (field: string) => DerivationSource[],
): Derivation[] {
  const derivations: Derivation[] = [];
  for (const field of CODED_FIELDS) {
    const written = raw[field];
    const value = record[field];
    if (written === undefined || written === null || value === undefined) continue;
    if (shown(written) === shown(value)) continue;
    derivations.push({ field, value, how: 'free-text-code', from: sourceOf(field) });
  }
  return derivations;
}
