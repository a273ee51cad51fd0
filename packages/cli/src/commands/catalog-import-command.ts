import { dirname, resolve } from 'node:path';
import { describeError, SohoaError } from '@sohoa/base';
import type { CatalogImport } from '@sohoa/metadata';
import type { DigitizeConfig } from '@sohoa/pipeline';
import { type Command, Option } from 'commander';
import { catalogSummaryLines } from '../digitize/catalog-summary-lines.js';
import { addCatalogTemplateCommand } from './catalog-template-command.js';
import type { CommandContext } from './command-context.js';
import { errorLine } from './error-line.js';
import { sayIn } from './in-language.js';

/** What an issue's severity is called in Vietnamese. */
const SEVERITY_VI: Readonly<Record<string, string>> = { error: 'lỗi', warning: 'cảnh báo' };

interface CatalogImportOptions {
  json?: boolean;
  package: 'sip' | 'aip';
  creator?: string;
  archiveCode?: string;
  historicalArchive?: boolean;
  /** @deprecated `--lang` of 0.1: the language is `--messages` (or SOHOA_LANG) now. */
  lang?: 'vi' | 'en';
  scans?: string;
  config?: string;
  mapping?: boolean;
  writeMapping?: string;
}

/**
 * Adds `sohoa catalog import <file.xlsx|.xls|.csv> [--json] [--mapping] [--write-mapping <config>]`:
 * reads a catalog of dossiers (mục lục hồ sơ) into validated Thông tư 05/2025 records, counting
 * empty page counts from the scans (and checking given ones) under `--scans`. Exit 0 when no row
 * has an error (warnings allowed), 1 when some do or a scan is missing, 2 when the file cannot be
 * read.
 */
export function addCatalogCommand(program: Command, context: CommandContext): void {
  const say = sayIn(context.language);
  const catalog = program
    .command('catalog')
    .description(say('Mục lục hồ sơ: nhập và kiểm tra bảng tính.', 'Catalogs of dossiers (mục lục hồ sơ).'));
  catalog
    .command('import')
    .description(
      say(
        'Đọc bảng tính mục lục (.xlsx, .xls Excel 97–2003 hoặc .csv; tiêu đề cột tiếng Việt nhiều cách viết, ngày tách cột, chữ mã cũ TCVN3/VNI/VIQR) thành bản ghi hồ sơ và văn bản đã kiểm tra, đếm số trang còn trống từ bản quét, và báo mọi vấn đề theo trang tính, dòng và cột. Mã thoát 0 không lỗi, 1 có lỗi, 2 không đọc được.',
        'Read a catalog spreadsheet (.xlsx, Excel 97–2003 .xls or .csv; Vietnamese headings in many spellings, split dates, legacy TCVN3/VNI/VIQR text) into validated dossier and document records, counting empty page counts from the scans, and report every problem by sheet, row and column. Exit 0 no errors, 1 errors, 2 unreadable.',
      ),
    )
    .argument('<file>', say('tệp mục lục: .xlsx, .xls hoặc .csv', 'the catalog: .xlsx, .xls or .csv'))
    .option(
      '--json',
      say(
        'in bản ghi, giá trị suy ra, ánh xạ cột, tóm tắt và các vấn đề dạng JSON',
        'print the records, derived values, mapping, summary and problems as JSON',
      ),
    )
    .option(
      '--mapping',
      say(
        'in cách đọc từng cột (tiêu đề → trường, cách nhận ra, giá trị mẫu)',
        'print what each column was read as (heading → field, how, sample values)',
      ),
    )
    .option(
      '--write-mapping <config>',
      say(
        'ghi ánh xạ cột đã nhận ra thành mục "catalog.columns" của tệp sohoa.config.json (giữ các thiết lập khác)',
        'write the recognised mapping as the "catalog.columns" of a sohoa.config.json (other settings kept)',
      ),
    )
    .option(
      '--config <file>',
      say(
        'đọc thiết lập mục lục (mục "catalog", "archiveCode") từ tệp sohoa.config.json',
        'read catalog settings ("catalog" section, "archiveCode") from a sohoa.config.json',
      ),
    )
    .option(
      '--scans <folder>',
      say(
        'thư mục gốc của các đường dẫn tệp trong mục lục (mặc định: thư mục chứa mục lục)',
        "the folder the catalog's file paths start from (default: the catalog's folder)",
      ),
    )
    .addOption(
      new Option('--package <type>', say('loại bản ghi cần tạo', 'the records to produce'))
        .choices(['sip', 'aip'])
        .default('sip'),
    )
    .option(
      '--creator <code>',
      say(
        'mã định danh cơ quan hoặc mã phông dùng để lập mã hồ sơ khi mục lục không có cột "Mã hồ sơ"',
        'agency identifier or fond code used to build fileCode when the catalog has no "Mã hồ sơ" column',
      ),
    )
    .option(
      '--archive-code <code>',
      say(
        'mã lưu trữ đặt trước mã hồ sơ để lập arcFileCode (với --package aip) và đứng đầu paperFileCode',
        'archive code put before the dossier code to make arcFileCode (with --package aip) and first in paperFileCode',
      ),
    )
    .option(
      '--historical-archive',
      say(
        'chỉ chấp nhận thời hạn bảo quản vĩnh viễn (hồ sơ của lưu trữ lịch sử)',
        'allow only permanent retention (records of a historical archive)',
      ),
    )
    // The --lang of 0.1, kept for one minor version: the language is --messages now.
    .addOption(new Option('--lang <locale>').choices(['vi', 'en']).hideHelp())
    .action(async (file: string, options: CatalogImportOptions) => {
      const language = options.lang ?? context.language;
      const speak = sayIn(language);
      if (options.lang !== undefined)
        context.output.error(
          speak(
            'sohoa: --lang đã cũ, hãy dùng --messages (hoặc biến môi trường SOHOA_LANG).',
            'sohoa: --lang is deprecated: use --messages (or the SOHOA_LANG environment variable).',
          ),
        );
      const { summarizeCatalog } = await import('@sohoa/metadata');
      const { importCatalog } = await import('@sohoa/metadata/node');
      const { loadDigitizeConfig, ScanPathResolver, scanPageCounter } = await import('@sohoa/pipeline');
      const { mappingColumns, mappingLines, writeMappingConfig } = await import('./catalog-mapping.js');
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
          historicalArchive: options.historicalArchive ?? settings.historicalArchive ?? false,
          countPages: counter.countPages,
          ...(options.creator === undefined ? {} : { creator: options.creator }),
          ...(archiveCode === undefined ? {} : { archiveCode }),
        });
        if (options.writeMapping)
          await writeMappingConfig(options.writeMapping, mappingColumns(result.sheets));
      } catch (error) {
        if (!SohoaError.isInstance(error)) throw error;
        context.output.error(errorLine(error, language));
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
      const severity = (name: string) => (language === 'vi' ? (SEVERITY_VI[name] ?? name) : name);
      for (const line of catalogSummaryLines(file, summary, language)) context.output.info(line);
      if (missing.length > 0)
        context.output.info(
          speak(
            `  ${missing.length} bản quét không tìm thấy hoặc không đọc được`,
            `  ${missing.length} scan(s) not found or unreadable`,
          ),
        );
      const { tcvn3, vni, viqr } = result.conversions;
      if (tcvn3 + vni + viqr > 0) {
        context.output.info(
          speak(
            `  đã chuyển sang Unicode: ${tcvn3} ô TCVN3, ${vni} ô VNI, ${viqr} ô VIQR`,
            `  converted to Unicode: ${tcvn3} TCVN3, ${vni} VNI, ${viqr} VIQR cells`,
          ),
        );
      }
      if (options.writeMapping)
        context.output.info(
          speak(
            `  đã ghi ánh xạ cột vào ${options.writeMapping} (catalog.columns)`,
            `  mapping written to ${options.writeMapping} (catalog.columns)`,
          ),
        );
      if (options.mapping) {
        for (const line of mappingLines(result.sheets, language)) context.output.info(line);
        return;
      }
      for (const issue of result.issues) {
        const where = `${issue.sheet}!${issue.column ?? ''}${issue.row}`;
        context.output.info(
          `  ${severity(issue.severity ?? 'error')} ${where}: ${language === 'en' ? issue.message : issue.messageVi}`,
        );
      }
      for (const error of missing)
        context.output.info(`  ${severity('error')} ${describeError(error, language)}`);
    });
  addCatalogTemplateCommand(catalog, context);
}
