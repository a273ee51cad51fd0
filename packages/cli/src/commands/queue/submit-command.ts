import type { Command } from 'commander';
import type { CommandContext } from '../command-context.js';
import { usageErrorLine } from '../error-line.js';
import { inLanguage, sayIn } from '../in-language.js';
import { parseCount, parseTime } from '../parse-options.js';
import { type SettingsCommandOptions, settingsOf, withSettingsOptions } from '../settings-options.js';
import { withConnectionOptions } from './connection-options.js';

interface SubmitCommandOptions extends SettingsCommandOptions {
  redis: string;
  out: string;
  batch?: string;
  queue?: string;
  createdAt?: Date;
  attempts?: number;
  backoff?: number;
  json?: boolean;
}

/** Adds `sohoa queue submit <inputs...> --out <storage> --redis <url>`. */
export function addSubmitCommand(program: Command, context: CommandContext): void {
  const say = sayIn(context.language);
  withSettingsOptions(withConnectionOptions(program.command('submit'), context.language), context.language)
    .description(
      say(
        'Chia một lô thành các việc: mỗi hồ sơ một việc lập gói, với các việc con là từng văn bản. Gửi lại cùng lô không thêm gì hai lần. Nhận các thiết lập của sohoa digitize (tùy chọn và --config).',
        'Turn a batch into jobs: per dossier a package job whose children are one job per document. Submitting the same batch again adds nothing twice. Takes the settings of sohoa digitize (flags and --config).',
      ),
    )
    .argument(
      '<inputs...>',
      say(
        'thư mục hồ sơ, thư mục chứa các thư mục hồ sơ, hoặc mục lục, trên bộ nhớ dùng chung',
        'dossier folders, folders of dossier folders, or catalogs, on the shared storage',
      ),
    )
    .requiredOption(
      '-o, --out <storage>',
      say(
        'thư mục đầu ra dùng chung (hoặc địa chỉ file://), cùng một đường dẫn trên mọi máy chạy việc',
        'the shared output folder (or file:// URL), the same path on every worker',
      ),
    )
    .option(
      '--batch <id>',
      say(
        'mã lô (mặc định: giá trị băm của đầu vào và đầu ra)',
        'the batch id (default: a hash of the inputs and the output)',
      ),
    )
    .option(
      '--created-at <time>',
      say(
        'thời điểm tạo của mọi tệp PDF và gói (mặc định: lúc gửi lô lần đầu)',
        'creation time of every PDF and package (default: the first submission time)',
      ),
      parseTime(context.language),
    )
    .option(
      '--attempts <number>',
      say(
        'số lần chạy một việc trước khi coi là lỗi hẳn (mặc định: 3)',
        'executions of a job before it fails for good (default: 3)',
      ),
      parseCount(context.language),
    )
    .option(
      '--backoff <ms>',
      say(
        'thời gian chờ trước lần chạy lại đầu tiên, gấp đôi sau mỗi lần (mặc định: 10000)',
        'first retry delay, doubled each retry (default: 10000)',
      ),
      parseCount(context.language),
    )
    .option('--json', say('in kết quả dạng JSON', 'print the result as JSON'))
    .action(async (inputs: string[], options: SubmitCommandOptions) => {
      const resolved = await settingsOf(options);
      if (resolved.usage !== undefined) {
        context.output.error(usageErrorLine(resolved.usage, context.language));
        context.exitCode = 2;
        return;
      }
      for (const note of resolved.notes) context.output.error(inLanguage(context.language, note));
      const { submitBatch } = await import('@sohoa/queue');
      // Each worker has its own --concurrency and --language-data.
      const { jobs: _jobs, languageDataPath: _languageData, ...settings } = resolved.settings;
      const submitted = await submitBatch({
        ...settings,
        redis: options.redis,
        queueName: options.queue,
        inputs,
        out: options.out,
        batchId: options.batch,
        createdAt: options.createdAt,
        retry: { attempts: options.attempts, backoffMs: options.backoff },
      });
      if (options.json) {
        context.output.info(JSON.stringify(submitted));
      } else {
        context.output.info(
          say(
            `lô ${submitted.batchId}: ${submitted.dossiers} hồ sơ, ${submitted.documents} văn bản, ${submitted.pages} trang; thêm ${submitted.added} việc, ${submitted.existing} việc đã có trong hàng đợi`,
            `batch ${submitted.batchId}: ${submitted.dossiers} dossiers, ${submitted.documents} documents, ${submitted.pages} pages; ${submitted.added} jobs added, ${submitted.existing} already queued`,
          ),
        );
        for (const unplanned of submitted.unplanned) {
          context.output.error(
            say(
              `sohoa: lỗi ${unplanned.code}: ${unplanned.texts?.vi ?? unplanned.message}`,
              `sohoa: error ${unplanned.code}: ${unplanned.texts?.en ?? unplanned.message}`,
            ),
          );
        }
      }
      if (submitted.unplanned.length > 0) context.exitCode = 1;
    });
}
