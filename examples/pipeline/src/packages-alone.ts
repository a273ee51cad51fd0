/**
 * The libraries under `sohoa digitize`, used alone from code, without OCR:
 * - `@sohoa/metadata`: build the codes, validate records of Thông tư 05/2025 (every problem of
 *   every record, in English or Vietnamese) and write the `EAD.xml` of a dossier;
 * - `@sohoa/pdfa`: write a PDF/A-2b of one scan (image only here; `sohoa digitize` adds the OCR
 *   text layer) and check it against the PDF/A-2B rules;
 * - `@sohoa/ip`: build an AIP_hoso package of that document and validate it as an archive's CI
 *   would (`sohoa validate` is the same check).
 *
 * Run from the repository root:
 * `npx tsx --conditions=@sohoa/source examples/pipeline/src/packages-alone.ts [out-folder]`
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeForPdf, loadPageImage } from '@sohoa/core';
import { buildPackage, toJunitReport, validatePackage } from '@sohoa/ip';
import {
  buildArcFileCode,
  buildDocCode,
  documentFileName,
  parseFileCode,
  toEadXml,
  validateRecords,
} from '@sohoa/metadata';
import { checkPdfA, writePdfA } from '@sohoa/pdfa';

const [out = 'out/examples/packages-alone'] = process.argv.slice(2);
const SAMPLE = 'examples/sample-dossier';
await mkdir(out, { recursive: true });

// 1. Metadata: the sample dossier as an AIP_hoso dossier record, with its archival code.
const { dossier } = JSON.parse(await readFile(join(SAMPLE, 'dossier.json'), 'utf8')) as {
  dossier: Record<string, unknown> & { fileCode: string };
};
const { fileCode, ...rest } = dossier;
const parts = parseFileCode(fileCode); // { creator: '000.00.00.H00', year: '2025', notation: '01' }
if (!parts) throw new Error(`${fileCode} is not a dossier code (no 4-digit year segment)`);
const arcFileCode = buildArcFileCode({ archiveCode: 'TTLT1', ...parts });
const aipDossier = { arcFileCode, ...rest };
console.log(`arcFileCode ${arcFileCode}`);

const document = {
  arcFileCode,
  mode: '01',
  language: ['01'],
  numberOfPage: 1,
  confidenceLevel: '02',
  docCode: buildDocCode(fileCode, 3),
  docOrdinal: 3,
  typeName: '02', // Quyết định
  codeNumber: '47',
  codeNotation: 'QĐ-UBND',
  issuedDate: '17/01/2025',
  organName: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
  subject:
    'Về việc kinh phí thực hiện hỗ trợ quà Tết cho hộ nghèo, cận nghèo trên địa bàn tỉnh nhân dịp Tết nguyên đán Ất Tỵ - năm 2025',
};
// A record typed by hand from an old register: every problem is listed, none thrown.
const typedByHand = { ...document, docOrdinal: 4, typeName: 'Quyết định', issuedDate: '31/02/2025' };
const report = validateRecords('aipDocument', [document, typedByHand], { locale: 'en' });
console.log(
  `validateRecords: ${report.invalidCount} of 2 records invalid, ${report.issues.length} problem(s)`,
);
for (const issue of report.issues) console.log(`  record ${issue.record}: ${issue.message}`);

const eadXml = toEadXml('aipDossier', aipDossier);
await writeFile(join(out, 'EAD.xml'), eadXml);
console.log(`wrote ${join(out, 'EAD.xml')}`);

// 2. PDF/A: one scan at 100 % scale, the JPEG bytes embedded unchanged, then the checker.
const pdfName = documentFileName(fileCode, 3);
const pdfPath = join(out, pdfName);
const image = await encodeForPdf(await loadPageImage(join(SAMPLE, 'qn_qd47_QD-UBND_20250117_p1.jpg')));
const createdAt = new Date('2025-02-03T09:00:00+07:00');
await writeFile(pdfPath, await writePdfA([{ image }], { title: document.subject, createdAt }));
const pdfCheck = await checkPdfA(pdfPath);
console.log(`checkPdfA ${pdfName}: ${pdfCheck.passed ? 'passed' : 'failed'}`);

// 3. Package: AIP_hoso (METS + EAD + PREMIS), then the same validation as `sohoa validate`.
const built = await buildPackage(
  {
    type: 'AIP_hoso',
    uuid: '6b8f2c1e-3d4a-4f5b-9c7d-8e9f0a1b2c3d', // with createdAt: the same bytes on every run
    createdAt,
    organization: 'Trung tâm Lưu trữ lịch sử tỉnh Quảng Ngãi',
    metadata: { ...aipDossier, totalDoc: 1, numberOfPaper: 1, numberOfPage: 1 },
    documents: [{ file: pdfPath, metadata: document }],
  },
  { destination: join(out, `${fileCode}.aip.zip`) },
);
const validation = await validatePackage(built.path, { profile: 'vn-tt05' });
await writeFile(join(out, 'validation.xml'), toJunitReport(validation));
console.log(
  `validatePackage ${built.path}: ${validation.valid ? 'valid' : 'invalid'} (${validation.findings.length} finding(s))`,
);
process.exitCode = report.invalidCount === 1 && pdfCheck.passed && validation.valid ? 0 : 1;
