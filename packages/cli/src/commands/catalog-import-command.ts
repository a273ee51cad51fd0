import { SohoaError } from '@sohoa/core';
import { type CatalogImport, importCatalog } from '@sohoa/metadata';
import { type Command, Option } from 'commander';
import { addCatalogTemplateCommand } from './catalog-template-command.js';
import type { CommandContext } from './command-context.js';

interface CatalogImportOptions {
  json?: boolean;
  package: 'sip' | 'aip';
  creator?: string;
  archiveCode?: string;
  historicalArchive?: boolean;
  lang: 'vi' | 'en';
}

/**
 * Adds `sohoa catalog import <file.xlsx|.csv> [--json]`: reads a catalog of dossiers (mục lục hồ sơ)
 * into validated Thông tư 05/2025 records. Exit 0 when no row has an error (warnings allowed),
 * 1 when some do, 2 when the file cannot be read.
 */
export function addCatalogCommand(program: Command, context: CommandContext): void {
  const catalog = program.command('catalog').description('Catalogs of dossiers (mục lục hồ sơ).');
  catalog
    .command('import')
    .description(
      'Read a catalog spreadsheet (.xlsx or .csv; Vietnamese headings in many spellings, legacy TCVN3/VNI/VIQR text) into validated dossier and document records, reporting every problem by sheet, row and column. Exit 0 no errors, 1 errors, 2 unreadable.',
    )
    .argument('<file>', 'the catalog: .xlsx or .csv')
    .option('--json', 'print the records and the problems as JSON')
    .addOption(
      new Option('--package <type>', 'the records to produce').choices(['sip', 'aip']).default('sip'),
    )
    .option(
      '--creator <code>',
      'agency identifier or fond code used to build fileCode when the catalog has no "Mã hồ sơ" column',
    )
    .option(
      '--archive-code <code>',
      'archive code put before the dossier code to make arcFileCode (with --package aip)',
    )
    .option('--historical-archive', 'allow only permanent retention (records of a historical archive)')
    .addOption(new Option('--lang <locale>', 'language of the messages').choices(['vi', 'en']).default('vi'))
    .action(async (file: string, options: CatalogImportOptions) => {
      let result: CatalogImport;
      try {
        result = await importCatalog(file, {
          packageType: options.package,
          locale: options.lang,
          historicalArchive: options.historicalArchive ?? false,
          ...(options.creator === undefined ? {} : { creator: options.creator }),
          ...(options.archiveCode === undefined ? {} : { archiveCode: options.archiveCode }),
        });
      } catch (error) {
        if (!SohoaError.isInstance(error)) throw error;
        context.output.error(`sohoa: error ${error.code}: ${error.message}`);
        context.exitCode = 2;
        return;
      }
      const errors = result.issues.filter((issue) => (issue.severity ?? 'error') === 'error');
      context.exitCode = errors.length > 0 ? 1 : 0;
      if (options.json) {
        context.output.info(JSON.stringify({ file, ...result }, null, 2));
        return;
      }
      const documents = result.dossiers.reduce((sum, dossier) => sum + dossier.documents.length, 0);
      const valid = result.dossiers.filter((dossier) => dossier.record !== undefined).length;
      context.output.info(
        `${file}: ${result.dossiers.length} dossiers (${valid} valid), ${documents} documents; ${errors.length} errors, ${result.issues.length - errors.length} warnings`,
      );
      const { tcvn3, vni, viqr } = result.conversions;
      if (tcvn3 + vni + viqr > 0) {
        context.output.info(`  converted to Unicode: ${tcvn3} TCVN3, ${vni} VNI, ${viqr} VIQR cells`);
      }
      for (const issue of result.issues) {
        const where = `${issue.sheet}!${issue.column ?? ''}${issue.row}`;
        context.output.info(`  ${issue.severity ?? 'error'} ${where}: ${issue.message}`);
      }
    });
  addCatalogTemplateCommand(catalog, context);
}
