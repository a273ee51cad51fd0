// Checks the packages as a consumer gets them (issue 17, item 7). For each package of packages/:
// `npm pack` on the built package, publint and arethetypeswrong (ESM-only profile) on the
// tarball, then an install in an empty folder of that tarball and the tarballs of its @sohoa
// dependencies only (nothing else of this repository), and one call of the package imported by
// name (packed/smoke-call.mjs). The installs run with --prefer-offline: npm ci caches the
// tarballs, not the registry's package lists, and a package whose dependencies no earlier install
// listed (@sohoa/queue's bullmq and ioredis: only an optional peer of @sohoa/cli) reads its lists
// from the registry once; the smoke calls run after the install, offline.
// Run after `npm run build`: `node scripts/check-packed-packages.mjs` (done by .ci/run).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const scan = join(root, 'examples/sample-dossier/qn_qd47_QD-UBND_20250117_p1.jpg');
const work = mkdtempSync(join(tmpdir(), 'sohoa-packed-'));
const run = (command, args, cwd = root) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

const manifests = readdirSync(join(root, 'packages')).map((folder) => ({
  folder: `packages/${folder}`,
  ...JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8')),
}));
const byName = new Map(manifests.map((manifest) => [manifest.name, manifest]));

// Pack each package; npm prints the tarball's file name last.
const tarballs = new Map();
for (const manifest of manifests) {
  const file = run('npm', ['pack', '--silent', '--pack-destination', work, '-w', manifest.folder])
    .trim()
    .split('\n')
    .at(-1);
  tarballs.set(manifest.name, join(work, file));
}

let failed = false;
for (const [name, tarball] of tarballs) {
  console.log(`\n== ${name}: publint, arethetypeswrong`);
  try {
    execFileSync('npx', ['--no-install', 'publint', 'run', tarball, '--strict'], { stdio: 'inherit' });
    execFileSync('npx', ['--no-install', 'attw', tarball, '--profile', 'esm-only', '--format', 'ascii'], {
      stdio: 'inherit',
    });
  } catch {
    failed = true;
  }
}

/** The package and its @sohoa dependencies (not dev, not optional peers), transitively. */
function closure(name, seen = new Set()) {
  if (seen.has(name)) return seen;
  seen.add(name);
  for (const dependency of Object.keys(byName.get(name).dependencies ?? {})) {
    if (byName.has(dependency)) closure(dependency, seen);
  }
  return seen;
}

// The package with the most dependencies first: its install fills most of the npm cache for the others.
const order = [...tarballs.keys()].sort((a, b) => closure(b).size - closure(a).size);
for (const name of order) {
  const needed = [...closure(name)].sort();
  const folder = mkdtempSync(join(work, 'consumer-'));
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  console.log(`\n== ${name}: npm install of ${needed.join(', ')} in an empty folder`);
  try {
    execFileSync(
      'npm',
      [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        ...needed.map((dependency) => tarballs.get(dependency)),
      ],
      {
        cwd: folder,
        stdio: 'inherit',
      },
    );
    const installed = readdirSync(join(folder, 'node_modules/@sohoa')).map(
      (dependency) => `@sohoa/${dependency}`,
    );
    if (installed.sort().join() !== needed.join())
      throw new Error(`installed @sohoa packages: ${installed.join(', ')}`);
    // Copied into the folder: imports resolve from where the script is, the consumer's node_modules.
    copyFileSync(join(root, 'scripts/packed/smoke-call.mjs'), join(folder, 'smoke-call.mjs'));
    execFileSync(process.execPath, ['smoke-call.mjs', name, scan], { cwd: folder, stdio: 'inherit' });
  } catch (error) {
    console.error(`${name}: ${error.message}`);
    failed = true;
  }
}
if (failed) {
  console.error(`\nThe packed packages have problems (above); the tarballs and installs are in ${work}.`);
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
console.log('\nEvery packed package passes publint and arethetypeswrong, installs alone and runs.');
