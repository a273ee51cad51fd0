import { writeFile } from 'node:fs/promises';
import type { Options } from 'tsup';
import { packageBuild } from '../../tsup.package.js';
import { HELP_RECORDS_FILE, type RunCli, recordHelps } from './src/recorded-help.js';

const config: Options = {
  // run-cli is an entry of its own (dist/commands/run-cli.js): the build runs it to record the helps.
  ...packageBuild(['src/index.ts', 'src/bin.ts', 'src/commands/run-cli.ts'], ['src/index.ts']),
  // Every help, recorded from the built program itself, beside bin.js: `sohoa --help` prints the
  // recording without loading commander (see recordHelps).
  async onSuccess() {
    const built = new URL('./dist/', import.meta.url);
    const { runCli } = (await import(new URL('commands/run-cli.js', built).href)) as { runCli: RunCli };
    await writeFile(new URL(HELP_RECORDS_FILE, built), JSON.stringify(await recordHelps(runCli)));
  },
};

export default config;
