import { type Command, Option } from 'commander';
import type { CommandContext } from './command-context.js';
import { dpiOption } from './common-flags.js';
import { sayIn } from './in-language.js';
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
  const say = sayIn(context.language);
  program
    .command('clean')
    .description(
      say(
        'Làm sạch trang quét: ghi bản lưu trữ gốc (màu, chỉ xoay/chỉnh nghiêng) và nếu cần bản dùng để nhận dạng chữ (ảnh xám, làm phẳng nền, lọc đốm, có thể nhị phân hóa).',
        'Clean a scanned page: write the archival master (colour, rotated/deskewed only) and optionally the OCR copy (grayscale, background flattened, despeckled, optionally binarized).',
      ),
    )
    .argument('<image>', say('ảnh trang quét', 'the page image'))
    .requiredOption(
      '-o, --out <file>',
      say(
        'nơi ghi bản lưu trữ gốc (cùng định dạng với ảnh vào)',
        'where to write the archival master (same format as the input)',
      ),
    )
    .option('--ocr-copy <file>', say('nơi ghi bản nhận dạng chữ (PNG)', 'where to write the OCR copy (PNG)'))
    .addOption(dpiOption(context.language))
    .addOption(
      new Option(
        '--rotate <angle>',
        say(
          'xoay trang một góc vuông, hoặc tự phát hiện (auto)',
          'turn the page by a quarter turn, or detect it',
        ),
      )
        .choices(['0', '90', '180', '270', 'auto'])
        .default('0'),
    )
    .option('--no-deskew', say('không chỉnh trang bị nghiêng', 'do not straighten a skewed page'))
    .option(
      '--no-crop-borders',
      say(
        'giữ viền tối của máy quét (mặc định viền được cắt bỏ)',
        'keep dark scanner borders (they are cropped by default)',
      ),
    )
    .option(
      '--no-stretch-contrast',
      say('không tăng độ tương phản của bản nhận dạng chữ', 'do not stretch the contrast of the OCR copy'),
    )
    .option(
      '--no-normalize-background',
      say('không làm phẳng nền của bản nhận dạng chữ', 'do not flatten the background of the OCR copy'),
    )
    .option(
      '--no-despeckle',
      say('không lọc đốm trên bản nhận dạng chữ', 'do not remove specks from the OCR copy'),
    )
    .option('--binarize', say('nhị phân hóa bản nhận dạng chữ (Sauvola)', 'binarize the OCR copy (Sauvola)'))
    .option(
      '--jpeg-quality <number>',
      say(
        'chất lượng JPEG khi phải mã hóa lại bản gốc (mặc định 92)',
        'JPEG quality of a re-encoded master (default 92)',
      ),
      parsePositiveNumber(context.language),
    )
    .option(
      '--jpeg-optimize-coding',
      say(
        'bảng Huffman tối ưu khi mã hóa lại bản gốc JPEG: nhỏ hơn vài phần trăm, cùng điểm ảnh, chậm hơn',
        'optimised Huffman tables for a re-encoded JPEG master: a few per cent smaller, same pixels, slower',
      ),
    )
    .action(async (image: string, options: CleanCommandOptions) => {
      const { cleanPage, loadPageImage, writeFileAtomic } = await import('@sohoa/core');
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
      const skew = analysis.skewAngle.toFixed(2);
      const turn = analysis.orientation.angle;
      context.output.info(
        say(
          `đã ghi ${options.out} (${master.width}×${master.height} px, ${master.unchanged ? 'giữ nguyên tệp gốc, không có gì cần chỉnh' : `đã chỉnh: nghiêng ${skew}°, hướng ${turn}°`})`,
          `wrote ${options.out} (${master.width}×${master.height} px, ${master.unchanged ? 'original bytes, nothing to correct' : `corrected: skew ${skew}°, orientation ${turn}°`})`,
        ),
      );
      if (options.ocrCopy) {
        const { data, width, height, dpi } = cleaned.ocrCopy;
        const { default: sharp } = await import('sharp');
        const png = await sharp(data, { raw: { width, height, channels: 1 } })
          .toColourspace('b-w')
          .withDensity(dpi)
          .png()
          .toBuffer();
        await writeFileAtomic(options.ocrCopy, png);
        context.output.info(
          say(
            `đã ghi ${options.ocrCopy} (bản nhận dạng chữ, ${width}×${height} px)`,
            `wrote ${options.ocrCopy} (OCR copy, ${width}×${height} px)`,
          ),
        );
      }
    });
}
