import { createHash } from 'node:crypto';
import fontkit from '@pdf-lib/fontkit';
import { SohoaError, toVietnamTime } from '@sohoa/base';
import forge from 'node-forge';
import {
  beginText,
  endText,
  moveText,
  PDFArray,
  PDFDict,
  PDFDocument,
  type PDFFont,
  PDFHexString,
  PDFName,
  type PDFObject,
  type PDFOperator,
  type PDFRef,
  PDFString,
  setFillingGrayscaleColor,
  setFontAndSize,
  showText,
} from 'pdf-lib';
import type { PdfaErrorCode } from '../errors/pdfa-error-codes.js';
import { unreadablePdf } from '../errors/unreadable-pdf.js';
import { refuseObjectStreamBombs } from '../reader/load-pdf-structure.js';
import { quietPdfLib } from '../reader/quiet-pdf-lib.js';
import { formatPdfDates } from '../writer/pdf-dates.js';
import { PdfSerializer } from '../writer/pdf-serializer.js';
import { cmsSignedData } from './cms-signed-data.js';
import { signatureFonts } from './signature-font.js';

/** Options of {@link signPdf}. */
export interface SignPdfOptions {
  /** The agency's key and certificate chain, PKCS#12 (`.p12`/`.pfx`) bytes. */
  p12: Uint8Array;
  /** The PKCS#12 password. */
  password: string;
  /** The agency's name, shown on page 1 (e.g. `'UBND tỉnh Quảng Ngãi'`). */
  agencyName: string;
  /** The signing time, shown in ISO 8601 Vietnam time and written as `/M`. @default now */
  signedAt?: Date | undefined;
  /** `/Reason` of the signature. @default none */
  reason?: string | undefined;
  /** Room reserved for the CMS signature, in bytes. @default 16384 */
  signatureSize?: number | undefined;
}

const FONT_SIZE = 10;
const MARGIN = 28;
const PLACEHOLDER_NUMBER = 9_999_999_999;

/**
 * A time in ISO 8601 with the Vietnam time zone (UTC+7, no daylight saving), now `toVietnamTime`
 * of `@sohoa/base`.
 *
 * @deprecated Import `toVietnamTime` from `@sohoa/base`; this name is removed in the next minor version.
 * @example
 * ```ts
 * import { toVietnamTime } from '@sohoa/base';
 *
 * toVietnamTime(new Date('2025-06-01T01:00:00Z')); // '2025-06-01T08:00:00+07:00'
 * ```
 */
export const vietnamIsoTime: (date: Date) => string = toVietnamTime;

function readP12(p12: Uint8Array, password: string) {
  try {
    const asn = forge.asn1.fromDer(Buffer.from(p12).toString('binary'));
    const bundle = forge.pkcs12.pkcs12FromAsn1(asn, password);
    const oids = forge.pki.oids as Record<string, string>;
    const bags = (type: string) => bundle.getBags({ bagType: type })[type] ?? [];
    const keyBags = [...bags(oids.pkcs8ShroudedKeyBag as string), ...bags(oids.keyBag as string)];
    const certificates = bags(oids.certBag as string).flatMap((bag) => (bag.cert ? [bag.cert] : []));
    const key = keyBags[0]?.key as forge.pki.rsa.PrivateKey | undefined;
    if (!key || certificates.length === 0)
      throw new Error('no private key or certificate in the PKCS#12 file');
    const publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
    const modulus = (publicKey as forge.pki.rsa.PublicKey).n.toString(16);
    const signer =
      certificates.find(
        (certificate) => (certificate.publicKey as forge.pki.rsa.PublicKey).n?.toString(16) === modulus,
      ) ?? (certificates[0] as forge.pki.Certificate);
    return {
      keyPem: forge.pki.privateKeyToPem(key),
      signer,
      chain: certificates.filter((certificate) => certificate !== signer),
    };
  } catch (cause) {
    const reason = (cause as Error)?.message ?? cause;
    throw new SohoaError<PdfaErrorCode>({
      code: 'SIGNATURE_KEY_INVALID',
      message: {
        vi: `signPdf: không đọc được khóa PKCS#12: ${reason}.`,
        en: `signPdf: the PKCS#12 key cannot be read: ${reason}.`,
      },
      fix: {
        vi: 'Kiểm tra tệp .p12 và mật khẩu của tệp; chỉ hỗ trợ khóa RSA.',
        en: 'Check the .p12 file and its password; only RSA keys are supported.',
      },
      cause,
    });
  }
}

/** Splits text into runs each drawn by the first font that has all its glyphs. */
function runs(text: string, fonts: PDFFont[]): { font: PDFFont; text: string }[] {
  const sets = fonts.map((font) => new Set(font.getCharacterSet()));
  const result: { font: PDFFont; text: string }[] = [];
  for (const character of text.normalize('NFC')) {
    const code = character.codePointAt(0) ?? 0;
    const index = Math.max(
      0,
      sets.findIndex((set) => set.has(code)),
    );
    const font = fonts[index] as PDFFont;
    const last = result[result.length - 1];
    if (last && last.font === font) last.text += character;
    else result.push({ font, text: character });
  }
  return result;
}

/**
 * Signs a PDF/A document as the agency, after conversion (Thông tư 05/2025/TT-BNV Art. 8): a PAdES
 * baseline B-B signature (`ETSI.CAdES.detached`, SHA-256, signing-certificate-v2) appended as an
 * incremental update, so the original bytes and their PDF/A conformance are untouched. The
 * signature's widget shows, at the top right of page 1, the agency's name and the signing time
 * in ISO 8601 with the Vietnam time zone, in Tinos (metric-compatible with Times New Roman)
 * 10 pt, black, no seal image; the font is embedded as PDF/A requires.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `SIGNATURE_KEY_INVALID` when the PKCS#12 cannot be read;
 * `INPUT_UNREADABLE` when the PDF cannot be parsed; `PDF_WRITE_FAILED` when the signature does
 * not fit `signatureSize`.
 *
 * @example
 * ```ts
 * import { readFile, writeFile } from 'node:fs/promises';
 * import { signPdf, verifyPdfSignature } from '@sohoa/pdfa';
 *
 * const signed = await signPdf(await readFile('ho-so.pdf'), {
 *   p12: await readFile('agency.p12'),
 *   password: process.env.P12_PASSWORD ?? '',
 *   agencyName: 'UBND tỉnh Quảng Ngãi',
 * });
 * await writeFile('ho-so.signed.pdf', signed);
 * console.log((await verifyPdfSignature(signed)).valid); // true
 * ```
 */
export async function signPdf(pdf: Uint8Array, options: SignPdfOptions): Promise<Uint8Array> {
  const key = readP12(options.p12, options.password);
  const signedAt = options.signedAt ?? new Date();
  let document: PDFDocument;
  try {
    // Object streams decoded within the 64 MiB stream limit first (pdf-lib decodes them whole).
    await refuseObjectStreamBombs(pdf, 'signPdf');
    document = await quietPdfLib(() => PDFDocument.load(pdf, { updateMetadata: false }));
  } catch (cause) {
    throw unreadablePdf(cause, 'signPdf', undefined, {
      vi: 'Ký tệp PDF do writePdfA tạo ra (hoặc một tệp PDF đầy đủ khác).',
      en: 'Sign the PDF written by writePdfA (or another complete PDF).',
    });
  }
  const { context, catalog } = document;
  const previous = Number(
    /startxref\s+(\d+)\s+%%EOF\s*$/.exec(Buffer.from(pdf.subarray(-64)).toString('latin1'))?.[1],
  );
  // New objects are numbered after every object of the file: pdf-lib does not count the object
  // and cross-reference streams it decoded, and an update that numbers its objects like them makes
  // a file pdf.js cannot open (a rewritten scanner PDF, saved with object streams). The last
  // section's Size counts them.
  const size = /\/Size\s+(\d+)/.exec(Buffer.from(pdf.subarray(previous)).toString('latin1'))?.[1];
  context.largestObjectNumber = Math.max(context.largestObjectNumber, Number(size ?? 0) - 1);
  const originalLargest = context.largestObjectNumber;
  document.registerFontkit(fontkit);
  const fontBytes = await signatureFonts();
  const fonts = [
    await document.embedFont(fontBytes.latin, { subset: true }),
    await document.embedFont(fontBytes.vietnamese, { subset: true }),
  ];

  // Appearance: two lines, right-aligned in a box at the top right of page 1.
  const lines = [options.agencyName, toVietnamTime(signedAt)].map((line) => runs(line, fonts));
  const lineWidth = (line: { font: PDFFont; text: string }[]) =>
    line.reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, FONT_SIZE), 0);
  const boxWidth = Math.ceil(Math.max(...lines.map(lineWidth))) + 4;
  const leading = FONT_SIZE * 1.25;
  const boxHeight = Math.ceil(leading * lines.length) + 4;
  const fontKeys = new Map(fonts.map((font, index) => [font, PDFName.of(`F${index + 1}`)]));
  const operators: PDFOperator[] = [setFillingGrayscaleColor(0), beginText()];
  let previousX = 0;
  let previousY = 0;
  lines.forEach((line, index) => {
    const x = boxWidth - 2 - lineWidth(line);
    const y = boxHeight - 2 - FONT_SIZE - index * leading + 2;
    operators.push(moveText(x - previousX, y - previousY));
    [previousX, previousY] = [x, y];
    for (const run of line) {
      operators.push(
        setFontAndSize(fontKeys.get(run.font) as PDFName, FONT_SIZE),
        showText(run.font.encodeText(run.text)),
      );
    }
  });
  operators.push(endText());
  const appearance = context.register(
    context.formXObject(operators, {
      BBox: [0, 0, boxWidth, boxHeight],
      Resources: { Font: Object.fromEntries(fonts.map((font, index) => [`F${index + 1}`, font.ref])) },
    }),
  );

  const page = document.getPage(0);
  const { width, height } = page.getMediaBox();
  const rect = [width - MARGIN - boxWidth, height - MARGIN - boxHeight, width - MARGIN, height - MARGIN];
  const signatureSize = options.signatureSize ?? 16_384;
  const signature = context.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    M: PDFString.of(formatPdfDates(signedAt).info),
    Name: PDFHexString.fromText(options.agencyName),
    ...(options.reason === undefined ? {} : { Reason: PDFHexString.fromText(options.reason) }),
    ByteRange: [0, PLACEHOLDER_NUMBER, PLACEHOLDER_NUMBER, PLACEHOLDER_NUMBER],
    Contents: PDFHexString.of('0'.repeat(signatureSize * 2)),
  });
  const signatureRef = context.register(signature);
  const widget = context.register(
    context.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      T: PDFString.of(`Signature${originalLargest + 1}`),
      V: signatureRef,
      F: 4,
      Rect: rect,
      P: page.ref,
      AP: { N: appearance },
    }),
  );
  const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  page.node.set(PDFName.of('Annots'), context.obj([...(annotations?.asArray() ?? []), widget]));
  const form = catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  const fields = form?.lookupMaybe(PDFName.of('Fields'), PDFArray)?.asArray() ?? [];
  catalog.set(PDFName.of('AcroForm'), context.obj({ Fields: [...fields, widget], SigFlags: 3 }));
  await Promise.all(fonts.map((font) => font.embed()));

  // The incremental update: new objects, the page and the catalog.
  const changed: [PDFRef, PDFObject][] = context
    .enumerateIndirectObjects()
    .filter(
      ([ref]) => ref.objectNumber > originalLargest || ref === page.ref || ref === context.trailerInfo.Root,
    );
  const serializer = new PdfSerializer();
  const base = Buffer.concat([
    Buffer.from(pdf),
    pdf[pdf.length - 1] === 0x0a ? Buffer.alloc(0) : Buffer.from('\n'),
  ]);
  serializer.skip(base.length);
  const parts: Uint8Array[] = [base];
  for (const [ref, object] of changed) parts.push(serializer.object(ref, object));
  const ids = context.trailerInfo.ID as PDFArray | undefined;
  const originalId = ids?.get(0) ?? PDFHexString.of(createHash('md5').update(pdf).digest('hex'));
  const trailer = context.obj({
    Size: context.largestObjectNumber + 1,
    Root: context.trailerInfo.Root,
    ...(context.trailerInfo.Info ? { Info: context.trailerInfo.Info } : {}),
    ID: [
      originalId,
      PDFHexString.of(createHash('md5').update(pdf).update(signedAt.toISOString()).digest('hex')),
    ],
    Prev: previous,
  });
  parts.push(serializer.updateTrailer(trailer));
  const output = Buffer.concat(parts);

  const placeholderText = `[ 0 ${PLACEHOLDER_NUMBER} ${PLACEHOLDER_NUMBER} ${PLACEHOLDER_NUMBER} ]`;
  const placeholder = output.lastIndexOf(placeholderText);
  const contentsStart = output.indexOf('<', output.indexOf('/Contents <', placeholder));
  const contentsEnd = output.indexOf('>', contentsStart) + 1;
  const ranges = [0, contentsStart, contentsEnd, output.length - contentsEnd];
  output.write(`[ ${ranges.join(' ')}`.padEnd(placeholderText.length - 1, ' '), placeholder, 'latin1');
  const digest = createHash('sha256')
    .update(output.subarray(0, contentsStart))
    .update(output.subarray(contentsEnd))
    .digest();
  const cms = cmsSignedData(digest, key.keyPem, key.signer, key.chain);
  if (cms.length > signatureSize) {
    throw new SohoaError<PdfaErrorCode>({
      code: 'PDF_WRITE_FAILED',
      message: {
        vi: `signPdf: chữ ký cần ${cms.length} byte; chỉ dành sẵn ${signatureSize} byte.`,
        en: `signPdf: the signature takes ${cms.length} bytes; only ${signatureSize} were reserved.`,
      },
      fix: {
        vi: `Truyền signatureSize: ${cms.length * 2} trở lên.`,
        en: `Pass signatureSize: ${cms.length * 2} or more.`,
      },
    });
  }
  output.write(cms.toString('hex'), contentsStart + 1, 'latin1');
  return output;
}
