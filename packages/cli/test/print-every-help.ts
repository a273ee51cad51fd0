/**
 * Prints, as one JSON object, the help of every `sohoa` command and subcommand in both languages
 * (`"pdfa check en"` → its exit code and text), found by following the "Commands:" of each help
 * from `sohoa --help` down. Run in a process of its own by `cli-start-modules.test.ts`, which
 * records every module the process loads: all the helps together must load none of the SDK.
 */
import { runCli } from '../src/commands/run-cli.js';

const helps: Record<string, { code: number; text: string }> = {};

async function help(words: string[], language: 'vi' | 'en'): Promise<string> {
  const lines: string[] = [];
  const output = { info: (line: string) => lines.push(line), error: (line: string) => lines.push(line) };
  const code = await runCli([...words, '--help', '--messages', language], output, {});
  const text = lines.join('\n');
  helps[[...words, language].join(' ')] = { code, text };
  return text;
}

/** The subcommands an English help lists (commander's own `help` left out). */
function subcommands(text: string): string[] {
  const listed = text.split('\nCommands:\n')[1] ?? '';
  return [...listed.matchAll(/^ {2}(\w+)/gmu)]
    .map((match) => match[1] ?? '')
    .filter((name) => name !== 'help');
}

await help([], 'vi');
for (const command of subcommands(await help([], 'en'))) {
  await help([command], 'vi');
  for (const subcommand of subcommands(await help([command], 'en'))) {
    await help([command, subcommand], 'en');
    await help([command, subcommand], 'vi');
  }
}
console.log(JSON.stringify(helps));
