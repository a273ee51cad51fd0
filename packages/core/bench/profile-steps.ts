import sharp, { type JpegOptions } from 'sharp';
import { analyzeDecodedPage } from '../src/analysis/analyze-page.js';
import { decodePagePixels } from '../src/cleanup/decode-page-pixels.js';
import { despeckle } from '../src/cleanup/despeckle.js';
import { findPageCrop } from '../src/cleanup/find-page-crop.js';
import { normaliseTable } from '../src/cleanup/normalise-gray.js';
import { flattenBackground } from '../src/cleanup/normalize-background.js';
import { estimatePaperColor, estimatePaperRgbOfPixels } from '../src/cleanup/paper-color.js';
import { estimatePaperField } from '../src/cleanup/paper-field.js';
import { srgbLuma } from '../src/cleanup/srgb-luma.js';
import type { GrayImage, PageImage } from '../src/index.js';
import { median } from './bench-pages.js';

/** Peak signal-to-noise ratio in dB of two images of the same size (Infinity when identical). */
export function psnr(a: Uint8Array, b: Uint8Array): number {
  let sum = 0;
  for (let index = 0; index < a.length; index++) {
    const difference = (a[index] as number) - (b[index] as number);
    sum += difference * difference;
  }
  return sum === 0 ? Number.POSITIVE_INFINITY : 10 * Math.log10((255 * 255 * a.length) / sum);
}

/** Mean structural similarity of two gray images, over 8 × 8 windows (C1, C2 of Wang et al.). */
export function ssim(a: GrayImage, b: GrayImage): number {
  const c1 = (0.01 * 255) ** 2;
  const c2 = (0.03 * 255) ** 2;
  let total = 0;
  let windows = 0;
  for (let top = 0; top + 8 <= a.height; top += 8) {
    for (let left = 0; left + 8 <= a.width; left += 8) {
      let sa = 0;
      let sb = 0;
      let saa = 0;
      let sbb = 0;
      let sab = 0;
      for (let y = top; y < top + 8; y++) {
        for (let x = left; x < left + 8; x++) {
          const va = a.data[y * a.width + x] as number;
          const vb = b.data[y * b.width + x] as number;
          sa += va;
          sb += vb;
          saa += va * va;
          sbb += vb * vb;
          sab += va * vb;
        }
      }
      const ma = sa / 64;
      const mb = sb / 64;
      const va = saa / 64 - ma * ma;
      const vb = sbb / 64 - mb * mb;
      const cov = sab / 64 - ma * mb;
      total += ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
      windows++;
    }
  }
  return total / windows;
}

const round = (value: number, digits = 1) =>
  Number.isFinite(value) ? Number(value.toFixed(digits)) : 'identical';

async function decodeGray(bytes: Buffer): Promise<GrayImage> {
  const { data, info } = await sharp(bytes).grayscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, dpi: 300 };
}

/**
 * Where the time of `cleanPage` goes on pages that need deskewing: its steps run one by one as
 * the pipeline runs them (median ms over the pages and `repeats`), with the choices weighed for
 * the two costliest ones: the master's JPEG encoding (ms, size, and fidelity against the encoding
 * used before: quality 92, 4:4:4, Huffman tables optimised) and the rotation's interpolator (ms,
 * and fidelity of the rotated gray page against a bicubic rotation).
 */
export async function profileSteps(pages: PageImage[], repeats = 3) {
  const steps: Record<string, number[]> = {};
  const encodings: Record<string, { ms: number[]; bytes: number[]; psnr: number[]; ssim: number[] }> = {};
  const interpolators: Record<string, { ms: number[]; psnr: number[]; ssim: number[] }> = {};
  async function step<T>(
    record: Record<string, number[]>,
    name: string,
    run: () => Promise<T> | T,
  ): Promise<T> {
    const start = performance.now();
    const value = await run();
    record[name] = [...(record[name] ?? []), performance.now() - start];
    return value;
  }
  for (let repeat = 0; repeat < repeats; repeat++) {
    for (const page of pages) {
      const pixels = await step(steps, 'decode colour + gray', () => decodePagePixels(page, true));
      const { width: sourceWidth, height: sourceHeight } = pixels.gray;
      const analysis = await step(steps, 'analyzePage', () => analyzeDecodedPage(page, pixels.gray));
      const paper = await step(steps, 'paper colour', () =>
        estimatePaperRgbOfPixels(pixels.data, estimatePaperColor(pixels.gray).gray),
      );
      const rotation = analysis.skew.angle;
      const rotated = await step(steps, 'rotate colour (libvips, bilinear)', () =>
        sharp(pixels.data, { raw: { width: sourceWidth, height: sourceHeight, channels: 3 } })
          .rotate(rotation, { background: paper })
          .raw()
          .toBuffer({ resolveWithObject: true }),
      );
      const { width, height } = rotated.info;
      const canvas = await step(steps, 'gray of the rotated page', () => ({
        data: srgbLuma(rotated.data, width * height),
        width,
        height,
        dpi: page.dpi,
      }));
      const crop = await step(steps, 'find crop', () =>
        findPageCrop(canvas, { sourceWidth, sourceHeight, rotation }, true),
      );
      const encode = (options: JpegOptions) =>
        sharp(rotated.data, { raw: { width, height, channels: 3 } })
          .extract(crop)
          .withDensity(page.dpi)
          .jpeg(options)
          .toBuffer();
      await step(steps, 'encode master (JPEG q92 4:4:4)', () =>
        encode({ quality: 92, chromaSubsampling: '4:4:4', optimiseCoding: false }),
      );
      const before = await encode({ quality: 92, chromaSubsampling: '4:4:4', optimiseCoding: true });
      const beforeGray = await decodeGray(before);
      const variants: [string, JpegOptions][] = [
        [
          'q92 4:4:4 (before: Huffman optimised)',
          { quality: 92, chromaSubsampling: '4:4:4', optimiseCoding: true },
        ],
        [
          'q92 4:4:4 (now: not optimised)',
          { quality: 92, chromaSubsampling: '4:4:4', optimiseCoding: false },
        ],
        ['q92 4:2:0', { quality: 92, chromaSubsampling: '4:2:0', optimiseCoding: false }],
        ['q92 4:4:4 mozjpeg', { quality: 92, chromaSubsampling: '4:4:4', mozjpeg: true }],
      ];
      for (const [name, options] of variants) {
        const record = encodings[name] ?? { ms: [], bytes: [], psnr: [], ssim: [] };
        encodings[name] = record;
        const start = performance.now();
        const bytes = await encode(options);
        record.ms.push(performance.now() - start);
        record.bytes.push(bytes.length);
        // Colour fidelity on all three channels; structure on the gray.
        const [ours, theirs] = await Promise.all([
          sharp(bytes).raw().toBuffer(),
          sharp(before).raw().toBuffer(),
        ]);
        record.psnr.push(psnr(ours, theirs));
        record.ssim.push(ssim(await decodeGray(bytes), beforeGray));
      }
      // What an uneven page costs: contrast table, paper field, flattening (even paper is only stretched).
      const ocrCopy = await step(steps, 'contrast + background flattening', async () => {
        const table = await normaliseTable(canvas);
        return flattenBackground(canvas, estimatePaperField(canvas, table), table);
      });
      await step(steps, 'despeckle', () => despeckle(ocrCopy));
      // Interpolators, on the gray page, against a bicubic rotation.
      const radians = (rotation * Math.PI) / 180;
      const matrix: [number, number, number, number] = [
        Math.cos(radians),
        -Math.sin(radians),
        Math.sin(radians),
        Math.cos(radians),
      ];
      const rotateGray = (interpolator: 'nearest' | 'bilinear' | 'bicubic') =>
        sharp(pixels.gray.data, { raw: { width: sourceWidth, height: sourceHeight, channels: 1 } })
          .affine(matrix, { background: '#ffffff', interpolator: sharp.interpolators[interpolator] })
          .extractChannel(0)
          .raw()
          .toBuffer({ resolveWithObject: true });
      const reference = await rotateGray('bicubic');
      const referenceGray = {
        data: reference.data,
        width: reference.info.width,
        height: reference.info.height,
        dpi: 300,
      };
      for (const interpolator of ['nearest', 'bilinear', 'bicubic'] as const) {
        const record = interpolators[interpolator] ?? { ms: [], psnr: [], ssim: [] };
        interpolators[interpolator] = record;
        const colourStart = performance.now();
        await sharp(pixels.data, { raw: { width: sourceWidth, height: sourceHeight, channels: 3 } })
          .affine(matrix, { background: paper, interpolator: sharp.interpolators[interpolator] })
          .raw()
          .toBuffer();
        record.ms.push(performance.now() - colourStart);
        const gray = await rotateGray(interpolator);
        record.psnr.push(psnr(gray.data, reference.data));
        record.ssim.push(
          ssim(
            { data: gray.data, width: gray.info.width, height: gray.info.height, dpi: 300 },
            referenceGray,
          ),
        );
      }
    }
  }
  const medians = (record: Record<string, number[]>) =>
    Object.fromEntries(Object.entries(record).map(([name, times]) => [name, Math.round(median(times))]));
  const stepMs = medians(steps);
  return {
    note: 'median ms per step of cleanPage on the pages turned by 2° (one libvips thread); encodings: ms, kB, PSNR (dB, RGB) and SSIM (gray) against the encoding used before; interpolators: ms for the colour page, PSNR and SSIM of the rotated gray page against bicubic',
    stepMs,
    stepsTotalMs: Object.values(stepMs).reduce((sum, value) => sum + value, 0),
    masterEncodings: Object.fromEntries(
      Object.entries(encodings).map(([name, record]) => [
        name,
        {
          ms: Math.round(median(record.ms)),
          kB: Math.round(median(record.bytes) / 1024),
          psnrDb: round(Math.min(...record.psnr)),
          ssim: round(Math.min(...record.ssim), 4),
        },
      ]),
    ),
    rotationInterpolators: Object.fromEntries(
      Object.entries(interpolators).map(([name, record]) => [
        name,
        {
          msColour: Math.round(median(record.ms)),
          psnrDb: round(Math.min(...record.psnr)),
          ssim: round(Math.min(...record.ssim), 4),
        },
      ]),
    ),
  };
}
