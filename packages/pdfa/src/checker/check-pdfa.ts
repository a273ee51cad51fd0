import { SohoaError } from '@sohoa/base';
import type { PdfaErrorCode } from '../errors/pdfa-error-codes.js';
import { collectAdvisories } from './advisories.js';
import { CheckContext } from './check-context.js';
import { clauseExplanationVi } from './clause-explanations-vi.js';
import { DEFAULT_CONTENT_BUDGET } from './content-budget.js';
import { loadSourceDocument } from './load-source-document.js';
import { bytesSource, openFileSource, type PdfFileSlice, type PdfSource } from './pdf-source.js';
import type { PdfACheckReport, PdfAClaim, PdfAFailure } from './report.js';
import type { PdfAPart } from './rule.js';
import { rulesOfPart } from './rules/index.js';
import { PDFAID } from './rules/metadata.js';
import { valueText } from './xmp-packet.js';

function pathOf(input: Uint8Array | string | PdfFileSlice): string | undefined {
  if (input instanceof Uint8Array) return undefined;
  return typeof input === 'string' ? input : input.path;
}

function openInput(input: Uint8Array | string | PdfFileSlice): PdfSource {
  if (input instanceof Uint8Array) return bytesSource(input);
  try {
    return openFileSource(input);
  } catch (cause) {
    const path = pathOf(input);
    const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
    throw new SohoaError<PdfaErrorCode>({
      code: missing ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE',
      message: {
        vi: `[@sohoa/pdfa] checkPdfA: không đọc được "${path}".`,
        en: `[@sohoa/pdfa] checkPdfA: cannot read "${path}".`,
      },
      fix: missing
        ? { vi: 'Kiểm tra lại đường dẫn.', en: 'Check the path.' }
        : {
            vi: 'Kiểm tra đường dẫn có phải là tệp đọc được không.',
            en: 'Check that the path is a readable file.',
          },
      cause,
      details: { path },
    });
  }
}

function claimOf(context: CheckContext): PdfAClaim | undefined {
  const properties = (context.metadata?.packet?.properties ?? []).filter(
    (property) => property.namespace === PDFAID,
  );
  const part = properties.find((property) => property.name === 'part');
  if (!part) return undefined;
  const conformance = properties.find((property) => property.name === 'conformance');
  const partText = valueText(part.value)?.trim() ?? '';
  return {
    part: /^\d+$/.test(partText) ? Number(partText) : Number.NaN,
    conformance: valueText(conformance?.value)?.trim() ?? '',
  };
}

/**
 * Options of {@link checkPdfA}.
 *
 * @example
 * ```ts
 * import { checkPdfA } from '@sohoa/pdfa';
 *
 * const asPdfA2 = await checkPdfA('with-attachments.pdf', { part: 2 }); // fails 6.6.4-2 and 6.8-5
 * ```
 */
export interface CheckPdfAOptions {
  /**
   * The profile to check against: 2 for PDF/A-2B, 3 for PDF/A-3B (which allows embedded files of
   * any type, associated with the document, and wants `pdfaid:part` 3).
   * @default 3 when the XMP claims `pdfaid:part` 3, otherwise 2
   */
  part?: PdfAPart | undefined;
  /**
   * The largest decoded size, in bytes, of any one stream the check reads (XMP, content streams,
   * ICC profiles, fonts, object streams): past it `checkPdfA` throws `PDF_LIMIT_EXCEEDED` instead of
   * inflating a possible decompression bomb. Memory stays within about twice this limit.
   * @default 67108864 (64 MiB)
   */
  maxStreamBytes?: number | undefined;
  /**
   * The most content-stream operators one check analyses, every page, form, pattern and
   * appearance together (a stream drawn by several pages counts once per page): past it
   * `checkPdfA` throws `PDF_LIMIT_EXCEEDED` instead of spending minutes on a file built to stall it.
   * @default 50000000
   */
  maxContentOperations?: number | undefined;
  /**
   * The most decoded content-stream bytes one check tokenizes, counted as `maxContentOperations`.
   * @default 1073741824 (1 GiB)
   */
  maxContentBytes?: number | undefined;
}

/**
 * Checks a PDF against the rules of veraPDF's PDF/A-2B (or PDF/A-3B) validation profile that
 * sohoa implements (listed in `CHECKER.md`), and reports each failure with veraPDF's rule id
 * (`'6.6.2.1-1'`), the ISO 19005 clause, a message and the object concerned. A file that only
 * claims PDF/A in its XMP fails on whatever it breaks. The profile follows the file's claim
 * (part 3 → PDF/A-3B) unless `options.part` says otherwise.
 *
 * A file (a path, or a {@link PdfFileSlice} of a larger file) is read through a file descriptor and
 * never held whole: the object graph is parsed with each stream's data left on disk, read only when
 * a rule needs it (content streams, XMP, ICC profiles, fonts, embedded files). Memory follows the
 * number of objects, not the file's size: a 500-page, 396 MB scan PDF/A peaks about 50 MiB above
 * the process, a 1,300-page, 1 GB one about 160 MiB.
 *
 * @param input - The PDF's bytes, a path to it, or where it lies in a larger file.
 * @param options - Which profile; see {@link CheckPdfAOptions}.
 * @returns The report; `passed` is `true` when no implemented rule failed.
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `INPUT_NOT_FOUND` / `INPUT_UNREADABLE` when the path cannot be read,
 * `INPUT_UNREADABLE` when the bytes are not a PDF that can be parsed, `PDF_LIMIT_EXCEEDED` when a
 * stream it reads decodes to more than `options.maxStreamBytes`, or the content streams hold more
 * than `options.maxContentOperations` operators or `options.maxContentBytes` bytes.
 *
 * @example
 * ```ts
 * import { checkPdfA } from '@sohoa/pdfa';
 *
 * const report = await checkPdfA('dossier/001.pdf');
 * console.log(report.passed, report.profile, report.claimed); // false 'PDF/A-2B' { part: 2, conformance: 'B' }
 * for (const failure of report.failures) {
 *   console.log(`${failure.rule} ${failure.object}: ${failure.message}`);
 * }
 * ```
 */
export async function checkPdfA(
  input: Uint8Array | string | PdfFileSlice,
  options: CheckPdfAOptions = {},
): Promise<PdfACheckReport> {
  const source = openInput(input);
  try {
    return await checkSource(source, pathOf(input), options);
  } finally {
    source.close();
  }
}

async function checkSource(
  source: PdfSource,
  path: string | undefined,
  options: CheckPdfAOptions,
): Promise<PdfACheckReport> {
  let context: CheckContext;
  try {
    context = new CheckContext(source, await loadSourceDocument(source, options.maxStreamBytes), {
      maxOperations: options.maxContentOperations ?? DEFAULT_CONTENT_BUDGET.maxOperations,
      maxBytes: options.maxContentBytes ?? DEFAULT_CONTENT_BUDGET.maxBytes,
    });
  } catch (cause) {
    if (SohoaError.isInstance(cause)) throw cause;
    throw new SohoaError<PdfaErrorCode>({
      code: 'INPUT_UNREADABLE',
      message: {
        vi: `[@sohoa/pdfa] checkPdfA: ${path === undefined ? 'dữ liệu đầu vào' : `"${path}"`} không phải là tệp PDF phân tích được.`,
        en: `[@sohoa/pdfa] checkPdfA: ${path === undefined ? 'the input' : `"${path}"`} is not a PDF that can be parsed.`,
      },
      fix: {
        vi: 'Kiểm tra tệp có phải là PDF đầy đủ không (không bị cắt cụt, không phải định dạng khác).',
        en: 'Check that the file is a complete PDF (not truncated, not another format).',
      },
      cause,
      details: path === undefined ? undefined : { path },
    });
  }
  const claimed = claimOf(context);
  const part = options.part ?? (claimed?.part === 3 ? 3 : 2);
  const rules = rulesOfPart(part);
  const failures: PdfAFailure[] = rules.flatMap((rule) =>
    rule.check(context).map((finding) => ({
      rule: rule.id,
      clause: rule.clause,
      test: rule.test,
      ...finding,
      messageVi: finding.messageVi ?? clauseExplanationVi(rule.clause),
    })),
  );
  return {
    passed: failures.length === 0,
    profile: part === 3 ? 'PDF/A-3B' : 'PDF/A-2B',
    claimed,
    failures,
    rulesChecked: rules.map((rule) => rule.id),
    advisories: collectAdvisories(context),
  };
}
