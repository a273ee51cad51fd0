import { describe, expect, it } from 'vitest';
import { resampleGray } from './resample-gray.js';

describe('resampleGray', () => {
  it('averages whole cells when the factor is whole', () => {
    // 4 × 2 → 2 × 1: each output pixel is the mean of a 2 × 2 cell.
    const image = {
      data: Buffer.from([0, 100, 200, 255, 100, 200, 255, 255]),
      width: 4,
      height: 2,
      dpi: 600,
    };
    const reduced = resampleGray(image, 2, 1, 300);
    expect([...reduced.data]).toEqual([100, 241]);
    expect(reduced).toMatchObject({ width: 2, height: 1, dpi: 300 });
  });

  it('weights partial pixels, keeping a page mean and a flat page flat (300 → 250 dpi)', () => {
    const width = 300;
    const height = 120;
    const flat = resampleGray(
      { data: Buffer.alloc(width * height, 77), width, height, dpi: 300 },
      250,
      100,
      250,
    );
    expect(new Set(flat.data)).toEqual(new Set([77]));

    const ramp = Buffer.alloc(width * height);
    for (let i = 0; i < ramp.length; i++) ramp[i] = (i % width) % 256;
    const reduced = resampleGray({ data: ramp, width, height, dpi: 300 }, 250, 100, 250);
    const mean = (data: Buffer) => data.reduce((sum, value) => sum + value, 0) / data.length;
    expect(Math.abs(mean(reduced.data) - mean(ramp))).toBeLessThan(0.6);
  });

  it('keeps a one-pixel stroke as gray instead of dropping it', () => {
    const width = 6;
    const data = Buffer.alloc(width * 6, 255);
    for (let y = 0; y < 6; y++) data[y * width + 2] = 0;
    const reduced = resampleGray({ data, width, height: 6, dpi: 300 }, 5, 5, 250);
    expect(Math.min(...reduced.data)).toBeLessThan(160);
  });
});
