import { cleanPage, loadPageImage, writeFileAtomic } from '@sohoa/core';
import { type Command, Option } from 'commander';
import sharp from 'sharp';
import type { CommandContext } from './command-context.js';
import { parsePositiveNumber } from './parse-options.js';

interface CleanCommandOptions {
  out: string;
  ocrCopy?: string;
  dpi?: number;
  rotate: string;
  deskew: boolean;
  cropBorders: boolean;
  stretchContrast: boolean;
  normalizeBackground: boolean;
  despeckle: boolean;
  binarize?: boolean;
  jpegQuality?: number;
  jpegOptimizeCoding?: boolean;
}

/**
 * Adds `sohoa clean <image> --out <file> [--ocr-copy <file>]`: writes the archival master
 * (colour, only the geometric corrections asked for; the original bytes when nothing changed)
 * and, optionally, the OCR copy as a grayscale PNG, both in the same geometry.
 */
export function addCleanCommand(program: Command, context: CommandContext): void {
  program
    .command('clean')
    .description(
      'Clean a scanned page: write the archival master (colour, rotated/deskewed only) and optionally the OCR copy (grayscale, background flattened, despeckled, optionally binarized).',
    )
    .argument('<image>', 'the page image')
    .requiredOption('-o, --out <file>', 'where to write the archival master (same format as the input)')
    .option('--ocr-copy <file>', 'where to write the OCR copy (PNG)')
    .option('--dpi <number>', 'resolution to use instead of the one stored in the file', parsePositiveNumber)
    .addOption(
      new Option('--rotate <angle>', 'turn the page by a quarter turn, or detect it')
        .choices(['0', '90', '180', '270', 'auto'])
        .default('0'),
    )
    .option('--no-deskew', 'do not straighten a skewed page')
    .option('--no-crop-borders', 'keep dark scanner borders (they are cropped by default)')
    .option('--no-stretch-contrast', 'do not stretch the contrast of the OCR copy')
    .option('--no-normalize-background', 'do not flatten the background of the OCR copy')
    .option('--no-despeckle', 'do not remove specks from the OCR copy')
    .option('--binarize', 'binarize the OCR copy (Sauvola)')
    .option(
      '--jpeg-quality <number>',
      'JPEG quality of a re-encoded master (default 92)',
      parsePositiveNumber,
    )
    .option(
      '--jpeg-optimize-coding',
      'optimised Huffman tables for a re-encoded JPEG master: a few per cent smaller, same pixels, slower',
    )
    .action(async (image: string, options: CleanCommandOptions) => {
      const page = await loadPageImage(image, { dpi: options.dpi });
      const cleaned = await cleanPage(page, {
        rotate: options.rotate === 'auto' ? 'auto' : (Number(options.rotate) as 0 | 90 | 180 | 270),
        deskew: options.deskew,
        cropBorders: options.cropBorders,
        stretchContrast: options.stretchContrast,
        normalizeBackground: options.normalizeBackground,
        despeckle: options.despeckle,
        binarize: options.binarize ?? false,
        ...(options.jpegQuality === undefined ? {} : { jpegQuality: options.jpegQuality }),
        jpegOptimizeCoding: options.jpegOptimizeCoding ?? false,
      });
      await writeFileAtomic(options.out, cleaned.master.bytes);
      const { analysis, master } = cleaned;
      context.output.info(
        `wrote ${options.out} (${master.width}×${master.height} px, ${master.unchanged ? 'original bytes, nothing to correct' : `corrected: skew ${analysis.skewAngle.toFixed(2)}°, orientation ${analysis.orientation.angle}°`})`,
      );
      if (options.ocrCopy) {
        const { data, width, height, dpi } = cleaned.ocrCopy;
        const png = await sharp(data, { raw: { width, height, channels: 1 } })
          .toColourspace('b-w')
          .withDensity(dpi)
          .png()
          .toBuffer();
        await writeFileAtomic(options.ocrCopy, png);
        context.output.info(`wrote ${options.ocrCopy} (OCR copy, ${width}×${height} px)`);
      }
    });
}
