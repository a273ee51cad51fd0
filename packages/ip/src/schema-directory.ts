/**
 * The folder of the XSD files shipped with `@sohoa/ip` (`packages/ip/schemas/`). This module sits
 * one level below the package root both as source (`src/schema-directory.ts`) and bundled
 * (`dist/index.js`), so the same relative URL works in both.
 */
export const SCHEMA_DIRECTORY: URL = new URL('../schemas/', import.meta.url);
