import type { OcrPage } from '@sohoa/ocr';
import { type Command, Option } from 'commander';
import type { CommandContext } from './command-context.js';
import { dpiOption, languageDataOption } from './common-flags.js';
import { sayIn } from './in-language.js';
import { parsePositiveNumber } from './parse-options.js';

interface OcrOptions {
  format: 'text' | 'hocr' | 'alto' | 'json';
  out?: string;
  jobs?: number;
  dpi?: number;
  languageData?: string;
}

/** Adds `sohoa ocr <image|pdf...> [--format text|hocr|alto|json] [--out <file>] [--jobs N]`. */
export function addOcrCommand(program: Command, context: CommandContext): void {
  const say = sayIn(context.language);
  program
    .command('ocr')
    .description(
      say(
        'Nhận dạng chữ tiếng Việt trên trang quét (ảnh hoặc PDF quét), không cần mạng, và in hoặc ghi văn bản, hOCR, ALTO v4 hoặc JSON.',
        'Read scanned pages (images or scanned PDFs) in Vietnamese, offline, and print or write the text, hOCR, ALTO v4 or JSON.',
      ),
    )
    .argument(
      '<files...>',
      say(
        'ảnh trang (JPEG, PNG, TIFF, WebP) hoặc PDF quét, theo thứ tự trang',
        'page images (JPEG, PNG, TIFF, WebP) or scanned PDFs, in page order',
      ),
    )
    .addOption(
      new Option('--format <format>', say('định dạng kết quả', 'output format'))
        .choices(['text', 'hocr', 'alto', 'json'])
        .default('text'),
    )
    .option(
      '-o, --out <file>',
      say('ghi vào tệp này thay vì in ra màn hình', 'write to this file instead of the standard output'),
    )
    .option(
      '--jobs <number>',
      say(
        'số tiến trình nhận dạng (mặc định: mỗi nhân một tiến trình)',
        'OCR workers (default: one per core)',
      ),
      parsePositiveNumber(context.language),
    )
    .addOption(dpiOption(context.language))
    .addOption(languageDataOption(context.language))
    .action(async (files: string[], options: OcrOptions) => {
      const { writeFileAtomic } = await import('@sohoa/core');
      const { createOcrPool, toAlto, toHocr, toJson, toPlainText } = await import('@sohoa/ocr');
      const { readPageImages } = await import('./read-page-images.js');
      const { recognizePage } = await import('./recognize-page.js');
      const pool = await createOcrPool({
        ...(options.jobs === undefined ? {} : { size: Math.round(options.jobs) }),
        ...(options.languageData === undefined ? {} : { languageDataPath: options.languageData }),
      });
      const pending: Array<Promise<OcrPage>> = [];
      const sources: string[] = [];
      try {
        for await (const page of readPageImages(files, { dpi: options.dpi })) {
          sources.push(page.source);
          pending.push(recognizePage(pool, page));
        }
        const pages = await Promise.all(pending);
        // Where text may be missing, on stderr in the user's language (the output stays the text).
        for (const [index, page] of pages.entries())
          for (const { box, messages } of page.missingText ?? [])
            context.output.error(
              `${sources[index]} (${say('trang', 'page')} ${index + 1}): ${messages[context.language]} [${box.x0}, ${box.y0}, ${box.x1}, ${box.y1}]`,
            );
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
          context.output.info(
            say(
              `đã ghi ${options.out} (${pages.length} trang, ${options.format})`,
              `wrote ${options.out} (${pages.length} page(s), ${options.format})`,
            ),
          );
        } else {
          context.output.info(output.trimEnd());
        }
      } finally {
        await pool.terminate();
      }
    });
}
