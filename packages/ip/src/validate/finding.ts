import { type Bilingual, type MessageLanguage, toNfc } from '@sohoa/base';

/**
 * One problem found in an information package, said in English (`message`) and Vietnamese
 * (`messageVi`): the user picks which one is shown (`sohoa validate --messages vi|en`, Vietnamese by
 * default). Element and attribute names, requirement ids and values are the same in both.
 *
 * @example
 * ```ts
 * import type { Finding } from '@sohoa/ip';
 *
 * const finding: Finding = {
 *   severity: 'error',
 *   requirement: 'CSIP71',
 *   message: 'mets/fileSec/fileGrp/file has no @CHECKSUM.',
 *   messageVi: 'Phần tử mets/fileSec/fileGrp/file không có thuộc tính @CHECKSUM.',
 *   file: 'representations/rep1/METS.xml',
 *   line: 42,
 * };
 * const language: 'vi' | 'en' = 'vi';
 * console.log(language === 'en' ? finding.message : finding.messageVi);
 * ```
 */
export interface Finding {
  /**
   * `error` (a MUST broken) makes the package invalid; `warning` (a SHOULD not followed) and `info`
   * (a MAY item absent, as the E-ARK test corpus reports it) do not.
   */
  severity: 'error' | 'warning' | 'info';
  /**
   * The requirement broken: an E-ARK CSIP id (`CSIP1` … `CSIP119`, `CSIPSTR1` … `CSIPSTR16`), an
   * E-ARK SIP id (`SIP1` … `SIP35`), or an id of `@sohoa/ip` (`IP-…`, both profiles; `TT05-…`, the
   * Vietnamese profile), all listed in `PROFILE.md`. One cause gives one finding.
   */
  requirement: string;
  /** What is wrong, in one English sentence (kept as it was before `messageVi`, for tools and logs). */
  message: string;
  /** The same sentence in Vietnamese (NFC), what the CLI shows by default. */
  messageVi: string;
  /** The file concerned, relative to the package root. @default none (the whole package) */
  file?: string;
  /** The line in that file, when known. @default none */
  line?: number;
}

/**
 * What each finding severity is called in each language, as `sohoa validate` and the JUnit report
 * print it.
 *
 * @example
 * ```ts
 * import { FINDING_SEVERITY_NAMES } from '@sohoa/ip';
 *
 * FINDING_SEVERITY_NAMES.vi.warning; // 'cảnh báo'
 * FINDING_SEVERITY_NAMES.en.warning; // 'warning'
 * ```
 */
export const FINDING_SEVERITY_NAMES: Readonly<
  Record<MessageLanguage, Readonly<Record<Finding['severity'], string>>>
> = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'ghi chú' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** A profile to validate against: E-ARK CSIP alone, or CSIP with Thông tư 05/2025/TT-BNV. */
export type ValidationProfile = 'csip' | 'vn-tt05';

/**
 * Collects findings of one validation run. Every finding is given in both languages: a call site
 * passes a {@link Bilingual} `{ en, vi }`, so a message cannot be recorded without its Vietnamese.
 *
 * @example
 * ```ts
 * const findings = new FindingList();
 * findings.error(
 *   'CSIP71',
 *   {
 *     en: 'mets/fileSec/fileGrp/file has no @CHECKSUM.',
 *     vi: 'Phần tử mets/fileSec/fileGrp/file không có thuộc tính @CHECKSUM.',
 *   },
 *   'METS.xml',
 *   42,
 * );
 * findings.items[0]?.messageVi; // 'Phần tử mets/fileSec/fileGrp/file không có thuộc tính @CHECKSUM.'
 * ```
 */
export class FindingList {
  readonly items: Finding[] = [];
  private readonly lines = new Set<string>();
  private readonly folders = new Set<string>();

  /**
   * Records that a finding already names every file under `folder` (e.g. `CSIP31`: the package's
   * `metadata/preservation/` described by no amdSec), so that they are not also reported one by one
   * as unreferenced.
   */
  accountFor(folder: string): void {
    this.folders.add(folder);
  }

  /** Whether a finding already names `file` through its folder (see {@link accountFor}). */
  accountedFor(file: string): boolean {
    for (const folder of this.folders) if (file.startsWith(folder)) return true;
    return false;
  }

  /** Records a finding of severity `error` (see {@link FindingList.add}). */
  error(requirement: string, message: Bilingual, file?: string, line?: number): void {
    this.add('error', requirement, message, file, line);
  }

  /** Records a finding of severity `warning` (see {@link FindingList.add}). */
  warning(requirement: string, message: Bilingual, file?: string, line?: number): void {
    this.add('warning', requirement, message, file, line);
  }

  /** Records a finding of severity `info` (see {@link FindingList.add}). */
  info(requirement: string, message: Bilingual, file?: string, line?: number): void {
    this.add('info', requirement, message, file, line);
  }

  /**
   * Whether an error or warning already names `file` at `line` (a schema error there has its cause
   * named by a requirement).
   */
  hasAt(file: string, line: number): boolean {
    return this.lines.has(`${file}\u0000${line}`);
  }

  /**
   * Records a finding: `message.en` becomes {@link Finding.message}, `message.vi` (NFC-normalised)
   * {@link Finding.messageVi}; a `line` of 0 or less is left out.
   */
  add(
    severity: Finding['severity'],
    requirement: string,
    message: Bilingual,
    file?: string,
    line?: number,
  ): void {
    const finding: Finding = {
      severity,
      requirement,
      message: message.en,
      messageVi: toNfc(message.vi),
    };
    if (file !== undefined) finding.file = file;
    if (line !== undefined && line > 0) {
      finding.line = line;
      if (file !== undefined && severity !== 'info') this.lines.add(`${file}\u0000${line}`);
    }
    this.items.push(finding);
  }
}
