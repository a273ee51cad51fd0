/** Where the command line writes: lines for people on stdout, errors on stderr. */
export interface CliOutput {
  info(line: string): void;
  error(line: string): void;
  /**
   * The width, in columns, help is wrapped to. Default: commander's, the width of the terminal the
   * help goes to, 80 when it goes to a pipe or a file. The build records the helps at fixed widths
   * with it (see `recordHelps`).
   */
  readonly helpWidth?: number;
}

/** The process's own stdout and stderr. */
export const processOutput: CliOutput = {
  info: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};
