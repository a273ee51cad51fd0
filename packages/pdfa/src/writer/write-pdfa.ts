import { createHash } from 'node:crypto';
import fontkit from '@pdf-lib/fontkit';
import { SohoaError } from '@sohoa/core';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import packageJson from '../../package.json' with { type: 'json' };
import { drawTextLayer } from './draw-text-layer.js';
import { textLayerFont } from './font-data.js';
import { formatPdfDates } from './pdf-dates.js';
import { SRGB_CONDITION, srgbProfile } from './srgb-profile.js';
import { applySubsetTag } from './subset-tag.js';
import type { TextLayerInput } from './text-layer-input.js';
import { buildXmpPacket } from './xmp-packet.js';

/** One page of a two-layer PDF: the scanned image and, optionally, its OCR text. */
export interface PdfAPage {
  /**
   * The page image, encoded. JPEG bytes are embedded as they are (no re-encoding, no quality
   * loss); PNG is stored losslessly.
   */
  image: { bytes: Uint8Array; format: 'jpeg' | 'png'; width: number; height: number; dpi: number };
  /** The OCR result for the invisible text layer (e.g. an `@sohoa/ocr` `OcrPage`). */
  text?: TextLayerInput | undefined;
}

/** Document metadata of {@link writePdfA}; written to both the Info dictionary and XMP. */
export interface PdfAOptions {
  /** Title (`dc:title`, Info `Title`), e.g. the dossier's title. */
  title: string;
  /** Author (`dc:creator`, Info `Author`), e.g. the issuing body. @default none */
  author?: string | undefined;
  /** Subject (`dc:description`, Info `Subject`). @default none */
  subject?: string | undefined;
  /** Keywords (`pdf:Keywords`, Info `Keywords`). @default none */
  keywords?: string | undefined;
  /** Language of the text, BCP 47 (catalog `/Lang`, `dc:language`). @default 'vi' */
  language?: string | undefined;
  /** The application that made the document (`xmp:CreatorTool`, Info `Creator`). @default 'sohoa' */
  creatorTool?: string | undefined;
  /** Creation time, written in Vietnam time (+07:00). @default now */
  createdAt?: Date | undefined;
}

/** `sohoa @sohoa/pdfa <version> (pdf-lib)`: the Producer written into every file. */
export const PRODUCER = `sohoa ${packageJson.name} ${packageJson.version} (pdf-lib)`;

/**
 * Writes a two-layer PDF/A-2b document: each page is its scanned image at 100% scale (page size
 * = pixels × 72 / dpi points) with the OCR text as an invisible, searchable and copyable layer in
 * an embedded subset font that covers Vietnamese. PDF/A-2b by construction: XMP metadata
 * (uncompressed, `pdfaid` part 2 conformance B) in sync with the Info dictionary, an sRGB
 * OutputIntent, a trailer ID, `/Lang`, no transparency and no actions. Identifiers derive from
 * the content, so the same pages and metadata give the same bytes.
 *
 * @throws {@link SohoaError} `PDF_WRITE_FAILED` when a page image cannot be embedded.
 *
 * @example
 * ```ts
 * import { encodeForPdf, loadPageImage, makeOcrCopy, writeFileAtomic } from '@sohoa/core';
 * import { createOcrEngine } from '@sohoa/ocr';
 * import { writePdfA } from '@sohoa/pdfa';
 *
 * const image = await loadPageImage('p1.jpg');
 * const engine = await createOcrEngine();
 * const text = await engine.recognize(await makeOcrCopy(image));
 * await engine.terminate();
 * const pdf = await writePdfA([{ image: await encodeForPdf(image), text }], { title: 'Quyết định 47/QĐ-UBND' });
 * await writeFileAtomic('out/47.pdf', pdf);
 * ```
 */
export async function writePdfA(pages: readonly PdfAPage[], options: PdfAOptions): Promise<Uint8Array> {
  if (pages.length === 0) {
    throw new SohoaError({
      code: 'PDF_WRITE_FAILED',
      message: 'A PDF needs at least one page; none was given.',
      fix: 'Pass the scanned pages to write.',
    });
  }
  const createdAt = options.createdAt ?? new Date();
  const dates = formatPdfDates(createdAt);
  const language = options.language ?? 'vi';
  const creatorTool = options.creatorTool ?? 'sohoa';
  const fingerprint = createHash('sha256');
  fingerprint.update(JSON.stringify({ ...options, createdAt: dates.xmp }));

  const document = await PDFDocument.create({ updateMetadata: false });
  document.registerFontkit(fontkit);
  const font = await document.embedFont(await textLayerFont(), { subset: true });
  const drawable = new Set(font.getCharacterSet());
  let fontUsed = false;

  for (const [index, input] of pages.entries()) {
    const { image } = input;
    fingerprint.update(image.bytes);
    const embedded = await embedImage(document, image, index);
    const scale = 72 / image.dpi;
    const width = image.width * scale;
    const height = image.height * scale;
    const page = document.addPage([width, height]);
    page.drawImage(embedded, { x: 0, y: 0, width, height });
    if (input.text) {
      fingerprint.update(JSON.stringify(input.text.blocks));
      const fontKey = page.node.newFontDictionary(font.name, font.ref);
      page.pushOperators(
        ...drawTextLayer(input.text, font, fontKey, { scale, heightPoints: height }, drawable),
      );
      fontUsed = true;
    }
  }

  const digest = fingerprint.digest('hex');
  const documentId = `uuid:${toUuid(digest)}`;
  setInfo(document, options, dates, creatorTool);
  const xmp = buildXmpPacket({
    title: options.title,
    author: options.author,
    subject: options.subject,
    keywords: options.keywords,
    language,
    creatorTool,
    producer: PRODUCER,
    created: dates,
    modified: dates,
    documentId,
    instanceId: documentId,
  });
  const { context, catalog } = document;
  // XMP is UTF-8; a string given to pdf-lib would be written as Latin-1 and garble Vietnamese.
  const metadata = context.stream(Buffer.from(xmp, 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(PDFName.of('Metadata'), context.register(metadata));
  catalog.set(PDFName.of('Lang'), PDFString.of(language));
  const profile = context.stream(srgbProfile(), { N: 3 });
  catalog.set(
    PDFName.of('OutputIntents'),
    context.obj([
      context.obj({
        Type: 'OutputIntent',
        S: 'GTS_PDFA1',
        OutputConditionIdentifier: PDFString.of(SRGB_CONDITION),
        Info: PDFString.of(SRGB_CONDITION),
        DestOutputProfile: context.register(profile),
      }),
    ]),
  );
  const fileId = PDFHexString.of(digest.slice(0, 32));
  context.trailerInfo.ID = context.obj([fileId, fileId]);

  await document.flush();
  if (fontUsed) applySubsetTag(context, font.ref, digest);
  return document.save({ useObjectStreams: false });
}

async function embedImage(document: PDFDocument, image: PdfAPage['image'], index: number) {
  try {
    return image.format === 'jpeg'
      ? await document.embedJpg(image.bytes)
      : await document.embedPng(image.bytes);
  } catch (cause) {
    throw new SohoaError({
      code: 'PDF_WRITE_FAILED',
      message: `Page ${index + 1}: the ${image.format.toUpperCase()} image cannot be embedded in the PDF: ${(cause as Error)?.message ?? cause}.`,
      fix: 'Check that the page image is a valid baseline JPEG or PNG; re-encode it if needed.',
      cause,
      details: { page: index + 1 },
    });
  }
}

function setInfo(
  document: PDFDocument,
  options: PdfAOptions,
  dates: { info: string },
  creatorTool: string,
): void {
  document.setTitle(options.title, { showInWindowTitleBar: true });
  if (options.author !== undefined) document.setAuthor(options.author);
  if (options.subject !== undefined) document.setSubject(options.subject);
  if (options.keywords !== undefined) document.setKeywords([options.keywords]);
  document.setCreator(creatorTool);
  document.setProducer(PRODUCER);
  // pdf-lib writes dates in UTC ("Z"); archives read local time, so write +07'00' ourselves.
  const info = document.context.lookup(document.context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of('CreationDate'), PDFString.of(dates.info));
  info.set(PDFName.of('ModDate'), PDFString.of(dates.info));
}

function toUuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
