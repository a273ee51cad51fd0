import { SohoaError } from '@sohoa/base';
import type { PdfACheckReport } from '@sohoa/pdfa';
import type { Command } from 'commander';
import type { CommandContext } from './command-context.js';
import { errorLine } from './error-line.js';
import { sayIn } from './in-language.js';
import { addPdfaSignCommands } from './pdfa-sign-command.js';

/**
 * Adds `sohoa pdfa check <files.pdf...> [--json]`: exit 0 when every file passes every implemented
 * PDF/A-2B rule, 1 when one does not, 2 when one cannot be read (every file is checked).
 */
export function addPdfaCommand(program: Command, context: CommandContext): void {
  const say = sayIn(context.language);
  const pdfa = program
    .command('pdfa')
    .description(
      say('Công cụ PDF/A: kiểm tra, ký số, xác minh chữ ký.', 'PDF/A tools: check, sign, verify.'),
    );
  addPdfaSignCommands(pdfa, context);
  pdfa
    .command('check')
    .description(
      say(
        'Kiểm tra tệp PDF theo các quy tắc PDF/A-2B (PDF/A-3B với tệp khai báo phần 3), đánh số như veraPDF. Mã thoát 0 mọi tệp đạt, 1 có tệp không đạt, 2 có tệp không đọc được.',
        'Check PDFs against the PDF/A-2B rules (PDF/A-3B for files that claim part 3), numbered as veraPDF numbers them. Exit 0 every file passed, 1 one failed, 2 one unreadable.',
      ),
    )
    .argument('<files...>', say('các tệp PDF cần kiểm tra', 'the PDFs to check'))
    .option(
      '--json',
      say(
        'in toàn bộ báo cáo dạng JSON (một mảng báo cáo khi có nhiều tệp)',
        'print the whole report as JSON (an array of reports for several files)',
      ),
    )
    .action(async (files: string[], options: { json?: boolean }) => {
      const { checkPdfA } = await import('@sohoa/pdfa');
      const reports: ({ file: string } & PdfACheckReport)[] = [];
      let exitCode = 0;
      for (const file of files) {
        let report: PdfACheckReport;
        try {
          report = await checkPdfA(file);
        } catch (error) {
          if (!SohoaError.isInstance(error)) throw error;
          context.output.error(errorLine(error, context.language));
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

/** Prints one file's verdict, then its failures and advisories, one a line, in the user's language. */
function printReport(file: string, report: PdfACheckReport, context: CommandContext): void {
  const say = sayIn(context.language);
  const claim = report.claimed
    ? say(
        `khai báo PDF/A-${report.claimed.part}${report.claimed.conformance}`,
        `claims PDF/A-${report.claimed.part}${report.claimed.conformance}`,
      )
    : say('không khai báo chuẩn PDF/A', 'claims no PDF/A conformance');
  const failed = new Set(report.failures.map((failure) => failure.rule)).size;
  const verdict = report.passed
    ? say('đạt', 'passed')
    : say(`KHÔNG ĐẠT ${failed} quy tắc`, `FAILED ${failed} rules`);
  context.output.info(
    say(
      `${file}: ${claim}; đã kiểm tra ${report.rulesChecked.length} quy tắc ${report.profile}: ${verdict}`,
      `${file}: ${claim}; ${report.rulesChecked.length} ${report.profile} rules checked: ${verdict}`,
    ),
  );
  for (const failure of report.failures) {
    const message = say(failure.messageVi, failure.message);
    context.output.info(`  ${failure.rule.padEnd(12)} ${failure.object}: ${message}`);
  }
  for (const advisory of report.advisories) {
    context.output.info(
      `  ${say('lưu ý', 'advisory')} ${advisory.id} (${say(advisory.basisVi, advisory.basis)}) ${advisory.object}: ${say(advisory.messageVi, advisory.message)}`,
    );
  }
}
