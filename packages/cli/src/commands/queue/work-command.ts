import type { WorkerEvent } from '@sohoa/queue';
import type { Command } from 'commander';
import type { CommandContext } from '../command-context.js';
import { languageDataOption } from '../common-flags.js';
import { sayIn } from '../in-language.js';
import { parseCount } from '../parse-options.js';
import { withConnectionOptions } from './connection-options.js';

interface WorkCommandOptions {
  redis: string;
  queue?: string;
  concurrency?: number;
  lockDuration?: number;
  stalledInterval?: number;
  maxStalled?: number;
  scratch?: string;
  languageData?: string;
  json?: boolean;
}

/**
 * Adds `sohoa queue work --redis <url> [--concurrency N]`: a worker process that runs until
 * SIGTERM or SIGINT; the first signal lets the jobs in progress finish, a second puts them back
 * in the queue at once and exits.
 */
export function addWorkCommand(program: Command, context: CommandContext): void {
  const say = sayIn(context.language);
  withConnectionOptions(program.command('work'), context.language)
    .description(
      say(
        'Chạy một tiến trình xử lý: nhận việc văn bản và việc hồ sơ từ hàng đợi cho đến khi có SIGTERM/SIGINT (tín hiệu đầu tiên cho các việc đang làm chạy xong, tín hiệu thứ hai trả chúng về hàng đợi).',
        'Run a worker: take document and dossier jobs from the queue until SIGTERM/SIGINT (the first signal finishes the jobs in progress, a second returns them to the queue).',
      ),
    )
    .option(
      '-c, --concurrency <number>',
      say(
        'số việc làm cùng lúc, cũng là số luồng OCR (mặc định: số lõi CPU)',
        'jobs at once, and OCR threads (default: the number of cores)',
      ),
      parseCount(context.language),
    )
    .option(
      '--lock-duration <ms>',
      say(
        'thời hạn khóa một việc khi không được gia hạn; việc của một máy bị mất chờ chừng ấy (mặc định: 60000)',
        "lock of a job without renewal; a lost worker's jobs wait this long (default: 60000)",
      ),
      parseCount(context.language),
    )
    .option(
      '--stalled-interval <ms>',
      say(
        'bao lâu tìm các khóa đã hết hạn một lần (mặc định: 30000)',
        'how often expired locks are looked for (default: 30000)',
      ),
      parseCount(context.language),
    )
    .option(
      '--max-stalled <number>',
      say(
        'số lần một việc được phép mất máy xử lý trước khi bị coi là lỗi (mặc định: 2)',
        'times a job may lose its worker before it fails (default: 2)',
      ),
      parseCount(context.language),
    )
    .option(
      '--scratch <folder>',
      say(
        'thư mục trên máy để ghi tệp tạm (mặc định: thư mục tạm của hệ thống)',
        'local folder for scratch files (default: the system temp folder)',
      ),
    )
    .addOption(languageDataOption(context.language))
    .option('--json', say('in các sự kiện dạng JSON, mỗi dòng một sự kiện', 'print events as JSON lines'))
    .action(async (options: WorkCommandOptions) => {
      const { startWorker } = await import('@sohoa/queue');
      const print = (event: WorkerEvent) => {
        if (options.json) return context.output.info(JSON.stringify(event));
        if (event.type === 'started')
          context.output.info(
            say(
              `bắt đầu ${event.name} (lần ${event.attempt})`,
              `start ${event.name} (attempt ${event.attempt})`,
            ),
          );
        if (event.type === 'completed')
          context.output.info(
            say(
              `xong    ${event.name} trong ${event.seconds.toFixed(1)} s${event.reused ? ' (dùng lại)' : ''}`,
              `done  ${event.name} in ${event.seconds.toFixed(1)} s${event.reused ? ' (reused)' : ''}`,
            ),
          );
        if (event.type === 'failed')
          context.output.error(
            say(
              `lỗi     ${event.name}${event.willRetry ? ' (sẽ chạy lại)' : ''}: ${event.reasons.vi}`,
              `fail  ${event.name}${event.willRetry ? ' (will retry)' : ''}: ${event.reasons.en}`,
            ),
          );
        if (event.type === 'error')
          context.output.error(
            say(
              `sohoa: lỗi hàng đợi ${event.code}: ${event.messages.vi}`,
              `sohoa: queue error ${event.code}: ${event.messages.en}`,
            ),
          );
      };
      const worker = await startWorker({
        redis: options.redis,
        queueName: options.queue,
        concurrency: options.concurrency,
        lockDurationMs: options.lockDuration,
        stalledIntervalMs: options.stalledInterval,
        maxStalledCount: options.maxStalled,
        scratch: options.scratch,
        languageDataPath: options.languageData,
        onEvent: print,
      });
      let signals = 0;
      const stop = (signal: NodeJS.Signals) => {
        signals++;
        if (signals === 1) {
          context.output.info(
            say(
              `${signal}: cho ${worker.active} việc đang làm chạy xong rồi dừng`,
              `${signal}: finishing ${worker.active} job(s) in progress, then stopping`,
            ),
          );
          void worker.close();
        } else {
          context.output.info(
            say(
              `${signal}: trả ${worker.active} việc về hàng đợi và dừng ngay`,
              `${signal}: returning ${worker.active} job(s) to the queue and stopping now`,
            ),
          );
          void worker.close({ returnJobs: true });
        }
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
      if (!options.json)
        context.output.info(
          say(
            'máy xử lý đã chạy; đang chờ việc (SIGTERM hoặc Ctrl-C để dừng)',
            'worker started; waiting for jobs (SIGTERM or Ctrl-C to stop)',
          ),
        );
      try {
        await worker.closed;
      } finally {
        process.off('SIGTERM', stop);
        process.off('SIGINT', stop);
      }
      if (!options.json) context.output.info(say('máy xử lý đã dừng', 'worker stopped'));
    });
}
