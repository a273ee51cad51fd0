/**
 * What a PDF/A file says it conforms to, read from `pdfaid:part` and `pdfaid:conformance` in its
 * XMP metadata. A claim is not conformance: {@link checkPdfA} checks the file against the rules.
 *
 * @example
 * ```ts
 * import { checkPdfA } from '@sohoa/pdfa';
 *
 * const { claimed } = await checkPdfA('scan.pdf');
 * console.log(claimed); // { part: 2, conformance: 'B' }
 * ```
 */
export interface PdfAClaim {
  /** The ISO 19005 part (`1`, `2`, `3`, `4`), or `NaN` when the value is not an integer. */
  part: number;
  /** The conformance level as written (`'A'`, `'B'`, `'U'`), or `''` when missing. */
  conformance: string;
}

/**
 * One broken rule of the PDF/A-2B validation profile, at one object.
 *
 * @example
 * ```ts
 * const failure: PdfAFailure = {
 *   rule: '6.1.3-1',
 *   clause: '6.1.3',
 *   test: 1,
 *   message: 'The file trailer has no ID.',
 *   messageVi: 'Phần trailer phải có ID, không có Encrypt, và đúng cấu trúc.',
 *   object: 'trailer',
 * };
 * ```
 */
export interface PdfAFailure {
  /** The rule id as veraPDF numbers it: ISO 19005-2 clause, a dash, the test number (`'6.6.2.1-1'`). */
  rule: string;
  /** The ISO 19005-2 clause (`'6.6.2.1'`). */
  clause: string;
  /** The test number within the clause. */
  test: number;
  /** What is wrong, in one sentence (English). */
  message: string;
  /** What is wrong, in Vietnamese: the finding's own sentence, or what its clause requires. */
  messageVi: string;
  /** The object concerned: `'12 0 obj'`, `'trailer'`, `'file header'`, `'page 3'`, `'XMP packet'`… */
  object: string;
}

/**
 * A finding that does not fail PDF/A-2B but matters to an archive: a rule of another PDF/A profile
 * (PDF/A-2U's Unicode mapping, PDF/A-1's Info/XMP synchronisation) or a practice veraPDF does not
 * test (unfiltered XMP). See `CHECKER.md`.
 *
 * @example
 * ```ts
 * const advisory: PdfAAdvisory = {
 *   id: 'info-xmp-sync',
 *   basis: 'ISO 19005-1 6.7.3 (PDF/A-1); not a PDF/A-2B rule',
 *   basisVi: 'ISO 19005-1 6.7.3 (PDF/A-1); không phải quy tắc PDF/A-2B',
 *   message: 'Info /Title differs from XMP dc:title.',
 *   messageVi: 'Info /Title khác dc:title của XMP.',
 *   object: 'Info dictionary',
 * };
 * ```
 */
export interface PdfAAdvisory {
  /** A stable id: `'info-xmp-sync'`, `'metadata-filtered'`, `'2u-6.2.11.7-1'`. */
  id: string;
  /** Where the requirement comes from. */
  basis: string;
  /** The same in Vietnamese. */
  basisVi: string;
  /** What was found. */
  message: string;
  /** The same in Vietnamese. */
  messageVi: string;
  /** The object concerned. */
  object: string;
}

/**
 * The result of {@link checkPdfA}.
 *
 * @example
 * ```ts
 * import { checkPdfA } from '@sohoa/pdfa';
 *
 * const report = await checkPdfA('out.pdf');
 * if (!report.passed) {
 *   for (const failure of report.failures) console.log(`${failure.rule} ${failure.object}: ${failure.message}`);
 * }
 * ```
 */
export interface PdfACheckReport {
  /** `true` when no implemented rule of the profile failed. Advisories do not count. */
  passed: boolean;
  /** The veraPDF profile the file was checked against (from its claim, or `checkPdfA`'s `part` option). */
  profile: 'PDF/A-2B' | 'PDF/A-3B';
  /** The PDF/A identification claimed in the XMP metadata, if any. */
  claimed: PdfAClaim | undefined;
  /** Every failure, grouped by rule in profile order. */
  failures: PdfAFailure[];
  /** The ids of every rule that was checked, in profile order (see `CHECKER.md` for the rest). */
  rulesChecked: string[];
  /** Findings outside the profile; they never make `passed` false. */
  advisories: PdfAAdvisory[];
}
