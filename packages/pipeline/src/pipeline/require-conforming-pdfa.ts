import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { SohoaError } from '@sohoa/core';
import { checkPdfA } from '@sohoa/pdfa';

/**
 * Checks a PDF/A the pipeline has just written (or a finished one it is about to trust on a
 * resume) against the PDF/A-2B rules of `checkPdfA`. A file that fails is not left as if done:
 * the given outputs are removed and `PDFA_NONCONFORMING` is thrown with the rules broken, so the
 * document fails alone and is tried again on the next run.
 *
 * @param pdfPath - the PDF/A to check.
 * @param outputs - the files to remove when it fails (the PDF and its JSON).
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `PDFA_NONCONFORMING` when a rule fails.
 *
 * @example
 * ```ts
 * await requireConformingPdfA('out/H49…/H49….1.pdf', ['out/H49…/H49….1.pdf', 'out/H49…/H49….1.json']);
 * ```
 */
export async function requireConformingPdfA(pdfPath: string, outputs: readonly string[]): Promise<void> {
  const report = await checkPdfA(pdfPath);
  if (report.passed) return;
  await Promise.all(outputs.map((path) => rm(path, { force: true })));
  const rules = [...new Set(report.failures.map((failure) => failure.rule))];
  const first = report.failures[0];
  throw new SohoaError({
    code: 'PDFA_NONCONFORMING',
    message: `${basename(pdfPath)} failed the PDF/A-2b check (rule ${rules.join(', ')}${first ? `: ${first.message.replace(/\.$/, '')} (${first.object})` : ''}); it was removed and not recorded as done.`,
    fix: 'Run "sohoa analyze" on its scans: an unusual scan (colour space, depth) is the usual cause. If the scans are ordinary, report it to the sohoa maintainers with the scan. The next run tries the document again.',
    details: { path: pdfPath, rules },
  });
}
