import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFStream,
  PDFString,
} from 'pdf-lib';
import { decodeWithinLimit } from '../checker/stream-budget.js';
import type { ArchivalMetadata } from '../writer/archival-metadata.js';
import { formatPdfDates } from '../writer/pdf-dates.js';
import { SRGB_CONDITION, srgbProfile } from '../writer/srgb-profile.js';
import { PRODUCER, toUuid } from '../writer/stream-pdfa.js';
import { buildXmpPacket } from '../writer/xmp-packet.js';

/** Document description for the rewritten file; each field defaults to what the file says. */
export interface DocumentDescription {
  /** @default the file's `/Title` (or XMP `dc:title`), else `''` */
  title?: string | undefined;
  /** @default the file's `/Author` */
  author?: string | undefined;
  /** @default the file's `/Subject` */
  subject?: string | undefined;
  /** @default the file's `/Keywords` */
  keywords?: string | undefined;
  /** Natural language of the text (`/Lang`, `dc:language`). @default the file's `/Lang`, else `'vi'` */
  language?: string | undefined;
  /** Modification time written to Info and XMP. @default now */
  modifiedAt?: Date | undefined;
  /** Archival fields (as `writePdfA` writes them) in sohoa's XMP namespaces. @default none */
  archival?: ArchivalMetadata | undefined;
}

/**
 * Makes an existing file's PDF/A-2b claim true at the document level, recording each change in
 * words: a new XMP packet (uncompressed UTF-8, `pdfaid` part 2 conformance B, Dublin Core, dates,
 * producer, the file's own `xmpMM:DocumentID` kept and a new `InstanceID`) with the Info dictionary
 * set to the same values, `/Lang`, an sRGB OutputIntent when the file has no `GTS_PDFA1` intent with
 * an ICC profile, and a trailer `/ID` (its first half kept: the file is the same document).
 * `fingerprint` (hex) makes the new ids. Returns the changes made.
 *
 * @example
 * ```ts
 * const fixes = makePdfAClaimTrue(document, { title: 'Công văn 12' }, sha256Hex);
 * // ['XMP metadata rewritten (PDF/A-2b identification, Dublin Core, dates in step with Info)', …]
 * ```
 */
export function makePdfAClaimTrue(
  document: PDFDocument,
  description: DocumentDescription,
  fingerprint: string,
): string[] {
  const { context, catalog } = document;
  const fixes: string[] = [];
  const old = oldXmp(document);
  const language = description.language ?? text(catalog.get(PDFName.of('Lang'))) ?? 'vi';
  const created = document.getCreationDate() ?? description.modifiedAt ?? new Date();
  const modified = formatPdfDates(description.modifiedAt ?? new Date());
  const fields = {
    title: description.title ?? document.getTitle() ?? xmpValue(old, 'dc:title') ?? '',
    author: description.author ?? document.getAuthor(),
    subject: description.subject ?? document.getSubject(),
    keywords: description.keywords ?? document.getKeywords(),
    creatorTool: document.getCreator() ?? xmpValue(old, 'xmp:CreatorTool') ?? PRODUCER,
  };
  const documentId = xmpValue(old, 'xmpMM:DocumentID') ?? `uuid:${toUuid(fingerprint.slice(0, 32))}`;
  const xmp = buildXmpPacket({
    ...fields,
    language,
    producer: PRODUCER,
    created: formatPdfDates(created),
    modified,
    documentId,
    instanceId: `uuid:${toUuid(fingerprint.slice(32, 64))}`,
    part: 2,
    archival: description.archival,
  });
  const metadata = context.stream(Buffer.from(xmp, 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(PDFName.of('Metadata'), context.register(metadata));
  fixes.push('XMP metadata rewritten (PDF/A-2b identification, Dublin Core, dates in step with Info)');

  document.setTitle(fields.title);
  if (fields.author !== undefined) document.setAuthor(fields.author);
  if (fields.subject !== undefined) document.setSubject(fields.subject);
  if (fields.keywords !== undefined) document.setKeywords([fields.keywords]);
  document.setCreator(fields.creatorTool);
  document.setProducer(PRODUCER);
  const info = context.lookup(context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of('CreationDate'), PDFString.of(formatPdfDates(created).info));
  info.set(PDFName.of('ModDate'), PDFString.of(modified.info));
  fixes.push('Info dictionary set to the XMP values');
  catalog.set(PDFName.of('Lang'), PDFString.of(language));

  if (!hasPdfAOutputIntent(document)) {
    const profile = context.register(context.stream(srgbProfile(), { N: 3 }));
    const intent = context.obj({
      Type: 'OutputIntent',
      S: 'GTS_PDFA1',
      OutputConditionIdentifier: PDFString.of(SRGB_CONDITION),
      Info: PDFString.of(SRGB_CONDITION),
      DestOutputProfile: profile,
    });
    catalog.set(PDFName.of('OutputIntents'), context.obj([intent]));
    fixes.push('sRGB OutputIntent added (the file had no PDF/A output intent with an ICC profile)');
  }

  const oldId = context.lookup(context.trailerInfo.ID);
  const first = oldId instanceof PDFArray ? oldId.get(0) : undefined;
  const permanent =
    first instanceof PDFHexString || first instanceof PDFString
      ? first
      : PDFHexString.of(fingerprint.slice(0, 32));
  context.trailerInfo.ID = context.obj([permanent, PDFHexString.of(fingerprint.slice(32, 64))]);
  fixes.push(oldId ? 'trailer ID renewed (its permanent half kept)' : 'trailer ID added');
  return fixes;
}

/** The file's XMP packet as text, or `''`. */
function oldXmp(document: PDFDocument): string {
  const stream = document.context.lookup(document.catalog.get(PDFName.of('Metadata')));
  if (!(stream instanceof PDFRawStream)) return '';
  try {
    return new TextDecoder().decode(decodeWithinLimit(stream));
  } catch {
    return '';
  }
}

/** A simple XMP property, as an element (`<p>v</p>`, or its first `rdf:li`) or an attribute (`p="v"`). */
function xmpValue(xmp: string, property: string): string | undefined {
  const element = new RegExp(
    `<${property}[^>]*>(?:\\s*<rdf:(?:Alt|Seq|Bag)>\\s*<rdf:li[^>]*>)?([^<]+)<`,
  ).exec(xmp);
  const attribute = new RegExp(`${property}="([^"]+)"`).exec(xmp);
  const value = (element?.[1] ?? attribute?.[1])?.trim();
  return value ? decodeEntities(value) : undefined;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function text(object: unknown): string | undefined {
  return object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : undefined;
}

/** Whether the catalog has a `GTS_PDFA1` output intent with an embedded ICC profile. */
function hasPdfAOutputIntent(document: PDFDocument): boolean {
  const { context } = document;
  const intents = context.lookup(document.catalog.get(PDFName.of('OutputIntents')));
  if (!(intents instanceof PDFArray)) return false;
  return intents.asArray().some((entry) => {
    const intent = context.lookup(entry);
    if (!(intent instanceof PDFDict)) return false;
    const subtype = intent.get(PDFName.of('S'));
    return (
      subtype instanceof PDFName &&
      subtype.asString() === '/GTS_PDFA1' &&
      context.lookup(intent.get(PDFName.of('DestOutputProfile'))) instanceof PDFStream
    );
  });
}
