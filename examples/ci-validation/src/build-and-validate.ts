/**
 * What an archive's CI job does with a delivered package, end to end: build the sample package,
 * then gate on `sohoa validate <package> --format junit --output report.xml` and exit with its
 * code (0 valid, 1 invalid, 2 unreadable or unsafe). In a real pipeline the package comes from the
 * digitization contractor and the gate is the `npx sohoa validate …` line of README.md; here the
 * same command runs in-process through `runCli`, so the example needs no build.
 *
 * Run from the repository root:
 * `npx tsx --conditions=@sohoa/source examples/ci-validation/src/build-and-validate.ts [out-folder]`
 */
import { join } from 'node:path';
import { runCli } from '@sohoa/cli';
import { buildSamplePackage } from './build-sample-package.js';

const [folder = 'out/ci-validation'] = process.argv.slice(2);
const zip = await buildSamplePackage(folder);
const report = join(folder, 'report.xml');
const exitCode = await runCli(['validate', zip, '--format', 'junit', '--output', report]);
console.log(`sohoa validate exited with ${exitCode}; JUnit report: ${report}`);
process.exitCode = exitCode;
