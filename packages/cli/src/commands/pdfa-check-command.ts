import { SohoaError } from '@sohoa/core';
import { checkPdfA, type PdfACheckReport } from '@sohoa/pdfa';
import type { Command } from 'commander';
import type { CommandContext } from './command-context.js';
import { addPdfaSignCommands } from './pdfa-sign-command.js';

/**
 * Adds `sohoa pdfa check <files.pdf...> [--json]`: exit 0 when every file passes every implemented
 * PDF/A-2B rule, 1 when one does not, 2 when one cannot be read (every file is checked).
 */
export function addPdfaCommand(program: Command, context: CommandContext): void {
  const pdfa = program.command('pdfa').description('PDF/A tools: check, sign, verify.');
  addPdfaSignCommands(pdfa, context);
  pdfa
    .command('check')
    .description(
      'Check PDFs against the PDF/A-2B rules (PDF/A-3B for files that claim part 3), numbered as veraPDF numbers them. Exit 0 every file passed, 1 one failed, 2 one unreadable.',
    )
    .argument('<files...>', 'the PDFs to check')
    .option('--json', 'print the whole report as JSON (an array of reports for several files)')
    .action(async (files: string[], options: { json?: boolean }) => {
      const reports: ({ file: string } & PdfACheckReport)[] = [];
      let exitCode = 0;
      for (const file of files) {
        let report: PdfACheckReport;
        try {
          report = await checkPdfA(file);
        } catch (error) {
          if (!SohoaError.isInstance(error)) throw error;
          context.output.error(`sohoa: error ${error.code}: ${error.message}`);
          exitCode = 2;
          continue;
        }
        if (!report.passed) exitCode = Math.max(exitCode, 1);
        reports.push({ file, ...report });
        if (!options.json) printReport(file, report, context);
      }
      context.exitCode = exitCode;
      if (options.json) {
        context.output.info(JSON.stringify(files.length === 1 ? reports[0] : reports, null, 2));
      }
    });
}

/** Prints one file's verdict, then its failures and advisories, one a line. */
function printReport(file: string, report: PdfACheckReport, context: CommandContext): void {
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
}
