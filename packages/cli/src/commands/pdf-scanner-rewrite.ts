import { writeFileAtomic } from '@sohoa/core';
import { createOcrPool, type OcrLanguage, type TextLayerMode } from '@sohoa/ocr';
import { readTextLayer } from '@sohoa/pdfa';
import { ocrSoftware, requireConformingPdfA, rewriteScannerPdf } from '@sohoa/pipeline';
import type { CommandContext } from './command-context.js';
import { sayIn } from './in-language.js';

/** What `sohoa pdf` needs to rewrite a scanner PDF. */
export interface ScannerRewriteSettings {
  mode: TextLayerMode;
  language: OcrLanguage;
  jobs: number | undefined;
  languageData: string | undefined;
  title: string;
  /** With `keep`: read the pages that have no text layer (`--skip-text`). */
  readPagesWithoutText: boolean;
}

/** Whether any page of the PDF has a text layer (a scanner's OCR, or any other). */
export async function hasTextLayer(file: string): Promise<boolean> {
  return (await readTextLayer(file)).some((page) => !page.check.empty);
}

/**
 * `sohoa pdf scanner.pdf out.pdf [--text-layer combine|replace|keep]`: the scanner's PDF rewritten
 * with its images byte for byte, the text layer chosen by `mode`, and its PDF/A-2b claim made
 * true; prints what the layer is made of and any warning (a garbage scanner layer replaced).
 */
export async function rewriteScannerPdfCommand(
  input: string,
  output: string,
  settings: ScannerRewriteSettings,
  context: CommandContext,
): Promise<void> {
  const { mode, language, jobs, languageData, title, readPagesWithoutText } = settings;
  const reads = mode !== 'keep' || readPagesWithoutText;
  const pool = !reads
    ? undefined
    : await createOcrPool({
        ...(jobs === undefined ? {} : { size: jobs }),
        language,
        ...(languageData === undefined ? {} : { languageDataPath: languageData }),
      });
  try {
    const { bytes, record } = await rewriteScannerPdf(input, {
      mode,
      engine: pool,
      software: reads ? await ocrSoftware(language, languageData) : undefined,
      title,
    });
    await writeFileAtomic(output, bytes);
    await requireConformingPdfA(output, [output]);
    const say = sayIn(context.language);
    for (const [index, warning] of record.warnings.entries())
      context.output.error(
        `sohoa: ${say('cảnh báo', 'warning')}: ${input}, ${say(record.warningsVi[index] ?? warning, warning)}`,
      );
    context.output.info(
      say(
        `đã ghi ${output} (${record.pages.length} trang, PDF/A-2b, ảnh của máy quét giữ nguyên từng byte; ${record.summary.vi})`,
        `wrote ${output} (${record.pages.length} page(s), PDF/A-2b, the scanner's images kept byte for byte; ${record.summary.en})`,
      ),
    );
  } finally {
    await pool?.terminate();
  }
}
