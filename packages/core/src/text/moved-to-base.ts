import {
  characterErrorRate as baseCharacterErrorRate,
  collapseWhitespace as baseCollapseWhitespace,
  orderFreeWordError as baseOrderFreeWordError,
  toNfc as baseToNfc,
} from '@sohoa/base';

/**
 * Unicode NFC form of a text, now in `@sohoa/base`.
 *
 * @deprecated Import it from `@sohoa/base`; this re-export is removed in the next minor version.
 * @example
 * ```ts
 * import { toNfc } from '@sohoa/base';
 * ```
 */
export const toNfc: typeof baseToNfc = baseToNfc;

/**
 * NFC with whitespace collapsed, now in `@sohoa/base`.
 *
 * @deprecated Import it from `@sohoa/base`; this re-export is removed in the next minor version.
 * @example
 * ```ts
 * import { collapseWhitespace } from '@sohoa/base';
 * ```
 */
export const collapseWhitespace: typeof baseCollapseWhitespace = baseCollapseWhitespace;

/**
 * Character error rate of an OCR text, now in `@sohoa/base`.
 *
 * @deprecated Import it from `@sohoa/base`; this re-export is removed in the next minor version.
 * @example
 * ```ts
 * import { characterErrorRate } from '@sohoa/base';
 * ```
 */
export const characterErrorRate: typeof baseCharacterErrorRate = baseCharacterErrorRate;

/**
 * Order-free word error of an OCR text, now in `@sohoa/base`.
 *
 * @deprecated Import it from `@sohoa/base`; this re-export is removed in the next minor version.
 * @example
 * ```ts
 * import { orderFreeWordError } from '@sohoa/base';
 * ```
 */
export const orderFreeWordError: typeof baseOrderFreeWordError = baseOrderFreeWordError;
