import type { BatchStatus } from '@sohoa/queue';
import type { Command } from 'commander';
import type { CommandContext } from '../command-context.js';
import { sayIn } from '../in-language.js';
import { withConnectionOptions } from './connection-options.js';

/** A dossier's state (other than done and waiting) in Vietnamese. */
const STATE_VI: Readonly<Record<BatchStatus['dossierList'][number]['state'], string>> = {
  done: 'xong',
  incomplete: 'chưa đủ',
  failed: 'lỗi',
  'in-progress': 'đang làm',
  waiting: 'đang chờ',
};

interface StatusCommandOptions {
  redis: string;
  queue?: string;
  batch?: string;
  json?: boolean;
}

/**
 * Adds `sohoa queue status --redis <url> [--batch <id>] [--json]`: progress per batch and dossier,
 * failures with reasons, throughput. Exit 0 when nothing failed, 1 when something failed for good.
 */
export function addStatusCommand(program: Command, context: CommandContext): void {
  const say = sayIn(context.language);
  withConnectionOptions(program.command('status'), context.language)
    .description(
      say(
        'Xem từng lô: số hồ sơ và văn bản đã xong, đang làm, bị lỗi (kèm lý do), số trang mỗi phút. Mã thoát 1 khi có việc bị lỗi.',
        'Show each batch: dossiers and documents done, in progress, failed (with reasons), pages per minute. Exit 1 when something failed.',
      ),
    )
    .option('--batch <id>', say('chỉ lô này', 'only this batch'))
    .option(
      '--json',
      say('in tình trạng dạng JSON (một mảng các lô)', 'print the status as JSON (an array of batches)'),
    )
    .action(async (options: StatusCommandOptions) => {
      const { batchStatus } = await import('@sohoa/queue');
      const statuses = await batchStatus({
        redis: options.redis,
        queueName: options.queue,
        batchId: options.batch,
      });
      if (statuses.some((status) => status.failures.length > 0 || status.unplanned.length > 0))
        context.exitCode = 1;
      if (options.json) {
        context.output.info(JSON.stringify(statuses, null, 2));
        return;
      }
      if (statuses.length === 0)
        context.output.info(say('hàng đợi này không có lô nào', 'no batches in this queue'));
      for (const status of statuses) {
        const { dossiers, documents, pages } = status;
        context.output.info(
          say(
            `lô ${status.batchId} → ${status.out}${status.finished ? ' (đã xong)' : ''}\n` +
              `  hồ sơ     ${dossiers.done} xong, ${dossiers.incomplete} chưa đủ, ${dossiers.failed} lỗi, ${dossiers.inProgress} đang làm, ${dossiers.waiting} đang chờ, trên ${dossiers.total}\n` +
              `  văn bản   ${documents.done} xong, ${documents.failed} lỗi, ${documents.active} đang làm, ${documents.waiting} đang chờ, trên ${documents.total}\n` +
              `  trang     ${pages.done} trên ${pages.total}; ${status.throughput.pagesPerMinute} trang/phút`,
            `batch ${status.batchId} → ${status.out}${status.finished ? ' (finished)' : ''}\n` +
              `  dossiers  ${dossiers.done} done, ${dossiers.incomplete} incomplete, ${dossiers.failed} failed, ${dossiers.inProgress} in progress, ${dossiers.waiting} waiting, of ${dossiers.total}\n` +
              `  documents ${documents.done} done, ${documents.failed} failed, ${documents.active} active, ${documents.waiting} waiting, of ${documents.total}\n` +
              `  pages     ${pages.done} of ${pages.total}; ${status.throughput.pagesPerMinute} pages/min`,
          ),
        );
        // The dossiers to look at; waiting ones are only counted (a new batch has thousands).
        for (const dossier of status.dossierList) {
          if (dossier.state !== 'done' && dossier.state !== 'waiting') {
            context.output.info(
              say(
                `  ${dossier.fileCode}: ${STATE_VI[dossier.state]}, ${dossier.documents.done}/${dossier.documents.total} văn bản`,
                `  ${dossier.fileCode}: ${dossier.state}, ${dossier.documents.done}/${dossier.documents.total} documents`,
              ),
            );
          }
        }
        for (const failure of status.failures) {
          const what =
            failure.ordinal === undefined ? failure.dossier : `${failure.dossier}.${failure.ordinal}`;
          context.output.error(
            say(
              `  lỗi ${what} sau ${failure.attempts} lần chạy: ${failure.reasons.vi}`,
              `  failed ${what} after ${failure.attempts} attempt(s): ${failure.reasons.en}`,
            ),
          );
        }
        for (const unplanned of status.unplanned) {
          context.output.error(
            say(
              `  không đưa vào hàng đợi ${unplanned.key}: ${unplanned.code}: ${unplanned.texts?.vi ?? unplanned.message}`,
              `  not submitted ${unplanned.key}: ${unplanned.code}: ${unplanned.texts?.en ?? unplanned.message}`,
            ),
          );
        }
      }
    });
}
