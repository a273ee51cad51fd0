import { readInputFile } from '@sohoa/core';
import { signPdf } from '@sohoa/pdfa';
import type { SigningContext, SigningHook } from '../pipeline/digitize-options.js';
import type { SigningSettings } from '../pipeline/digitize-settings.js';

/**
 * Where the signing key comes from: the {@link SigningSettings} of a run.
 *
 * @example
 * ```ts
 * const options: P12SigningOptions = { p12: 'agency.p12', agency: 'UBND tỉnh Quảng Ngãi' };
 * ```
 */
export type P12SigningOptions = SigningSettings;

/**
 * A {@link SigningHook} signing with `signPdf` of `@sohoa/pdfa` (PAdES, agency name and signing
 * time at the top right of page 1), with the agency as its `signer`. The key is read once; the password comes from the environment,
 * never from the command line. The signing time is the run's creation time, so re-runs give the
 * same bytes.
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `INPUT_NOT_FOUND` when the key file cannot be read.
 *
 * @example
 * ```ts
 * import { digitize, p12SigningHook } from '@sohoa/pipeline';
 *
 * const sign = await p12SigningHook({ p12: 'agency.p12', agency: 'UBND tỉnh Quảng Ngãi' });
 * for await (const event of digitize({ inputs: ['dossier'], out: 'out', sign })) console.log(event.type);
 * ```
 */
export async function p12SigningHook(options: P12SigningOptions): Promise<SigningHook> {
  const p12 = await readInputFile(options.p12, { vi: 'khóa PKCS#12', en: 'the PKCS#12 key' });
  const password = process.env[options.passwordEnv ?? 'SOHOA_P12_PASSWORD'] ?? '';
  const sign = (pdf: Uint8Array, context: SigningContext) =>
    signPdf(pdf, {
      p12,
      password,
      agencyName: options.agency,
      reason: options.reason,
      signedAt: context.createdAt,
    });
  return Object.assign(sign, { signer: options.agency });
}
