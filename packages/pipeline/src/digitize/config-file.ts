import { readFile } from 'node:fs/promises';
import { SohoaError } from '@sohoa/base';
import { z } from 'zod';
import type { DigitizeSettings } from '../pipeline/digitize-settings.js';
import { catalogColumnsSchema } from './catalog-columns-setting.js';

const cleanupSchema = z
  .object({
    rotate: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270), z.literal('auto')]),
    deskew: z.boolean(),
    cropBorders: z.boolean(),
    minDeskewAngle: z.number().min(0),
    stretchContrast: z.boolean(),
    normalizeBackground: z.boolean(),
    minBackgroundUnevenness: z.number().min(0),
    despeckle: z.boolean(),
    binarize: z.boolean(),
    ocrDpi: z.union([z.literal(false), z.number().int().min(72).max(1200)]),
    jpegQuality: z.number().int().min(1).max(100),
    jpegOptimizeCoding: z.boolean(),
  })
  .partial()
  .strict();

/**
 * The settings `sohoa.config.json` may hold for `sohoa digitize`: the same as the command's
 * options (command-line options win), plus cleanup steps and the catalog importer's options.
 * Unknown keys are errors, so a typo never goes unnoticed.
 *
 * @example
 * ```ts
 * import { digitizeConfigSchema } from '@sohoa/pipeline';
 *
 * digitizeConfigSchema.parse({
 *   jobs: 2,
 *   package: 'aip',
 *   archiveCode: 'TTLT1',
 *   cleanup: { deskew: true },
 *   ocr: { detectOrientation: true, pagesPerWorker: 10, timeoutSeconds: 120 },
 *   catalog: { scansRoot: 'D:/SoHoa/scans', columns: { 'Số hồ sơ': 'notation', K: 'ignore' } },
 * });
 * ```
 */
export const digitizeConfigSchema = z
  .object({
    /** The output folder. */
    out: z.string().min(1),
    /** Pages read at once. */
    jobs: z.number().int().min(1).max(64),
    /** The package each dossier becomes. */
    package: z.enum(['aip', 'sip', 'none']),
    /** The archive code before the dossier code in an AIP's arcFileCode. */
    archiveCode: z.string().min(1),
    /** The archive or agency making the packages. */
    organization: z.string().min(1),
    /** Resolution override of every scan, dpi. */
    dpi: z.number().positive(),
    /** The OCR language: only "vie" ships (checked by digitize). */
    lang: z.string().min(1),
    /** A folder holding vie.traineddata.gz. */
    languageData: z.string().min(1),
    /** What was scanned. */
    material: z.enum(['document', 'map-or-drawing', 'photo']),
    /** Cleanup steps, or false to keep the scans as they are. */
    cleanup: z.union([z.literal(false), cleanupSchema]),
    /** A scanner PDF's own text layer: combined with sohoa's reading, replaced by it, or kept (default combine). */
    textLayer: z.enum(['combine', 'replace', 'keep']),
    /** Signing of every PDF/A: the PKCS#12 file, the agency name shown, the password's environment variable. */
    sign: z
      .object({
        p12: z.string().min(1),
        agency: z.string().min(1),
        passwordEnv: z.string().min(1).optional(),
        reason: z.string().optional(),
      })
      .strict(),
    /** OCR settings (see DigitizeOcrOptions). */
    ocr: z
      .object({
        /** Pages an OCR worker reads before it is replaced (default 10). */
        pagesPerWorker: z.number().int().min(1),
        /** Longest OCR time of one page, seconds (default 120). */
        timeoutSeconds: z.number().positive(),
        /** Two-column zones read left column first (default true). */
        orderColumns: z.boolean(),
        /** Post-correction of non-Vietnamese words (default true). */
        correct: z.boolean(),
        /** Pages turned upright by tesseract's orientation detection (default true). */
        detectOrientation: z.boolean(),
      })
      .partial()
      .strict(),
    /** Options of the catalog importer (the AIP's archive code is `archiveCode` above). */
    catalog: z
      .object({
        creator: z.string().min(1),
        historicalArchive: z.boolean(),
        dossierDefaults: z.record(z.string(), z.unknown()),
        /** The folder the catalog's file paths start from, relative to the working folder (default: the catalog's folder). */
        scansRoot: z.string().min(1),
        /** What columns hold, overriding recognition: heading as written, or column letter → field or "ignore". */
        columns: catalogColumnsSchema,
        /** Fond codes by fond name, for a "Phông" column naming the fond: the creator part of fileCode. */
        fondCodes: z.record(z.string().min(1), z.string().min(1)),
        /** The catalog number (mục lục số) added last to arcFileCode when the catalog has no "Mục lục" column. */
        catalogNumber: z.string().min(1),
        /** The issuing bodies' names as they should be written: a catalog's variants are read as these. */
        organNames: z.array(z.string().min(1)),
      })
      .partial()
      .strict(),
    /** The most work one dossier may ask for (default 10,000 pages per document and documents per dossier). */
    limits: z
      .object({
        pagesPerDocument: z.number().int().min(1),
        documentsPerDossier: z.number().int().min(1),
        pixelsPerPage: z.number().int().min(1),
      })
      .partial()
      .strict(),
  })
  .partial()
  .strict();

/** The settings of a `sohoa.config.json`, validated. */
export type DigitizeConfig = z.infer<typeof digitizeConfigSchema>;

/**
 * The {@link DigitizeSettings} a `sohoa.config.json` holds (its keys are the command-line flags'
 * names: `package` is `packageType`, `lang` is `language`, `languageData` is `languageDataPath`,
 * `ocr.timeoutSeconds` is `ocr.timeoutMs` / 1000), and its output folder.
 *
 * @example
 * ```ts
 * import { loadDigitizeConfig, settingsOfConfig } from '@sohoa/pipeline';
 *
 * const { out, settings } = settingsOfConfig(await loadDigitizeConfig('sohoa.config.json'));
 * ```
 */
export function settingsOfConfig(config: DigitizeConfig): {
  out?: string | undefined;
  settings: DigitizeSettings;
} {
  const { out, package: packageType, lang, languageData, ocr, ...same } = config;
  const { timeoutSeconds, ...ocrSame } = ocr ?? {};
  return {
    out,
    settings: {
      ...same,
      packageType,
      language: lang,
      languageDataPath: languageData,
      ocr:
        ocr === undefined
          ? undefined
          : {
              ...ocrSame,
              timeoutMs: timeoutSeconds === undefined ? undefined : Math.round(timeoutSeconds * 1000),
            },
    },
  };
}

/**
 * Reads and validates a `sohoa.config.json`.
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `INPUT_NOT_FOUND` when the file cannot be read, `CONFIG_INVALID` when it
 *   is not JSON or breaks {@link digitizeConfigSchema} (every problem listed with its path).
 *
 * @example
 * ```ts
 * import { loadDigitizeConfig } from '@sohoa/pipeline';
 *
 * const config = await loadDigitizeConfig('sohoa.config.json');
 * console.log(config.jobs ?? 'default');
 * ```
 */
export async function loadDigitizeConfig(path: string): Promise<DigitizeConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new SohoaError({
      code: 'INPUT_NOT_FOUND',
      message: {
        vi: `Không đọc được tệp cấu hình "${path}".`,
        en: `Cannot read the configuration file "${path}".`,
      },
      fix: { vi: 'Kiểm tra đường dẫn đã cho ở --config.', en: 'Check the path given to --config.' },
      cause,
      details: { path },
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new SohoaError({
      code: 'CONFIG_INVALID',
      message: {
        vi: `"${path}" không phải JSON hợp lệ: ${(cause as Error).message}.`,
        en: `"${path}" is not valid JSON: ${(cause as Error).message}.`,
      },
      fix: { vi: 'Sửa lỗi cú pháp JSON.', en: 'Correct the JSON syntax.' },
      cause,
      details: { path },
    });
  }
  const catalog = (json as { catalog?: Record<string, unknown> } | null)?.catalog;
  if (catalog && typeof catalog === 'object' && 'archiveCode' in catalog) {
    throw new SohoaError({
      code: 'CONFIG_INVALID',
      message: {
        vi: `"${path}": catalog.archiveCode không phải là một thiết lập: mã cơ quan lưu trữ thuộc về gói, không thuộc về mục lục.`,
        en: `"${path}": catalog.archiveCode is not a setting: the archive code belongs to the package, not to the catalog.`,
      },
      fix: {
        vi: 'Chuyển nó thành "archiveCode" ở cấp ngoài cùng, nơi nó tạo nên arcFileCode của AIP (<archiveCode>.<fileCode>).',
        en: 'Move it to "archiveCode" at the top level, where it makes the AIP\'s arcFileCode (<archiveCode>.<fileCode>).',
      },
      details: { path, problems: ['catalog.archiveCode: moved to archiveCode'] },
    });
  }
  const result = digitizeConfigSchema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`,
  );
  throw new SohoaError({
    code: 'CONFIG_INVALID',
    message: {
      vi: `"${path}" có ${problems.length} lỗi: ${problems.join('; ')}.`,
      en: `"${path}" has ${problems.length} problem(s): ${problems.join('; ')}.`,
    },
    fix: {
      vi: 'Dùng các thiết lập nêu trong README của @sohoa/cli (sohoa digitize, tệp cấu hình); không chấp nhận khóa lạ.',
      en: 'Use the settings listed in the README of @sohoa/cli (sohoa digitize, configuration file); unknown keys are not allowed.',
    },
    details: { path, problems },
  });
}
