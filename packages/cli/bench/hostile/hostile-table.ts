/**
 * The "cases tried per command" table of docs/08-hostile-input.en.md and .vi.md, written from the
 * results of `npm run bench:hostile -w @sohoa/cli` between the `hostile-cases` markers, so the docs
 * give the figures the benchmark measured and nothing typed by hand.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** One case's measured outcome (as `bench/results/hostile-cases.json` holds it). */
export interface HostileResult {
  command: string;
  en: string;
  vi: string;
  limit: boolean;
  expected: { code: string; exit: number };
  exit: number | null;
  signal: string | null;
  /** The expected code when the command printed it, else the first code it printed. */
  code: string | null;
  /** Lines that are not sohoa's own (stack frames, other libraries' messages). */
  strayLines: number;
  firstErrorLine: string | null;
  seconds: number;
  peakRssMiB: number;
  passed: boolean;
}

const START = '<!-- hostile-cases:start -->';
const END = '<!-- hostile-cases:end -->';

const TEXTS = {
  en: {
    header: '| command | input | outcome | exit | peak memory | time |',
    crashed: (signal: string) => `killed by ${signal}`,
    unexpected: (code: string, exit: number) => ` — **expected ${code}, exit ${exit}**`,
    stray: (lines: number) => `, ${lines} line(s) not sohoa's`,
    limit: ' (limit)',
    number: (value: number) => value.toLocaleString('en-US'),
    summary: (passed: number, cases: number, load: string, peak: string) =>
      `${passed} of ${cases} cases answered as expected (code, exit code, no line but sohoa's); ` +
      `the cases a limit stops peak at ${peak} MiB at most (goal: under 1 GiB with the default limits); ` +
      `measured by \`npm run bench:hostile -w @sohoa/cli\` (load average ${load}), ` +
      '`bench/results/hostile-cases.json`. Peak memory is the whole `sohoa` process ' +
      '(run from the sources with tsx); "(limit)" marks the cases a limit stops.',
  },
  vi: {
    header: '| lệnh | đầu vào | kết quả | mã thoát | bộ nhớ đỉnh | thời gian |',
    crashed: (signal: string) => `bị dừng bởi ${signal}`,
    unexpected: (code: string, exit: number) => ` — **cần ${code}, mã thoát ${exit}**`,
    stray: (lines: number) => `, ${lines} dòng không phải của sohoa`,
    limit: ' (giới hạn)',
    number: (value: number) => value.toLocaleString('vi-VN'),
    summary: (passed: number, cases: number, load: string, peak: string) =>
      `${passed} trên ${cases} trường hợp trả lời đúng như mong đợi (mã lỗi, mã thoát, không có dòng nào ` +
      `ngoài của sohoa); các trường hợp bị một giới hạn chặn lại dùng nhiều nhất ${peak} MiB bộ nhớ (mục tiêu: ` +
      `dưới 1 GiB với giới hạn mặc định); đo bằng \`npm run bench:hostile -w @sohoa/cli\` (tải trung bình ${load}), ` +
      '`bench/results/hostile-cases.json`. Bộ nhớ đỉnh là của cả tiến trình `sohoa` (chạy từ mã ' +
      'nguồn qua tsx); "(giới hạn)" đánh dấu các trường hợp bị một giới hạn chặn lại.',
  },
} as const;

/** A code or finding id in backticks; a line the command printed (`report written`) as it is. */
function codeText(code: string | null): string {
  if (code === null) return '—';
  return /^[A-Z0-9_-]+$/.test(code) ? `\`${code}\`` : code;
}

/**
 * The table (and its summary line) in one language.
 *
 * @example
 * ```ts
 * const markdown = hostileTable(results, [2.1, 2.5, 3.0], 'en');
 * ```
 */
export function hostileTable(
  results: readonly HostileResult[],
  load: readonly number[],
  language: 'en' | 'vi',
): string {
  const texts = TEXTS[language];
  const rows = results.map((result) => {
    const outcome =
      (result.signal ? texts.crashed(result.signal) : codeText(result.code)) +
      (result.passed ? '' : texts.unexpected(result.expected.code, result.expected.exit)) +
      (result.strayLines ? texts.stray(result.strayLines) : '');
    const memory = `${texts.number(result.peakRssMiB)} MiB${result.limit ? texts.limit : ''}`;
    const input = language === 'en' ? result.en : result.vi;
    return `| \`${result.command}\` | ${input} | ${outcome} | ${result.exit ?? '—'} | ${memory} | ${texts.number(result.seconds)} s |`;
  });
  const passed = results.filter((result) => result.passed).length;
  const loadText = load.map((value) => texts.number(Math.round(value * 10) / 10)).join(' / ');
  const peak = Math.max(0, ...results.filter((result) => result.limit).map((result) => result.peakRssMiB));
  return [
    texts.summary(passed, results.length, loadText, texts.number(peak)),
    '',
    texts.header,
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** Writes the table into both docs, between their markers. */
export async function writeHostileTables(
  results: readonly HostileResult[],
  load: readonly number[],
): Promise<void> {
  for (const language of ['en', 'vi'] as const) {
    const path = fileURLToPath(new URL(`../../../../docs/08-hostile-input.${language}.md`, import.meta.url));
    const text = await readFile(path, 'utf8');
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    if (start < 0 || end < start) throw new Error(`${path} lacks the ${START} … ${END} markers`);
    const table = hostileTable(results, load, language);
    await writeFile(path, `${text.slice(0, start + START.length)}\n${table}\n${text.slice(end)}`);
  }
}
