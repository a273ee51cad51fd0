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

  error(requirement: string, message: string, file?: string, line?: number): void {
    this.add('error', requirement, message, file, line);
  }

  warning(requirement: string, message: string, file?: string, line?: number): void {
    this.add('warning', requirement, message, file, line);
  }

  info(requirement: string, message: string, file?: string, line?: number): void {
    this.add('info', requirement, message, file, line);
  }

  /**
   * Whether an error or warning already names `file` at `line` (a schema error there has its cause
   * named by a requirement).
   */
  hasAt(file: string, line: number): boolean {
    return this.lines.has(`${file}\u0000${line}`);
  }

  add(
    severity: Finding['severity'],
    requirement: string,
    message: string,
    file?: string,
    line?: number,
  ): void {
    const finding: Finding = { severity, requirement, message };
    if (file !== undefined) finding.file = file;
    if (line !== undefined && line > 0) {
      finding.line = line;
      if (file !== undefined && severity !== 'info') this.lines.add(`${file}\u0000${line}`);
    }
    this.items.push(finding);
  }
}
