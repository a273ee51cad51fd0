import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'sohoa-loaded-modules-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** What a fresh Node process loads when it imports `target` from the sources (and runs `call`). */
function loadedBy(target: string, call = ''): { urls: string[]; sharedObjects: string[] } {
  const log = join(folder, `${target.replace(/\W/g, '-')}-${call}.log`);
  const output = execFileSync(
    process.execPath,
    [
      '--conditions=@sohoa/source',
      '--import',
      'tsx',
      fileURLToPath(new URL('loaded-modules.mjs', import.meta.url)),
      target,
      log,
      call,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  return JSON.parse(output.trim().split('\n').at(-1) as string);
}

const SHARP = /\/node_modules\/(?:sharp|@img)\//;
const CORE = /\/packages\/core\//;

describe('packages that load no native code', () => {
  it('@sohoa/metadata validates a record without loading @sohoa/core, sharp or any native addon', () => {
    const { urls, sharedObjects } = loadedBy('@sohoa/metadata', 'validate');
    // The probe sees the sources it must see: metadata's and the base's, through tsx.
    expect(urls.some((url) => url.includes('/packages/metadata/src/validation/'))).toBe(true);
    expect(urls.some((url) => url.includes('/packages/base/src/errors/'))).toBe(true);
    expect(urls.filter((url) => SHARP.test(url) || CORE.test(url))).toEqual([]);
    expect(sharedObjects.filter((file) => file.endsWith('.node'))).toEqual([]);
  });

  it('@sohoa/base loads nothing outside its own sources (and its package.json, for VERSION) but Node and tsx', () => {
    const { urls } = loadedBy('@sohoa/base');
    const files = urls.filter((url) => url.startsWith('file:') && !url.includes('/node_modules/tsx/'));
    expect(files.length).toBeGreaterThan(3);
    expect(
      files.filter(
        (url) =>
          !url.includes('/packages/base/src/') &&
          !url.endsWith('/packages/base/package.json') &&
          !url.endsWith('loaded-modules.mjs'),
      ),
    ).toEqual([]);
  });

  it('sees sharp and its native addon when a package does load them (the check can fail)', () => {
    const { urls, sharedObjects } = loadedBy('sharp');
    expect(urls.some((url) => SHARP.test(url))).toBe(true);
    expect(sharedObjects.some((file) => /\/sharp-[^/]+\.node$/.test(file))).toBe(true);
  });
});
