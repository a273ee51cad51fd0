import { makeOcrCopy, writeFileAtomic } from '@sohoa/core';
import { createOcrPool, type OcrPage, toAlto, toHocr, toJson, toPlainText } from '@sohoa/ocr';
import { type Command, Option } from 'commander';
import type { CommandContext } from './command-context.js';
import { parsePositiveNumber } from './parse-options.js';
import { readPageImages } from './read-page-images.js';

interface OcrOptions {
  format: 'text' | 'hocr' | 'alto' | 'json';
  out?: string;
  jobs?: number;
  dpi?: number;
  languageData?: string;
}

/** Adds `sohoa ocr <image|pdf...> [--format text|hocr|alto|json] [--out <file>] [--jobs N]`. */
export function addOcrCommand(program: Command, context: CommandContext): void {
  program
    .command('ocr')
    .description(
      'Read scanned pages (images or scanned PDFs) in Vietnamese, offline, and print or write the text, hOCR, ALTO v4 or JSON.',
    )
    .argument('<files...>', 'page images (JPEG, PNG, TIFF, WebP) or scanned PDFs, in page order')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'hocr', 'alto', 'json'])
        .default('text'),
    )
    .option('-o, --out <file>', 'write to this file instead of the standard output')
    .option('--jobs <number>', 'OCR workers (default: one per core)', parsePositiveNumber)
    .option('--dpi <number>', 'resolution to use instead of the one stored in the files', parsePositiveNumber)
    .option(
      '--language-data <folder>',
      'a folder holding vie.traineddata.gz (default: the installed npm package)',
    )
    .action(async (files: string[], options: OcrOptions) => {
      const pool = await createOcrPool({
        ...(options.jobs === undefined ? {} : { size: Math.round(options.jobs) }),
        ...(options.languageData === undefined ? {} : { languageDataPath: options.languageData }),
      });
      const pending: Array<Promise<OcrPage>> = [];
      const sources: string[] = [];
      try {
        for await (const page of readPageImages(files, { dpi: options.dpi })) {
          sources.push(page.source);
          pending.push(makeOcrCopy(page).then((gray) => pool.recognize(gray)));
        }
        const pages = await Promise.all(pending);
        const output =
          options.format === 'hocr'
            ? toHocr(pages)
            : options.format === 'alto'
              ? toAlto(pages, { images: sources })
              : options.format === 'json'
                ? toJson(pages)
                : toPlainText(pages);
        if (options.out) {
          await writeFileAtomic(options.out, output.endsWith('\n') ? output : `${output}\n`);
          context.output.info(`wrote ${options.out} (${pages.length} page(s), ${options.format})`);
        } else {
          context.output.info(output.trimEnd());
        }
      } finally {
        await pool.terminate();
      }
    });
}
