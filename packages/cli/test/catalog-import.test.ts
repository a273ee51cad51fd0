import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDigitizeConfig } from '@sohoa/pipeline';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeScannedPdf } from '../../../fixtures/digitize-fixtures.js';
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
    expect(result.stdout).toBe(
      `${good}: 1 of 1 dossier(s) ready, 0 need fixes; 0 of 0 document(s) ready, 0 need fixes; 0 error(s), 0 warning(s)`,
    );
    const json = JSON.parse((await run(['catalog', 'import', good, '--creator', 'P623', '--json'])).stdout);
    expect(json.dossiers[0].record).toMatchObject({
      fileCode: 'P623.1962.01',
      maintenance: '01',
      mode: '02',
      totalDoc: 25,
    });
  });

  it('locates every problem by sheet, row and column and exits 1', async () => {
    const result = await run(['catalog', 'import', bad, '--creator', 'P623', '--messages', 'en']);
    expect(result.exitCode).toBe(1);
    expect(result.lines.slice(0, 2)).toEqual([
      `${bad}: 0 of 1 dossier(s) ready, 1 need fixes; 0 of 0 document(s) ready, 0 need fixes; 3 error(s), 0 warning(s)`,
      '  top reasons: 1× startDate (date), 1× endDate (date), 1× totalDoc (type)',
    ]);
    expect(result.stdout).toContain('muc-luc-loi.csv!D2');
    expect(result.stdout).toContain('muc-luc-loi.csv!I2');
    // Each issue in the language asked for, the other one nowhere.
    expect(result.stdout).toContain(
      'error muc-luc-loi.csv!D2: Thời gian bắt đầu (startDate, start date) = "1963": is not a real date',
    );
    expect(result.stdout).not.toContain('Cách sửa');
    const vietnamese = await run(['catalog', 'import', bad, '--creator', 'P623', '--messages', 'vi']);
    expect(vietnamese.stdout).toContain('lỗi muc-luc-loi.csv!D2: Thời gian bắt đầu (startDate) = "1963": ');
    expect(vietnamese.stdout).toContain('Cách sửa:');
    expect(vietnamese.stdout).not.toContain('Fix:');
  });

  it('says once when scanned dossiers of several documents list no document', async () => {
    const dossiers = join(folder, 'muc-luc-ho-so.csv');
    await writeFile(
      dossiers,
      `\uFEFF${heading};Đường dẫn file\r\n1;01;Tập lưu quyết định năm 1962;01/01/1962 - 31/12/1962;Vĩnh viễn;Hạn chế;40;80;25;01.pdf\r\n`,
    );
    const result = await run(['catalog', 'import', dossiers, '--creator', 'P623']);
    expect(result.lines.slice(0, 2)).toEqual([
      `${dossiers}: 1 of 1 dossier(s) ready, 0 need fixes; 0 of 0 document(s) ready, 0 need fixes; 0 error(s), 1 warning(s)`,
      '  1 dossier(s) of several documents list no document: each becomes one document of its whole scan; to split them, add a row per document (documentsNotListed)',
    ]);
  });

  it('exits 2 when the file cannot be read', async () => {
    const result = await run(['catalog', 'import', join(folder, 'missing.xlsx')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('error INPUT_NOT_FOUND');
  });
});

describe('sohoa catalog import: mapping, configuration and scans', () => {
  const HEADINGS =
    'Số hồ sơ;Tiêu đề hồ sơ;Ngày bắt đầu;Tháng bắt đầu;Năm bắt đầu;Ngày kết thúc;Tháng kết thúc;Năm kết thúc;Thời hạn bảo quản;Tên loại văn bản;Số văn bản;Ký hiệu văn bản;Ngày văn bản;Cơ quan ban hành;Trích yếu;Số trang;Người nhập;Đường dẫn file';
  const DOSSIER = '01;Hồ sơ thu thuế năm 1995;1;3;1995;28;12;1995;Vĩnh viễn';
  let folder: string;
  let scans: string;

  /** Writes a catalog of two documents whose scans are `paths`, the first row's page count empty. */
  async function writeCatalog(name: string, paths: [string, string], headings = HEADINGS): Promise<string> {
    const file = join(folder, 'catalogs', name);
    await writeFile(
      file,
      [
        headings,
        `${DOSSIER};Quyết định;12;QĐ-UBND;01/03/1995;UBND huyện Hoành Bồ;Về việc thu thuế;;Lan;${paths[0]}`,
        `${DOSSIER};Công văn;5;UBND;28/12/1995;UBND huyện Hoành Bồ;Về việc nộp thuế;1;Lan;${paths[1]}`,
      ].join('\n'),
    );
    return file;
  }

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sohoa-catalog-scans-'));
    scans = join(folder, 'scans');
    await mkdir(join(scans, 'HOSO01'), { recursive: true });
    await mkdir(join(folder, 'catalogs'));
    await writeScannedPdf(join(scans, 'HOSO01', 'qd12.pdf'), [2, 2]);
    await writeScannedPdf(join(scans, 'HOSO01', 'cv05.pdf'), [1]);
  });

  it('counts an empty page count from the scan under --scans and records how', async () => {
    const catalog = await writeCatalog('muc-luc.csv', [
      'D:\\SoHoa\\hoso01\\qd12.pdf',
      'D:\\SoHoa\\hoso01\\CV05.PDF',
    ]);
    const args = ['catalog', 'import', catalog, '--creator', 'P623', '--scans', scans, '--messages', 'en'];
    const result = await run(args);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.lines[0]).toBe(
      `${catalog}: 1 of 1 dossier(s) ready, 0 need fixes; 2 of 2 document(s) ready, 0 need fixes; 0 error(s), 0 warning(s)`,
    );
    const json = JSON.parse((await run([...args, '--json'])).stdout);
    expect(json.summary.dossiers).toEqual({ total: 1, ready: 1, needFixes: 0 });
    const [first] = json.dossiers[0].documents;
    expect(first.record.numberOfPage).toBe(2);
    expect(first.derivations).toContainEqual(
      expect.objectContaining({ field: 'numberOfPage', value: 2, how: 'scan-pages' }),
    );
    expect(json.dossiers[0].record.startDate).toBe('01/03/1995');
    expect(json.dossiers[0].derivations).toContainEqual(
      expect.objectContaining({ field: 'startDate', value: '01/03/1995', how: 'date-parts' }),
    );
  });

  it('reports a missing scan with its row and the closest existing name, and exits 1', async () => {
    const catalog = await writeCatalog('muc-luc-thieu.csv', ['\\hoso01\\qd12.pdf', '\\hoso01\\cv5.pdf']);
    const result = await run(['catalog', 'import', catalog, '--creator', 'P623', '--scans', scans]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('1 scan(s) not found or unreadable');
    expect(result.stdout).toContain(
      `error ${catalog}, sheet muc-luc-thieu.csv, row 3: the scan "/hoso01/cv5.pdf" matches no file; the closest existing name is "HOSO01/cv05.pdf"`,
    );
  });

  it('prints each column as read with --mapping, and --write-mapping merges it into a config file that reads it back', async () => {
    const catalog = await writeCatalog('muc-luc.csv', ['hoso01/qd12.pdf', 'hoso01/cv05.pdf']);
    const mapped = await run([
      'catalog',
      'import',
      catalog,
      '--creator',
      'P623',
      '--scans',
      scans,
      '--mapping',
    ]);
    expect(mapped.exitCode).toBe(0);
    expect(mapped.lines).toEqual(
      expect.arrayContaining([
        'sheet "muc-luc.csv": heading row 1, one row per document',
        '  A  "Số hồ sơ" → notation (heading)  e.g. "01"',
        '  C  "Ngày bắt đầu" → startDay (heading)  e.g. "1"',
        '  Q  "Người nhập" → ignored (heading)  e.g. "Lan"',
        '  R  "Đường dẫn file" → filePath (heading)  e.g. "hoso01/qd12.pdf", "hoso01/cv05.pdf"',
      ]),
    );

    const config = join(folder, 'sohoa.config.json');
    await writeFile(config, JSON.stringify({ jobs: 2, catalog: { creator: 'P623' } }));
    const written = await run(
      ['catalog', 'import', catalog, '--scans', scans].concat([
        '--config',
        config,
        '--write-mapping',
        config,
      ]),
    );
    expect(written.exitCode).toBe(0);
    expect(written.stdout).toContain(`mapping written to ${config} (catalog.columns)`);
    const settings = await loadDigitizeConfig(config);
    expect(settings.jobs).toBe(2);
    expect(settings.catalog?.creator).toBe('P623');
    expect(settings.catalog?.columns).toMatchObject({
      'Số hồ sơ': 'notation',
      'Năm kết thúc': 'endYear',
      'Người nhập': 'ignore',
    });

    // The columns of the config file are applied: every column is now "config".
    const again = await run([
      'catalog',
      'import',
      catalog,
      '--config',
      config,
      '--scans',
      scans,
      '--mapping',
    ]);
    expect(again.exitCode).toBe(0);
    expect(again.lines).toContain('  A  "Số hồ sơ" → notation (config)  e.g. "01"');
  });

  it('refuses to merge the mapping into a file that is not a JSON object, and leaves it as it was', async () => {
    const catalog = await writeCatalog('muc-luc.csv', ['hoso01/qd12.pdf', 'hoso01/cv05.pdf']);
    const broken = join(folder, 'broken.config.json');
    await writeFile(broken, '{ "jobs": 2, ');
    const result = await run(
      ['catalog', 'import', catalog, '--creator', 'P623'].concat(['--write-mapping', broken]),
    );
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`error CONFIG_INVALID: "${broken}" is not a JSON object`);
    expect(await readFile(broken, 'utf8')).toBe('{ "jobs": 2, ');
  });

  it('reads a heading no heuristic knows through catalog.columns of the config file', async () => {
    const headings = HEADINGS.replace('Số hồ sơ', 'KH hồ sơ lưu');
    const catalog = await writeCatalog('muc-luc-la.csv', ['hoso01/qd12.pdf', 'hoso01/cv05.pdf'], headings);
    const config = join(folder, 'columns.config.json');
    const base = ['catalog', 'import', catalog, '--creator', 'P623', '--scans', scans];
    const unknown = await run(base);
    expect(unknown.exitCode).toBe(1);
    await writeFile(config, JSON.stringify({ catalog: { columns: { 'KH hồ sơ lưu': 'notation' } } }));
    const known = await run([...base, '--config', config, '--json']);
    expect(known.exitCode).toBe(0);
    expect(JSON.parse(known.stdout).dossiers[0].record.fileCode).toBe('P623.1995.01');
  });
});
