import type { WorkspacePackage } from './workspace.js';

/**
 * The layers of the sohoa packages, bottom first: a package's own files import only packages of
 * lower layers (tests and benchmarks may also use a package of their own layer), never a higher
 * one, and no import or dependency forms a cycle. docs/design.md draws this table; the test in
 * layers.test.ts keeps both true.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['@sohoa/base'],
  ['@sohoa/core', '@sohoa/metadata'],
  ['@sohoa/ocr', '@sohoa/pdfa'],
  ['@sohoa/ip'],
  ['@sohoa/pipeline'],
  ['@sohoa/queue'],
  ['@sohoa/cli'],
];

/** The package nothing may import or depend on: the command line is the top of the tree. */
const TOP = '@sohoa/cli';
/** The package that may import nothing at all: no dependency, no Node built-in. */
const BOTTOM = '@sohoa/base';

/** One broken rule, said in a sentence that names the file or manifest. */
export type LayerViolation = string;

/** Every rule of {@link LAYERS} that the workspace's packages break. */
export function checkLayers(
  packages: readonly WorkspacePackage[],
  layers: readonly (readonly string[])[] = LAYERS,
): LayerViolation[] {
  const layerOf = new Map(layers.flatMap((names, layer) => names.map((name) => [name, layer] as const)));
  const workspace = new Set(packages.map(({ name }) => name));
  const violations: LayerViolation[] = [];
  for (const name of workspace) {
    if (!layerOf.has(name)) violations.push(`${name} is in no layer: add it to LAYERS and docs/design.md.`);
  }
  for (const name of layerOf.keys()) {
    if (!workspace.has(name)) violations.push(`${name} is in LAYERS but not a package of packages/.`);
  }
  for (const pkg of packages) {
    const layer = layerOf.get(pkg.name) ?? Number.POSITIVE_INFINITY;
    const runtimeDeclared = new Set([...pkg.dependencies, ...pkg.peerDependencies]);
    const declared = new Set([...runtimeDeclared, ...pkg.devDependencies]);
    for (const dependency of declared) {
      if (dependency === TOP) violations.push(`${pkg.name} depends on ${TOP}: no package may.`);
    }
    if (pkg.name === BOTTOM && runtimeDeclared.size > 0) {
      violations.push(`${BOTTOM} has dependencies (${[...runtimeDeclared].join(', ')}): it must have none.`);
    }
    for (const { file, specifier, target, kind } of pkg.imports) {
      if (pkg.name === BOTTOM && kind === 'runtime') {
        violations.push(`${file} imports ${specifier}: ${BOTTOM} imports nothing but its own files.`);
        continue;
      }
      if (target === pkg.name || !workspace.has(target)) continue;
      const targetLayer = layerOf.get(target) ?? Number.POSITIVE_INFINITY;
      if (target === TOP) violations.push(`${file} imports ${TOP}: no package may.`);
      else if (kind === 'runtime' ? targetLayer >= layer : targetLayer > layer) {
        violations.push(
          `${file} imports ${target} (layer ${targetLayer}) from ${pkg.name} (layer ${layer}): ` +
            (kind === 'runtime'
              ? 'only lower layers may be imported.'
              : 'tests may import their own layer or lower.'),
        );
      }
      if (!(kind === 'runtime' ? runtimeDeclared : declared).has(target)) {
        violations.push(
          `${file} imports ${target}, which ${pkg.folder}/package.json does not list in ${
            kind === 'runtime' ? 'dependencies or peerDependencies' : 'any dependencies'
          }.`,
        );
      }
    }
  }
  for (const cycle of findCycles(packages, workspace)) {
    violations.push(`Import cycle: ${cycle.join(' → ')}.`);
  }
  return violations;
}

/** The cycles of the graph of imports and declared dependencies between workspace packages. */
function findCycles(packages: readonly WorkspacePackage[], workspace: ReadonlySet<string>): string[][] {
  const edges = new Map(
    packages.map((pkg) => [
      pkg.name,
      new Set(
        [
          ...pkg.dependencies,
          ...pkg.peerDependencies,
          ...pkg.devDependencies,
          ...pkg.imports.map(({ target }) => target),
        ].filter((target) => target !== pkg.name && workspace.has(target)),
      ),
    ]),
  );
  const cycles: string[][] = [];
  const done = new Set<string>();
  const visit = (name: string, path: string[]) => {
    const at = path.indexOf(name);
    if (at >= 0) {
      cycles.push([...path.slice(at), name]);
      return;
    }
    if (done.has(name)) return;
    for (const next of edges.get(name) ?? []) visit(next, [...path, name]);
    done.add(name);
  };
  for (const name of edges.keys()) visit(name, []);
  return cycles;
}
