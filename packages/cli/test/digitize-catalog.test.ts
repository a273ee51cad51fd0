import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validatePackage } from '@sohoa/ip';
import type { DigitizedDocumentRecord } from '@sohoa/pipeline';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeScannedPdf } from '../../../fixtures/digitize-fixtures.js';
import { runCaptured } from './run-captured.js';

const FILE_CODE = '000.00.00.H00.2025.21';
const HEADINGS =
  'Mã hồ sơ;Tiêu đề hồ sơ;Thời gian tài liệu;Thời hạn bảo quản;Chế độ sử dụng;Số tờ;Mã hồ sơ gốc giấy;Số thứ tự văn bản;Tên loại văn bản;Số văn bản;Ký hiệu văn bản;Ngày văn bản;Cơ quan ban hành;Trích yếu;Số trang;Đường dẫn file';

describe('sohoa digitize on a catalog whose dossier was scanned as one PDF', () => {
  let folder: string;
  let out: string;
  let result: Awaited<ReturnType<typeof runCaptured>>;
  const records: DigitizedDocumentRecord[] = [];

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sohoa-catalog-'));
    // One PDF of three pages: the tờ trình (1 page) and, as the catalog says, a 2-page quyết định
    // whose first page is in fact the công văn's: the header must contradict the catalog.
    await writeScannedPdf(join(folder, 'ho-so-21.pdf'), [0, 1, 2]);
    await writeFile(
      join(folder, 'muc-luc.csv'),
      [
        HEADINGS,
        `${FILE_CODE};Hồ sơ thử nghiệm;06/01/2025 - 17/01/2025;Vĩnh viễn;Công khai;3;000.00.00.H00.01.21;1;Tờ trình;01;TTr-UBND;06/01/2025;Ủy ban nhân dân tỉnh Quảng Ngãi;Về việc miễn nhiệm chức danh Ủy viên Ủy ban nhân dân tỉnh Quảng Ngãi nhiệm kỳ 2021 - 2026;1;ho-so-21.pdf`,
        ';;;;;;;2;Quyết định;47;QĐ-UBND;17/01/2025;Ủy ban nhân dân tỉnh Quảng Ngãi;Về việc kinh phí thực hiện hỗ trợ quà Tết cho hộ nghèo;2;',
      ].join('\n'),
    );
    out = join(folder, 'out');
    result = await runCaptured([
      'digitize',
      join(folder, 'muc-luc.csv'),
      '--out',
      out,
      '--package',
      'sip',
      '--jobs',
      '2',
    ]);
    for (const ordinal of [1, 2]) {
      records.push(JSON.parse(await readFile(join(out, FILE_CODE, `${FILE_CODE}.${ordinal}.json`), 'utf8')));
    }
  });

  it("splits the PDF's pages into the documents by the catalog's page counts", async () => {
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(records.map((record) => record.pages.map((page) => page.source))).toEqual([
      ['ho-so-21.pdf#1'],
      ['ho-so-21.pdf#2', 'ho-so-21.pdf#3'],
    ]);
    for (const [index, pages] of [1, 2].entries()) {
      const pdf = await PDFDocument.load(
        await readFile(join(out, FILE_CODE, `${FILE_CODE}.${index + 1}.pdf`)),
      );
      expect(pdf.getPageCount()).toBe(pages);
    }
    expect(records[1]?.pages[1]?.text).toContain('QUYẾT ĐỊNH');
  });

  it('keeps the catalog metadata and flags where the page header disagrees with it', () => {
    expect(records[0]?.metadata).toMatchObject({
      typeName: '15',
      codeNotation: 'TTr-UBND',
      issuedDate: '06/01/2025',
    });
    expect(records[0]?.disagreements.map((item) => item.field)).not.toContain('codeNotation');
    const fields = records[1]?.disagreements.map((item) => item.field) ?? [];
    expect(fields).toEqual(expect.arrayContaining(['typeName', 'codeNotation', 'subject']));
    expect(records[1]?.disagreements.find((item) => item.field === 'codeNotation')).toMatchObject({
      given: 'QĐ-UBND',
      read: 'UBND-TTHC',
    });
    expect(records[1]?.metadata.codeNotation).toBe('QĐ-UBND');
    expect(result.stdout).toContain(
      '! codeNotation: the metadata says "QĐ-UBND", the page header reads "UBND-TTHC"',
    );
    // The plain progress lines end with where the review report is.
    expect(result.lines.at(-1)).toBe(`report: ${join(out, 'report.html')}`);
  });

  it('packages the dossier as a SIP_hoso that validates', async () => {
    expect(await readdir(join(out, FILE_CODE))).toContain(`${FILE_CODE}.sip.zip`);
    const report = await validatePackage(join(out, FILE_CODE, `${FILE_CODE}.sip.zip`));
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(report.packageType).toBe('SIP_hoso');
  });
});

describe('sohoa digitize --config and --dry-run', () => {
  it('rejects a config file with an unknown or wrong setting, naming each', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-config-'));
    const config = join(folder, 'sohoa.config.json');
    await writeFile(config, JSON.stringify({ jobs: 0, pakage: 'aip' }));
    const result = await runCaptured(['digitize', folder, '--config', config]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('error CONFIG_INVALID');
    expect(result.stderr).toContain('jobs:');
    expect(result.stderr).toContain('pakage');
  });

  it('checks a catalog in a dry run with settings from the config file, without OCR or writing', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-dry-'));
    await writeScannedPdf(join(folder, 'scan.pdf'), [0, 1]);
    await writeFile(
      join(folder, 'muc-luc.csv'),
      [
        HEADINGS,
        `${FILE_CODE};Hồ sơ thử nghiệm;06/01/2025 - 17/01/2025;Vĩnh viễn;Công khai;3;000.00.00.H00.01.21;1;Tờ trình;01;TTr-UBND;06/01/2025;UBND tỉnh;Về việc miễn nhiệm;1;scan.pdf`,
        ';;;;;;;2;Quyết định;47;QĐ-UBND;17/01/2025;UBND tỉnh;Về việc kinh phí;2;',
      ].join('\n'),
    );
    const out = join(folder, 'out');
    await writeFile(join(folder, 'sohoa.config.json'), JSON.stringify({ out, jobs: 1, package: 'aip' }));
    const result = await runCaptured([
      'digitize',
      join(folder, 'muc-luc.csv'),
      '--config',
      join(folder, 'sohoa.config.json'),
      '--dry-run',
    ]);
    // The catalog says 3 pages, the PDF has 2: the import compares them, naming the row and the scan.
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('error METADATA_INVALID');
    expect(result.stderr).toContain(
      'sheet muc-luc.csv, row 2: the metadata of a document of the dossier is invalid',
    );
    // In the English message the cell and the import's English sentence: no Vietnamese sentence.
    expect(result.stderr).toContain(
      '(O2: Số lượng trang (numberOfPage, number of pages) = 3: differs from the pages counted on the scan',
    );
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  });
});

describe('sohoa digitize --scans', () => {
  it('finds scans written as Windows paths in another case, in a scans folder away from the catalog', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-scans-'));
    const fond = join(folder, 'scans', 'Phông UBND'.normalize('NFD'), 'Hop01');
    await mkdir(fond, { recursive: true });
    await writeScannedPdf(join(fond, 'HoSo21.pdf'), [0, 1, 2]);
    await mkdir(join(folder, 'catalogs'));
    const catalog = join(folder, 'catalogs', 'muc-luc.csv');
    const rows = (path: string) =>
      [
        HEADINGS,
        `${FILE_CODE};Hồ sơ thử nghiệm;06/01/2025 - 17/01/2025;Vĩnh viễn;Công khai;3;000.00.00.H00.01.21;1;Tờ trình;01;TTr-UBND;06/01/2025;UBND tỉnh;Về việc miễn nhiệm;1;${path}`,
        ';;;;;;;2;Quyết định;47;QĐ-UBND;17/01/2025;UBND tỉnh;Về việc kinh phí;2;',
      ].join('\n');
    await writeFile(catalog, rows('D:\\SoHoa\\Phông UBND\\HOP01\\hoso21.PDF'));
    const out = join(folder, 'out');
    const args = ['digitize', catalog, '--out', out, '--dry-run', '--scans', join(folder, 'scans')];
    const found = await runCaptured(args);
    expect(found.stderr).toBe('');
    expect(found.exitCode).toBe(0);
    expect(found.stdout).toContain('1 dossier(s), 2 document(s), 3 page(s)');

    // Without --scans the paths start from the catalog's folder, where there is no scan.
    const alone = await runCaptured(args.slice(0, -2));
    expect(alone.exitCode).toBe(1);
    expect(alone.stderr).toContain('error INPUT_NOT_FOUND');

    await writeFile(catalog, rows('\\Phông UBND\\Hop01\\HoSo12.pdf'));
    const missing = await runCaptured(args);
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toContain(
      'sheet muc-luc.csv, row 2: the scan "/Phông UBND/Hop01/HoSo12.pdf" matches no file',
    );
    expect(missing.stderr).toContain('the closest existing name is "Phông UBND/Hop01/HoSo21.pdf"');
  });
});
