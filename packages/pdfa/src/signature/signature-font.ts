import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let cached: Promise<{ latin: Uint8Array; vietnamese: Uint8Array }> | undefined;

/**
 * Tinos Regular (`@fontsource/tinos`; Apache-2.0), metric-compatible with Times New Roman, as the
 * two WOFF files Fontsource splits it into: Latin and the Vietnamese letters. Together they cover
 * every Vietnamese letter with its tone marks. Read once per process.
 */
export function signatureFonts(): Promise<{ latin: Uint8Array; vietnamese: Uint8Array }> {
  cached ??= (async () => {
    const require = createRequire(import.meta.url);
    const folder = join(dirname(require.resolve('@fontsource/tinos/package.json')), 'files');
    const [latin, vietnamese] = await Promise.all([
      readFile(join(folder, 'tinos-latin-400-normal.woff')),
      readFile(join(folder, 'tinos-vietnamese-400-normal.woff')),
    ]);
    return { latin, vietnamese };
  })();
  return cached;
}
