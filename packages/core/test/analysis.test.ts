import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { analyzePage, checkScanProfile, detectOrientation, detectSkew, loadPageImage } from '../src/index.js';
import { COLOR_SCANS, scanPath } from './scan-fixtures.js';

async function grayOf(input: Sharp, dpi = 300) {
  const { data, info } = await input.grayscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, dpi };
}

describe('detectSkew', () => {
  it('measures known rotations of a real scan to within 0.1°', async () => {
    const source = scanPath(COLOR_SCANS[0]);
    const base = detectSkew(await grayOf(sharp(source))).angle;
    for (const turn of [-12.5, -3, 0.7, 9]) {
      // sharp turns the image clockwise, so the content's counter-clockwise angle drops by `turn`.
      const rotated = await grayOf(
        sharp(await sharp(source).rotate(turn, { background: '#fff' }).toBuffer()),
      );
      const skew = detectSkew(rotated);
      expect(Math.abs(skew.angle - (base - turn))).toBeLessThan(0.1);
      expect(skew.confidence).toBeGreaterThan(0.5);
    }
  });
});

describe('detectOrientation', () => {
  it('tells all four quarter turns of a real scan apart', async () => {
    for (const turn of [0, 90, 180, 270]) {
      const gray = await grayOf(sharp(scanPath(COLOR_SCANS[1])).rotate(turn));
      const orientation = detectOrientation(gray, detectSkew(gray).angle);
      expect(orientation.angle).toBe((360 - turn) % 360);
    }
  });
});

describe('analyzePage', () => {
  it('reports a real colour scan as compliant, sharp, not blank and upright', async () => {
    const analysis = await analyzePage(await loadPageImage(scanPath(COLOR_SCANS[2])));
    expect(analysis.blank).toBe(false);
    expect(analysis.blurry).toBe(false);
    expect(analysis.orientation.angle).toBe(0);
    expect(analysis.violations).toEqual([]);
    expect(analysis.color).toMatchObject({ mode: 'color', bitsPerPixel: 24 });
    expect(analysis.borders).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });

  it('finds a blank sheet (real paper margin) and a blurred page', async () => {
    const source = scanPath(COLOR_SCANS[0]);
    const blankBytes = await sharp(source)
      .extract({ left: 0, top: 0, width: 2461, height: 250 })
      .resize(2461, 3508, { fit: 'fill' })
      .jpeg()
      .withDensity(300)
      .toBuffer();
    expect((await analyzePage(await loadPageImage(blankBytes))).blank).toBe(true);
    const blurred = await sharp(source).blur(2).jpeg().withDensity(300).toBuffer();
    const analysis = await analyzePage(await loadPageImage(blurred));
    expect(analysis.blank).toBe(false);
    expect(analysis.blurry).toBe(true);
  });

  it("consults the orientation detector only when the heuristic is unsure, with 'unsure'", async () => {
    const calls: number[] = [];
    // A detector that records each call and says what the heuristic cannot know: the page was turned 180°.
    const detector = (image: { width: number }) => {
      calls.push(image.width);
      return { angle: 180 as const, confidence: 0.9 };
    };
    const upright = await loadPageImage(scanPath(COLOR_SCANS[2]));
    const asUpright = await analyzePage(upright, {
      orientationDetector: detector,
      orientationDetectorUse: 'unsure',
    });
    expect(calls).toEqual([]);
    expect(asUpright.orientation).toMatchObject({ angle: 0, source: 'heuristic' });
    expect((await analyzePage(upright, { orientationDetector: detector })).orientation).toMatchObject({
      angle: 180,
      source: 'detector',
    });
    expect(calls).toHaveLength(1);
    const turned = await loadPageImage(
      await sharp(scanPath(COLOR_SCANS[2])).rotate(90).jpeg().withDensity(300).toBuffer(),
    );
    const asTurned = await analyzePage(turned, {
      orientationDetector: detector,
      orientationDetectorUse: 'unsure',
    });
    expect(calls).toHaveLength(2);
    expect(asTurned.orientation).toMatchObject({ angle: 180, source: 'detector' });
  });

  it('measures black scanner borders', async () => {
    const bytes = await sharp(scanPath(COLOR_SCANS[0]))
      .extend({ top: 80, bottom: 40, left: 120, right: 60, background: '#141414' })
      .jpeg()
      .withDensity(300)
      .toBuffer();
    const { borders } = await analyzePage(await loadPageImage(bytes));
    for (const [side, width] of Object.entries({ top: 80, bottom: 40, left: 120, right: 60 })) {
      expect(Math.abs(borders[side as keyof typeof borders] - width)).toBeLessThanOrEqual(4);
    }
  });
});

describe('checkScanProfile', () => {
  it('lists each rule a 1-bit scan with a placeholder 72 dpi breaks', async () => {
    const report = checkScanProfile(await loadPageImage(scanPath('gov_cv464_TTg-CDS_20260430_p1.png')));
    expect(report.violations.map((violation) => violation.code)).toEqual([
      'RESOLUTION_TOO_LOW',
      'COLOR_DEPTH_TOO_LOW',
    ]);
    expect(report.violations[0]?.rule).toContain('Thông tư 05/2025/TT-BNV');
    expect(report.warnings.join(' ')).toContain('72 dpi');
  });

  it('checks 100 % scale against the original size and 300 dpi for maps', async () => {
    const page = await loadPageImage(scanPath(COLOR_SCANS[0]));
    expect(checkScanProfile(page, { originalSizeMm: { width: 210, height: 297 } }).violations).toEqual([]);
    const halfScale = checkScanProfile(page, { originalSizeMm: { width: 420, height: 594 } });
    expect(halfScale.violations[0]?.code).toBe('SCALE_NOT_100_PERCENT');
    expect(halfScale.violations[0]?.actual).toBeCloseTo(50, 0);
    const low = await loadPageImage(page.bytes, { dpi: 250 });
    expect(checkScanProfile(low, { material: 'map-or-drawing' }).violations[0]?.code).toBe(
      'RESOLUTION_TOO_LOW',
    );
  });
});
