import { SohoaError } from '@sohoa/base';
import type { CsipVersion, Finding, ValidationProfile, ValidationReport } from '@sohoa/ip';
import { type Command, Option } from 'commander';
import type { CommandContext } from './command-context.js';
import { errorLine } from './error-line.js';
import { HELP_VALUES } from './help-values.js';
import { sayIn } from './in-language.js';

interface ValidateOptions {
  profile: ValidationProfile;
  format: 'text' | 'json' | 'junit';
  output?: string;
  pdf: boolean;
  schemas?: string;
  specVersion?: CsipVersion;
}

/**
 * Adds `sohoa validate <package.zip|folder> [--profile csip|vn-tt05] [--format text|json|junit]
 * [--spec-version 2.0|2.1|2.2] [--schemas <dir>]`:
 * exit 0 valid, 1 invalid, 2 unreadable (or a usage error).
 */
export function addValidateCommand(program: Command, context: CommandContext): void {
  const say = sayIn(context.language);
  program
    .command('validate')
    .description(
      say(
        'Kiểm tra gói thông tin (E-ARK CSIP, hoặc quy định của Thông tư 05/2025): cấu trúc, METS theo lược đồ, mã kiểm tra và kích thước tệp, siêu dữ liệu EAD, PREMIS, PDF/A, tên tệp. Mã thoát 0 hợp lệ, 1 không hợp lệ, 2 không đọc được.',
        'Validate an information package (E-ARK CSIP, or the Thông tư 05/2025 profile): structure, METS against its schema, checksums and sizes, EAD metadata, PREMIS, PDF/A, file names. Exit 0 valid, 1 invalid, 2 unreadable.',
      ),
    )
    .argument(
      '<package>',
      say('gói cần kiểm tra: tệp .zip hoặc thư mục của gói', 'the package: a .zip or its folder'),
    )
    .addOption(
      new Option('--profile <profile>', say('bộ quy tắc kiểm tra', 'the rules to check'))
        .choices(['csip', 'vn-tt05'])
        .default('vn-tt05'),
    )
    .addOption(
      new Option('--format <format>', say('dạng báo cáo', 'how to report'))
        .choices(['text', 'json', 'junit'])
        .default('text'),
    )
    .addOption(
      new Option(
        '--spec-version <version>',
        say(
          'phiên bản E-ARK CSIP/SIP dùng để kiểm tra (mặc định: phiên bản gói khai báo, 2.0 nếu gói không khai báo)',
          'the E-ARK CSIP/SIP version to validate against (default: the one the package declares, 2.0 when it declares none)',
        ),
      ).choices([...HELP_VALUES.csipVersions]),
    )
    .option(
      '--output <file>',
      say(
        'ghi báo cáo vào tệp này thay vì in ra màn hình (ví dụ tệp JUnit XML cho CI)',
        'write the report to this file instead of the standard output (e.g. a JUnit XML for CI)',
      ),
    )
    .option(
      '--no-pdf',
      say(
        'không chạy bộ kiểm tra PDF/A-2B trên các tệp PDF (vn-tt05)',
        'do not run the PDF/A-2B checker on the PDFs (vn-tt05)',
      ),
    )
    .option(
      '--schemas <dir>',
      say(
        'kiểm tra METS và PREMIS theo mets.xsd và premis.xsd trong thư mục này (ví dụ bản chính thức của Thư viện Quốc hội Hoa Kỳ) thay cho lược đồ đi kèm; các lược đồ nhập vào được tìm trong thư mục, không bao giờ tải về',
        'validate METS and PREMIS against the mets.xsd and premis.xsd in this folder (e.g. the official Library of Congress files) instead of the shipped schemas; imports are resolved in the folder, never fetched',
      ),
    )
    .action(async (path: string, options: ValidateOptions) => {
      const { FINDING_SEVERITY_NAMES, toJsonReport, toJunitReport, validatePackage } = await import(
        '@sohoa/ip'
      );
      let report: ValidationReport;
      try {
        report = await validatePackage(path, {
          profile: options.profile,
          checkPdf: options.pdf,
          ...(options.schemas === undefined ? {} : { schemaDirectory: options.schemas }),
          ...(options.specVersion === undefined ? {} : { specVersion: options.specVersion }),
        });
      } catch (error) {
        if (!SohoaError.isInstance(error)) throw error;
        context.output.error(errorLine(error, context.language));
        context.exitCode = 2;
        return;
      }
      context.exitCode = report.valid ? 0 : 1;
      const text =
        options.format === 'json'
          ? toJsonReport(report)
          : options.format === 'junit'
            ? toJunitReport(report, { language: context.language })
            : textReport(report, say, FINDING_SEVERITY_NAMES[context.language]);
      if (options.output) {
        const { writeFileAtomic } = await import('@sohoa/core');
        await writeFileAtomic(options.output, text.endsWith('\n') ? text : `${text}\n`);
        context.output.info(
          say(
            `${path}: ${report.valid ? 'hợp lệ' : 'KHÔNG HỢP LỆ'}; đã ghi báo cáo vào ${options.output}`,
            `${path}: ${report.valid ? 'valid' : 'INVALID'}; report written to ${options.output}`,
          ),
        );
      } else {
        context.output.info(text.trimEnd());
      }
    });
}

function textReport(
  report: ValidationReport,
  say: (vi: string, en: string) => string,
  severities: Readonly<Record<Finding['severity'], string>>,
): string {
  const count = (severity: string) =>
    report.findings.filter((finding) => finding.severity === severity).length;
  const lines = [
    say(
      `${report.path}: ${report.packageType ?? 'không rõ loại gói'} ${report.objectId ?? ''} — ${report.valid ? 'hợp lệ' : 'KHÔNG HỢP LỆ'} (${report.profile}, CSIP ${report.specVersion}: ${count('error')} lỗi, ${count('warning')} cảnh báo, ${count('info')} ghi chú, ${report.fileCount} tệp)`,
      `${report.path}: ${report.packageType ?? 'unknown package type'} ${report.objectId ?? ''} — ${report.valid ? 'valid' : 'INVALID'} (${report.profile}, CSIP ${report.specVersion}: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes, ${report.fileCount} files)`,
    ),
  ];
  for (const finding of report.findings) {
    const where = finding.file
      ? ` ${finding.file}${finding.line === undefined ? '' : `:${finding.line}`}`
      : '';
    lines.push(
      `  ${severities[finding.severity]} ${finding.requirement}${where}: ${say(finding.messageVi, finding.message)}`,
    );
  }
  return lines.join('\n');
}
