import type { Bilingual } from '@sohoa/base';
import type { Command } from 'commander';
import type { CommandContext } from './command-context.js';

/** Adds one top-level command of `sohoa` (with its subcommands) to the program. */
export type AddCommand = (program: Command, context: CommandContext) => void;

/** A top-level command of `sohoa`, whose module is imported only when that command is run. */
export interface CliCommandEntry {
  /** Its line in `sohoa --help`, in both languages. */
  summary: Bilingual;
  /** Whether it decodes images or runs OCR: then `sohoa` runs it with fewer malloc arenas. */
  decodesImages: boolean;
  /** Imports the command's module (and so the libraries it uses) and returns what adds it. */
  load(): Promise<AddCommand>;
}

/**
 * The top-level commands of `sohoa`, in the order `sohoa --help` lists them. A command's module,
 * and the libraries behind it (sharp, tesseract.js, pdf.js, libxml2), are imported only when
 * that command runs, so `sohoa --version` and `sohoa --help` load none of them.
 *
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import { CLI_COMMANDS } from './command-table.js';
 *
 * const program = new Command('sohoa');
 * const add = await CLI_COMMANDS.validate.load();
 * add(program, { output: { info: console.log, error: console.error }, exitCode: 0, language: 'vi' });
 * ```
 */
export const CLI_COMMANDS: Readonly<Record<string, CliCommandEntry>> = {
  digitize: {
    summary: {
      vi: 'Số hóa hồ sơ hoặc mục lục: mỗi văn bản một tệp PDF/A-2b, mỗi hồ sơ một gói AIP.',
      en: 'Digitize dossiers or catalogs: a PDF/A-2b per document, an AIP per dossier.',
    },
    decodesImages: true,
    load: async () => (await import('./digitize-command.js')).addDigitizeCommand,
  },
  pdf: {
    summary: {
      vi: 'Tạo một tệp PDF/A-2b tìm kiếm được từ ảnh quét, không cần siêu dữ liệu hồ sơ (như ocrmypdf).',
      en: 'Make one searchable PDF/A-2b from scans, without dossier metadata (like ocrmypdf).',
    },
    decodesImages: true,
    load: async () => (await import('./pdf-command.js')).addPdfCommand,
  },
  ocr: {
    summary: {
      vi: 'Nhận dạng chữ tiếng Việt trên trang quét: văn bản, hOCR, ALTO hoặc JSON.',
      en: 'Read scanned pages in Vietnamese: text, hOCR, ALTO or JSON.',
    },
    decodesImages: true,
    load: async () => (await import('./ocr-command.js')).addOcrCommand,
  },
  extract: {
    summary: {
      vi: 'Đọc phần đầu văn bản: số và ký hiệu, ngày, loại, cơ quan ban hành, trích yếu, người ký.',
      en: "Read a document's header: number and symbol, date, type, issuer, summary, signer.",
    },
    decodesImages: true,
    load: async () => (await import('./extract-command.js')).addExtractCommand,
  },
  analyze: {
    summary: {
      vi: 'Kiểm tra trang quét theo yêu cầu số hóa của Thông tư 05/2025.',
      en: 'Analyse scanned pages against the scanning rules of Thông tư 05/2025.',
    },
    decodesImages: true,
    load: async () => (await import('./analyze-command.js')).addAnalyzeCommand,
  },
  clean: {
    summary: {
      vi: 'Làm sạch trang quét: bản lưu trữ gốc và bản dùng để nhận dạng chữ.',
      en: 'Clean a scanned page: archival master and OCR copy.',
    },
    decodesImages: true,
    load: async () => (await import('./clean-command.js')).addCleanCommand,
  },
  catalog: {
    summary: {
      vi: 'Mục lục hồ sơ: nhập và kiểm tra bảng tính.',
      en: 'Catalogs of dossiers (mục lục hồ sơ): import and check a spreadsheet.',
    },
    decodesImages: false,
    load: async () => (await import('./catalog-import-command.js')).addCatalogCommand,
  },
  validate: {
    summary: {
      vi: 'Kiểm tra gói thông tin (E-ARK CSIP hoặc quy định của Thông tư 05/2025).',
      en: 'Validate an information package (E-ARK CSIP or the Thông tư 05/2025 profile).',
    },
    decodesImages: false,
    load: async () => (await import('./validate-command.js')).addValidateCommand,
  },
  pdfa: {
    summary: {
      vi: 'Công cụ PDF/A: kiểm tra, ký số, xác minh chữ ký.',
      en: 'PDF/A tools: check, sign, verify.',
    },
    decodesImages: false,
    load: async () => (await import('./pdfa-check-command.js')).addPdfaCommand,
  },
  report: {
    summary: {
      vi: 'Viết lại report.html của một thư mục kết quả sohoa digitize.',
      en: 'Write report.html of an output folder of sohoa digitize again.',
    },
    decodesImages: true,
    load: async () => (await import('./report-command.js')).addReportCommand,
  },
  queue: {
    summary: {
      vi: 'Số hóa trên nhiều máy qua hàng đợi công việc trên Redis (cần @sohoa/queue).',
      en: 'Digitize across many machines through a job queue on Redis (needs @sohoa/queue).',
    },
    decodesImages: true,
    load: async () => (await import('./queue-command.js')).addQueueCommand,
  },
};

/**
 * Whether `argv` asks for help (`--help`, `-h`, or `help` as its first word) rather than for work:
 * then nothing but the help is needed, neither the libraries behind a command nor a child process
 * with fewer malloc arenas.
 *
 * @example
 * ```ts
 * import { asksForHelp } from './command-table.js';
 *
 * asksForHelp(['digitize', '--help']); // true
 * asksForHelp(['digitize', 'scans', '--out', 'out']); // false
 * ```
 */
export function asksForHelp(argv: readonly string[]): boolean {
  return (
    argv.includes('--help') || argv.includes('-h') || argv.find((word) => !word.startsWith('-')) === 'help'
  );
}

/**
 * The top-level command `argv` runs: its first word that is not an option nor the value of
 * `--messages` (`sohoa help <command>` names it second), or `undefined` when there is none or it is
 * not a command of `sohoa`.
 *
 * @example
 * ```ts
 * import { commandRunBy } from './command-table.js';
 *
 * commandRunBy(['pdfa', 'check', 'a.pdf'])?.decodesImages; // false
 * commandRunBy(['--version']); // undefined
 * ```
 */
export function commandRunBy(argv: readonly string[]): CliCommandEntry | undefined {
  // `--messages en digitize`: `en` is the value of `--messages`, not a command.
  const words = argv.filter((word, index) => !word.startsWith('-') && argv[index - 1] !== '--messages');
  const name = words[0] === 'help' ? words[1] : words[0];
  return name !== undefined && Object.hasOwn(CLI_COMMANDS, name) ? CLI_COMMANDS[name] : undefined;
}
