import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../fixtures/index.js';

/**
 * Which modules `sohoa` loads to start a command, recorded by a module resolve hook in a real
 * process run from the sources: each command imports only what it uses (issue 17: `sohoa
 * --version` took ~2 s because every command loaded sharp, tesseract.js and pdf.js). The start
 * times themselves are measured by `npm run bench:start -w @sohoa/cli`, not here.
 */
describe('the modules sohoa loads to start a command', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sohoa-start-'));
    await writeFile(
      join(folder, 'hooks.mjs'),
      [
        "import { appendFileSync } from 'node:fs';",
        'let log;',
        'export function initialize(data) { log = data.log; }',
        'export async function resolve(specifier, context, next) {',
        '  const result = await next(specifier, context);',
        "  appendFileSync(log, result.url.concat('\\n'));",
        '  return result;',
        '}',
      ].join('\n'),
    );
  });

  /** Runs `sohoa <args>` and returns its exit code, its output and every module URL it resolved. */
  async function modulesOf(args: string[]): Promise<{ code: number; stdout: string; urls: string[] }> {
    const log = join(folder, `${args.join('_').replace(/[^\w.-]/g, '-')}.log`);
    const register = join(folder, `register-${Date.now()}-${Math.random()}.mjs`);
    await writeFile(
      register,
      [
        "import { register } from 'node:module';",
        `register(${JSON.stringify(pathToFileURL(join(folder, 'hooks.mjs')).href)}, { data: { log: ${JSON.stringify(log)} } });`,
      ].join('\n'),
    );
    await writeFile(log, '');
    const run = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        '--import',
        register,
        '--conditions=@sohoa/source',
        'packages/cli/src/bin.ts',
        ...args,
      ],
      { cwd: REPO_ROOT },
    ).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    const urls = (await readFile(log, 'utf8')).split('\n').filter(Boolean);
    return { ...run, urls };
  }

  const loaded = (urls: string[], part: string) => urls.some((url) => url.includes(part));
  const IMAGE_AND_OCR = ['/node_modules/sharp/', '/node_modules/tesseract.js/'];
  const SOHOA_PACKAGES = ['core', 'ocr', 'pdfa', 'metadata', 'ip', 'queue'].map(
    (name) => `/packages/${name}/`,
  );

  it('prints its version and its help without loading any library of the SDK', async () => {
    const version = await modulesOf(['--version']);
    const { version: expected } = JSON.parse(
      await readFile(join(REPO_ROOT, 'packages/cli/package.json'), 'utf8'),
    );
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(expected);
    const help = await modulesOf(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('digitize');
    expect(help.stdout).toContain('validate');
    for (const { urls } of [version, help]) {
      expect(loaded(urls, '/node_modules/commander/')).toBe(true); // the hook sees what is loaded
      for (const part of [
        ...IMAGE_AND_OCR,
        ...SOHOA_PACKAGES,
        '/node_modules/pdf-lib/',
        '/node_modules/zod/',
        '/node_modules/bullmq/',
        '/packages/pipeline/',
      ]) {
        expect(loaded(urls, part), part).toBe(false);
      }
    }
  });

  it('checks a PDF and validates a package without loading sharp or tesseract.js', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([595, 842]);
    await writeFile(join(folder, 'plain.pdf'), await pdf.save());
    const check = await modulesOf(['pdfa', 'check', join(folder, 'plain.pdf')]);
    expect(check.code).toBe(1); // a plain PDF is not PDF/A
    expect(loaded(check.urls, '/packages/pdfa/')).toBe(true);
    await mkdir(join(folder, 'empty-package'));
    const validate = await modulesOf(['validate', join(folder, 'empty-package')]);
    expect(validate.code).not.toBe(0); // an empty folder is no package
    expect(loaded(validate.urls, '/packages/ip/')).toBe(true);
    for (const { urls } of [check, validate]) {
      for (const part of IMAGE_AND_OCR) expect(loaded(urls, part), part).toBe(false);
    }
  });
});
