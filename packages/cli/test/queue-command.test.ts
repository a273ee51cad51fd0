import { SohoaError } from '@sohoa/core';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../src/commands/command-context.js';
import { addQueueCommand, loadQueueModule } from '../src/commands/queue-command.js';
import { runCaptured } from './run-captured.js';

describe('sohoa queue', () => {
  it('says how to install @sohoa/queue when it is missing (QUEUE_NOT_INSTALLED), exit 1', async () => {
    const missing = () => import('@sohoa/no-such-package' as string);
    await expect(loadQueueModule(missing)).rejects.toSatisfy(
      (error) =>
        SohoaError.isInstance(error) &&
        error.code === 'QUEUE_NOT_INSTALLED' &&
        error.fix === 'npm install @sohoa/queue' &&
        error.describe('vi').includes('gói này chưa được cài đặt'),
    );
    const errors: string[] = [];
    const context: CommandContext = {
      output: { info: () => undefined, error: (line) => errors.push(line) },
      exitCode: 0,
      language: 'en',
    };
    const program = new Command('sohoa').exitOverride();
    addQueueCommand(program, context, missing);
    await expect(program.parseAsync(['queue', 'status'], { from: 'user' })).rejects.toThrow(
      /npm install @sohoa\/queue/,
    );
  });

  it('loads @sohoa/queue on demand and passes the arguments on unparsed', async () => {
    const run = await runCaptured(['queue', 'status', '--help']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('Usage: sohoa queue status');
    expect(run.stdout).toContain('--redis <url>');
    const usage = await runCaptured(['queue', 'no-such-command']);
    expect(usage.exitCode).toBe(2);
  });

  it('fails with QUEUE_UNREACHABLE when no Redis answers', async () => {
    const run = await runCaptured(['queue', 'status', '--redis', 'redis://127.0.0.1:1']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(
      /^sohoa: error QUEUE_UNREACHABLE: The Redis server redis:\/\/127\.0\.0\.1:1 of the job queue refuses the connection: nothing listens on port 1 \(ECONNREFUSED\)\. Fix: /,
    );
    // In Vietnamese by default, ioredis's own words ("Connection is closed.") nowhere.
    const vi = await runCaptured(['queue', 'status', '--redis', 'redis://127.0.0.1:1'], {
      ...process.env,
      SOHOA_LANG: '',
    });
    expect(vi.stderr).toMatch(
      /^sohoa: lỗi QUEUE_UNREACHABLE: Máy chủ Redis redis:\/\/127\.0\.0\.1:1 của hàng đợi không nhận kết nối: không có chương trình nào nghe ở cổng 1 \(ECONNREFUSED\)\. Cách khắc phục: Kiểm tra URL --redis/u,
    );
    expect(`${run.stderr}${vi.stderr}`).not.toMatch(/Connection is closed|\n\s+at /);
  });
});
