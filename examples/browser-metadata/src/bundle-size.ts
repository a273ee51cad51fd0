/**
 * The size of the page's bundle, and what zod weighs under each way of importing it: `npm run
 * bench -w @example/browser-metadata` writes `bench/results/browser-metadata-bundle.json`.
 * Each variant is one small schema validated, bundled as the page is (esbuild, minified).
 */
import { loadavg } from 'node:os';
import { writeBenchResult } from '../../../bench/write-result.js';
import { bundleForBrowser, PAGE_ENTRY } from './bundle.js';

const ZOD_VARIANTS = {
  'import { z } from "zod"': `import { z } from 'zod'; console.log(z.string().max(3).parse('x'));`,
  'import * as z from "zod"': `import * as z from 'zod'; console.log(z.string().max(3).parse('x'));`,
  'import * as z from "zod/mini"': `import * as z from 'zod/mini'; console.log(z.string().check(z.maxLength(3)).parse('x'));`,
};

const loadBefore = loadavg()[0];
const page = await bundleForBrowser(PAGE_ENTRY);
const zod: Record<string, { bytes: number; gzipBytes: number }> = {};
for (const [name, contents] of Object.entries(ZOD_VARIANTS)) {
  const { bytes, gzipBytes } = await bundleForBrowser({ contents });
  zod[name] = { bytes, gzipBytes };
}
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`page.js: ${kib(page.bytes)} minified, ${kib(page.gzipBytes)} gzip`);
for (const { name, bytes } of page.byPackage.slice(0, 8)) console.log(`  ${name}: ${kib(bytes)}`);
for (const [name, size] of Object.entries(zod))
  console.log(`${name}: ${kib(size.bytes)}, ${kib(size.gzipBytes)} gzip`);
writeBenchResult('browser-metadata-bundle', {
  command: 'npm run bench -w @example/browser-metadata',
  bundler: 'esbuild (platform browser, iife, minify, es2022), no shims',
  page: { bytes: page.bytes, gzipBytes: page.gzipBytes, byPackage: page.byPackage },
  zodOneSchema: zod,
  loadAverage: { before: loadBefore, after: loadavg()[0] },
});
