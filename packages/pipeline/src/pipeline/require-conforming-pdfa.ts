import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { SohoaError } from '@sohoa/base';
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
  const failed = `${rules.join(', ')}${first ? `: ${first.message.replace(/\.$/, '')} (${first.object})` : ''}`;
  throw new SohoaError({
    code: 'PDFA_NONCONFORMING',
    message: {
      vi: `${basename(pdfPath)} không đạt kiểm tra PDF/A-2b (quy tắc ${failed}); tệp đã bị xóa và không được ghi nhận là xong.`,
      en: `${basename(pdfPath)} failed the PDF/A-2b check (rule ${failed}); it was removed and not recorded as done.`,
    },
    fix: {
      vi: 'Chạy "sohoa analyze" trên các bản quét của văn bản: nguyên nhân thường gặp là bản quét bất thường (không gian màu, độ sâu màu). Nếu bản quét bình thường, hãy báo cho nhóm phát triển sohoa kèm bản quét. Lượt chạy sau sẽ làm lại văn bản này.',
      en: 'Run "sohoa analyze" on its scans: an unusual scan (colour space, depth) is the usual cause. If the scans are ordinary, report it to the sohoa maintainers with the scan. The next run tries the document again.',
    },
    details: { path: pdfPath, rules },
  });
}
