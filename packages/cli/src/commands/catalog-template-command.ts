import { SohoaError } from '@sohoa/core';
import { writeCatalogTemplate } from '@sohoa/metadata/node';
import type { Command } from 'commander';
import type { CommandContext } from './command-context.js';

/**
 * Adds `sohoa catalog template <out.xlsx> [--force]`: writes an .xlsx catalog template with the
 * Thông tư 05/2025 headings, drop-down lists of the code lists and an example row, which
 * `sohoa catalog import` reads without mapping. Exit 0 written, 2 not written (the file exists
 * without `--force`, or the folder is not writable).
 */
export function addCatalogTemplateCommand(catalog: Command, context: CommandContext): void {
  catalog
    .command('template')
    .description(
      'Write an .xlsx catalog template: Thông tư 05/2025 headings in Vietnamese (dossier then document fields, one row per document), drop-down lists of the code lists, one example row. sohoa catalog import reads it without mapping. Exit 0 written, 2 not written.',
    )
    .argument('<out.xlsx>', 'the template to write')
    .option('--force', 'replace the file if it exists')
    .action(async (out: string, options: { force?: boolean }) => {
      try {
        await writeCatalogTemplate(out, { overwrite: options.force ?? false });
      } catch (error) {
        if (!SohoaError.isInstance(error)) throw error;
        context.output.error(`sohoa: error ${error.code}: ${error.message}`);
        context.exitCode = 2;
        return;
      }
      context.output.info(
        `${out}: catalog template written (fill one row per document, then: sohoa catalog import ${out})`,
      );
    });
}
