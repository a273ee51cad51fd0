import { readInputFile, SohoaError, writeFileAtomic } from '@sohoa/core';
import { signPdf, verifyPdfSignature } from '@sohoa/pdfa';
import type { Command } from 'commander';
import type { CommandContext } from './command-context.js';

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
  pdfa
    .command('sign')
    .description(
      "Sign a PDF/A with the agency's key (PAdES, incremental update: the PDF/A stays valid), showing the agency name and the signing time (ISO 8601, Vietnam time) at the top right of page 1.",
    )
    .argument('<file>', 'the PDF/A to sign')
    .requiredOption('--p12 <file>', "the agency's PKCS#12 key and certificate (.p12/.pfx)")
    .requiredOption('--agency <name>', 'the agency name shown on the signature, e.g. "UBND tỉnh Quảng Ngãi"')
    .requiredOption('-o, --out <file>', 'where to write the signed PDF')
    .option(
      '--password-env <variable>',
      'the environment variable holding the PKCS#12 password',
      'SOHOA_P12_PASSWORD',
    )
    .option('--reason <text>', 'the reason written into the signature')
    .action(async (file: string, options: SignOptions) => {
      const password = process.env[options.passwordEnv] ?? '';
      const [pdf, p12] = await Promise.all([
        readInputFile(file, 'the PDF'),
        readInputFile(options.p12, 'the PKCS#12 key'),
      ]);
      const signed = await signPdf(pdf, {
        p12,
        password,
        agencyName: options.agency,
        reason: options.reason,
      });
      await writeFileAtomic(options.out, signed);
      context.output.info(`wrote ${options.out} (signed for ${options.agency})`);
    });

  pdfa
    .command('verify')
    .description(
      'Verify the signatures of a PDF and whether it changed after signing. Exit 0 valid, 1 not, 2 unreadable.',
    )
    .argument('<file>', 'the signed PDF')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      try {
        const report = await verifyPdfSignature(await readInputFile(file, 'the PDF'));
        context.exitCode = report.valid ? 0 : 1;
        if (options.json) {
          context.output.info(JSON.stringify({ file, ...report }, null, 2));
          return;
        }
        const verdict =
          report.signatures.length === 0
            ? 'no signature'
            : report.valid
              ? 'valid, unchanged since signing'
              : report.changedAfterSigning
                ? 'CHANGED after signing'
                : 'INVALID';
        context.output.info(`${file}: ${report.signatures.length} signature(s), ${verdict}`);
        for (const signature of report.signatures) {
          context.output.info(
            `  ${signature.signerName} at ${signature.signedAt ?? 'unknown time'}: ${signature.intact ? 'intact' : 'BROKEN'}${signature.coversWholeFile ? '' : ', bytes follow it'}`,
          );
        }
      } catch (error) {
        if (!SohoaError.isInstance(error)) throw error;
        context.output.error(`sohoa: error ${error.code}: ${error.message}`);
        context.exitCode = 2;
      }
    });
}
