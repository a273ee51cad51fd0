import type { Command } from 'commander';
import type { CommandContext } from './command-context.js';
import { sayIn } from './in-language.js';

/**
 * Adds `sohoa report <out-folder>`: writes the output folder's `report.html` again from its
 * journal and document records (as `sohoa digitize` does at the end of each run), and prints
 * its path. Exit 0 when written, 1 when the folder has no journal or the report cannot be written.
 *
 * @example
 * ```ts
 * addReportCommand(program, context); // then: sohoa report out/batch
 * ```
 */
export function addReportCommand(program: Command, context: CommandContext): void {
  const say = sayIn(context.language);
  program
    .command('report')
    .description(
      say(
        'Viết lại report.html trong thư mục kết quả của sohoa digitize, từ nhật ký và bản ghi văn bản: một trang tự chứa để rà soát đợt số hóa (ảnh thu nhỏ, từ kém tin cậy, vi phạm yêu cầu quét, chênh lệch siêu dữ liệu, kết quả kiểm tra gói, lỗi).',
        'Write report.html in an output folder of sohoa digitize again, from its journal and document records: a self-contained page to review the run (thumbnails, low-confidence words, scan-profile violations, metadata disagreements, package validation, failures).',
      ),
    )
    .argument(
      '<out-folder>',
      say('thư mục kết quả của sohoa digitize', 'the output folder of sohoa digitize'),
    )
    .action(async (out: string) => {
      const { writeReport } = await import('@sohoa/pipeline');
      const path = await writeReport(out);
      context.output.info(say(`đã ghi báo cáo vào ${path}`, `report written to ${path}`));
    });
}
