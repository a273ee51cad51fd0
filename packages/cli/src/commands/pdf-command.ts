import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Bilingual } from '@sohoa/base';
import type { TextLayerMode } from '@sohoa/ocr';
import type { PdfAPage } from '@sohoa/pdfa';
import type { SigningHook } from '@sohoa/pipeline';
import { type Command, Option } from 'commander';
import type { CommandContext } from './command-context.js';
import { dpiOption, languageDataOption } from './common-flags.js';
import { usageErrorLine } from './error-line.js';
import { HELP_VALUES } from './help-values.js';
import { sayIn } from './in-language.js';
import { parsePositiveNumber } from './parse-options.js';

interface PdfOptions {
  language: string;
  jobs?: number;
  cleanup: boolean;
  title?: string;
  dpi?: number;
  languageData?: string;
  textLayer: TextLayerMode;
  forceOcr?: boolean;
  redoOcr?: boolean;
  skipText?: boolean;
  deskew?: boolean;
  sign?: string;
  agency?: string;
  passwordEnv: string;
}

/**
 * Adds `sohoa pdf <inputs...> <output.pdf> [-l vie] [-j N] [--no-cleanup] [--title <text>]
 * [--text-layer combine|replace|keep]`: one searchable two-layer PDF/A-2b from scans (images,
 * multi-page TIFFs, scanned PDFs), with no dossier.json and no folder of outputs, as
 * `ocrmypdf -l vie scan.pdf out.pdf` does. One PDF that already has a text layer (a scanner's) is
 * rewritten instead (`rewriteScannerPdf`): images byte for byte, the layer per `--text-layer`
 * (default `combine`). Exit 0 written (and passing the PDF/A-2B check), 1 failed, 2 usage error.
 */
export function addPdfCommand(program: Command, context: CommandContext): void {
  const say = sayIn(context.language);
  program
    .command('pdf')
    .description(
      say(
        'Tạo một tệp PDF/A-2b hai lớp tìm kiếm được từ ảnh quét (ảnh, TIFF nhiều trang, PDF quét; mỗi trang được dựng lại và nhận dạng lại; riêng một tệp PDF đã có lớp chữ, của máy quét, thì được ghi lại với ảnh giữ nguyên từng byte: xem --text-layer), không cần siêu dữ liệu hồ sơ: như "ocrmypdf -l vie scan.pdf out.pdf". Mã thoát 0 đã ghi, 1 lỗi, 2 gọi lệnh sai.',
        'Make one searchable two-layer PDF/A-2b from scans (images, multi-page TIFFs, scanned PDFs; every page rendered and read again; one PDF with a text layer, a scanner\'s, is rewritten instead, its images byte for byte: see --text-layer), without dossier metadata: like "ocrmypdf -l vie scan.pdf out.pdf". Exit 0 written, 1 failed, 2 usage error.',
      ),
    )
    .argument(
      '<inputs...>',
      say(
        'các bản quét theo thứ tự trang, rồi tệp PDF/A cần ghi',
        'the scans, in page order, then the PDF/A to write',
      ),
    )
    .option(
      '-l, --language <code>',
      say('ngôn ngữ nhận dạng chữ (chỉ có sẵn "vie")', 'OCR language (only "vie" ships)'),
      'vie',
    )
    .option(
      '-j, --jobs <number>',
      say(
        'số tiến trình nhận dạng (mặc định: mỗi nhân một tiến trình)',
        'OCR workers (default: one per core)',
      ),
      parsePositiveNumber(context.language),
    )
    .option(
      '--no-cleanup',
      say(
        'giữ trang như khi quét: không chỉnh nghiêng, không cắt viền (nhận dạng trên ảnh gốc)',
        'keep the pages as scanned: no deskew, no border crop (OCR reads them as they are)',
      ),
    )
    .addOption(
      new Option(
        '--output-type <type>',
        say(
          'như trong OCRmyPDF; kết quả duy nhất là PDF/A-2b (pdfa và pdfa-2 đều có nghĩa đó)',
          'as in OCRmyPDF; the only output is PDF/A-2b (pdfa and pdfa-2 both mean it)',
        ),
      )
        .choices(['pdfa', 'pdfa-2'])
        .default('pdfa-2'),
    )
    .option(
      '--title <text>',
      say('tiêu đề tệp PDF (mặc định: tên tệp kết quả)', 'the PDF title (default: the output file name)'),
    )
    .addOption(dpiOption(context.language))
    .addOption(languageDataOption(context.language))
    .addOption(
      new Option(
        '--text-layer <mode>',
        say(
          'với một tệp PDF đã có lớp chữ (của máy quét): kết hợp với kết quả nhận dạng của sohoa (combine), thay thế (replace) hoặc giữ nguyên (keep); tệp được ghi lại với ảnh giữ nguyên từng byte (không làm sạch) và đạt PDF/A-2b thật sự. Nếu cho với tệp PDF chưa có lớp chữ, kết quả nhận dạng của sohoa được thêm theo cách đó',
          "for one PDF that already has a text layer (a scanner's): combine it with sohoa's reading, replace it, or keep it; the PDF is rewritten with its images byte for byte (no cleanup) and made truly PDF/A-2b. Given for a PDF without a layer, sohoa's reading is added the same way",
        ),
      )
        .choices([...HELP_VALUES.textLayerModes])
        .default('combine'),
    )
    .addOption(
      new Option(
        '--force-ocr',
        say(
          'như trong OCRmyPDF: dựng lại và nhận dạng lại mọi trang, kể cả trang của tệp PDF đã có lớp chữ (ảnh được làm sạch và ghi lại, không giữ nguyên)',
          'as in OCRmyPDF: render and read every page again, also those of a PDF that has a text layer (the images are cleaned and written anew, not kept)',
        ),
      ).conflicts(['textLayer', 'redoOcr', 'skipText']),
    )
    .addOption(
      new Option(
        '--redo-ocr',
        say(
          'như trong OCRmyPDF: bỏ lớp chữ có sẵn, ghi kết quả nhận dạng của sohoa, ảnh giữ nguyên từng byte (bằng --text-layer replace)',
          "as in OCRmyPDF: drop the existing text layer and write sohoa's reading, the images kept byte for byte (--text-layer replace)",
        ),
      ).conflicts(['textLayer', 'skipText']),
    )
    .addOption(
      new Option(
        '--skip-text',
        say(
          'như trong OCRmyPDF: trang đã có lớp chữ giữ nguyên lớp chữ đó, chỉ nhận dạng trang chưa có; ảnh giữ nguyên từng byte',
          'as in OCRmyPDF: a page with a text layer keeps it, only pages without one are read; the images kept byte for byte',
        ),
      ).conflicts(['textLayer']),
    )
    .addOption(
      new Option(
        '--deskew',
        say(
          'như trong OCRmyPDF: chỉnh nghiêng trang (mặc định đã bật cùng việc cắt viền)',
          'as in OCRmyPDF: straighten the pages (on by default, with the border crop)',
        ),
      ).conflicts(['cleanup']),
    )
    .option(
      '--sign <p12>',
      say(
        'ký số tệp kết quả bằng khóa PKCS#12 của cơ quan (PAdES; mật khẩu lấy từ --password-env), sau khi tệp đạt PDF/A-2b',
        "sign the output with the agency's PKCS#12 key (PAdES; password from --password-env), after it passes PDF/A-2b",
      ),
    )
    .option(
      '--agency <name>',
      say(
        'tên cơ quan hiển thị trên chữ ký (cần khi có --sign)',
        'the agency name shown on the signature (needed with --sign)',
      ),
    )
    .option(
      '--password-env <variable>',
      say('biến môi trường chứa mật khẩu PKCS#12', 'the environment variable holding the PKCS#12 password'),
      'SOHOA_P12_PASSWORD',
    )
    .action(async (inputs: string[], options: PdfOptions, command: Command) => {
      const output = inputs.at(-1) ?? '';
      const scans = inputs.slice(0, -1);
      const usage = pdfUsageError(scans, output, options);
      if (usage !== undefined) {
        context.output.error(usageErrorLine(usage, context.language));
        context.exitCode = 2;
        return;
      }
      // What writes the PDF is loaded only now: the help and usage errors above need none of it.
      const { loadPageImage } = await import('@sohoa/core');
      const { createOcrPool } = await import('@sohoa/ocr');
      const { writePdfAFile } = await import('@sohoa/pdfa');
      const {
        checkOcrLanguage,
        cleanAndRead,
        expandPageFiles,
        mapOrdered,
        PdfPageReader,
        p12SigningHook,
        requireConformingPdfA,
        TiffPageReader,
      } = await import('@sohoa/pipeline');
      const { hasTextLayer, rewriteScannerPdfCommand } = await import('./pdf-scanner-rewrite.js');
      const sign =
        options.sign === undefined
          ? undefined
          : await p12SigningHook({
              p12: options.sign,
              agency: options.agency as string,
              passwordEnv: options.passwordEnv,
            });
      const language = checkOcrLanguage(options.language);
      const jobs = options.jobs === undefined ? undefined : Math.max(1, Math.round(options.jobs));
      const title = options.title ?? basename(output, extname(output));
      const [single] = scans;
      const layerAsked =
        command.getOptionValueSource('textLayer') === 'cli' ||
        options.redoOcr === true ||
        options.skipText === true;
      if (
        scans.length === 1 &&
        single !== undefined &&
        extname(single).toLowerCase() === '.pdf' &&
        options.forceOcr !== true &&
        (layerAsked || (await hasTextLayer(single)))
      ) {
        const settings = {
          mode: options.redoOcr ? 'replace' : options.skipText ? 'keep' : options.textLayer,
          language,
          jobs,
          languageData: options.languageData,
          title,
          readPagesWithoutText: options.skipText === true,
        } as const;
        await rewriteScannerPdfCommand(single, output, settings, context);
        await signOutput(output, title, sign);
        return;
      }
      const pages = await expandPageFiles(scans, { tiffPages: true });
      const pool = await createOcrPool({
        ...(jobs === undefined ? {} : { size: jobs }),
        language,
        ...(options.languageData === undefined ? {} : { languageDataPath: options.languageData }),
      });
      const pdfReader = new PdfPageReader({ dpi: options.dpi });
      const tiffReader = new TiffPageReader({ dpi: options.dpi });
      try {
        // Pages are read ahead (one per OCR worker, and one more) and written in order.
        const read = mapOrdered(pages, (jobs ?? pool.size) + 1, async (ref): Promise<PdfAPage> => {
          const image =
            ref.pdfPage !== undefined
              ? await pdfReader.read(ref.file, ref.pdfPage)
              : ref.tiffPage !== undefined
                ? await tiffReader.read(ref.file, ref.tiffPage)
                : await loadPageImage(ref.file, { dpi: options.dpi });
          const page = await cleanAndRead(
            image,
            undefined,
            { cleanup: options.cleanup ? {} : false },
            pool,
            undefined,
          );
          return { image: page.pdfImage, text: page.ocr };
        });
        await writePdfAFile(output, read, { title });
        await requireConformingPdfA(output, [output]);
        await signOutput(output, title, sign);
      } finally {
        await pool.terminate();
        await pdfReader.close();
        await tiffReader.close();
      }
      context.output.info(
        say(
          `đã ghi ${output} (${pages.length} trang, PDF/A-2b có lớp chữ ${language})`,
          `wrote ${output} (${pages.length} page(s), PDF/A-2b with a ${language} text layer)`,
        ),
      );
    });
}

/**
 * Signs the written PDF/A in place (after it passed the check) and checks it again: the signature
 * is an incremental update, so the file must still pass PDF/A-2B.
 */
async function signOutput(output: string, title: string, sign: SigningHook | undefined): Promise<void> {
  if (sign === undefined) return;
  const { writeFileAtomic } = await import('@sohoa/core');
  const { requireConformingPdfA } = await import('@sohoa/pipeline');
  const context = { fileCode: title, ordinal: 1, fileName: basename(output), createdAt: new Date() };
  await writeFileAtomic(output, await sign(await readFile(output), context));
  await requireConformingPdfA(output, [output]);
}

/**
 * What makes a `sohoa pdf` call unusable as given (exit 2, like commander's own usage errors), or
 * `undefined`: no scan or no output PDF, or `--sign` without the agency its signature names.
 */
function pdfUsageError(scans: string[], output: string, options: PdfOptions): Bilingual | undefined {
  if (scans.length === 0 || extname(output).toLowerCase() !== '.pdf') {
    // `<inputs...>` is required: the scans and the output are every argument given.
    const given = [...scans, output].map((input) => `"${input}"`).join(' ');
    return {
      vi: `sohoa pdf cần các bản quét rồi đến tệp PDF cần ghi; đã nhận ${given}. Ví dụ: sohoa pdf scan.pdf out.pdf`,
      en: `sohoa pdf takes the scans then the PDF to write; got ${given}. For example: sohoa pdf scan.pdf out.pdf`,
    };
  }
  if (options.sign !== undefined && options.agency === undefined) {
    return {
      vi: '--sign cần --agency "<tên cơ quan hiển thị trên chữ ký>", ví dụ --agency "UBND tỉnh Quảng Ngãi".',
      en: '--sign needs --agency "<the agency shown on the signature>", e.g. --agency "UBND tỉnh Quảng Ngãi".',
    };
  }
  return undefined;
}
