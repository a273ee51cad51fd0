import { fileURLToPath } from 'node:url';
import { build, type Options } from 'tsup';
import { packageBuild } from '../../tsup.package.js';
import { type RunCli, recordHelps, writeHelpRecords } from './src/record-helps.js';
import { HELP_RECORDS_FOLDER } from './src/recorded-help.js';

const config: Options = {
  // run-cli is an entry of its own (dist/commands/run-cli.js): the build runs it to record the helps.
  // command-line is what bin/sohoa.js imports for any command line it does not answer at once.
  ...packageBuild(
    ['src/index.ts', 'src/bin.ts', 'src/command-line.ts', 'src/commands/run-cli.ts'],
    ['src/index.ts'],
  ),
  async onSuccess() {
    const built = new URL('./dist/', import.meta.url);
    // Every help, recorded from the built program itself, beside bin.js: `sohoa --help` prints the
    // recording without loading commander (see recordHelps).
    const { runCli } = (await import(new URL('commands/run-cli.js', built).href)) as { runCli: RunCli };
    await writeHelpRecords(fileURLToPath(new URL(HELP_RECORDS_FOLDER, built)), await recordHelps(runCli));
    // What bin/sohoa.js requires to print the version and those helps: CommonJS, so that they start
    // no ES module loader (see answerAtOnce).
    await build({
      config: false,
      entry: ['src/answer-at-once.ts'],
      format: ['cjs'],
      target: 'node20',
      platform: 'node',
      outDir: fileURLToPath(built),
      clean: false,
      silent: true,
    });
  },
};

export default config;
