import { type PDFContext, PDFDocument, PDFHexString, PDFName, type PDFPage } from 'pdf-lib';

/** The namespaces test packets declare on their `rdf:Description`. */
export const TEST_NAMESPACES = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  pdfaid: 'http://www.aiim.org/pdfa/ns/id/',
  dc: 'http://purl.org/dc/elements/1.1/',
  xmp: 'http://ns.adobe.com/xap/1.0/',
  xmpMM: 'http://ns.adobe.com/xap/1.0/mm/',
  xmpRights: 'http://ns.adobe.com/xap/1.0/rights/',
  xmpTPg: 'http://ns.adobe.com/xap/1.0/t/pg/',
  stEvt: 'http://ns.adobe.com/xap/1.0/sType/ResourceEvent#',
  stRef: 'http://ns.adobe.com/xap/1.0/sType/ResourceRef#',
  stDim: 'http://ns.adobe.com/xap/1.0/sType/Dimensions#',
  pdf: 'http://ns.adobe.com/pdf/1.3/',
  photoshop: 'http://ns.adobe.com/photoshop/1.0/',
  tiff: 'http://ns.adobe.com/tiff/1.0/',
  exif: 'http://ns.adobe.com/exif/1.0/',
  pdfaExtension: 'http://www.aiim.org/pdfa/ns/extension/',
  pdfaSchema: 'http://www.aiim.org/pdfa/ns/schema#',
  pdfaProperty: 'http://www.aiim.org/pdfa/ns/property#',
  pdfaType: 'http://www.aiim.org/pdfa/ns/type#',
  pdfaField: 'http://www.aiim.org/pdfa/ns/field#',
};

const declarations = Object.entries(TEST_NAMESPACES)
  .map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`)
  .join(' ');

/**
 * An XMP packet: the PDF/A-2B identification plus `body` (elements of one `rdf:Description`);
 * `siblings` are further top-level `rdf:Description` elements.
 */
export function xmpPacket(
  body = '',
  { siblings = '', header = 'begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"' } = {},
): string {
  return `<?xpacket ${header}?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="${TEST_NAMESPACES.rdf}">
<rdf:Description rdf:about="" ${declarations} pdfaid:part="2" pdfaid:conformance="B">${body}</rdf:Description>${siblings}
</rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;
}

interface MinimalOptions {
  /** The XMP packet's text or bytes (default {@link xmpPacket}()). */
  xmp?: string | Uint8Array;
  /** Changes the document before it is saved (resources, content, annotations…). */
  decorate?: (context: PDFContext, page: PDFPage, document: PDFDocument) => void;
}

/**
 * A one-page PDF/A-2B file built in the test: a blank 200 × 200 page, uncompressed XMP
 * metadata, a trailer ID. It passes every rule; `decorate` adds what a test needs.
 */
export async function minimalPdfA(options: MinimalOptions = {}): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  const page = document.addPage([200, 200]);
  const { context, catalog } = document;
  const xmp =
    options.xmp instanceof Uint8Array ? options.xmp : new TextEncoder().encode(options.xmp ?? xmpPacket());
  catalog.set(
    PDFName.of('Metadata'),
    context.register(context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' })),
  );
  const id = PDFHexString.of('00112233445566778899aabbccddeeff');
  context.trailerInfo.ID = context.obj([id, id]);
  options.decorate?.(context, page, document);
  return document.save({ useObjectStreams: false });
}
