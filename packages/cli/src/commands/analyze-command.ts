import { analyzePage, loadPageImage, type ScannedMaterial, SohoaError } from '@sohoa/core';
import { type Command, Option } from 'commander';
import type { CommandContext } from './command-context.js';
import { parsePositiveNumber, parseSizeMm } from './parse-options.js';

/**
 * Adds `sohoa analyze <images...> [--json]`: one result per image (JSON lines with `--json`).
 * Exit 0 when every image was read and breaks no scanning rule, 1 otherwise.
 */
export function addAnalyzeCommand(program: Command, context: CommandContext): void {
  program
    .command('analyze')
    .description(
      'Analyse scanned pages: skew, orientation, blank page, borders, sharpness, colour, resolution, and the Thông tư 05/2025 scanning rules. Exit 0 when every page complies, 1 otherwise.',
    )
    .argument('<images...>', 'the page images')
    .option('--json', 'print one JSON object per image (JSON lines)')
    .option('--dpi <number>', 'resolution to use instead of the one stored in the files', parsePositiveNumber)
    .addOption(
      new Option('--material <kind>', 'what was scanned (sets the minimum resolution)')
        .choices(['document', 'map-or-drawing', 'photo'])
        .default('document'),
    )
    .option(
      '--original-size <WxH>',
      'the original’s size in millimetres, e.g. 210x297, to check the 100% scale rule',
      parseSizeMm,
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
            };
            if (options.json) {
              context.output.info(JSON.stringify(result));
            } else {
              context.output.info(
                `${file}: ${result.width}×${result.height} px, ${result.dpi} dpi, skew ${result.skewAngle}°, orientation ${result.orientation}°${result.blank ? ', blank' : ''}`,
              );
              for (const violation of result.violations)
                context.output.info(`  violation ${violation.rule}: ${violation.message}`);
              for (const warning of result.warnings) context.output.info(`  warning: ${warning}`);
            }
          } catch (error) {
            if (!SohoaError.isInstance(error)) throw error;
            context.exitCode = 1;
            if (options.json)
              context.output.info(
                JSON.stringify({ file, error: { code: error.code, message: error.message } }),
              );
            else context.output.error(`sohoa: error ${error.code}: ${error.message}`);
          }
        }
      },
    );
}

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}
