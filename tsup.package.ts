import type { Options } from 'tsup';

/**
 * The build of every `@sohoa/*` package: ESM only, `.d.ts`, source maps, for Node 20. Each package's
 * `tsup.config.ts` calls it with its entry points (and, for the CLI, without types for `bin`).
 */
export function packageBuild(entry: string[] = ['src/index.ts'], dtsEntry: string[] = entry): Options {
  return {
    entry,
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    // `.d.ts` are for consumers of the packed packages (the workspace resolves to the sources):
    // `npm run demo` skips them with SOHOA_BUILD_DECLARATIONS=0 (its CPU 154 → 34 s on a fresh
    // clone, 2 cores), `npm run build` writes them.
    dts: process.env.SOHOA_BUILD_DECLARATIONS === '0' ? false : { entry: dtsEntry },
    sourcemap: true,
    clean: true,
  };
}
