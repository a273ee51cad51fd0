import { SohoaError, writeFileAtomic } from '@sohoa/core';
import {
  CSIP_VERSIONS,
  type CsipVersion,
  toJsonReport,
  toJunitReport,
  type ValidationProfile,
  type ValidationReport,
  validatePackage,
} from '@sohoa/ip';
import { type Command, Option } from 'commander';
import type { CommandContext } from './command-context.js';

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
  program
    .command('validate')
    .description(
      'Validate an information package (E-ARK CSIP, or the Thông tư 05/2025 profile): structure, METS against its schema, checksums and sizes, EAD metadata, PREMIS, PDF/A, file names. Exit 0 valid, 1 invalid, 2 unreadable.',
    )
    .argument('<package>', 'the package: a .zip or its folder')
    .addOption(
      new Option('--profile <profile>', 'the rules to check').choices(['csip', 'vn-tt05']).default('vn-tt05'),
    )
    .addOption(
      new Option('--format <format>', 'how to report').choices(['text', 'json', 'junit']).default('text'),
    )
    .addOption(
      new Option(
        '--spec-version <version>',
        'the E-ARK CSIP/SIP version to validate against (default: the one the package declares, 2.0 when it declares none)',
      ).choices([...CSIP_VERSIONS]),
    )
    .option(
      '--output <file>',
      'write the report to this file instead of the standard output (e.g. a JUnit XML for CI)',
    )
    .option('--no-pdf', 'do not run the PDF/A-2B checker on the PDFs (vn-tt05)')
    .option(
      '--schemas <dir>',
      'validate METS and PREMIS against the mets.xsd and premis.xsd in this folder (e.g. the official Library of Congress files) instead of the shipped schemas; imports are resolved in the folder, never fetched',
    )
    .action(async (path: string, options: ValidateOptions) => {
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
        context.output.error(`sohoa: error ${error.code}: ${error.message}`);
        context.exitCode = 2;
        return;
      }
      context.exitCode = report.valid ? 0 : 1;
      const text =
        options.format === 'json'
          ? toJsonReport(report)
          : options.format === 'junit'
            ? toJunitReport(report)
            : textReport(report);
      if (options.output) {
        await writeFileAtomic(options.output, text.endsWith('\n') ? text : `${text}\n`);
        context.output.info(
          `${path}: ${report.valid ? 'valid' : 'INVALID'}; report written to ${options.output}`,
        );
      } else {
        context.output.info(text.trimEnd());
      }
    });
}

function textReport(report: ValidationReport): string {
  const count = (severity: string) =>
    report.findings.filter((finding) => finding.severity === severity).length;
  const lines = [
    `${report.path}: ${report.packageType ?? 'unknown package type'} ${report.objectId ?? ''} — ${report.valid ? 'valid' : 'INVALID'} (${report.profile}, CSIP ${report.specVersion}: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes, ${report.fileCount} files)`,
  ];
  for (const finding of report.findings) {
    const where = finding.file
      ? ` ${finding.file}${finding.line === undefined ? '' : `:${finding.line}`}`
      : '';
    lines.push(`  ${finding.severity} ${finding.requirement}${where}: ${finding.message}`);
  }
  return lines.join('\n');
}
