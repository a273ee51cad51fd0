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
    dts: { entry: dtsEntry },
    sourcemap: true,
    clean: true,
  };
}
