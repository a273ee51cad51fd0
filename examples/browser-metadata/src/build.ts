/**
 * Writes the page to `dist/`: `index.html` and the bundled `page.js`. Open `dist/index.html` in a
 * browser (from disk is enough).
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { bundleForBrowser, PAGE_ENTRY } from './bundle.js';

const dist = new URL('../dist/', import.meta.url);
const bundle = await bundleForBrowser(PAGE_ENTRY);
await mkdir(dist, { recursive: true });
await writeFile(new URL('page.js', dist), bundle.code);
await copyFile(new URL('../index.html', import.meta.url), new URL('index.html', dist));
console.log(`dist/page.js: ${bundle.bytes} bytes, ${bundle.gzipBytes} gzip`);
