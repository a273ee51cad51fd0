/**
 * One problem found in an information package.
 *
 * @example
 * ```ts
 * const finding: Finding = {
 *   severity: 'error',
 *   requirement: 'CSIP71',
 *   message: 'mets/fileSec/fileGrp/file has no @CHECKSUM.',
 *   file: 'representations/rep1/METS.xml',
 *   line: 42,
 * };
 * ```
 */
export interface Finding {
  /** `error` makes the package invalid; `warning` does not. */
  severity: 'error' | 'warning';
  /**
   * The requirement broken: an E-ARK CSIP id (`CSIP1` … `CSIP119`), or an id of `@sohoa/ip`
   * (`IP-…`, both profiles; `TT05-…`, the Vietnamese profile), all listed in `PROFILE.md`.
   */
  requirement: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** The file concerned, relative to the package root. @default none (the whole package) */
  file?: string;
  /** The line in that file, when known. @default none */
  line?: number;
}

/** A profile to validate against: E-ARK CSIP alone, or CSIP with Thông tư 05/2025/TT-BNV. */
export type ValidationProfile = 'csip' | 'vn-tt05';

/** Collects findings of one validation run. */
export class FindingList {
  readonly items: Finding[] = [];

  error(requirement: string, message: string, file?: string, line?: number): void {
    this.add('error', requirement, message, file, line);
  }

  warning(requirement: string, message: string, file?: string, line?: number): void {
    this.add('warning', requirement, message, file, line);
  }

  private add(
    severity: Finding['severity'],
    requirement: string,
    message: string,
    file?: string,
    line?: number,
  ): void {
    const finding: Finding = { severity, requirement, message };
    if (file !== undefined) finding.file = file;
    if (line !== undefined && line > 0) finding.line = line;
    this.items.push(finding);
  }
}
