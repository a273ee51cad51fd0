import { escapeXml as escapeValue, type MessageLanguage, replaceForbiddenXmlCharacters } from '@sohoa/base';
import { FINDING_SEVERITY_NAMES, type Finding } from '../validate/finding.js';
import type { ValidationReport } from '../validate/validate-package.js';

/** Findings quote the bad input they report on: characters XML forbids are shown as U+FFFD. */
const escapeXml = (text: string): string => escapeValue(replaceForbiddenXmlCharacters(text));

/**
 * The report as JUnit XML for CI systems (GitLab, Jenkins, GitHub test reporters): one test suite
 * per package, one test case per requirement that was broken (failing, with each finding's file,
 * line and message; `file` names the first finding's file) and one passing test case named
 * `package` when nothing failed. Warnings and information findings are written to `system-out`.
 * The findings and the words around them are in `options.language`: English (`message`, the
 * default) or Vietnamese (`messageVi`).
 *
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 * import { toJunitReport, validatePackage } from '@sohoa/ip';
 *
 * const report = await validatePackage('package.zip');
 * await writeFile('ip-report.xml', toJunitReport(report));
 * await writeFile('ip-report.vi.xml', toJunitReport(report, { language: 'vi' }));
 * ```
 */
export function toJunitReport(
  report: ValidationReport,
  options: { language?: MessageLanguage } = {},
): string {
  const language = options.language ?? 'en';
  const vi = language === 'vi';
  const say = (finding: Finding) => (vi ? finding.messageVi : finding.message);
  const errors = report.findings.filter((finding) => finding.severity === 'error');
  const warnings = report.findings.filter((finding) => finding.severity !== 'error');
  const byRequirement = new Map<string, typeof errors>();
  for (const finding of errors) {
    byRequirement.set(finding.requirement, [...(byRequirement.get(finding.requirement) ?? []), finding]);
  }
  const suiteName = escapeXml(`${report.profile} ${report.path}`);
  const cases =
    byRequirement.size === 0
      ? ['    <testcase classname="sohoa.ip" name="package"/>']
      : [...byRequirement].map(([requirement, findings]) => {
          const body = findings
            .map(
              (finding) => `${finding.file ?? ''}${finding.line ? `:${finding.line}` : ''} ${say(finding)}`,
            )
            .join('\n');
          return [
            `    <testcase classname="sohoa.ip" name="${escapeXml(requirement)}"${findings[0]?.file === undefined ? '' : ` file="${escapeXml(findings[0].file)}"`}>`,
            `      <failure message="${escapeXml(vi ? `${findings.length} kết quả kiểm tra vi phạm ${requirement}` : `${findings.length} finding(s) of ${requirement}`)}" type="${escapeXml(requirement)}">${escapeXml(body)}</failure>`,
            '    </testcase>',
          ].join('\n');
        });
  const out =
    warnings.length === 0
      ? []
      : [
          `    <system-out>${escapeXml(warnings.map((finding) => `${FINDING_SEVERITY_NAMES[language][finding.severity]} ${finding.requirement} ${finding.file ?? ''}${finding.line ? `:${finding.line}` : ''} ${say(finding)}`).join('\n'))}</system-out>`,
        ];
  const tests = Math.max(byRequirement.size, 1);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="sohoa validate" tests="${tests}" failures="${byRequirement.size}">`,
    `  <testsuite name="${suiteName}" tests="${tests}" failures="${byRequirement.size}" errors="0" skipped="0">`,
    ...cases,
    ...out,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
