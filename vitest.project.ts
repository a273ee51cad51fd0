import { defineProject, type UserWorkspaceConfig } from 'vitest/config';

/**
 * The vitest project of one package: its tests resolve the other `@sohoa/*` packages to their
 * TypeScript source (the `@sohoa/source` export condition), so no build is needed. OCR and PDF
 * tests run real tesseract.js and sharp on real scans, hence the generous timeouts. Tests read the
 * command line's messages in English (`SOHOA_LANG=en`); the tests of the Vietnamese default pass
 * their own environment.
 */
export function sohoaProject(name: string): UserWorkspaceConfig {
  return defineProject({
    resolve: { conditions: ['@sohoa/source'] },
    ssr: { resolve: { conditions: ['@sohoa/source'] } },
    test: {
      name,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 120_000,
      hookTimeout: 300_000,
      env: { SOHOA_LANG: 'en' },
    },
  });
}
