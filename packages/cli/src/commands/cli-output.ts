/** Where the command line writes: lines for people on stdout, errors on stderr. */
export interface CliOutput {
  info(line: string): void;
  error(line: string): void;
}

/** The process's own stdout and stderr. */
export const processOutput: CliOutput = {
  info: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};
