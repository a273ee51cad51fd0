import { configDefaults, defineProject, type UserWorkspaceConfig } from 'vitest/config';

/**
 * The test files, per package folder, that mock a module with `vi.mock`: each runs in a fresh
 * process, in a project of its own named `<package>-isolated` ({@link mockingProjects}). Every
 * other file of a package shares one worker with the package's other files (see
 * {@link sohoaProject}), where a `vi.mock` would find the real module already loaded by another
 * file.
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
 * their own environment.
 *
 * The files of the package run one after the other in a worker they share (`isolate: false`),
 * which loads sharp, pdf-lib, pdf.js and the `@sohoa/*` sources once instead of once per file
 * (about a second of CPU per file; `base`, `core` and `metadata`: 163 s of CPU isolated, 127 s
 * shared; `ip` and `pdfa` with the architecture and example files, 62 files: 359 s isolated,
 * 284 s shared; `ocr`, `pipeline` and `queue`, 55 files: 611.5 s isolated, 518.6 s shared; `cli`,
 * 32 files: 347.4 s isolated, 288.7 s shared). So a test file leaves the process as it found it:
 * what it puts in `process.env`, the cwd, spies. The package's {@link MOCKING_TEST_FILES} are left
 * to its `<name>-isolated` project.
 *
 * @example
 * ```ts
 * // packages/cli/vitest.config.ts
 * export default sohoaProject('cli');
 * ```
 */
export function sohoaProject(name: string): UserWorkspaceConfig {
  return project(name, false, TEST_FILES, [...(MOCKING_TEST_FILES[name] ?? [])]);
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
