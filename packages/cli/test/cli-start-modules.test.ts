import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../fixtures/index.js';
import { HELP_VALUES } from '../src/commands/help-values.js';

/**
 * Which modules `sohoa` loads to start a command, recorded by a module resolve hook in a real
 * process run from the sources: each command imports only what it uses, and only when it runs, so
 * the help of every command loads none of the SDK (issue 17: `sohoa --version` took ~2 s because
 * every command loaded sharp, tesseract.js and pdf.js; then `sohoa digitize --help` still took
 * 1.4 s). The start times themselves are measured by `npm run bench:start -w @sohoa/cli`, not here.
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
  function modulesOf(args: string[]): Promise<{ code: number; stdout: string; urls: string[] }> {
    return modulesOfRun(
      ['packages/cli/src/bin.ts', ...args],
      `${args.join('_').replace(/[^\w.-]/g, '-')}.log`,
    );
  }

  /** Runs a script with Node from the sources: its exit code, its output and every module URL it resolved. */
  async function modulesOfRun(
    script: string[],
    logName: string,
  ): Promise<{ code: number; stdout: string; urls: string[] }> {
    const log = join(folder, logName);
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
      ['--import', 'tsx', '--import', register, '--conditions=@sohoa/source', ...script],
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
  const PDF_RENDERING = ['/node_modules/pdfjs-dist/', '/node_modules/@napi-rs/canvas/'];
  const SOHOA_PACKAGES = ['core', 'ocr', 'pdfa', 'metadata', 'ip', 'queue'].map(
    (name) => `/packages/${name}/`,
  );

  /**
   * The placeholders a help shows: every `<…>` and `[…]` of its usage line and of the terms of its
   * options and commands, and the names its Arguments section lists.
   */
  function placeholders(help: string): string[] {
    const [usage = '', ...lines] = help.split('\n');
    const terms = lines
      .filter((line) => /^ {2}\S/u.test(line))
      .map((line) => line.trim().split(/ {2,}/u)[0] ?? '');
    const bracketed = [usage, ...terms].flatMap((text) => text.match(/<[^<>\s]+>|\[[^[\]\s]+\]/gu) ?? []);
    const argumentsSection = help.split(/\n(?:Arguments|Tham số):\n/u)[1]?.split('\n\n')[0] ?? '';
    const names = argumentsSection
      .split('\n')
      .filter((line) => /^ {2}\S/u.test(line))
      .map((line) => line.trim().split(/\s/u)[0] ?? '');
    return [...bracketed, ...names];
  }

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
    expect(loaded(help.urls, '/node_modules/commander/')).toBe(true); // the hook sees what is loaded
    expect(loaded(version.urls, '/packages/cli/src/version.ts')).toBe(true);
    expect(loaded(version.urls, '/node_modules/commander/')).toBe(false); // the version needs no parser
    for (const { urls } of [version, help]) {
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
      for (const part of [...IMAGE_AND_OCR, ...PDF_RENDERING]) expect(loaded(urls, part), part).toBe(false);
    }
  });

  it('shows the help of every command and subcommand, each in one language, without loading the SDK behind them', async () => {
    // One process asks for every help in turn (in both languages): whatever one of them loads
    // stays in the log, so the log shows what all of them load together.
    const run = await modulesOfRun(['packages/cli/test/print-every-help.ts'], 'every-help.log');
    expect(run.code).toBe(0);
    const helps = JSON.parse(run.stdout) as Record<string, { code: number; text: string }>;
    // Every command and subcommand was reached, and each printed its own help.
    const asked = Object.keys(helps).filter((key) => key.endsWith(' en'));
    for (const command of [
      'digitize',
      'pdf',
      'ocr',
      'extract',
      'analyze',
      'clean',
      'catalog import',
      'catalog template',
      'validate',
      'pdfa check',
      'pdfa sign',
      'pdfa verify',
      'report',
      'queue submit',
      'queue work',
      'queue status',
      'queue retry',
    ]) {
      expect(asked, command).toContain(`${command} en`);
      expect(helps[`${command} en`]?.code, command).toBe(0);
      expect(helps[`${command} en`]?.text, command).toMatch(new RegExp(`^Usage: sohoa ${command} `, 'u'));
      expect(helps[`${command} vi`]?.text, command).toMatch(new RegExp(`^Cách dùng: sohoa ${command} `, 'u'));
    }
    // One language per help: the Vietnamese help names no argument or value as the English does.
    for (const key of asked) {
      const vietnamese = placeholders(helps[key.replace(/(^| )en$/u, '$1vi')]?.text ?? '');
      expect(vietnamese.length, key).toBeGreaterThan(0);
      const english = new Set(placeholders(helps[key]?.text ?? ''));
      expect(
        vietnamese.filter((placeholder) => english.has(placeholder)),
        key,
      ).toEqual([]);
    }
    expect(loaded(run.urls, '/node_modules/commander/')).toBe(true); // the hook sees what is loaded
    for (const part of [
      ...IMAGE_AND_OCR,
      ...PDF_RENDERING,
      ...SOHOA_PACKAGES,
      '/packages/pipeline/',
      '/node_modules/pdf-lib/',
      '/node_modules/libxml2-wasm/',
      '/node_modules/bullmq/',
    ]) {
      expect(loaded(run.urls, part), part).toBe(false);
    }
  });

  it("shows the SDK's own choices and defaults in the help", async () => {
    // From the modules that define them: the packages' entry points would load tesseract.js,
    // sharp and libxml2 (seconds in a test) for four values.
    const [versions, layers, pool, digitize] = await Promise.all([
      import('../../ip/src/validate/csip/spec-version.js'),
      import('../../ocr/src/combine/choose-text-layer.js'),
      import('../../ocr/src/pool/create-ocr-pool.js'),
      import('../../pipeline/src/pipeline/digitize-options.js'),
    ]);
    expect(HELP_VALUES).toEqual({
      csipVersions: versions.CSIP_VERSIONS,
      textLayerModes: layers.TEXT_LAYER_MODES,
      ocrPageTimeoutMs: pool.OCR_PAGE_TIMEOUT_MS_DEFAULT,
      pagesPerWorker: digitize.DIGITIZE_PAGES_PER_WORKER_DEFAULT,
    });
  });
});
