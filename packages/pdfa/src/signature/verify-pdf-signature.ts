import { createHash, verify } from 'node:crypto';
import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFHexString,
  PDFName,
  type PDFNumber,
  PDFString,
} from 'pdf-lib';
import { unreadablePdf } from '../errors/unreadable-pdf.js';
import { loadPdfStructure } from '../reader/load-pdf-structure.js';
import { readCmsSignerInfo } from './cms-signed-data.js';

/** One signature of a PDF, checked. */
export interface PdfSignatureCheck {
  /** The signer certificate's common name. */
  signerName: string;
  /** `/M`, the signing time the signature dictionary states (PDF date string). */
  signedAt: string | undefined;
  /** `/SubFilter`, e.g. `ETSI.CAdES.detached` (PAdES). */
  subFilter: string | undefined;
  /** The signed bytes hash to the signed message digest and the signature verifies with the certificate. */
  intact: boolean;
  /** The signed byte ranges reach the end of the file: nothing was appended after this signature. */
  coversWholeFile: boolean;
}

/** What {@link verifyPdfSignature} found. */
export interface PdfSignatureReport {
  /** Every signature is intact and the last one covers the whole file. */
  valid: boolean;
  /** Bytes were changed or appended after the last signature (or a signature is broken). */
  changedAfterSigning: boolean;
  /** The signatures in field order. */
  signatures: PdfSignatureCheck[];
}

/**
 * Checks the signatures of a PDF: for each, that the bytes its `/ByteRange` covers still hash to
 * the CMS message digest, that the signature over the signed attributes verifies with the
 * signer's certificate, and whether bytes follow the signed range (an update after signing).
 * Trust in the certificate (chain to a root, revocation) is not judged here.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `INPUT_UNREADABLE` when the bytes are not a parsable PDF.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { verifyPdfSignature } from '@sohoa/pdfa';
 *
 * const report = await verifyPdfSignature(await readFile('ho-so.signed.pdf'));
 * if (report.changedAfterSigning) console.error('changed after signing');
 * ```
 */
export async function verifyPdfSignature(pdf: Uint8Array): Promise<PdfSignatureReport> {
  let document: PDFDocument;
  try {
    // Object streams decoded within the 64 MiB stream limit (PDF_LIMIT_EXCEEDED past it).
    document = await loadPdfStructure(pdf, 'verifyPdfSignature');
  } catch (cause) {
    throw unreadablePdf(cause, 'verifyPdfSignature');
  }
  const form = document.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  const fields = form?.lookupMaybe(PDFName.of('Fields'), PDFArray);
  const signatures: PdfSignatureCheck[] = [];
  for (let index = 0; index < (fields?.size() ?? 0); index++) {
    const field = fields?.lookup(index, PDFDict);
    const value = field?.lookupMaybe(PDFName.of('V'), PDFDict);
    const ranges = value?.lookupMaybe(PDFName.of('ByteRange'), PDFArray);
    const contents = value?.get(PDFName.of('Contents'));
    if (!value || !ranges || !(contents instanceof PDFHexString || contents instanceof PDFString)) continue;
    const [start1, length1, start2, length2] = ranges.asArray().map((item) => (item as PDFNumber).asNumber());
    const hash = createHash('sha256');
    hash.update(pdf.subarray(start1, (start1 ?? 0) + (length1 ?? 0)));
    hash.update(pdf.subarray(start2, (start2 ?? 0) + (length2 ?? 0)));
    const digest = hash.digest();
    let intact = false;
    let signerName = '';
    try {
      const signer = readCmsSignerInfo(contents.asBytes());
      signerName = signer.signerName;
      intact =
        signer.messageDigest.equals(digest) &&
        verify('sha256', signer.signedAttributes, signer.certificatePem, signer.signature);
    } catch {
      intact = false;
    }
    signatures.push({
      signerName,
      signedAt: value.lookupMaybe(PDFName.of('M'), PDFString)?.asString(),
      subFilter: value.lookupMaybe(PDFName.of('SubFilter'), PDFName)?.decodeText(),
      intact,
      coversWholeFile: (start2 ?? 0) + (length2 ?? 0) === pdf.length,
    });
  }
  const last = signatures[signatures.length - 1];
  const valid =
    signatures.length > 0 &&
    signatures.every((signature) => signature.intact) &&
    last?.coversWholeFile === true;
  return { valid, changedAfterSigning: signatures.length > 0 && !valid, signatures };
}
