import packageJson from '../package.json' with { type: 'json' };

/**
 * The version of `@sohoa/metadata`, from its package.json: what it reports of itself (the PREMIS agents of
 * an AIP name the version of the package that did each step).
 *
 * @example
 * ```ts
 * import { VERSION } from '@sohoa/metadata';
 *
 * console.log(`@sohoa/metadata ${VERSION}`); // '@sohoa/metadata 0.1.0'
 * ```
 */
export const VERSION: string = packageJson.version;
