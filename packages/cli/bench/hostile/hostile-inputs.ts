/**
 * The hostile inputs of `npm run bench:hostile -w @sohoa/cli`, built in a folder by the generators
 * of the tests (bombs, lying archives, huge declared sizes, paths that leave their folder, faults),
 * each with the `sohoa` command that receives it and the outcome expected: the error code and the
 * exit code.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PDFDocument, PDFName } from 'pdf-lib';
import { ZipFile } from 'yazl';
import { declaredPng } from '../../../../fixtures/declared-png.js';
import { bandDossier } from '../../../../fixtures/digitize-fixtures.js';
import { sampleAipEntries, zipEntries } from '../../../ip/src/__fixtures__/package-entries.js';
import {
  bombEntry,
  workbookWith,
  zipArchive,
} from '../../../metadata/src/catalog/__fixtures__/xlsx-builder.js';
import { deflateBomb } from '../../../pdfa/src/checker/__fixtures__/deflate-bomb.js';
import { minimalPdfA } from '../../../pdfa/src/checker/__fixtures__/minimal-pdfa.js';

const MIB = 1024 * 1024;
const FILE_CODE = '000.00.00.H00.2025.19';

/** One hostile case: what it is (English and Vietnamese), the command and what it must answer. */
export interface HostileCase {
  /** The command as the docs name it (`sohoa pdfa check`, …). */
  command: string;
  en: string;
  vi: string;
  args: string[];
  /**
   * The error code or finding id the command must print, `usage error` for commander's usage
   * errors, or for a case handled without an error the line it prints (`report written`).
   */
  code: string;
  exit: number;
  /** A limit case: its peak memory is reported against the 1 GiB goal. */
  limit: boolean;
}

/** A PDF/A whose catalog's /Metadata, page content or an object stream is a Flate stream inflating to 1 GiB. */
async function bombPdf(where: 'xmp' | 'content' | 'object-stream'): Promise<Uint8Array> {
  const bomb = deflateBomb(1024 * MIB);
  return minimalPdfA({
    decorate: (context, page, document) => {
      if (where === 'xmp') {
        const stream = context.stream(bomb, { Type: 'Metadata', Subtype: 'XML', Filter: 'FlateDecode' });
        document.catalog.set(PDFName.of('Metadata'), context.register(stream));
      } else if (where === 'content') {
        page.node.set(
          PDFName.of('Contents'),
          context.register(context.stream(bomb, { Filter: 'FlateDecode' })),
        );
      } else {
        context.register(context.stream(bomb, { Type: 'ObjStm', N: 1, First: 0, Filter: 'FlateDecode' }));
      }
    },
  });
}

/** 8 pages drawing one 60 MiB content stream of 10.5 million operators (84 million to analyse). */
async function operatorsPdf(): Promise<Uint8Array> {
  const { deflateSync } = await import('node:zlib');
  const stream = deflateSync(Buffer.from('0 0 m\n'.repeat(10_485_760)));
  return minimalPdfA({
    decorate: (context, page, document) => {
      const ref = context.register(context.stream(stream, { Filter: 'FlateDecode' }));
      page.node.set(PDFName.of('Contents'), ref);
      for (let more = 1; more < 8; more++) document.addPage([200, 200]).node.set(PDFName.of('Contents'), ref);
    },
  });
}

/** A yazl ZIP of `entries` (stored, in order: duplicates kept). */
async function storedZip(entries: Array<[string, Buffer]>): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, bytes] of entries) zip.addBuffer(bytes, name, { compress: false });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Writes every case's input under `folder` and returns the cases. */
export async function hostileCases(folder: string): Promise<HostileCase[]> {
  const at = (name: string) => join(folder, name);
  const cases: HostileCase[] = [];
  const add = (entry: HostileCase) => cases.push(entry);

  // sohoa pdfa check
  await writeFile(at('xmp-bomb.pdf'), await bombPdf('xmp'));
  add({
    command: 'sohoa pdfa check',
    en: '1 MB PDF whose XMP stream inflates to 1 GiB',
    vi: 'PDF 1 MB có luồng XMP giải nén ra 1 GiB',
    args: ['pdfa', 'check', at('xmp-bomb.pdf')],
    code: 'PDF_LIMIT_EXCEEDED',
    exit: 2,
    limit: true,
  });
  await writeFile(at('content-bomb.pdf'), await bombPdf('content'));
  add({
    command: 'sohoa pdfa check',
    en: '1 MB PDF whose content stream inflates to 1 GiB',
    vi: 'PDF 1 MB có luồng nội dung giải nén ra 1 GiB',
    args: ['pdfa', 'check', at('content-bomb.pdf')],
    code: 'PDF_LIMIT_EXCEEDED',
    exit: 2,
    limit: true,
  });
  await writeFile(at('object-stream-bomb.pdf'), await bombPdf('object-stream'));
  add({
    command: 'sohoa pdfa check',
    en: '1 MB PDF whose object stream inflates to 1 GiB',
    vi: 'PDF 1 MB có luồng đối tượng giải nén ra 1 GiB',
    args: ['pdfa', 'check', at('object-stream-bomb.pdf')],
    code: 'PDF_LIMIT_EXCEEDED',
    exit: 2,
    limit: true,
  });
  await writeFile(at('operators.pdf'), await operatorsPdf());
  add({
    command: 'sohoa pdfa check',
    en: '94 KB PDF: 8 pages drawing one 60 MiB stream of 10.5 million operators',
    vi: 'PDF 94 KB: 8 trang cùng vẽ một luồng 60 MiB gồm 10,5 triệu toán tử',
    args: ['pdfa', 'check', at('operators.pdf')],
    code: 'PDF_LIMIT_EXCEEDED',
    exit: 2,
    limit: true,
  });
  await writeFile(at('random.pdf'), Buffer.from(Array.from({ length: 65_536 }, (_, i) => (i * 7919) % 251)));
  add({
    command: 'sohoa pdfa check',
    en: 'random bytes named .pdf',
    vi: 'byte ngẫu nhiên đặt tên .pdf',
    args: ['pdfa', 'check', at('random.pdf')],
    code: 'INPUT_UNREADABLE',
    exit: 2,
    limit: false,
  });

  add({
    command: 'sohoa pdfa verify',
    en: 'random bytes named .pdf',
    vi: 'byte ngẫu nhiên đặt tên .pdf',
    args: ['pdfa', 'verify', at('random.pdf')],
    code: 'INPUT_UNREADABLE',
    exit: 2,
    limit: false,
  });

  add({
    command: 'sohoa pdfa verify',
    en: '1 MB PDF whose object stream inflates to 1 GiB',
    vi: 'PDF 1 MB có luồng đối tượng giải nén ra 1 GiB',
    args: ['pdfa', 'verify', at('object-stream-bomb.pdf')],
    code: 'PDF_LIMIT_EXCEEDED',
    exit: 2,
    limit: true,
  });

  // sohoa validate
  const aip = await sampleAipEntries();
  const data = [...aip.entries.keys()].find((name) => name.endsWith('.pdf')) as string;
  const genuine = [...aip.entries].map(([name, bytes]): [string, Buffer] => [`${aip.root}/${name}`, bytes]);
  const tampered = Buffer.from(aip.entries.get(data) as Buffer);
  tampered[tampered.length - 10] = 0x20;
  await writeFile(at('duplicate.zip'), await storedZip([[`${aip.root}/${data}`, tampered], ...genuine]));
  add({
    command: 'sohoa validate',
    en: 'AIP holding a tampered copy of a PDF before the genuine one (same entry name)',
    vi: 'AIP chứa một bản PDF bị sửa đứng trước bản gốc (trùng tên mục)',
    args: ['validate', at('duplicate.zip')],
    code: 'IP-NAME1',
    exit: 1,
    limit: false,
  });
  await writeFile(at('unsafe.zip'), zipArchive([{ name: '../outside.txt', content: 'x' }]));
  add({
    command: 'sohoa validate',
    en: 'ZIP with an entry named ../outside.txt',
    vi: 'ZIP có mục tên ../outside.txt',
    args: ['validate', at('unsafe.zip')],
    code: 'PACKAGE_UNSAFE_PATH',
    exit: 2,
    limit: false,
  });
  const mets = Buffer.alloc(200 * MIB, 32);
  mets.write('<?xml version="1.0" encoding="UTF-8"?><mets>');
  mets.write('</mets>', mets.length - 7);
  await writeFile(at('big-mets.zip'), await storedZip([[`${aip.root}/METS.xml`, mets]]));
  add({
    command: 'sohoa validate',
    en: 'stored (uncompressed) 200 MB METS.xml',
    vi: 'METS.xml 200 MB lưu không nén',
    args: ['validate', at('big-mets.zip')],
    code: 'PACKAGE_LIMIT_EXCEEDED',
    exit: 2,
    limit: true,
  });
  await writeFile(
    at('pdf-bomb-in-package.zip'),
    await zipEntries(aip, new Map([[data, await bombPdf('xmp')]])),
  );
  add({
    command: 'sohoa validate',
    en: 'AIP whose PDF is the 1 GiB XMP bomb',
    vi: 'AIP có tệp PDF là quả bom XMP 1 GiB',
    args: ['validate', at('pdf-bomb-in-package.zip')],
    code: 'TT05-PDF1',
    exit: 1,
    limit: true,
  });

  // sohoa catalog import
  const sheet = { prefix: '<worksheet><sheetData>', suffix: '</sheetData></worksheet>' };
  await writeFile(at('bomb.xlsx'), workbookWith(bombEntry('xl/worksheets/sheet1.xml', 1024, sheet)));
  add({
    command: 'sohoa catalog import',
    en: '1 MB .xlsx inflating to 1 GiB',
    vi: 'tệp .xlsx 1 MB giải nén ra 1 GiB',
    args: ['catalog', 'import', at('bomb.xlsx')],
    code: 'CATALOG_LIMIT_EXCEEDED',
    exit: 2,
    limit: true,
  });
  const header = 'Mã hồ sơ,Tiêu đề hồ sơ,Ngày bắt đầu\n';
  const rows = Array.from({ length: 1_000_000 }, (_, row) => `HS.${row},Hồ sơ ${row},2020-01-01\n`);
  await writeFile(at('million-rows.csv'), header + rows.join(''));
  add({
    command: 'sohoa catalog import',
    en: '1,000,000-row CSV (33 MB)',
    vi: 'tệp CSV 1.000.000 dòng (33 MB)',
    args: ['catalog', 'import', at('million-rows.csv')],
    code: 'CATALOG_LIMIT_EXCEEDED',
    exit: 2,
    limit: true,
  });
  await writeFile(at('pdf-named.xlsx'), '%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');
  add({
    command: 'sohoa catalog import',
    en: 'a PDF named .xlsx',
    vi: 'tệp PDF đặt tên .xlsx',
    args: ['catalog', 'import', at('pdf-named.xlsx')],
    code: 'INPUT_UNREADABLE',
    exit: 2,
    limit: false,
  });

  // sohoa digitize
  const dossier = at('dossier');
  await bandDossier(dossier, FILE_CODE, [0]);
  const described = JSON.parse(await readFile(join(dossier, 'dossier.json'), 'utf8'));
  const variant = async (name: string, pages: string[], files: Record<string, Buffer> = {}) => {
    const variantFolder = at(name);
    await mkdir(variantFolder, { recursive: true });
    for (const [file, bytes] of Object.entries(files)) await writeFile(join(variantFolder, file), bytes);
    await writeFile(
      join(variantFolder, 'dossier.json'),
      JSON.stringify({
        dossier: {
          ...described.dossier,
          totalDoc: 1,
          numberOfPage: pages.length,
          numberOfPaper: pages.length,
        },
        pages,
      }),
    );
    return variantFolder;
  };
  const band = await readFile(join(dossier, described.pages[0]));
  const million = await variant('two-million-pages', Array(2_000_000).fill('p.jpg'), { 'p.jpg': band });
  add({
    command: 'sohoa digitize',
    en: 'dossier.json listing one page 2,000,000 times',
    vi: 'dossier.json liệt kê một trang 2.000.000 lần',
    args: ['digitize', million, '--out', at('out-million')],
    code: 'WORK_LIMIT_EXCEEDED',
    exit: 1,
    limit: true,
  });
  const png = await variant('declared-png', ['huge.png'], { 'huge.png': declaredPng(15_000, 15_000) });
  for (const dryRun of [true, false])
    add({
      command: 'sohoa digitize',
      en: `PNG of 200 bytes declaring 15000 × 15000 pixels${dryRun ? ' (--dry-run)' : ''}`,
      vi: `ảnh PNG 200 byte khai báo 15000 × 15000 điểm ảnh${dryRun ? ' (--dry-run)' : ''}`,
      args: ['digitize', png, '--out', at('out-png'), ...(dryRun ? ['--dry-run'] : [])],
      code: 'WORK_LIMIT_EXCEEDED',
      exit: 1,
      limit: true,
    });
  const huge = await PDFDocument.create();
  huge.addPage([14_400, 14_400]);
  const page = await variant('huge-page', ['scan.pdf'], { 'scan.pdf': Buffer.from(await huge.save()) });
  add({
    command: 'sohoa digitize',
    en: '1 KB scanned PDF with a 200-inch page (60000 × 60000 at 300 dpi)',
    vi: 'PDF quét 1 KB có trang 200 inch (60000 × 60000 ở 300 dpi)',
    args: ['digitize', page, '--out', at('out-page')],
    code: 'WORK_LIMIT_EXCEEDED',
    exit: 1,
    limit: true,
  });
  const contentBomb = await variant('content-bomb', ['scan.pdf'], {
    'scan.pdf': Buffer.from(await bombPdf('content')),
  });
  add({
    command: 'sohoa digitize',
    en: '1 MB scanned PDF whose page content inflates to 1 GiB (--dry-run)',
    vi: 'PDF quét 1 MB có nội dung trang giải nén ra 1 GiB (--dry-run)',
    args: ['digitize', contentBomb, '--out', at('out-content-bomb'), '--dry-run'],
    code: 'PDF_LIMIT_EXCEEDED',
    exit: 1,
    limit: true,
  });
  const objectBomb = await variant('object-stream-bomb', ['scan.pdf'], {
    'scan.pdf': Buffer.from(await bombPdf('object-stream')),
  });
  add({
    command: 'sohoa digitize',
    en: '1 MB scanned PDF whose object stream inflates to 1 GiB (--dry-run)',
    vi: 'PDF quét 1 MB có luồng đối tượng giải nén ra 1 GiB (--dry-run)',
    args: ['digitize', objectBomb, '--out', at('out-object-bomb'), '--dry-run'],
    code: 'PDF_LIMIT_EXCEEDED',
    exit: 1,
    limit: true,
  });
  const manyPdfs = await variant('two-million-pdfs', Array(2_000_000).fill('scan.pdf'), {
    'scan.pdf': Buffer.from(await huge.save()),
  });
  add({
    command: 'sohoa digitize',
    en: 'dossier.json listing one scanned PDF 2,000,000 times',
    vi: 'dossier.json liệt kê một tệp PDF quét 2.000.000 lần',
    args: ['digitize', manyPdfs, '--out', at('out-many-pdfs'), '--dry-run'],
    code: 'WORK_LIMIT_EXCEEDED',
    exit: 1,
    limit: true,
  });
  const outside = await variant('outside', ['../dossier/band-1.jpg']);
  add({
    command: 'sohoa digitize',
    en: 'page path ../dossier/band-1.jpg in dossier.json',
    vi: 'đường dẫn trang ../dossier/band-1.jpg trong dossier.json',
    args: ['digitize', outside, '--out', at('out-outside'), '--dry-run'],
    code: 'PATH_OUTSIDE_FOLDER',
    exit: 1,
    limit: false,
  });
  await writeFile(at('a-file'), 'not a folder');
  add({
    command: 'sohoa digitize',
    en: '--out names an existing file',
    vi: '--out là một tệp đã có',
    args: ['digitize', dossier, '--out', at('a-file')],
    code: 'OUTPUT_WRITE_FAILED',
    exit: 1,
    limit: false,
  });
  const model = at('damaged-model');
  await mkdir(model);
  await writeFile(
    join(model, 'vie.traineddata.gz'),
    gzipSync(Buffer.from('not a tesseract model\n'.repeat(500))),
  );
  add({
    command: 'sohoa digitize',
    en: 'damaged OCR model (--language-data)',
    vi: 'mô hình OCR bị hỏng (--language-data)',
    args: ['digitize', dossier, '--out', at('out-model'), '--language-data', model, '--package', 'none'],
    code: 'OCR_ENGINE_FAILED',
    exit: 1,
    limit: false,
  });

  // sohoa pdf
  add({
    command: 'sohoa pdf',
    en: '1 MB scanned PDF whose page content inflates to 1 GiB',
    vi: 'PDF quét 1 MB có nội dung trang giải nén ra 1 GiB',
    args: ['pdf', join(contentBomb, 'scan.pdf'), at('rewritten.pdf')],
    code: 'PDF_LIMIT_EXCEEDED',
    exit: 1,
    limit: true,
  });

  // sohoa report
  await mkdir(at('report-out'));
  await writeFile(
    at('report-out/sohoa-journal.jsonl'),
    Buffer.concat([
      Buffer.from('{"type":"run"}\n{"type":"done","file":"../../etc/passwd"\n'),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    ]),
  );
  add({
    command: 'sohoa report',
    en: 'output folder whose journal is damaged (a cut line, binary bytes)',
    vi: 'thư mục đầu ra có nhật ký bị hỏng (dòng bị cắt, byte nhị phân)',
    args: ['report', at('report-out')],
    code: 'report written',
    exit: 0,
    limit: false,
  });

  // sohoa queue submit
  add({
    command: 'sohoa queue submit',
    en: '--redis http://x (not a Redis URL)',
    vi: '--redis http://x (không phải địa chỉ Redis)',
    args: ['queue', 'submit', dossier, '--out', at('queue-out'), '--redis', 'http://x'],
    code: 'usage error',
    exit: 2,
    limit: false,
  });
  add({
    command: 'sohoa queue submit',
    en: 'no Redis listening (redis://127.0.0.1:1)',
    vi: 'không có Redis (redis://127.0.0.1:1)',
    args: ['queue', 'submit', dossier, '--out', at('queue-out'), '--redis', 'redis://127.0.0.1:1'],
    code: 'QUEUE_UNREACHABLE',
    exit: 1,
    limit: false,
  });
  return cases;
}
