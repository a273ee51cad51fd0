import { SohoaError } from '@sohoa/base';
import type { ScannedMaterial } from '@sohoa/core';
import { type Command, Option } from 'commander';
import type { CommandContext } from './command-context.js';
import { dpiOption } from './common-flags.js';
import { errorLine } from './error-line.js';
import { sayIn } from './in-language.js';
import { parseSizeMm } from './parse-options.js';

/**
 * Adds `sohoa analyze <images...> [--json]`: one result per image (JSON lines with `--json`).
 * Exit 0 when every image was read and breaks no scanning rule, 1 otherwise.
 */
export function addAnalyzeCommand(program: Command, context: CommandContext): void {
  const say = sayIn(context.language);
  program
    .command('analyze')
    .description(
      say(
        'Phân tích trang quét: độ nghiêng, hướng trang, trang trắng, viền, độ nét, màu, độ phân giải, và các yêu cầu số hóa của Thông tư 05/2025. Mã thoát 0 khi mọi trang đạt, 1 nếu không.',
        'Analyse scanned pages: skew, orientation, blank page, borders, sharpness, colour, resolution, and the Thông tư 05/2025 scanning rules. Exit 0 when every page complies, 1 otherwise.',
      ),
    )
    .argument('<images...>', say('các ảnh trang quét', 'the page images'))
    .option(
      '--json',
      say('in mỗi ảnh một đối tượng JSON (JSON lines)', 'print one JSON object per image (JSON lines)'),
    )
    .addOption(dpiOption(context.language))
    .addOption(
      new Option(
        '--material <kind>',
        say(
          'loại tài liệu đã quét (quyết định độ phân giải tối thiểu)',
          'what was scanned (sets the minimum resolution)',
        ),
      )
        .choices(['document', 'map-or-drawing', 'photo'])
        .default('document'),
    )
    .option(
      '--original-size <WxH>',
      say(
        'kích thước bản gốc tính bằng milimét, ví dụ 210x297, để kiểm tra yêu cầu quét đúng tỷ lệ 100%',
        'the original’s size in millimetres, e.g. 210x297, to check the 100% scale rule',
      ),
      parseSizeMm(context.language),
    )
    .action(
      async (
        images: string[],
        options: {
          json?: boolean;
          dpi?: number;
          material: ScannedMaterial;
          originalSize?: { width: number; height: number };
        },
      ) => {
        const { analyzePage, loadPageImage } = await import('@sohoa/core');
        for (const file of images) {
          try {
            const page = await loadPageImage(file, { dpi: options.dpi });
            const analysis = await analyzePage(page, {
              material: options.material,
              originalSizeMm: options.originalSize,
            });
            if (analysis.violations.length > 0) context.exitCode = 1;
            const result = {
              file,
              width: analysis.width,
              height: analysis.height,
              dpi: analysis.dpi,
              skewAngle: round(analysis.skewAngle, 3),
              orientation: analysis.orientation.angle,
              blank: analysis.blank,
              violations: analysis.violations,
              warnings: analysis.warnings,
              warningsVi: analysis.warningsVi,
            };
            if (options.json) {
              context.output.info(JSON.stringify(result));
            } else {
              context.output.info(
                say(
                  `${file}: ${result.width}×${result.height} px, ${result.dpi} dpi, nghiêng ${result.skewAngle}°, hướng ${result.orientation}°${result.blank ? ', trang trắng' : ''}`,
                  `${file}: ${result.width}×${result.height} px, ${result.dpi} dpi, skew ${result.skewAngle}°, orientation ${result.orientation}°${result.blank ? ', blank' : ''}`,
                ),
              );
              for (const violation of result.violations)
                context.output.info(
                  `  ${say('vi phạm', 'violation')} ${say(violation.ruleVi, violation.rule)}: ${say(violation.messageVi, violation.message)}`,
                );
              const warnings = context.language === 'vi' ? result.warningsVi : result.warnings;
              for (const warning of warnings)
                context.output.info(`  ${say('cảnh báo', 'warning')}: ${warning}`);
            }
          } catch (error) {
            if (!SohoaError.isInstance(error)) throw error;
            context.exitCode = 1;
            if (options.json)
              context.output.info(
                JSON.stringify({ file, error: { code: error.code, message: error.message } }),
              );
            else context.output.error(errorLine(error, context.language));
          }
        }
      },
    );
}

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}
