import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLayers, LAYERS } from './layers.js';
import { readWorkspace, type SourceImport, type WorkspacePackage } from './workspace.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Known breaks, each with why it is still there; the test fails when one is no longer needed, so
 * the list only shrinks. @sohoa/core's background-flattening test and OCR-effect benchmark measure
 * cleanup through @sohoa/ocr's engine (which depends on core): they belong in @sohoa/ocr.
 */
const KNOWN: readonly RegExp[] = [
  /^packages\/core\/test\/background-flattening\.test\.ts imports @sohoa\/ocr[ ,]/,
  /^packages\/core\/bench\/ocr-effect\.ts imports @sohoa\/ocr[ ,]/,
  /^Import cycle: @sohoa\/(?:core → @sohoa\/ocr → @sohoa\/core|ocr → @sohoa\/core → @sohoa\/ocr)\.$/,
];

describe('package layers', () => {
  it('hold in the repository: no import outside its layer, none undeclared, no cycle', () => {
    const violations = checkLayers(readWorkspace(root));
    expect(violations.filter((violation) => !KNOWN.some((known) => known.test(violation)))).toEqual([]);
    for (const known of KNOWN) {
      expect(
        violations.some((violation) => known.test(violation)),
        `still needed: ${known}`,
      ).toBe(true);
    }
  });

  it('are the ones docs/design.md draws', () => {
    const design = readFileSync(new URL('../../docs/design.md', import.meta.url), 'utf8');
    const rows = [...design.matchAll(/^\| (\d) \| ([^|]+) \|/gm)].map(([, layer, names]) => ({
      layer: Number(layer),
      names: [...(names as string).matchAll(/`(@sohoa\/[a-z]+)`/g)].map(([, name]) => name),
    }));
    expect(rows).toEqual(LAYERS.map((names, layer) => ({ layer, names: [...names] })));
  });

  const pkg = (name: string, options: Partial<WorkspacePackage> = {}): WorkspacePackage => ({
    name,
    folder: `packages/${name.slice(7)}`,
    dependencies: [],
    peerDependencies: [],
    devDependencies: [],
    runtimeFiles: [],
    imports: [],
    ...options,
  });
  const imports = (from: string, target: string, kind: SourceImport['kind'] = 'runtime'): SourceImport => ({
    file: `packages/${from}/src/a.ts`,
    specifier: target,
    target,
    kind,
  });
  const layers = [['@sohoa/base'], ['@sohoa/core', '@sohoa/metadata'], ['@sohoa/ocr'], ['@sohoa/cli']];
  const clean = [
    pkg('@sohoa/base'),
    pkg('@sohoa/core', { dependencies: ['@sohoa/base', 'sharp'], imports: [imports('core', '@sohoa/base')] }),
    pkg('@sohoa/metadata', { dependencies: ['@sohoa/base'] }),
    pkg('@sohoa/ocr', {
      dependencies: ['@sohoa/core'],
      devDependencies: ['@sohoa/metadata'],
      imports: [imports('ocr', '@sohoa/core'), imports('ocr', '@sohoa/metadata', 'dev')],
    }),
    pkg('@sohoa/cli', { dependencies: ['@sohoa/ocr'], imports: [imports('cli', '@sohoa/ocr')] }),
  ];
  const change = (name: string, options: Partial<WorkspacePackage>) =>
    clean.map((p) => (p.name === name ? { ...p, ...options } : p));

  it('accept a workspace that keeps them', () => {
    expect(checkLayers(clean, layers)).toEqual([]);
  });

  it('refuse an import of a higher or the same layer, an undeclared one, and of the cli', () => {
    const upward = change('@sohoa/core', {
      dependencies: ['@sohoa/base', '@sohoa/ocr'],
      imports: [imports('core', '@sohoa/ocr')],
    });
    expect(checkLayers(upward, layers)).toEqual([
      'packages/core/src/a.ts imports @sohoa/ocr (layer 2) from @sohoa/core (layer 1): only lower layers may be imported.',
      'Import cycle: @sohoa/core → @sohoa/ocr → @sohoa/core.',
    ]);
    const sideways = change('@sohoa/metadata', {
      dependencies: ['@sohoa/core'],
      imports: [imports('metadata', '@sohoa/core')],
    });
    expect(checkLayers(sideways, layers)).toEqual([
      'packages/metadata/src/a.ts imports @sohoa/core (layer 1) from @sohoa/metadata (layer 1): only lower layers may be imported.',
    ]);
    const undeclared = change('@sohoa/ocr', { dependencies: [], imports: [imports('ocr', '@sohoa/core')] });
    expect(checkLayers(undeclared, layers)).toEqual([
      'packages/ocr/src/a.ts imports @sohoa/core, which packages/ocr/package.json does not list in dependencies or peerDependencies.',
    ]);
    const cli = change('@sohoa/metadata', {
      devDependencies: ['@sohoa/cli'],
      imports: [imports('metadata', '@sohoa/cli', 'dev')],
    });
    expect(checkLayers(cli, layers)).toEqual([
      '@sohoa/metadata depends on @sohoa/cli: no package may.',
      'packages/metadata/src/a.ts imports @sohoa/cli: no package may.',
      'Import cycle: @sohoa/metadata → @sohoa/cli → @sohoa/ocr → @sohoa/metadata.',
    ]);
  });

  it('refuse a cycle through declared dependencies alone, and anything in the base', () => {
    const cycle = change('@sohoa/metadata', { devDependencies: ['@sohoa/ocr'] });
    expect(checkLayers(cycle, layers)).toEqual([
      'Import cycle: @sohoa/metadata → @sohoa/ocr → @sohoa/metadata.',
    ]);
    const base = change('@sohoa/base', {
      dependencies: ['zod'],
      imports: [imports('base', 'node:fs'), imports('base', 'zod')],
    });
    expect(checkLayers(base, layers)).toEqual([
      '@sohoa/base has dependencies (zod): it must have none.',
      'packages/base/src/a.ts imports node:fs: @sohoa/base imports nothing but its own files.',
      'packages/base/src/a.ts imports zod: @sohoa/base imports nothing but its own files.',
    ]);
    expect(checkLayers([...clean, pkg('@sohoa/extra')], layers)).toEqual([
      '@sohoa/extra is in no layer: add it to LAYERS and docs/design.md.',
    ]);
  });
});
