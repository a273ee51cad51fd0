/** Options shared by the code builders and parsers. */
export interface CodeFormatOptions {
  /**
   * The character between segments. Default: `'.'`, the separator of every real example; the
   * circular's own rule is not in the sources (UNVERIFIED, standards reference §3.6 and §15).
   */
  separator?: string;
}

/** The separator of a format, `.` unless given. */
export const separatorOf = (options: CodeFormatOptions | undefined): string => options?.separator ?? '.';
