import { SohoaError } from '@sohoa/base';
import type { Command } from 'commander';
import type { CommandContext } from './command-context.js';
import { errorLine } from './error-line.js';
import { sayIn } from './in-language.js';

interface SignOptions {
  p12: string;
  agency: string;
  out: string;
  passwordEnv: string;
  reason?: string;
}

/**
 * Adds `sohoa pdfa sign` (the agency's PAdES signature after conversion, as Thông tư 05/2025 asks:
 * agency name and signing time, top right of page 1) and `sohoa pdfa verify` (exit 0 intact and
 * unchanged since signing, 1 not, 2 unreadable).
 */
export function addPdfaSignCommands(pdfa: Command, context: CommandContext): void {
  const say = sayIn(context.language);
  pdfa
    .command('sign')
    .description(
      say(
        'Ký số tệp PDF/A bằng khóa của cơ quan (PAdES, cập nhật nối tiếp: tệp vẫn đạt PDF/A), hiển thị tên cơ quan và thời gian ký (ISO 8601, giờ Việt Nam) ở góc trên bên phải trang 1.',
        "Sign a PDF/A with the agency's key (PAdES, incremental update: the PDF/A stays valid), showing the agency name and the signing time (ISO 8601, Vietnam time) at the top right of page 1.",
      ),
    )
    .argument('<file>', say('tệp PDF/A cần ký', 'the PDF/A to sign'))
    .requiredOption(
      '--p12 <file>',
      say(
        'khóa và chứng thư số PKCS#12 của cơ quan (.p12/.pfx)',
        "the agency's PKCS#12 key and certificate (.p12/.pfx)",
      ),
    )
    .requiredOption(
      '--agency <name>',
      say(
        'tên cơ quan hiển thị trên chữ ký, ví dụ "UBND tỉnh Quảng Ngãi"',
        'the agency name shown on the signature, e.g. "UBND tỉnh Quảng Ngãi"',
      ),
    )
    .requiredOption('-o, --out <file>', say('nơi ghi tệp PDF đã ký', 'where to write the signed PDF'))
    .option(
      '--password-env <variable>',
      say('biến môi trường chứa mật khẩu PKCS#12', 'the environment variable holding the PKCS#12 password'),
      'SOHOA_P12_PASSWORD',
    )
    .option('--reason <text>', say('lý do ghi vào chữ ký', 'the reason written into the signature'))
    .action(async (file: string, options: SignOptions) => {
      const { readInputFile, writeFileAtomic } = await import('@sohoa/core');
      const { signPdf } = await import('@sohoa/pdfa');
      const password = process.env[options.passwordEnv] ?? '';
      const [pdf, p12] = await Promise.all([
        readInputFile(file, { vi: 'tệp PDF', en: 'the PDF' }),
        readInputFile(options.p12, { vi: 'khóa PKCS#12', en: 'the PKCS#12 key' }),
      ]);
      const signed = await signPdf(pdf, {
        p12,
        password,
        agencyName: options.agency,
        reason: options.reason,
      });
      await writeFileAtomic(options.out, signed);
      context.output.info(
        say(
          `đã ghi ${options.out} (ký cho ${options.agency})`,
          `wrote ${options.out} (signed for ${options.agency})`,
        ),
      );
    });

  pdfa
    .command('verify')
    .description(
      say(
        'Xác minh chữ ký số của tệp PDF và tệp có bị sửa sau khi ký không. Mã thoát 0 hợp lệ, 1 không hợp lệ, 2 không đọc được.',
        'Verify the signatures of a PDF and whether it changed after signing. Exit 0 valid, 1 not, 2 unreadable.',
      ),
    )
    .argument('<file>', say('tệp PDF đã ký', 'the signed PDF'))
    .option('--json', say('in báo cáo dạng JSON', 'print the report as JSON'))
    .action(async (file: string, options: { json?: boolean }) => {
      const { readInputFile } = await import('@sohoa/core');
      const { verifyPdfSignature } = await import('@sohoa/pdfa');
      try {
        const report = await verifyPdfSignature(await readInputFile(file, { vi: 'tệp PDF', en: 'the PDF' }));
        context.exitCode = report.valid ? 0 : 1;
        if (options.json) {
          context.output.info(JSON.stringify({ file, ...report }, null, 2));
          return;
        }
        const verdict =
          report.signatures.length === 0
            ? say('không có chữ ký', 'no signature')
            : report.valid
              ? say('hợp lệ, không bị sửa từ khi ký', 'valid, unchanged since signing')
              : report.changedAfterSigning
                ? say('BỊ SỬA sau khi ký', 'CHANGED after signing')
                : say('KHÔNG HỢP LỆ', 'INVALID');
        context.output.info(
          say(
            `${file}: ${report.signatures.length} chữ ký, ${verdict}`,
            `${file}: ${report.signatures.length} signature(s), ${verdict}`,
          ),
        );
        for (const signature of report.signatures) {
          const at = signature.signedAt ?? say('không rõ thời gian', 'unknown time');
          const state = signature.intact ? say('nguyên vẹn', 'intact') : say('BỊ HỎNG', 'BROKEN');
          const after = signature.coversWholeFile
            ? ''
            : say(', có dữ liệu ghi sau chữ ký', ', bytes follow it');
          context.output.info(`  ${signature.signerName} ${say('lúc', 'at')} ${at}: ${state}${after}`);
        }
      } catch (error) {
        if (!SohoaError.isInstance(error)) throw error;
        context.output.error(errorLine(error, context.language));
        context.exitCode = 2;
      }
    });
}
