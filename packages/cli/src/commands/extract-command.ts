import { extname } from 'node:path';
import type { DocumentHeader } from '@sohoa/ocr';
import type { Command } from 'commander';
import type { CommandContext } from './command-context.js';
import { dpiOption } from './common-flags.js';
import { sayIn } from './in-language.js';

/**
 * Adds `sohoa extract <image|pdf|txt> [--json]`: reads a document's header (number and symbol,
 * date and place, type, issuer, summary, urgency and secrecy marks, signer) from its first page.
 */
export function addExtractCommand(program: Command, context: CommandContext): void {
  const say = sayIn(context.language);
  program
    .command('extract')
    .description(
      say(
        'Đọc phần đầu văn bản từ trang đầu (ảnh, PDF quét hoặc văn bản đã nhận dạng): số và ký hiệu, ngày, loại (mã theo Thông tư 05/2025), cơ quan ban hành, trích yếu, dấu mức độ, người ký; mỗi trường kèm độ tin cậy.',
        "Read a document's header from its first page (image, scanned PDF, or OCR text): number and symbol, date, type (Thông tư 05/2025 code), issuer, summary, marks, signer; each with a confidence.",
      ),
    )
    .argument(
      '<file>',
      say(
        'trang đầu dạng ảnh hoặc PDF quét, hoặc văn bản của trang (.txt)',
        'the first page as an image or scanned PDF, or its text (.txt)',
      ),
    )
    .option('--json', say('in các trường dạng JSON', 'print the fields as JSON'))
    .addOption(dpiOption(context.language))
    .action(async (file: string, options: { json?: boolean; dpi?: number }) => {
      const { readInputFile } = await import('@sohoa/core');
      const { createOcrEngine, extractHeader } = await import('@sohoa/ocr');
      const { readPageImages } = await import('./read-page-images.js');
      const { recognizePage } = await import('./recognize-page.js');
      let header: DocumentHeader;
      if (extname(file).toLowerCase() === '.txt') {
        header = extractHeader(
          (await readInputFile(file, { vi: 'tệp văn bản', en: 'the text' }))
            .toString('utf8')
            .normalize('NFC'),
        );
      } else {
        const engine = await createOcrEngine();
        try {
          let first: DocumentHeader | undefined;
          for await (const page of readPageImages([file], { dpi: options.dpi, firstPageOnly: true })) {
            first = extractHeader(await recognizePage(engine, page));
          }
          header = first ?? {};
        } finally {
          await engine.terminate();
        }
      }
      if (options.json) {
        context.output.info(JSON.stringify({ file, header }, null, 2));
        return;
      }
      context.output.info(`${file}:`);
      for (const [field, value] of Object.entries(header)) {
        const { value: text, confidence } = value as { value: string; confidence: number };
        context.output.info(
          `  ${field.padEnd(13)} ${text}  (${say('độ tin cậy', 'confidence')} ${confidence.toFixed(2)})`,
        );
      }
      if (header.codeNumber) {
        context.output.info(
          say(
            '  lưu ý: số sau "Số:" thường được viết tay; hãy kiểm tra lại trước khi ghi nhận.',
            '  note: the number after "Số:" is often handwritten; check it before recording it.',
          ),
        );
      }
    });
}
