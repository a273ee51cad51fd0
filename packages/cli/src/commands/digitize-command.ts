import type { Command } from 'commander';
import { processOutput } from './cli-output.js';
import type { CommandContext } from './command-context.js';
import { languageDataOption } from './common-flags.js';
import { usageErrorLine } from './error-line.js';
import { inLanguage, sayIn } from './in-language.js';
import { parseCount, parseTime } from './parse-options.js';
import { type SettingsCommandOptions, settingsOf, withSettingsOptions } from './settings-options.js';

interface DigitizeCommandOptions extends SettingsCommandOptions {
  out?: string;
  jobs?: number;
  dryRun?: boolean;
  force?: boolean;
  json?: boolean;
  languageData?: string;
  createdAt?: Date;
}

/**
 * Adds `sohoa digitize <inputs...> --out <folder>`: the whole pipeline over {@link digitize},
 * with progress as plain lines (a bar on a terminal) or a JSON event stream, exit 0 when
 * everything is done and 1 when anything failed.
 */
export function addDigitizeCommand(program: Command, context: CommandContext): void {
  const say = sayIn(context.language);
  withSettingsOptions(program.command('digitize'), context.language)
    .description(
      say(
        'Số hóa hồ sơ (thư mục có dossier.json và ảnh quét, thư mục chứa các thư mục đó, hoặc mục lục .xlsx/.xls/.csv trỏ tới ảnh quét): mỗi văn bản một tệp PDF/A-2b hai lớp <mã hồ sơ>/<mã hồ sơ>.<n>.pdf, mỗi hồ sơ một gói AIP_hoso đã kiểm tra. Chạy tiếp được: bị ngắt thì chạy lại đúng lệnh đó.',
        'Digitize dossiers (folders with dossier.json and scans, folders of them, or .xlsx/.xls/.csv catalogs pointing at the scans): per document a two-layer PDF/A-2b <fileCode>/<fileCode>.<n>.pdf, per dossier a validated AIP_hoso. Resumable: re-run the same command after an interruption.',
      ),
    )
    .argument(
      '<inputs...>',
      say(
        'thư mục hồ sơ, thư mục chứa các thư mục hồ sơ, hoặc mục lục (.xlsx, .xls, .csv)',
        'dossier folders, folders of dossier folders, or catalogs (.xlsx, .xls, .csv)',
      ),
    )
    .option(
      '-o, --out <folder>',
      say(
        'thư mục đầu ra (tạo nếu chưa có); bắt buộc, trừ khi tệp cấu hình đã đặt "out"',
        'the output folder (created if missing); required unless the config file sets it',
      ),
    )
    .option(
      '-j, --jobs <number>',
      say(
        'số trang đọc cùng lúc (mặc định: số lõi CPU)',
        'pages read at once (default: the number of cores)',
      ),
      parseCount(context.language),
    )
    .addOption(languageDataOption(context.language))
    .option(
      '--dry-run',
      say(
        'chỉ kiểm tra đầu vào và siêu dữ liệu (giải mã mọi trang, thông số quét), không nhận dạng, không ghi gì',
        'check the inputs and metadata (every page decoded, scan profile) without OCR or writing',
      ),
    )
    .option(
      '--force',
      say(
        'làm lại các văn bản và hồ sơ mà nhật ký ghi là đã xong',
        'redo documents and dossiers the journal records as finished',
      ),
    )
    .option(
      '--json',
      say(
        'in các sự kiện tiến độ dạng JSON, mỗi dòng một sự kiện',
        'print the progress events as JSON, one per line',
      ),
    )
    .option(
      '--created-at <time>',
      say(
        'thời điểm tạo ghi vào mọi đầu ra, theo ISO 8601 (mặc định: lúc bắt đầu lần chạy đầu tiên)',
        'creation time written into every output, ISO 8601 (default: the first run’s start)',
      ),
      parseTime(context.language),
    )
    .action(async (inputs: string[], options: DigitizeCommandOptions) => {
      const resolved = await settingsOf(options);
      const out = resolved.usage === undefined ? (options.out ?? resolved.out) : undefined;
      if (resolved.usage !== undefined || !out) {
        const usage = resolved.usage ?? {
          vi: 'chưa cho tùy chọn bắt buộc \'-o, --out <thư-mục>\' (hoặc đặt "out" trong tệp cấu hình).',
          en: 'required option \'-o, --out <folder>\' not specified (or set "out" in the config file).',
        };
        context.output.error(usageErrorLine(usage, context.language));
        context.exitCode = 2;
        return;
      }
      for (const note of resolved.notes) context.output.error(inLanguage(context.language, note));
      const { settings } = resolved;
      const { digitize } = await import('@sohoa/pipeline');
      const { eventLines } = await import('../digitize/event-lines.js');
      const { TerminalProgress } = await import('../digitize/terminal-progress.js');
      const run = digitize({
        ...settings,
        inputs,
        out,
        jobs: options.jobs ?? settings.jobs,
        languageDataPath: options.languageData ?? settings.languageDataPath,
        createdAt: options.createdAt,
        force: options.force,
        dryRun: options.dryRun,
      });
      const terminal =
        !options.json && context.output === processOutput && process.stdout.isTTY
          ? new TerminalProgress(process.stdout, context.language)
          : undefined;
      let failures = 0;
      for await (const event of run) {
        if (event.type === 'summary') failures = event.summary.failures.length;
        if (options.json) {
          context.output.info(JSON.stringify(event));
        } else if (terminal) {
          terminal.update(event);
        } else {
          const { info, errors } = eventLines(event, context.language);
          for (const line of info) context.output.info(line);
          for (const line of errors) context.output.error(line);
        }
      }
      terminal?.done();
      context.exitCode = failures > 0 ? 1 : 0;
    });
}
