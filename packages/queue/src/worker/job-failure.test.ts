import { describe, expect, it } from 'vitest';
import { failureCode, reasonsOf } from './job-failure.js';

describe('failed reasons as sohoa queue status shows them', () => {
  it("words BullMQ's own reason of a job that lost its worker too often as QUEUE_JOB_STALLED, in both languages", () => {
    // The text BullMQ's moveStalledJobsToWait script writes (bullmq/dist/esm/commands/moveStalledJobsToWait-9.lua).
    const reason = 'job stalled more than allowable limit';
    expect(failureCode(reason)).toBe('QUEUE_JOB_STALLED');
    const reasons = reasonsOf(reason, undefined);
    expect(reasons.vi).toMatch(
      /^QUEUE_JOB_STALLED: Việc đã mất máy xử lý nhiều lần hơn --max-stalled cho phép .* Cách khắc phục: .*sohoa queue retry/u,
    );
    expect(reasons.en).toMatch(
      /^QUEUE_JOB_STALLED: The job lost its worker more times than --max-stalled allows .* Fix: /u,
    );
    // BullMQ's text is kept as a detail.
    for (const text of [reasons.vi, reasons.en]) expect(text).toContain(`("${reason}")`);
  });

  it('keeps a sohoa failure as the worker recorded it: its code, and its Vietnamese from the job log', () => {
    const reason = 'IMAGE_CORRUPT: Cannot decode the image "p1.jpg". Fix: re-scan it.';
    expect(failureCode(reason)).toBe('IMAGE_CORRUPT');
    expect(reasonsOf(reason, 'sohoa reason vi: IMAGE_CORRUPT: Không giải mã được ảnh "p1.jpg".')).toEqual({
      vi: 'IMAGE_CORRUPT: Không giải mã được ảnh "p1.jpg".',
      en: reason,
    });
  });
});
