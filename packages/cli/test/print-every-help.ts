/**
 * Prints, as one JSON object, the help of every `sohoa` command and subcommand in both languages
 * (`"pdfa check en"` → its exit code and text, 80 columns wide), as the build records them
 * (recordHelps: from `sohoa --help` down the "Commands:" of each help, wrapped and not). Run in a
 * process of its own by `cli-start-modules.test.ts`, which records every module the process
 * loads: all the helps together must load none of the SDK.
 */
import { runCli } from '../src/commands/run-cli.js';
import { recordHelps } from '../src/record-helps.js';

const records = await recordHelps(runCli);
const helps: Record<string, { code: number; text: string }> = {};
for (const language of ['vi', 'en'] as const) {
  for (const [command, { narrow }] of Object.entries(records.help[language])) {
    helps[[command, language].filter(Boolean).join(' ')] = {
      code: narrow.exitCode,
      text: narrow.stdout.replace(/\n$/u, ''),
    };
  }
}
console.log(JSON.stringify(helps));
