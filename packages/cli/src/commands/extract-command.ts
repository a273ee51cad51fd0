import { extname } from 'node:path';
import { makeOcrCopy, readInputFile } from '@sohoa/core';
import { createOcrEngine, type DocumentHeader, extractHeader } from '@sohoa/ocr';
import type { Command } from 'commander';
import type { CommandContext } from './command-context.js';
import { parsePositiveNumber } from './parse-options.js';
import { readPageImages } from './read-page-images.js';

/**
 * Adds `sohoa extract <image|pdf|txt> [--json]`: reads a document's header (number and symbol,
 * date and place, type, issuer, summary, urgency and secrecy marks, signer) from its first page.
 */
export function addExtractCommand(program: Command, context: CommandContext): void {
  program
    .command('extract')
    .description(
      "Read a document's header from its first page (image, scanned PDF, or OCR text): number and symbol, date, type (Thông tư 05/2025 code), issuer, summary, marks, signer; each with a confidence.",
    )
    .argument('<file>', 'the first page as an image or scanned PDF, or its text (.txt)')
    .option('--json', 'print the fields as JSON')
    .option('--dpi <number>', 'resolution to use instead of the one stored in the file', parsePositiveNumber)
    .action(async (file: string, options: { json?: boolean; dpi?: number }) => {
      let header: DocumentHeader;
      if (extname(file).toLowerCase() === '.txt') {
        header = extractHeader((await readInputFile(file, 'the text')).toString('utf8').normalize('NFC'));
      } else {
        const engine = await createOcrEngine();
        try {
          let first: DocumentHeader | undefined;
          for await (const page of readPageImages([file], { dpi: options.dpi, firstPageOnly: true })) {
            first = extractHeader(await engine.recognize(await makeOcrCopy(page)));
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
        context.output.info(`  ${field.padEnd(13)} ${text}  (confidence ${confidence.toFixed(2)})`);
      }
      if (header.codeNumber) {
        context.output.info(
          '  note: the number after "Số:" is often handwritten; check it before recording it.',
        );
      }
    });
}
