import { startWorker, type WorkerEvent } from '@sohoa/queue';
import type { Command } from 'commander';
import type { CommandContext } from '../command-context.js';
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
  withConnectionOptions(program.command('work'))
    .description(
      'Run a worker: take document and dossier jobs from the queue until SIGTERM/SIGINT (the first signal finishes the jobs in progress, a second returns them to the queue).',
    )
    .option(
      '-c, --concurrency <number>',
      'jobs at once, and OCR threads (default: the number of cores)',
      parseCount,
    )
    .option(
      '--lock-duration <ms>',
      "lock of a job without renewal; a lost worker's jobs wait this long (default: 60000)",
      parseCount,
    )
    .option('--stalled-interval <ms>', 'how often expired locks are looked for (default: 30000)', parseCount)
    .option(
      '--max-stalled <number>',
      'times a job may lose its worker before it fails (default: 2)',
      parseCount,
    )
    .option('--scratch <folder>', 'local folder for scratch files (default: the system temp folder)')
    .option('--language-data <folder>', 'a folder holding vie.traineddata.gz')
    .option('--json', 'print events as JSON lines')
    .action(async (options: WorkCommandOptions) => {
      const print = (event: WorkerEvent) => {
        if (options.json) return context.output.info(JSON.stringify(event));
        if (event.type === 'started') context.output.info(`start ${event.name} (attempt ${event.attempt})`);
        if (event.type === 'completed')
          context.output.info(
            `done  ${event.name} in ${event.seconds.toFixed(1)} s${event.reused ? ' (reused)' : ''}`,
          );
        if (event.type === 'failed')
          context.output.error(
            `fail  ${event.name}${event.willRetry ? ' (will retry)' : ''}: ${event.reason}`,
          );
        if (event.type === 'error') context.output.error(`sohoa: queue error: ${event.message}`);
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
          context.output.info(`${signal}: finishing ${worker.active} job(s) in progress, then stopping`);
          void worker.close();
        } else {
          context.output.info(`${signal}: returning ${worker.active} job(s) to the queue and stopping now`);
          void worker.close({ returnJobs: true });
        }
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
      if (!options.json) context.output.info('worker started; waiting for jobs (SIGTERM or Ctrl-C to stop)');
      try {
        await worker.closed;
      } finally {
        process.off('SIGTERM', stop);
        process.off('SIGINT', stop);
      }
      if (!options.json) context.output.info('worker stopped');
    });
}
