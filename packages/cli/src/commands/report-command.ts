import { writeReport } from '@sohoa/pipeline';
import type { Command } from 'commander';
import type { CommandContext } from './command-context.js';

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
  program
    .command('report')
    .description(
      'Write report.html in an output folder of sohoa digitize again, from its journal and document records: a self-contained page to review the run (thumbnails, low-confidence words, scan-profile violations, metadata disagreements, package validation, failures).',
    )
    .argument('<out-folder>', 'the output folder of sohoa digitize')
    .action(async (out: string) => {
      context.output.info(`report written to ${await writeReport(out)}`);
    });
}
