import { describe, expect, it } from 'vitest';
import { toOffsetTime, toVietnamTime, VIETNAM_TIME_PATTERN } from './vietnam-time.js';

describe('Vietnam time', () => {
  it('writes a moment at +07:00, across the date line of UTC, without milliseconds', () => {
    expect(toVietnamTime(new Date('2025-07-01T01:30:00.250Z'))).toBe('2025-07-01T08:30:00+07:00');
    expect(toVietnamTime(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01T00:00:00+07:00');
    expect(toVietnamTime(new Date('2024-02-28T20:59:59Z'))).toBe('2024-02-29T03:59:59+07:00');
  });

  it('writes other offsets, west and fractional ones too, and names the same instant', () => {
    const moment = new Date('2025-07-01T01:30:00Z');
    expect(toOffsetTime(moment, -90)).toBe('2025-07-01T00:00:00-01:30');
    expect(toOffsetTime(moment, 0)).toBe('2025-07-01T01:30:00+00:00');
    expect(toOffsetTime(moment, 345)).toBe('2025-07-01T07:15:00+05:45');
    for (const offset of [-720, -90, 0, 420, 840]) {
      expect(Date.parse(toOffsetTime(moment, offset))).toBe(moment.getTime());
    }
  });

  it('recognises Vietnam times and refuses UTC or other offsets', () => {
    expect(VIETNAM_TIME_PATTERN.test(toVietnamTime(new Date()))).toBe(true);
    expect(VIETNAM_TIME_PATTERN.test('2025-07-01T08:30:00.5+07:00')).toBe(true);
    expect(VIETNAM_TIME_PATTERN.test('2025-07-01T01:30:00Z')).toBe(false);
    expect(VIETNAM_TIME_PATTERN.test('2025-07-01T08:30:00+08:00')).toBe(false);
  });
});
