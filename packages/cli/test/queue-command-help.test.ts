import { describe, expect, it } from 'vitest';
import { runCaptured } from './run-captured.js';

/** `sohoa queue <argv>` run in this process. */
const runQueue = async (argv: string[]) => {
  const run = await runCaptured(['queue', ...argv]);
  return { code: run.exitCode, stdout: run.stdout };
};

/** Each option's help entry (its first line and the wrapped lines under it), whitespace collapsed. */
function optionEntries(help: string): string[] {
  const entries: string[] = [];
  for (const line of help.split('\n')) {
    if (/^ {2}-/.test(line)) entries.push(line.trim().replace(/\s+/g, ' '));
    else if (/^ {3,}\S/.test(line) && entries.length > 0) entries[entries.length - 1] += ` ${line.trim()}`;
  }
  return entries;
}

describe('sohoa queue <command> --help', () => {
  it.each(['submit', 'work', 'status', 'retry'])(
    '%s: each option states its default once',
    async (command) => {
      const help = await runQueue([command, '--help']);
      expect(help.code).toBe(0);
      const entries = optionEntries(help.stdout);
      const redis = entries.find((entry) => entry.startsWith('--redis <url>'));
      expect(redis).toBe(
        '--redis <url> the Redis URL (default: $SOHOA_REDIS_URL, else redis://127.0.0.1:6379)',
      );
      for (const entry of entries)
        expect(entry.match(/\(default: /g)?.length ?? 0, entry).toBeLessThanOrEqual(1);
    },
  );

  it("submit lists digitize's OCR options with digitize's defaults", async () => {
    const entries = optionEntries((await runQueue(['submit', '--help'])).stdout);
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^--pages-per-worker <number> .*\(default: 10\)$/),
        expect.stringMatching(/^--ocr-timeout <seconds> .*OCR_TIMEOUT \(default: 120\)$/),
        expect.stringMatching(/^--no-ocr-columns /),
        expect.stringMatching(/^--no-ocr-correct /),
        expect.stringMatching(/^--detect-orientation .*default: on\)$/),
        expect.stringMatching(/^--no-detect-orientation /),
      ]),
    );
  });
});
