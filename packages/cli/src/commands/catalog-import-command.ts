import { dirname, resolve } from 'node:path';
import { SohoaError } from '@sohoa/core';
import { type CatalogImport, summarizeCatalog } from '@sohoa/metadata';
import { importCatalog } from '@sohoa/metadata/node';
import { type DigitizeConfig, loadDigitizeConfig, ScanPathResolver, scanPageCounter } from '@sohoa/pipeline';
import { type Command, Option } from 'commander';
import { catalogSummaryLines } from '../digitize/catalog-summary-lines.js';
import { mappingColumns, mappingLines, writeMappingConfig } from './catalog-mapping.js';
import { addCatalogTemplateCommand } from './catalog-template-command.js';
import type { CommandContext } from './command-context.js';

interface CatalogImportOptions {
  json?: boolean;
  package: 'sip' | 'aip';
  creator?: string;
  archiveCode?: string;
  historicalArchive?: boolean;
  lang: 'vi' | 'en';
  scans?: string;
  config?: string;
  mapping?: boolean;
  writeMapping?: string;
}

/**
 * Adds `sohoa catalog import <file.xlsx|.csv> [--json] [--mapping] [--write-mapping <config>]`:
 * reads a catalog of dossiers (mục lục hồ sơ) into validated Thông tư 05/2025 records, counting
 * empty page counts from the scans (and checking given ones) under `--scans`. Exit 0 when no row
 * has an error (warnings allowed), 1 when some do or a scan is missing, 2 when the file cannot be
 * read.
 */
export function addCatalogCommand(program: Command, context: CommandContext): void {
  const catalog = program.command('catalog').description('Catalogs of dossiers (mục lục hồ sơ).');
  catalog
    .command('import')
    .description(
      'Read a catalog spreadsheet (.xlsx or .csv; Vietnamese headings in many spellings, split dates, legacy TCVN3/VNI/VIQR text) into validated dossier and document records, counting empty page counts from the scans, and report every problem by sheet, row and column. Exit 0 no errors, 1 errors, 2 unreadable.',
    )
    .argument('<file>', 'the catalog: .xlsx or .csv')
    .option('--json', 'print the records, derived values, mapping, summary and problems as JSON')
    .option('--mapping', 'print what each column was read as (heading → field, how, sample values)')
    .option(
      '--write-mapping <config>',
      'write the recognised mapping as the "catalog.columns" of a sohoa.config.json (other settings kept)',
    )
    .option(
      '--config <file>',
      'read catalog settings ("catalog" section, "archiveCode") from a sohoa.config.json',
    )
    .option(
      '--scans <folder>',
      "the folder the catalog's file paths start from (default: the catalog's folder)",
    )
    .addOption(
      new Option('--package <type>', 'the records to produce').choices(['sip', 'aip']).default('sip'),
    )
    .option(
      '--creator <code>',
      'agency identifier or fond code used to build fileCode when the catalog has no "Mã hồ sơ" column',
    )
    .option(
      '--archive-code <code>',
      'archive code put before the dossier code to make arcFileCode (with --package aip) and first in paperFileCode',
    )
    .option('--historical-archive', 'allow only permanent retention (records of a historical archive)')
    .addOption(new Option('--lang <locale>', 'language of the messages').choices(['vi', 'en']).default('vi'))
    .action(async (file: string, options: CatalogImportOptions) => {
      let result: CatalogImport;
      let missing: SohoaError[];
      try {
        const config: DigitizeConfig = options.config ? await loadDigitizeConfig(options.config) : {};
        const { scansRoot, ...settings } = config.catalog ?? {};
        const scans = new ScanPathResolver(options.scans ?? scansRoot ?? dirname(resolve(file)));
        const counter = scanPageCounter(scans, file);
        missing = counter.problems;
        const archiveCode = options.archiveCode ?? config.archiveCode;
        result = await importCatalog(file, {
          ...settings,
          packageType: options.package,
          locale: options.lang,
          historicalArchive: options.historicalArchive ?? settings.historicalArchive ?? false,
          countPages: counter.countPages,
          ...(options.creator === undefined ? {} : { creator: options.creator }),
          ...(archiveCode === undefined ? {} : { archiveCode }),
        });
        if (options.writeMapping)
          await writeMappingConfig(options.writeMapping, mappingColumns(result.sheets));
      } catch (error) {
        if (!SohoaError.isInstance(error)) throw error;
        context.output.error(`sohoa: error ${error.code}: ${error.message}`);
        context.exitCode = 2;
        return;
      }
      const summary = summarizeCatalog(result);
      context.exitCode = summary.errors + missing.length > 0 ? 1 : 0;
      if (options.json) {
        const scans = missing.map((error) => ({ code: error.code, message: error.message }));
        context.output.info(JSON.stringify({ file, summary, ...result, missingScans: scans }, null, 2));
        return;
      }
      for (const line of catalogSummaryLines(file, summary)) context.output.info(line);
      if (missing.length > 0) context.output.info(`  ${missing.length} scan(s) not found or unreadable`);
      const { tcvn3, vni, viqr } = result.conversions;
      if (tcvn3 + vni + viqr > 0) {
        context.output.info(`  converted to Unicode: ${tcvn3} TCVN3, ${vni} VNI, ${viqr} VIQR cells`);
      }
      if (options.writeMapping)
        context.output.info(`  mapping written to ${options.writeMapping} (catalog.columns)`);
      if (options.mapping) {
        for (const line of mappingLines(result.sheets)) context.output.info(line);
        return;
      }
      for (const issue of result.issues) {
        const where = `${issue.sheet}!${issue.column ?? ''}${issue.row}`;
        context.output.info(`  ${issue.severity ?? 'error'} ${where}: ${issue.message}`);
      }
      for (const error of missing) context.output.info(`  error ${error.message}`);
    });
  addCatalogTemplateCommand(catalog, context);
}
