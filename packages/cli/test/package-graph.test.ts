import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../fixtures/index.js';

/**
 * The packages' imports form layers (issue 18): the command line is the top, so no package imports
 * `@sohoa/cli`; each package imports only the `@sohoa` packages its package.json declares
 * (dependencies or peer dependencies); and the declared graph has no cycle.
 */
interface Manifest {
  name: string;
  folder: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

async function manifests(): Promise<Manifest[]> {
  const folders = await readdir(join(REPO_ROOT, 'packages'));
  return Promise.all(
    folders.map(async (folder) => ({
      ...JSON.parse(await readFile(join(REPO_ROOT, 'packages', folder, 'package.json'), 'utf8')),
      folder: join(REPO_ROOT, 'packages', folder),
    })),
  );
}

/** The `@sohoa/*` packages a package's sources (tests excepted) import, statically or dynamically. */
async function importedPackages(folder: string): Promise<Set<string>> {
  const imported = new Set<string>();
  const files = (await readdir(join(folder, 'src'), { recursive: true })).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.includes('__fixtures__'),
  );
  for (const file of files) {
    // Code lines only: TSDoc examples (` * import … from '@sohoa/…'`) show how a user imports.
    const code = (await readFile(join(folder, 'src', file), 'utf8'))
      .split('\n')
      .filter((line) => !/^\s*(\*|\/\/)/.test(line))
      .join('\n');
    for (const match of code.matchAll(/(?:from |import\()'(@sohoa\/[\w-]+)/g))
      imported.add(match[1] as string);
  }
  return imported;
}

const declared = (manifest: Manifest) =>
  Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).filter((name) =>
    name.startsWith('@sohoa/'),
  );

describe('the package graph', () => {
  it('has no package importing @sohoa/cli, and no import of an undeclared @sohoa package', async () => {
    for (const manifest of await manifests()) {
      const imported = [...(await importedPackages(manifest.folder))].filter(
        (name) => name !== manifest.name,
      );
      if (manifest.name !== '@sohoa/cli') expect(imported, manifest.name).not.toContain('@sohoa/cli');
      expect(
        imported.filter((name) => !declared(manifest).includes(name)),
        `${manifest.name} imports packages its package.json does not declare`,
      ).toEqual([]);
    }
  });

  it('has no dependency cycle between the packages', async () => {
    const all = await manifests();
    const byName = new Map(all.map((manifest) => [manifest.name, declared(manifest)]));
    const cycles: string[] = [];
    const visit = (name: string, path: string[]): void => {
      if (path.includes(name)) {
        cycles.push([...path.slice(path.indexOf(name)), name].join(' → '));
        return;
      }
      for (const next of byName.get(name) ?? []) visit(next, [...path, name]);
    };
    for (const name of byName.keys()) visit(name, []);
    expect(cycles).toEqual([]);
    // The layers this keeps: the queue builds on the pipeline, the cli on both (the queue optional).
    expect(byName.get('@sohoa/queue')).toContain('@sohoa/pipeline');
    expect(byName.get('@sohoa/cli')).toContain('@sohoa/pipeline');
  });
});
