import type { ValidationReport } from '../validate/validate-package.js';

/**
 * The report as JSON for tools: the outcome, the CSIP version validated against, the counts and
 * every finding with its severity (`error`, `warning`, `info`), requirement id, message in English
 * (`message`) and Vietnamese (`messageVi`), file and line.
 *
 * @example
 * ```ts
 * import { toJsonReport, validatePackage } from '@sohoa/ip';
 *
 * const json = toJsonReport(await validatePackage('package.zip'));
 * // {"path":"package.zip","profile":"vn-tt05","specVersion":"2.0","valid":false,…,"errors":1,"warnings":0,"infos":0,"findings":[{"severity":"error","requirement":"CSIP71","message":"file has no @CHECKSUM.","messageVi":"Phần tử file không có thuộc tính @CHECKSUM.",…}]}
 * ```
 */
export function toJsonReport(report: ValidationReport): string {
  const count = (severity: string) =>
    report.findings.filter((finding) => finding.severity === severity).length;
  return `${JSON.stringify(
    {
      path: report.path,
      profile: report.profile,
      specVersion: report.specVersion,
      valid: report.valid,
      packageType: report.packageType ?? null,
      objectId: report.objectId ?? null,
      fileCount: report.fileCount,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      findings: report.findings,
    },
    null,
    2,
  )}\n`;
}
