import { SohoaError } from '@sohoa/core';
import { checkPdfA, type PdfACheckReport } from '@sohoa/pdfa';
import type { Command } from 'commander';
import type { CommandContext } from './command-context.js';
import { addPdfaSignCommands } from './pdfa-sign-command.js';

/**
 * Adds `sohoa pdfa check <file.pdf> [--json]`: exit 0 when the file passes every implemented
 * PDF/A-2B rule, 1 when it does not, 2 when it cannot be read.
 */
export function addPdfaCommand(program: Command, context: CommandContext): void {
  const pdfa = program.command('pdfa').description('PDF/A tools: check, sign, verify.');
  addPdfaSignCommands(pdfa, context);
  pdfa
    .command('check')
    .description(
      'Check a PDF against the PDF/A-2B rules (PDF/A-3B for files that claim part 3), numbered as veraPDF numbers them. Exit 0 passed, 1 failed, 2 unreadable.',
    )
    .argument('<file>', 'the PDF to check')
    .option('--json', 'print the whole report as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      let report: PdfACheckReport;
      try {
        report = await checkPdfA(file);
      } catch (error) {
        if (!SohoaError.isInstance(error)) throw error;
        context.output.error(`sohoa: error ${error.code}: ${error.message}`);
        context.exitCode = 2;
        return;
      }
      context.exitCode = report.passed ? 0 : 1;
      if (options.json) {
        context.output.info(JSON.stringify({ file, ...report }, null, 2));
        return;
      }
      const claim = report.claimed
        ? `claims PDF/A-${report.claimed.part}${report.claimed.conformance}`
        : 'claims no PDF/A conformance';
      const verdict = report.passed
        ? 'passed'
        : `FAILED ${new Set(report.failures.map((failure) => failure.rule)).size} rules`;
      context.output.info(
        `${file}: ${claim}; ${report.rulesChecked.length} ${report.profile} rules checked: ${verdict}`,
      );
      for (const failure of report.failures) {
        context.output.info(`  ${failure.rule.padEnd(12)} ${failure.object}: ${failure.message}`);
      }
      for (const advisory of report.advisories) {
        context.output.info(
          `  advisory ${advisory.id} (${advisory.basis}) ${advisory.object}: ${advisory.message}`,
        );
      }
    });
}
