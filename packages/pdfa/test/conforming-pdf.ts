/**
 * Test helper: a small conforming PDF/A-2B file (one page with a red square, XMP, sRGB output
 * intent, trailer ID) that tests edit to break one rule at a time.
 */
import { PDFDocument, PDFHexString, PDFName, PDFString, rgb } from 'pdf-lib';
import sharp from 'sharp';

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

export function xmpPacket(options: { part?: string; extra?: string; header?: string } = {}): string {
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"${options.header ?? ''}?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="${RDF}">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" pdfaid:part="${options.part ?? '2'}" pdfaid:conformance="B"/>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreateDate="2025-06-06T08:23:45Z" xmp:ModifyDate="2025-06-06T08:23:45Z"/>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">Quyết định 47</rdf:li></rdf:Alt></dc:title></rdf:Description>
${options.extra ?? ''}</rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;
}

let iccProfile: Buffer | undefined;
/** An sRGB ICC profile (sharp's), read once. */
export async function srgbProfile(): Promise<Buffer> {
  if (!iccProfile) {
    const jpeg = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#fff' } })
      .withIccProfile('srgb')
      .jpeg()
      .toBuffer();
    iccProfile = (await sharp(jpeg).metadata()).icc as Buffer;
  }
  return iccProfile;
}

export interface BaseOptions {
  xmp?: string;
  outputIntent?: boolean;
  id?: boolean;
  edit?: (document: PDFDocument) => void | Promise<void>;
}

/** A small conforming PDF/A-2B file: one page with a red square, XMP, sRGB output intent, trailer ID. */
export async function basePdf(options: BaseOptions = {}): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  const page = document.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 50, width: 100, height: 100, color: rgb(0.8, 0.1, 0.1) });
  const { context, catalog } = document;
  const metadata = context.stream(new TextEncoder().encode(options.xmp ?? xmpPacket()), {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  catalog.set(PDFName.of('Metadata'), context.register(metadata));
  if (options.outputIntent !== false) {
    const profile = context.register(context.flateStream(await srgbProfile(), { N: 3 }));
    const intent = context.obj({
      Type: 'OutputIntent',
      S: 'GTS_PDFA1',
      OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
      DestOutputProfile: profile,
    });
    catalog.set(PDFName.of('OutputIntents'), context.obj([intent]));
  }
  if (options.id !== false) {
    const id = PDFHexString.of('0123456789abcdef0123456789abcdef');
    context.trailerInfo.ID = context.obj([id, id]);
  }
  await options.edit?.(document);
  return document.save({ useObjectStreams: false });
}
