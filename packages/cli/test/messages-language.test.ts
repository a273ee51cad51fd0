import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagesLanguage } from '../src/commands/messages-language.js';
import { runCaptured } from './run-captured.js';

/** Runs `sohoa` in-process with its own environment (the suite's SOHOA_LANG=en left out). */
const run = (argv: string[], env: Record<string, string> = {}) => runCaptured(argv, env);

let folder: string;
let plainPdf: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sohoa-messages-'));
  // A plain PDF (no XMP, no output intent): it breaks several PDF/A-2B rules.
  const document = await PDFDocument.create();
  document.addPage([200, 200]);
  plainPdf = join(folder, 'plain.pdf');
  await writeFile(plainPdf, await document.save());
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('messagesLanguage', () => {
  it('takes --messages first, then SOHOA_LANG, then Vietnamese', () => {
    expect(messagesLanguage(['validate', 'a.zip', '--messages', 'en'], { SOHOA_LANG: 'vi' })).toBe('en');
    expect(messagesLanguage(['--messages=vi', 'validate'], { SOHOA_LANG: 'en' })).toBe('vi');
    expect(messagesLanguage(['validate'], { SOHOA_LANG: 'en_US.UTF-8' })).toBe('en');
    expect(messagesLanguage(['validate'], { SOHOA_LANG: 'english' })).toBe('vi');
    expect(messagesLanguage(['validate'], {})).toBe('vi');
  });
});

describe('one language per message', () => {
  it('speaks Vietnamese by default: help headings, command summaries, the hint', async () => {
    const help = await run(['--help']);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('Cách dùng: sohoa');
    expect(help.stdout).toContain('Tùy chọn:');
    expect(help.stdout).toContain('Lệnh:');
    expect(help.stdout).toContain('Kiểm tra gói thông tin');
    expect(help.stdout).toContain('hiện trợ giúp của lệnh');
    expect(help.stdout).not.toMatch(/Usage:|display help|Validate an information package/u);
  });

  it('speaks English with --messages en or SOHOA_LANG=en, and only English', async () => {
    for (const help of [
      await run(['--help', '--messages', 'en']),
      await run(['--help'], { SOHOA_LANG: 'en' }),
    ]) {
      expect(help.stdout).toContain('Usage: sohoa');
      expect(help.stdout).toContain('Validate an information package');
      expect(help.stdout).not.toMatch(/Cách dùng|Kiểm tra gói/u);
    }
  });

  it("gives a command's help and its usage errors in the chosen language", async () => {
    const vi = await run(['validate', '--help']);
    expect(vi.stdout).toContain('gói cần kiểm tra');
    expect(vi.stdout).toContain('Tham số:');
    expect(vi.stdout).toContain('Cách dùng: sohoa validate [tùy chọn] <gói>');
    // commander wraps help lines: compare the words, not the line breaks.
    expect(vi.stdout.replace(/\s+/gu, ' ')).toContain('(chỉ nhận: "csip", "vn-tt05", mặc định: "vn-tt05")');
    expect(vi.stdout).not.toMatch(/choices:|default:|\[options\]/u);
    const en = await run(['validate', '--help', '--messages', 'en']);
    expect(en.stdout).toContain('the package: a .zip or its folder');

    const unknown = await run(['validate', 'a.zip', '--bogus']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain("lỗi: không có tùy chọn '--bogus'");
    expect(unknown.stderr).toContain('sohoa <lệnh> --help');
    const missing = await run(['pdfa', 'check']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain("lỗi: thiếu tham số bắt buộc 'các-tệp'");
    const bad = await run(['analyze', 'a.png', '--dpi', 'many']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('cần một số dương, nhận "many"');
    const badEn = await run(['analyze', 'a.png', '--dpi', 'many', '--messages', 'en']);
    expect(badEn.stderr).toContain("error: option '--dpi <number>' argument 'many' is invalid");
  });

  it("keeps catalog import's --lang of 0.1 working for one minor version, with a note to use --messages", async () => {
    const result = await run(['catalog', 'import', join(folder, 'missing.csv'), '--lang', 'en']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('sohoa: --lang is deprecated: use --messages');
    expect(result.stderr).toMatch(/^sohoa: error [A-Z_]+: /mu);
  });

  it('refuses a language it does not speak, with a usage error', async () => {
    const result = await run(['--help', '--messages', 'fr']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("'fr'");
  });

  it('prints a failed PDF/A check in Vietnamese, rule by rule, and in English when asked', async () => {
    const vi = await run(['pdfa', 'check', plainPdf]);
    expect(vi.exitCode).toBe(1);
    expect(vi.stdout).toMatch(
      /không khai báo chuẩn PDF\/A; đã kiểm tra \d+ quy tắc PDF\/A-2B: KHÔNG ĐẠT \d+ quy tắc/u,
    );
    const en = await run(['pdfa', 'check', plainPdf, '--messages', 'en']);
    expect(en.stdout).toMatch(/claims no PDF\/A conformance; \d+ PDF\/A-2B rules checked: FAILED \d+ rules/u);
    // The same rules fail in both languages; only the words differ.
    const rules = (text: string) => [...text.matchAll(/^ {2}(6\.\S+)/gmu)].map((match) => match[1]);
    expect(rules(vi.stdout)).toEqual(rules(en.stdout));
    expect(vi.stdout).not.toEqual(en.stdout);
  });

  it('prints the errors of the libraries in the chosen language: a PDF given as a catalog, as a package', async () => {
    const catalog = await run(['catalog', 'import', plainPdf]);
    expect(catalog.exitCode).toBe(2);
    expect(catalog.stderr).toContain('là tài liệu PDF, không phải bảng tính. Cách khắc phục: ');
    const catalogEn = await run(['catalog', 'import', plainPdf, '--messages', 'en']);
    expect(catalogEn.stderr).toContain('is a PDF document, not a spreadsheet. Fix: ');
    const pack = await run(['validate', plainPdf]);
    expect(pack.stderr).toMatch(/^sohoa: lỗi PACKAGE_CORRUPT: .*không phải là tệp ZIP đọc được/u);
    const packEn = await run(['validate', plainPdf, '--messages', 'en']);
    expect(packEn.stderr).toMatch(/^sohoa: error PACKAGE_CORRUPT: .*is not a readable ZIP/u);
  });

  it('prints an error of @sohoa/pipeline in the chosen language: a dossier folder that does not exist', async () => {
    const args = ['digitize', join(folder, 'no-such-dossier'), '--out', join(folder, 'out')];
    const vi = await run(args);
    expect(vi.exitCode).toBe(1);
    expect(vi.stderr).toMatch(
      /^sohoa: lỗi INPUT_NOT_FOUND: Không tìm thấy thư mục hồ sơ ".*no-such-dossier"\. Cách khắc phục: /u,
    );
    const en = await run([...args, '--messages', 'en']);
    expect(en.stderr).toMatch(
      /^sohoa: error INPUT_NOT_FOUND: The dossier folder ".*no-such-dossier" does not exist\. Fix: /u,
    );
  });

  it('prints an error of @sohoa/queue in the chosen language: no Redis server answers', async () => {
    const args = ['queue', 'status', '--redis', 'redis://127.0.0.1:9'];
    const vi = await run(args);
    expect(vi.stderr).toMatch(
      /^sohoa: lỗi QUEUE_UNREACHABLE: Máy chủ Redis redis:\/\/127\.0\.0\.1:9 của hàng đợi không nhận kết nối: không có chương trình nào nghe ở cổng 9 \(ECONNREFUSED\)\. Cách khắc phục: /u,
    );
    const en = await run([...args, '--messages', 'en']);
    expect(en.stderr).toMatch(
      /^sohoa: error QUEUE_UNREACHABLE: The Redis server redis:\/\/127\.0\.0\.1:9 of the job queue refuses the connection: nothing listens on port 9 \(ECONNREFUSED\)\. Fix: /u,
    );
  });

  it("frames a failure in the user's language: sohoa: lỗi CODE / sohoa: error CODE", async () => {
    const missing = join(folder, 'missing.pdf');
    const vi = await run(['pdfa', 'check', missing]);
    expect(vi.exitCode).toBe(2);
    expect(vi.stderr).toMatch(/^sohoa: lỗi [A-Z_]+: /u);
    const en = await run(['pdfa', 'check', missing], { SOHOA_LANG: 'en' });
    expect(en.stderr).toMatch(/^sohoa: error [A-Z_]+: /u);
  });
});
