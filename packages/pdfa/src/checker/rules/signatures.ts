import { PDFArray, PDFHexString, PDFNumber, PDFString } from 'pdf-lib';
import { summarizeCmsSigners } from '../../signature/cms-signed-data.js';
import type { CheckContext, DictRecord } from '../check-context.js';
import type { PdfSource } from '../pdf-source.js';
import { dictEntry, entry, hasKey } from '../pdf-values.js';
import { defineRule, type PdfARule } from '../rule.js';

/** Signature dictionaries: those with a ByteRange and Contents (`/Type /Sig`, or a field's `/V`). */
function signatures(context: CheckContext): DictRecord[] {
  return context.dicts.filter(({ dict }) => hasKey(dict, 'ByteRange') && hasKey(dict, 'Contents'));
}

function contentsBytes(record: DictRecord): Uint8Array | undefined {
  const contents = entry(record.dict, 'Contents');
  return contents instanceof PDFHexString || contents instanceof PDFString ? contents.asBytes() : undefined;
}

/** The file's bytes from `start` to `end` as Latin-1 text (empty when the range is not in the file). */
function textAt(source: PdfSource, start: number, end: number): string {
  if (!(start >= 0 && end >= start)) return '';
  return Buffer.from(source.read(start, end - start)).toString('latin1');
}

/** Whether `position` is the end of a revision: just after `%%EOF` and at most one EOL. */
function endsRevision(source: PdfSource, position: number): boolean {
  if (position > source.size || position < 5) return false;
  let text = textAt(source, Math.max(0, position - 7), position);
  if (text.endsWith('\n')) text = text.slice(0, -1);
  if (text.endsWith('\r')) text = text.slice(0, -1);
  return text.endsWith('%%EOF');
}

/**
 * ISO 19005-2 6.4.3 (Annex B): the byte range covers the whole revision except the Contents
 * string: `[0, start of '<', end after '>', up to the revision's %%EOF]`.
 */
function byteRangeProblem(context: CheckContext, record: DictRecord): string | undefined {
  const range = entry(record.dict, 'ByteRange');
  const numbers =
    range instanceof PDFArray
      ? range.asArray().map((item) => (item instanceof PDFNumber ? item.asNumber() : Number.NaN))
      : [];
  const [start, gapStart, gapEnd, tailLength] = numbers;
  if (numbers.length !== 4 || numbers.some((value) => !Number.isInteger(value)))
    return 'ByteRange is not an array of four integers.';
  if (start !== 0) return `ByteRange starts at ${start}, not at the start of the file.`;
  const gap = textAt(context.source, gapStart as number, gapEnd as number);
  const hex = /^<([0-9A-Fa-f\s]*)>$/.exec(gap)?.[1]?.replace(/\s/g, '');
  const contents = contentsBytes(record);
  if (hex === undefined || !contents || Buffer.from(hex, 'hex').compare(Buffer.from(contents)) !== 0)
    return `The bytes ByteRange leaves out (${gapStart}–${gapEnd}) are not exactly the Contents string.`;
  if (!endsRevision(context.source, (gapEnd as number) + (tailLength as number)))
    return `ByteRange ends at ${(gapEnd as number) + (tailLength as number)}, not at the end of a revision (%%EOF).`;
  return undefined;
}

/** ISO 19005-2 6.1.12 Permissions (DocMDP) and 6.4.3 Digital signatures. */
export const SIGNATURE_RULES: PdfARule[] = [
  defineRule(
    '6.1.12',
    2,
    'With DocMDP, signature references have no DigestLocation, DigestMethod or DigestValue.',
    (context) => {
      const perms = dictEntry(context.catalog, 'Perms');
      if (!perms || !hasKey(perms, 'DocMDP')) return [];
      return context.dictsUnder('Reference').flatMap(({ dict, label }) => {
        const keys = ['DigestLocation', 'DigestMethod', 'DigestValue'].filter((key) => hasKey(dict, key));
        return keys.length > 0
          ? [
              {
                message: `The signature reference dictionary has ${keys.join(', ')} while Perms has DocMDP.`,
                object: label,
              },
            ]
          : [];
      });
    },
  ),
  defineRule(
    '6.4.3',
    1,
    'A signature digest covers the whole file (its revision) except the signature itself.',
    (context) =>
      signatures(context).flatMap((record) => {
        const problem = byteRangeProblem(context, record);
        return problem ? [{ message: problem, object: record.label }] : [];
      }),
  ),
  defineRule(
    '6.4.3',
    2,
    'The signature is a DER PKCS#7 object with the signing certificate and a single signer.',
    (context) =>
      signatures(context).flatMap((record) => {
        try {
          const summary = summarizeCmsSigners(contentsBytes(record) ?? new Uint8Array());
          if (summary.signingCertificatePresent && summary.signerInfoCount === 1) return [];
          return [
            {
              message: summary.signingCertificatePresent
                ? `The PKCS#7 signature has ${summary.signerInfoCount} signers instead of one.`
                : "The PKCS#7 signature does not include the signer's certificate.",
              object: record.label,
            },
          ];
        } catch {
          return [
            {
              message: 'The signature Contents is not a DER PKCS#7 SignedData object.',
              object: record.label,
            },
          ];
        }
      }),
  ),
  defineRule('6.4.3', 3, 'The PKCS#7 signature has a single signer.', (context) =>
    signatures(context).flatMap((record) => {
      let count: number;
      try {
        count = summarizeCmsSigners(contentsBytes(record) ?? new Uint8Array()).signerInfoCount;
      } catch {
        return []; // reported by 6.4.3-2
      }
      return count === 1
        ? []
        : [{ message: `The PKCS#7 signature has ${count} signers instead of one.`, object: record.label }];
    }),
  ),
];
