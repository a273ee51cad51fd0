import { defineProject, type UserWorkspaceConfig } from 'vitest/config';

/** How a package's test files share their worker process. */
export interface SohoaProjectOptions {
  /**
   * `true` when some test file of the package needs a fresh process: it mocks a module
   * (`vi.mock`), or the modules it loads must not have been loaded by another file. Default
   * `false`: the files of the package run one after the other in the same worker, which loads
   * sharp, pdf-lib, pdf.js and the `@sohoa/*` sources once instead of once per file (about a
   * second of CPU per file; `base`, `core` and `metadata`: 163 s of CPU isolated, 127 s shared;
   * `ip` and `pdfa` with the architecture and example files, 62 files: 359 s isolated, 284 s shared).
   * A test file of such a package that mocks a module would see the real one: give it `true`.
   */
  isolate?: boolean;
}

/**
 * The vitest project of one package: its tests resolve the other `@sohoa/*` packages to their
 * TypeScript source (the `@sohoa/source` export condition), so no build is needed. OCR and PDF
 * tests run real tesseract.js and sharp on real scans, hence the generous timeouts. Tests read the
 * command line's messages in English (`SOHOA_LANG=en`); the tests of the Vietnamese default pass
 * their own environment.
 *
 * @example
 * ```ts
 * // packages/cli/vitest.config.ts: a package whose tests each need their own process
 * export default sohoaProject('cli', { isolate: true });
 * ```
 */
export function sohoaProject(
  name: string,
  { isolate = false }: SohoaProjectOptions = {},
): UserWorkspaceConfig {
  return defineProject({
    resolve: { conditions: ['@sohoa/source'] },
    ssr: { resolve: { conditions: ['@sohoa/source'] } },
    test: {
      name,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 120_000,
      hookTimeout: 300_000,
      env: { SOHOA_LANG: 'en' },
      isolate,
    },
  });
}
