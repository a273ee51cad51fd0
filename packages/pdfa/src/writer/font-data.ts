import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let cached: Promise<Uint8Array> | undefined;

/**
 * DejaVu Sans (from the `dejavu-fonts-ttf` npm package; Bitstream Vera licence with public-domain
 * additions, free to embed and redistribute): it covers every Vietnamese letter and tone mark as
 * precomposed glyphs, and pdf-lib writes a correct ToUnicode map for it, so extracted text is NFC.
 * Read once per process.
 */
export function textLayerFont(): Promise<Uint8Array> {
  cached ??= (async () => {
    const require = createRequire(import.meta.url);
    const folder = dirname(require.resolve('dejavu-fonts-ttf/package.json'));
    return readFile(join(folder, 'ttf', 'DejaVuSans.ttf'));
  })();
  return cached;
}
