import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCaptured } from './run-captured.js';

const SAMPLE = new URL('../../../examples/sample-dossier', import.meta.url).pathname;

/** Runs `sohoa` in-process with its own environment (the suite's SOHOA_LANG=en left out). */
const run = (argv: string[], env: Record<string, string> = {}) => runCaptured(argv, env);

/** The same outputs' date on every run, so that dry runs print the same lines. */
const AT = ['--created-at', '2025-06-01T00:00:00+07:00'];

/** Help text with commander's line wrapping undone. */
const words = (text: string) => text.replace(/\s+/gu, ' ');

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sohoa-digitize-messages-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('sohoa digitize and sohoa queue in one language', () => {
  it('give the help of digitize in Vietnamese by default, in English with --messages en', async () => {
    const vi = await run(['digitize', '--help']);
    expect(vi.exitCode).toBe(0);
    expect(vi.stdout).toContain('Cách dùng: sohoa digitize [tùy chọn] <đầu-vào...>');
    expect(words(vi.stdout)).toContain('Số hóa hồ sơ (thư mục có dossier.json');
    expect(words(vi.stdout)).toContain('--ocr-lang <mã> ngôn ngữ nhận dạng chữ (OCR)');
    expect(words(vi.stdout)).toContain('(mặc định: 10)');
    expect(words(vi.stdout)).toContain('(chỉ nhận: "combine", "replace", "keep")');
    // One language: none of the English descriptions, and the old --lang is hidden.
    expect(vi.stdout).not.toMatch(/Usage:|Options:|default:|choices:|the output folder|pages read at once/u);
    expect(vi.stdout).not.toMatch(/--lang\b/u);

    const en = await run(['digitize', '--help', '--messages', 'en']);
    expect(en.exitCode).toBe(0);
    expect(en.stdout).toContain('Usage: sohoa digitize [options] <inputs...>');
    expect(words(en.stdout)).toContain(
      '--ocr-lang <code> OCR language: only vie (Vietnamese) ships (default: vie)',
    );
    expect(en.stdout).not.toMatch(/Cách dùng|Tùy chọn|mặc định|thư mục đầu ra/u);
    expect((await run(['digitize', '--help'], { SOHOA_LANG: 'en' })).stdout).toBe(en.stdout);
  });

  it('give the help of queue submit in Vietnamese by default, in English with --messages en', async () => {
    const vi = await run(['queue', 'submit', '--help']);
    expect(vi.exitCode).toBe(0);
    expect(vi.stdout).toContain('Cách dùng: sohoa queue submit [tùy chọn] <đầu-vào...>');
    expect(words(vi.stdout)).toContain('Chia một lô thành các việc');
    expect(words(vi.stdout)).toContain(
      '--redis <địa-chỉ> địa chỉ Redis (mặc định: $SOHOA_REDIS_URL, nếu không có thì redis://127.0.0.1:6379)',
    );
    expect(words(vi.stdout)).toContain('--text-layer <chế-độ>');
    expect(vi.stdout).not.toMatch(/Usage:|Options:|default:|Turn a batch into jobs|the Redis URL/u);

    const en = await run(['queue', 'submit', '--help', '--messages', 'en']);
    expect(en.exitCode).toBe(0);
    expect(en.stdout).toContain('Usage: sohoa queue submit [options] <inputs...>');
    expect(words(en.stdout)).toContain('Turn a batch into jobs');
    expect(en.stdout).not.toMatch(/Cách dùng|Tùy chọn|mặc định|Chia một lô/u);
    // --messages may also come first, before the queue's own subcommand.
    expect((await run(['queue', '--messages', 'en', 'submit', '--help'])).stdout).toBe(en.stdout);
  });

  it('give the usage errors of queue in the chosen language', async () => {
    const vi = await run(['queue', 'status', '--redis', 'http://10.0.0.5']);
    expect(vi.exitCode).toBe(2);
    expect(vi.stderr).toContain(
      "lỗi: giá trị 'http://10.0.0.5' của tùy chọn '--redis <địa-chỉ>' không hợp lệ.",
    );
    expect(vi.stderr).toContain('không phải địa chỉ Redis');
    expect(vi.stderr).toContain('sohoa queue <lệnh> --help');
    const en = await run(['queue', 'status', '--redis', 'http://10.0.0.5', '--messages', 'en']);
    expect(en.stderr).toContain('is not a Redis URL');
    expect(en.stderr).not.toMatch(/lỗi|địa chỉ/u);
    const count = await run(['queue', 'work', '--concurrency', 'two']);
    expect(count.stderr).toContain('cần một số nguyên ≥ 1, nhận "two"');
  });

  it('takes the OCR language as --ocr-lang, and --lang, its old name, with a one-line note', async () => {
    const ocrLang = await run([
      'digitize',
      SAMPLE,
      '--out',
      join(folder, 'a'),
      '--ocr-lang',
      'vie',
      '--dry-run',
      ...AT,
    ]);
    expect(ocrLang.stderr).toBe('');
    expect(ocrLang.exitCode).toBe(0);
    expect(ocrLang.stdout).toContain('1 hồ sơ, 3 văn bản, 3 trang');

    const lang = await run([
      'digitize',
      SAMPLE,
      '--out',
      join(folder, 'b'),
      '--lang',
      'vie',
      '--dry-run',
      ...AT,
    ]);
    expect(lang.exitCode).toBe(0);
    expect(lang.stderr).toBe(
      'sohoa: --lang đã cũ, hãy dùng --ocr-lang (ngôn ngữ của thông báo là --messages).',
    );
    // The same run but for its timing.
    const untimed = (text: string) => text.replace(/ \d+(?:\.\d+)? s \(.*$/mu, '');
    expect(untimed(lang.stdout)).toBe(untimed(ocrLang.stdout));
    const en = await run([
      'digitize',
      SAMPLE,
      '--out',
      join(folder, 'c'),
      '--lang',
      'vie',
      '--dry-run',
      ...AT,
      '--messages',
      'en',
    ]);
    expect(en.stderr).toBe(
      'sohoa: --lang is deprecated: use --ocr-lang (the language of messages is --messages).',
    );
    // A dry run writes nothing.
    expect(await readdir(folder)).toEqual([]);
  });

  it('says a missing --out in the chosen language', async () => {
    const vi = await run(['digitize', SAMPLE]);
    expect(vi.exitCode).toBe(2);
    expect(vi.stderr).toBe(
      'sohoa: lỗi USAGE_ERROR: chưa cho tùy chọn bắt buộc \'-o, --out <thư-mục>\' (hoặc đặt "out" trong tệp cấu hình).',
    );
    const en = await run(['digitize', SAMPLE, '--messages', 'en']);
    expect(en.stderr).toBe(
      'sohoa: error USAGE_ERROR: required option \'-o, --out <folder>\' not specified (or set "out" in the config file).',
    );
  });
});
