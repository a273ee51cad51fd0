import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One import statement (static, dynamic or re-export) of a package's own file. */
export interface SourceImport {
  /** The importing file, relative to the repository. */
  file: string;
  /** The module imported as written (`@sohoa/core`, `node:fs`, `sharp/lib/x.js`). */
  specifier: string;
  /** The package it names (`@sohoa/core`, `node:fs`, `sharp`). */
  target: string;
  /** `runtime` for a file a consumer loads (src, not a test); `dev` for tests, benchmarks, scripts. */
  kind: 'runtime' | 'dev';
}

/** A package of the workspace as the layer check sees it. */
export interface WorkspacePackage {
  name: string;
  /** Its folder, relative to the repository (`packages/core`). */
  folder: string;
  dependencies: string[];
  peerDependencies: string[];
  devDependencies: string[];
  /** The files a consumer loads (under src/, not tests), relative to the repository. */
  runtimeFiles: string[];
  imports: SourceImport[];
}

const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.turbo', 'out']);
const SOURCE_FILE = /\.(?:[cm]?ts|tsx|[cm]?js)$/;

/**
 * Reads every package under `packages/` of the repository at `root`: its manifest and the imports
 * of its TypeScript and JavaScript files (comments and strings ignored: TypeScript's own
 * pre-processor finds them).
 */
export function readWorkspace(root: string): WorkspacePackage[] {
  return readdirSync(join(root, 'packages'))
    .filter((folder) => statSync(join(root, 'packages', folder, 'package.json'), { throwIfNoEntry: false }))
    .sort()
    .map((folder) => readPackage(root, `packages/${folder}`));
}

function readPackage(root: string, folder: string): WorkspacePackage {
  const manifest = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')) as {
    name: string;
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const files = sourceFiles(join(root, folder));
  const imports = files.flatMap((path) => {
    const file = relative(root, path);
    const inPackage = relative(join(root, folder), path);
    const kind = isRuntimeFile(inPackage) ? 'runtime' : 'dev';
    return ts
      .preProcessFile(readFileSync(path, 'utf8'), true, true)
      .importedFiles.map(({ fileName }) => fileName)
      .filter((specifier) => !specifier.startsWith('.'))
      .map((specifier): SourceImport => ({ file, specifier, target: packageOf(specifier), kind }));
  });
  return {
    name: manifest.name,
    folder,
    dependencies: Object.keys(manifest.dependencies ?? {}),
    peerDependencies: Object.keys(manifest.peerDependencies ?? {}),
    devDependencies: Object.keys(manifest.devDependencies ?? {}),
    runtimeFiles: files
      .filter((path) => isRuntimeFile(relative(join(root, folder), path)))
      .map((path) => relative(root, path)),
    imports,
  };
}

/** A file a consumer of the published package loads: under src/, not a test or a test fixture. */
function isRuntimeFile(pathInPackage: string): boolean {
  return (
    pathInPackage.startsWith('src/') &&
    !/\.test\.[cm]?[jt]sx?$/.test(pathInPackage) &&
    !pathInPackage.split('/').includes('__fixtures__')
  );
}

/** The package a module specifier names; Node built-ins as `node:<name>`. */
export function packageOf(specifier: string): string {
  if (specifier.startsWith('node:')) return `node:${specifier.slice(5).split('/')[0]}`;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
  return builtinModules.includes(name) ? `node:${name}` : name;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED_FOLDERS.has(entry.name)) return [];
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}
