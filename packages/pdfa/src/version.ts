import packageJson from '../package.json' with { type: 'json' };

/**
 * The version of `@sohoa/pdfa`, from its package.json: what it reports of itself (the PREMIS agents of
 * an AIP name the version of the package that did each step).
 *
 * @example
 * ```ts
 * import { VERSION } from '@sohoa/pdfa';
 *
 * console.log(`@sohoa/pdfa ${VERSION}`); // '@sohoa/pdfa 0.1.0'
 * ```
 */
export const VERSION: string = packageJson.version;
