import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { runCli } from '@sohoa/cli';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** `sohoa validate … --format junit --output …` in-process: the exit code and the JUnit XML. */
async function gate(path: string): Promise<{ exitCode: number; junit: string }> {
  const report = join(await mkdtemp(join(tmpdir(), 'sohoa-ci-report-')), 'report.xml');
  const exitCode = await runCli(['validate', path, '--format', 'junit', '--output', report], {
    info: () => {},
    error: () => {},
  });
  return { exitCode, junit: exitCode === 2 ? '' : await readFile(report, 'utf8') };
}

describe('the CI recipe', () => {
  let folder: string;
  let zip: Buffer;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sohoa-ci-validation-'));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        '--conditions=@sohoa/source',
        'examples/ci-validation/src/build-and-validate.ts',
        folder,
      ],
      { cwd: REPO_ROOT },
    );
    expect(stdout).toContain('sohoa validate exited with 0');
    zip = await readFile(join(folder, 'sample-sip.zip'));
  });

  it('builds the sample package, validates it and writes a passing JUnit report (exit 0)', async () => {
    const junit = await readFile(join(folder, 'report.xml'), 'utf8');
    expect(junit).toContain('<testsuites name="sohoa validate" tests="1" failures="0">');
    expect(junit).toContain('<testcase classname="sohoa.ip" name="package"/>');
  });

  it('fails the job with exit 1 and names the broken requirement when a PDF was altered after packing', async () => {
    // PDFs are stored uncompressed: one byte flipped inside the first page image keeps the ZIP
    // and the PDF readable, with the size the METS declares, but not the SHA-256 its file element
    // declares (CSIP71).
    const broken = Buffer.from(zip);
    const start = broken.indexOf('%PDF-');
    const at = broken.indexOf('stream', start) + 64;
    broken.writeUInt8((broken.at(at) ?? 0) ^ 0xff, at);
    const path = join(folder, 'altered.zip');
    await writeFile(path, broken);
    const { exitCode, junit } = await gate(path);
    expect(exitCode).toBe(1);
    expect(junit.match(/<testcase [^>]*name="[^"]+"/g)).toEqual([
      '<testcase classname="sohoa.ip" name="CSIP71"',
    ]);
  });

  it('exits 2 for a truncated download and for a ZIP that climbs out of its folder', async () => {
    const truncated = join(folder, 'truncated.zip');
    await writeFile(truncated, zip.subarray(0, zip.length >> 1));
    expect((await gate(truncated)).exitCode).toBe(2);

    const evil = new ZipFile();
    evil.addBuffer(Buffer.from('<mets/>'), 'pkg/METS.xml');
    evil.addBuffer(Buffer.from('x'), 'pkg/aa/evil.txt');
    evil.end();
    const chunks: Buffer[] = [];
    for await (const chunk of evil.outputStream) chunks.push(chunk as Buffer);
    const unsafe = join(folder, 'unsafe.zip');
    await writeFile(
      unsafe,
      Buffer.from(Buffer.concat(chunks).toString('latin1').replaceAll('pkg/aa/', 'pkg/../'), 'latin1'),
    );
    expect((await gate(unsafe)).exitCode).toBe(2);
  });
});
