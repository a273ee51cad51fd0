import { SohoaError } from '@sohoa/base';
import type { Command } from 'commander';
import type { CommandContext } from './command-context.js';
import { errorLine } from './error-line.js';
import { sayIn } from './in-language.js';

/**
 * Adds `sohoa catalog template <out.xlsx> [--force]`: writes an .xlsx catalog template with the
 * Thông tư 05/2025 headings, drop-down lists of the code lists and an example row, which
 * `sohoa catalog import` reads without mapping. Exit 0 written, 2 not written (the file exists
 * without `--force`, or the folder is not writable).
 */
export function addCatalogTemplateCommand(catalog: Command, context: CommandContext): void {
  const say = sayIn(context.language);
  catalog
    .command('template')
    .description(
      say(
        'Ghi mẫu mục lục .xlsx: tiêu đề cột tiếng Việt theo Thông tư 05/2025 (trường hồ sơ rồi trường văn bản, mỗi văn bản một dòng), danh sách chọn theo các bộ mã, một dòng ví dụ. sohoa catalog import đọc được mà không cần ánh xạ cột. Mã thoát 0 đã ghi, 2 không ghi được.',
        'Write an .xlsx catalog template: Thông tư 05/2025 headings in Vietnamese (dossier then document fields, one row per document), drop-down lists of the code lists, one example row. sohoa catalog import reads it without mapping. Exit 0 written, 2 not written.',
      ),
    )
    .argument('<out.xlsx>', say('tệp mẫu cần ghi', 'the template to write'))
    .option('--force', say('ghi đè nếu tệp đã có', 'replace the file if it exists'))
    .action(async (out: string, options: { force?: boolean }) => {
      const { writeCatalogTemplate } = await import('@sohoa/metadata/node');
      try {
        await writeCatalogTemplate(out, { overwrite: options.force ?? false });
      } catch (error) {
        if (!SohoaError.isInstance(error)) throw error;
        context.output.error(errorLine(error, context.language));
        context.exitCode = 2;
        return;
      }
      context.output.info(
        say(
          `${out}: đã ghi mẫu mục lục (điền mỗi văn bản một dòng, rồi chạy: sohoa catalog import ${out})`,
          `${out}: catalog template written (fill one row per document, then: sohoa catalog import ${out})`,
        ),
      );
    });
}
