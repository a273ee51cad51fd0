import { configDefaults, defineProject, type UserWorkspaceConfig } from 'vitest/config';

/** How a package's test files share their worker process. */
export interface SohoaProjectOptions {
  /**
   * `true` when the test files of the package each need a fresh process (the modules they load
   * must not have been loaded by another file). Default `false`: the files of the package run one
   * after the other in the same worker, which loads sharp, pdf-lib, pdf.js and the `@sohoa/*`
   * sources once instead of once per file (about a second of CPU per file; `base`, `core` and
   * `metadata`: 163 s of CPU isolated, 127 s shared; `ip` and `pdfa` with the architecture and
   * example files, 62 files: 359 s isolated, 284 s shared; `ocr`, `pipeline` and `queue`, 55
   * files: 611.5 s isolated, 518.6 s shared). So a test file leaves the process as it found it:
   * what it puts in `process.env`, the cwd, spies. A test file that mocks a module (`vi.mock`)
   * would see the real one if another file loaded it first: list it in
   * {@link MOCKING_TEST_FILES} instead.
   */
  isolate?: boolean;
}

/**
 * The test files, per package folder, that mock a module with `vi.mock`: each runs in a fresh
 * process, in a project of its own named `<package>-isolated` ({@link mockingProjects}), so that
 * the other files of its package can share one worker.
 */
export const MOCKING_TEST_FILES: Readonly<Record<string, readonly string[]>> = {
  ocr: ['src/pool/create-ocr-pool.test.ts'],
  pipeline: ['test/provenance-versions.test.ts'],
};

const TEST_FILES = ['src/**/*.test.ts', 'test/**/*.test.ts'];

function project(name: string, isolate: boolean, include: string[], exclude: string[]): UserWorkspaceConfig {
  return defineProject({
    resolve: { conditions: ['@sohoa/source'] },
    ssr: { resolve: { conditions: ['@sohoa/source'] } },
    test: {
      name,
      include,
      exclude: [...configDefaults.exclude, ...exclude],
      testTimeout: 120_000,
      hookTimeout: 300_000,
      env: { SOHOA_LANG: 'en' },
      isolate,
    },
  });
}

/**
 * The vitest project of one package: its tests resolve the other `@sohoa/*` packages to their
 * TypeScript source (the `@sohoa/source` export condition), so no build is needed. OCR and PDF
 * tests run real tesseract.js and sharp on real scans, hence the generous timeouts. Tests read the
 * command line's messages in English (`SOHOA_LANG=en`); the tests of the Vietnamese default pass
 * their own environment. The package's {@link MOCKING_TEST_FILES} are left to its
 * `<name>-isolated` project.
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
  return project(name, isolate, TEST_FILES, [...(MOCKING_TEST_FILES[name] ?? [])]);
}

/**
 * One project per package of {@link MOCKING_TEST_FILES}, `<package>-isolated`, that runs those
 * files each in a fresh process; for the root config's `projects` (run them alone with
 * `npx vitest run --project ocr-isolated`).
 *
 * @example
 * ```ts
 * // vitest.config.ts
 * export default defineConfig({ test: { projects: ['packages/*', ...mockingProjects()] } });
 * ```
 */
export function mockingProjects(): UserWorkspaceConfig[] {
  return Object.entries(MOCKING_TEST_FILES).map(([folder, files]) => ({
    ...project(`${folder}-isolated`, true, [...files], []),
    root: `packages/${folder}`,
  }));
}
