import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { digitizeDossier } from '../digitize/digitize-dossier.js';
import type { CommandContext } from './command-context.js';
import { parsePositiveNumber } from './parse-options.js';

/** Adds `sohoa digitize <folder> --out <folder>`. */
export function addDigitizeCommand(program: Command, { output }: CommandContext): void {
  program
    .command('digitize')
    .description(
      'Digitize a dossier folder (dossier.json + scanned pages) into a searchable two-layer PDF/A-2b <fileCode>.pdf and <fileCode>.json (metadata + OCR text).',
    )
    .argument('<folder>', 'the dossier folder: dossier.json and the page images (JPEG, PNG, TIFF, WebP)')
    .requiredOption('-o, --out <folder>', 'the folder to write the outputs into (created if missing)')
    .option(
      '--dpi <number>',
      'scan resolution to use instead of the one stored in the files',
      parsePositiveNumber,
    )
    .option(
      '--language-data <folder>',
      'a folder holding vie.traineddata.gz (default: the installed npm package)',
    )
    .action(async (folder: string, options: { out: string; dpi?: number; languageData?: string }) => {
      output.info(`sohoa digitize: ${folder}`);
      const result = await digitizeDossier(folder, {
        out: options.out,
        dpi: options.dpi,
        languageDataPath: options.languageData,
        onProgress: (event) =>
          output.info(
            `  page ${event.page}/${event.pages}  ${event.file}  ${event.seconds.toFixed(1)} s  OCR confidence ${Math.round(event.confidence)}`,
          ),
      });
      const pdfSize = (await stat(result.pdfPath)).size;
      output.info(
        `wrote ${result.pdfPath} (${(pdfSize / 1_048_576).toFixed(1)} MB, ${result.pages.length} pages, PDF/A-2b)`,
      );
      output.info(`wrote ${result.jsonPath}`);
      output.info(
        `${result.pages.length} pages in ${result.seconds.toFixed(1)} s (${(result.seconds / result.pages.length).toFixed(1)} s/page)`,
      );
    });
}
