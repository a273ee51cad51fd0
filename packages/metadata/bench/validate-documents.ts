/**
 * Benchmark: validate 100,000 SIP document records (`EAD_doc`) in one call, as a catalog import
 * of a large fond would, and report records per second and peak memory. About 2 % of the records
 * carry an error (wrong code, bad date, missing summary), so the error path is measured too.
 *
 * Run: `npm run bench -w @sohoa/metadata`. Writes `bench/results/metadata.json` at the repository root.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateRecords } from '../src/index.js';

const RECORD_COUNT = 100_000;
const ORGANS = ['Ủy ban nhân dân tỉnh Quảng Ninh', 'Sở Giáo dục và Đào tạo', 'Ty Thủy lợi Hồng Quảng'];
const SUBJECTS = [
  'Về việc thành lập Trường Trung học phổ thông Bãi Cháy',
  'Báo cáo tổng kết công tác thủy lợi năm',
  'Kế hoạch phòng, chống lụt bão và giảm nhẹ thiên tai',
];

function makeRecord(index: number): Record<string, unknown> {
  const dossier = Math.floor(index / 20) + 1;
  const ordinal = (index % 20) + 1;
  const fileCode = `H49.64.33.${1960 + (dossier % 60)}.${dossier}`;
  const record: Record<string, unknown> = {
    docId: `${fileCode}.${ordinal}`,
    docCode: `${fileCode}.${String(ordinal).padStart(7, '0')}`,
    maintenance: '01',
    typeName: String((index % 32) + 1).padStart(2, '0'),
    codeNumber: String(ordinal),
    codeNotation: 'QĐ-UBND',
    issuedDate: `${String((index % 28) + 1).padStart(2, '0')}/${String((index % 12) + 1).padStart(2, '0')}/${1960 + (dossier % 60)}`,
    organName: ORGANS[index % ORGANS.length],
    subject: `${SUBJECTS[index % SUBJECTS.length]} ${index}`,
    language: index % 10 === 0 ? ['01', '03'] : ['01'],
    numberOfPage: (index % 40) + 1,
    mode: '01',
    confidenceLevel: '02',
    format: '02',
  };
  if (index % 150 === 7) record.typeName = '33';
  if (index % 150 === 50) record.issuedDate = '31/02/1975';
  if (index % 150 === 99) delete record.subject;
  return record;
}

const records = Array.from({ length: RECORD_COUNT }, (_, index) => makeRecord(index));
validateRecords('document', records.slice(0, 2000)); // warm-up
const started = process.hrtime.bigint();
const report = validateRecords('document', records);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const peakRssMegabytes = process.resourceUsage().maxRSS / 1024;

const result = {
  benchmark: 'validateRecords("document") on 100,000 SIP EAD_doc records',
  records: RECORD_COUNT,
  invalidRecords: report.invalidCount,
  issues: report.issues.length,
  seconds: Number(seconds.toFixed(3)),
  recordsPerSecond: Math.round(RECORD_COUNT / seconds),
  peakRssMegabytes: Math.round(peakRssMegabytes),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  date: new Date().toISOString(),
};
const output = resolve(dirname(fileURLToPath(import.meta.url)), '../../../bench/results/metadata.json');
await mkdir(dirname(output), { recursive: true });
await writeFile(output, `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `${result.records} records in ${result.seconds} s: ${result.recordsPerSecond} records/s, peak RSS ${result.peakRssMegabytes} MB (${result.invalidRecords} invalid, ${result.issues} issues) → ${output}`,
);
