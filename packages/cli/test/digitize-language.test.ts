import { access, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SohoaError } from '@sohoa/core';
import { checkOcrLanguage, digitize } from '@sohoa/pipeline';
import { describe, expect, it } from 'vitest';
import { runCaptured } from './run-captured.js';

const SAMPLE = new URL('../../../examples/sample-dossier', import.meta.url).pathname;

describe('the OCR language of sohoa digitize', () => {
  it('accepts vie, the one language that ships', () => {
    expect(checkOcrLanguage('vie')).toBe('vie');
  });

  it('refuses --ocr-lang eng (and --lang eng, its old name) as a usage error that says only vie ships and why', async () => {
    for (const option of ['--ocr-lang', '--lang']) {
      const out = join(await mkdtemp(join(tmpdir(), 'sohoa-lang-')), 'out');
      const result = await runCaptured(['digitize', SAMPLE, '--out', out, option, 'eng']);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain(`option '${option} <code>' argument 'eng' is invalid`);
      expect(result.stderr).toMatch(/no OCR model for the language "eng": only "vie" \(Vietnamese\) ships/);
      expect(result.stderr).toContain('Use --ocr-lang vie');
      await expect(access(out)).rejects.toThrow();
    }
  });

  it('fails a digitize() run in another language before anything is written', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'sohoa-lang-')), 'out');
    const run = digitize({ inputs: [SAMPLE], out, language: 'fra' });
    const error = await run.next().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(SohoaError.isInstance(error) && error.code).toBe('OPTION_INVALID');
    await expect(access(out)).rejects.toThrow();
  });
});
