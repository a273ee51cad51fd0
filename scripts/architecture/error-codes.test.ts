import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWorkspace } from './workspace.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** Each package's own code lists: the `*_ERROR_CODES` exports of its src/errors/<name>-error-codes.ts. */
async function declaredCodes() {
  const lists: { name: string; folder: string; list: string; codes: Record<string, string> }[] = [];
  for (const { name, folder } of readWorkspace(root)) {
    const errors = join(root, folder, 'src/errors');
    const files = existsSync(errors)
      ? readdirSync(errors).filter((file) => /^[a-z]+-error-codes\.ts$/.test(file))
      : [];
    for (const file of files) {
      const module = (await import(join(errors, file))) as Record<string, unknown>;
      for (const [list, codes] of Object.entries(module)) {
        if (list.endsWith('_ERROR_CODES'))
          lists.push({ name, folder, list, codes: codes as Record<string, string> });
      }
    }
  }
  return lists;
}

describe('error codes', () => {
  it('are declared by one package each, exported from its entry point', async () => {
    const lists = await declaredCodes();
    expect(lists.map(({ name }) => name)).toEqual(
      expect.arrayContaining([
        '@sohoa/base',
        '@sohoa/core',
        '@sohoa/ocr',
        '@sohoa/pdfa',
        '@sohoa/metadata',
        '@sohoa/ip',
      ]),
    );
    const owners = new Map<string, string[]>();
    for (const { name, folder, list, codes } of lists) {
      expect(readFileSync(join(root, folder, 'src/index.ts'), 'utf8'), `${name} exports ${list}`).toContain(
        list,
      );
      for (const [code, meaning] of Object.entries(codes)) {
        expect(code).toMatch(CODE);
        expect(meaning.length, `${code} says what it means`).toBeGreaterThan(20);
        owners.set(code, [...(owners.get(code) ?? []), name]);
      }
    }
    const shared = [...owners].filter(([, names]) => names.length > 1);
    expect(shared, 'codes declared by more than one package').toEqual([]);
  });

  it("are documented in their package's README, and the hostile-input guides name only real codes", async () => {
    const lists = await declaredCodes();
    const all = new Set(lists.flatMap(({ codes }) => Object.keys(codes)));
    for (const { name, folder, codes } of lists) {
      const readme = readFileSync(join(root, folder, 'README.md'), 'utf8');
      const missing = Object.keys(codes).filter((code) => !readme.includes(`\`${code}\``));
      expect(missing, `codes of ${name} missing from ${folder}/README.md`).toEqual([]);
    }
    for (const guide of ['docs/08-hostile-input.en.md', 'docs/08-hostile-input.vi.md']) {
      const named = [...readFileSync(join(root, guide), 'utf8').matchAll(/`([A-Z][A-Z0-9_]+)`/g)]
        .map(([, token]) => token as string)
        .filter((token) => CODE.test(token) && !token.startsWith('FUZZ_') && !token.endsWith('_ERROR_CODES')); // FUZZ_SECONDS: a variable; the lists
      expect(named.length).toBeGreaterThan(10);
      expect(
        named.filter((code) => !all.has(code)),
        `codes ${guide} names that no package declares`,
      ).toEqual([]);
    }
  });
});
