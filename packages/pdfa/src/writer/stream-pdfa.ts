import { createHash } from 'node:crypto';
import { SohoaError } from '@sohoa/base';
import {
  type PDFContext,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFRef,
  PDFString,
} from 'pdf-lib';
import packageJson from '../../package.json' with { type: 'json' };
import type { PdfaErrorCode } from '../errors/pdfa-error-codes.js';
import { addAssociatedFiles } from './associated-files.js';
import { drawTextLayer } from './draw-text-layer.js';
import { embedPageImage } from './embed-page-image.js';
import { registerGlyphlessFont } from './glyphless-font.js';
import { formatPdfDates } from './pdf-dates.js';
import { PdfSerializer } from './pdf-serializer.js';
import type { PdfAOptions, PdfAPageSource } from './pdfa-options.js';
import { SRGB_CONDITION, srgbProfile } from './srgb-profile.js';
import { buildXmpPacket } from './xmp-packet.js';

/** `sohoa @sohoa/pdfa <version> (pdf-lib)`: the Producer written into every file. */
export const PRODUCER = `sohoa ${packageJson.name} ${packageJson.version} (pdf-lib)`;

const IMAGE = 'Im0';
const FONT = 'F0';

function checkOptions(options: PdfAOptions): void {
  const part = options.part ?? 2;
  if (part !== 2 && part !== 3) {
    throw new SohoaError<PdfaErrorCode>({
      code: 'OPTION_INVALID',
      message: {
        vi: `writePdfA: part phải là 2 hoặc 3; giá trị nhận được: ${String(part)}.`,
        en: `writePdfA: part must be 2 or 3; received ${String(part)}.`,
      },
      fix: {
        vi: 'Truyền part: 2 để ghi PDF/A-2b hoặc part: 3 để ghi PDF/A-3b.',
        en: 'Pass part: 2 for PDF/A-2b or part: 3 for PDF/A-3b.',
      },
    });
  }
  if (part === 2 && (options.attachments?.length ?? 0) > 0) {
    throw new SohoaError<PdfaErrorCode>({
      code: 'OPTION_INVALID',
      message: {
        vi: 'writePdfA: có tệp đính kèm (attachments) nhưng part là 2; PDF/A-2 chỉ được nhúng tệp PDF/A.',
        en: 'writePdfA: attachments were given with part 2; PDF/A-2 may embed only PDF/A files.',
      },
      fix: {
        vi: 'Truyền part: 3 để ghi PDF/A-3b kèm tệp liên kết.',
        en: 'Pass part: 3 to write PDF/A-3b with associated files.',
      },
    });
  }
}

/** Writes every object numbered above `mark` and drops it from memory. */
function* drain(context: PDFContext, serializer: PdfSerializer, mark: number): Generator<Uint8Array> {
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (ref.objectNumber <= mark) continue;
    yield serializer.object(ref, object);
    context.delete(ref);
  }
}

/**
 * Writes a two-layer PDF/A-2b (or 3b) document as a stream of byte chunks, taking the pages one
 * at a time: each page's image, content and page objects are written and dropped before the next
 * page is read, so a 500-page dossier never holds more than one page image in memory. The
 * document-level objects (the text layer's font, XMP, output intent, page tree, catalog) follow the pages;
 * the file ends with a classic cross-reference table. Same output as {@link writePdfA}.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `PDF_WRITE_FAILED` when there is no page or an image cannot be embedded;
 * `OPTION_INVALID` for a bad `part`, attachments with part 2, or bad archival fields.
 *
 * @example
 * ```ts
 * import { createWriteStream } from 'node:fs';
 * import { Readable } from 'node:stream';
 * import { pipeline } from 'node:stream/promises';
 * import { streamPdfA, type PdfAPage } from '@sohoa/pdfa';
 *
 * async function* pages(): AsyncGenerator<PdfAPage> {
 *   for (const path of scanPaths) yield { image: await loadForPdf(path), text: await ocr(path) };
 * }
 * await pipeline(Readable.from(streamPdfA(pages(), { title: 'Hồ sơ 01' })), createWriteStream('out.pdf'));
 * ```
 */
export async function* streamPdfA(pages: PdfAPageSource, options: PdfAOptions): AsyncGenerator<Uint8Array> {
  checkOptions(options);
  const part = options.part ?? 2;
  const createdAt = options.createdAt ?? new Date();
  const dates = formatPdfDates(createdAt);
  const language = options.language ?? 'vi';
  const creatorTool = options.creatorTool ?? 'sohoa';
  const fingerprint = createHash('sha256');
  const { attachments = [], ...described } = options;
  fingerprint.update(JSON.stringify({ ...described, createdAt: dates.xmp }));
  for (const attachment of attachments) fingerprint.update(attachment.name).update(attachment.bytes);

  const document = await PDFDocument.create({ updateMetadata: false });
  const { context, catalog } = document;
  // The glyphless font's objects are written after the pages, once the codes shown are known.
  const fontRef = context.nextRef();
  const highBytes = new Set<number>();
  const pageTree = catalog.Pages();
  const pagesRef = catalog.get(PDFName.of('Pages')) as PDFRef;
  const serializer = new PdfSerializer();
  yield serializer.header();

  let index = 0;
  let fontUsed = false;
  for await (const input of pages) {
    const { image } = input;
    const mark = context.largestObjectNumber;
    const imageRef = context.nextRef();
    await embedPageImage(context, imageRef, image, index, options.deflateJpeg);
    fingerprint.update(image.bytes);
    const scale = 72 / image.dpi;
    const width = round4(image.width * scale);
    const height = round4(image.height * scale);
    let content = `q\n${width} 0 0 ${height} 0 0 cm\n/${IMAGE} Do\nQ`;
    const resources = context.obj({ XObject: { [IMAGE]: imageRef } });
    if (input.text) {
      fingerprint.update(JSON.stringify(input.text.blocks));
      content += `\n${drawTextLayer(input.text, FONT, { scale, heightPoints: height }, highBytes)}`;
      resources.set(PDFName.of('Font'), context.obj({ [FONT]: fontRef }));
      fontUsed = true;
    }
    const contentRef = context.register(context.flateStream(new TextEncoder().encode(content)));
    const pageRef = context.register(
      context.obj({
        Type: 'Page',
        Parent: pagesRef,
        MediaBox: [0, 0, width, height],
        Resources: resources,
        Contents: contentRef,
      }),
    );
    pageTree.pushLeafNode(pageRef);
    yield* drain(context, serializer, mark);
    index++;
  }
  if (index === 0) {
    throw new SohoaError<PdfaErrorCode>({
      code: 'PDF_WRITE_FAILED',
      message: {
        vi: 'Tệp PDF cần ít nhất một trang; chưa có trang nào.',
        en: 'A PDF needs at least one page; none was given.',
      },
      fix: { vi: 'Truyền các trang đã quét cần ghi.', en: 'Pass the scanned pages to write.' },
    });
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
    part,
    archival: options.archival,
  });
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
  if (attachments.length > 0) addAssociatedFiles(context, catalog, attachments, dates.info);
  if (fontUsed) registerGlyphlessFont(context, fontRef, highBytes);
  yield* drain(context, serializer, 0);
  const fileId = PDFHexString.of(digest.slice(0, 32));
  const size = context.largestObjectNumber + 1;
  const trailer = context.obj({
    Size: size,
    Root: context.trailerInfo.Root,
    Info: context.trailerInfo.Info,
    ID: [fileId, fileId],
  });
  yield serializer.trailer(size, trailer);
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

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** A UUID written from the first 32 hex digits of `hex`. */
export function toUuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
