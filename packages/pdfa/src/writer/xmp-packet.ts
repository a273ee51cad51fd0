import type { PdfDates } from './pdf-dates.js';

/** What the XMP packet says about the document; each value mirrors an Info dictionary entry. */
export interface XmpFields {
  title: string;
  author?: string | undefined;
  subject?: string | undefined;
  keywords?: string | undefined;
  language: string;
  creatorTool: string;
  producer: string;
  created: PdfDates;
  modified: PdfDates;
  documentId: string;
  instanceId: string;
}

/**
 * The XMP metadata packet of a PDF/A-2b file: the `pdfaid` identification (part 2, conformance B),
 * Dublin Core, XMP basic, Adobe PDF and media-management properties. Every value that also sits in
 * the Info dictionary is written identically (PDF/A 6.6.3). Must be stored uncompressed.
 */
export function buildXmpPacket(fields: XmpFields): string {
  const optional = (name: string, value: string | undefined) =>
    value === undefined ? '' : `\n      ${name}`;
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
    <rdf:Description rdf:about=""
        xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
        xmlns:dc="http://purl.org/dc/elements/1.1/"
        xmlns:xmp="http://ns.adobe.com/xap/1.0/"
        xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
        xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
      <pdfaid:part>2</pdfaid:part>
      <pdfaid:conformance>B</pdfaid:conformance>
      <dc:format>application/pdf</dc:format>
      <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(fields.title)}</rdf:li></rdf:Alt></dc:title>${optional(
        `<dc:creator><rdf:Seq><rdf:li>${escapeXml(fields.author ?? '')}</rdf:li></rdf:Seq></dc:creator>`,
        fields.author,
      )}${optional(
        `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(fields.subject ?? '')}</rdf:li></rdf:Alt></dc:description>`,
        fields.subject,
      )}
      <dc:language><rdf:Bag><rdf:li>${escapeXml(fields.language)}</rdf:li></rdf:Bag></dc:language>
      <xmp:CreateDate>${fields.created.xmp}</xmp:CreateDate>
      <xmp:ModifyDate>${fields.modified.xmp}</xmp:ModifyDate>
      <xmp:MetadataDate>${fields.modified.xmp}</xmp:MetadataDate>
      <xmp:CreatorTool>${escapeXml(fields.creatorTool)}</xmp:CreatorTool>
      <pdf:Producer>${escapeXml(fields.producer)}</pdf:Producer>${optional(
        `<pdf:Keywords>${escapeXml(fields.keywords ?? '')}</pdf:Keywords>`,
        fields.keywords,
      )}
      <xmpMM:DocumentID>${fields.documentId}</xmpMM:DocumentID>
      <xmpMM:InstanceID>${fields.instanceId}</xmpMM:InstanceID>
    </rdf:Description>
  </rdf:RDF>
</x:xmpmeta>
${' '.repeat(100).concat('\n').repeat(20)}<?xpacket end="w"?>`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters; they are removed on purpose.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(XML_FORBIDDEN, '');
}
