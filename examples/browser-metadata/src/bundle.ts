import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

/** The page script's entry point. */
export const PAGE_ENTRY = new URL('./page.ts', import.meta.url).pathname;

/** A browser bundle and what it weighs. */
export interface Bundle {
  /** The minified script. */
  code: string;
  /** Its size in bytes, raw and gzip (level 9). */
  bytes: number;
  gzipBytes: number;
  /** Bytes of the output by npm package or workspace folder, largest first. */
  byPackage: Array<{ name: string; bytes: number }>;
  /** Every input file bundled. */
  inputs: string[];
}

/** Which package (or workspace package) an input file belongs to. */
function packageOf(input: string): string {
  const modules = input.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = input.slice(modules + 'node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? input);
  }
  const workspace = /(packages|examples)\/([^/]+)\//.exec(input);
  return workspace ? `${workspace[1]}/${workspace[2]}` : input;
}

/**
 * Bundles a script for the browser with esbuild: `platform: 'browser'` and nothing else — no
 * polyfill, no shim, no `external` — so a Node built-in or a native module anywhere in the
 * imports fails the build. Minified, one IIFE a classic `<script>` loads (also from `file://`).
 * The `@sohoa/source` condition bundles the workspace packages from their TypeScript source.
 *
 * @param entry - the script, a file path, or `{ contents }` for a script given as text.
 */
export async function bundleForBrowser(entry: string | { contents: string }): Promise<Bundle> {
  const result = await build({
    ...(typeof entry === 'string'
      ? { entryPoints: [entry] }
      : {
          stdin: {
            contents: entry.contents,
            resolveDir: new URL('.', import.meta.url).pathname,
            loader: 'ts',
          },
        }),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    conditions: ['@sohoa/source'],
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  const metafile = result.metafile as Metafile;
  const output = Object.values(metafile.outputs)[0];
  const sizes = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    sizes.set(packageOf(input), (sizes.get(packageOf(input)) ?? 0) + bytesInOutput);
  }
  return {
    code,
    bytes: Buffer.byteLength(code),
    gzipBytes: gzipSync(code, { level: 9 }).length,
    byPackage: [...sizes].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes),
    inputs: Object.keys(metafile.inputs),
  };
}
