import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCaptured } from './run-captured.js';

const run = runCaptured;

describe('sohoa catalog import', () => {
  let folder: string;
  let good: string;
  let bad: string;
  const heading =
    'STT;Số hồ sơ;Tiêu đề hồ sơ;Thời gian tài liệu;Thời hạn bảo quản;Chế độ sử dụng;Số tờ;Số trang;Tổng số văn bản';

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sohoa-catalog-'));
    good = join(folder, 'muc-luc.csv');
    await writeFile(
      good,
      `\uFEFF${heading}\r\n1;01;Tập lưu quyết định năm 1962;01/01/1962 - 31/12/1962;Vĩnh viễn;Hạn chế;40;80;25\r\n`,
    );
    bad = join(folder, 'muc-luc-loi.csv');
    await writeFile(bad, `\uFEFF${heading}\r\n1;02;Hồ sơ xây dựng cầu;1963;50 năm;Công khai;10;20;x\r\n`);
  });

  it('reads a valid catalog into records and exits 0', async () => {
    const result = await run(['catalog', 'import', good, '--creator', 'P623']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('1 dossiers (1 valid), 0 documents; 0 errors');
    const json = JSON.parse((await run(['catalog', 'import', good, '--creator', 'P623', '--json'])).stdout);
    expect(json.dossiers[0].record).toMatchObject({
      fileCode: 'P623.1962.01',
      maintenance: '01',
      mode: '02',
      totalDoc: 25,
    });
  });

  it('locates every problem by sheet, row and column and exits 1', async () => {
    const result = await run(['catalog', 'import', bad, '--creator', 'P623', '--lang', 'en']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('3 errors');
    expect(result.stdout).toContain('muc-luc-loi.csv!D2');
    expect(result.stdout).toContain('muc-luc-loi.csv!I2');
  });

  it('exits 2 when the file cannot be read', async () => {
    const result = await run(['catalog', 'import', join(folder, 'missing.xlsx')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('error INPUT_NOT_FOUND');
  });
});
