import { escapeXml } from '@sohoa/base';
import { type ArchivalMetadata, archivalXmp } from './archival-metadata.js';
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
  /** PDF/A part: 2 (PDF/A-2b) or 3 (PDF/A-3b, which allows associated files of any type). */
  part: 2 | 3;
  /** Archival metadata in sohoa's documented namespaces, with their `pdfaExtension` descriptions. */
  archival?: ArchivalMetadata | undefined;
}

/**
 * The XMP metadata packet of a PDF/A-2b file: the `pdfaid` identification (part 2, conformance B),
 * Dublin Core, XMP basic, Adobe PDF and media-management properties. Every value that also sits in
 * the Info dictionary is written identically (PDF/A 6.6.3). Archival metadata goes into sohoa's
 * own namespaces, described by a `pdfaExtension:schemas` container (ISO 19005-2 6.6.2.3.2).
 * Must be stored uncompressed. No padding: the XMP specification suggests 2 KB of spaces for
 * editing the packet in place, but a PDF/A file is changed by incremental updates (as `signPdf`
 * does), never in place, so the padding would be 2 KB per file for nothing.
 */
export function buildXmpPacket(fields: XmpFields): string {
  const archival = archivalXmp(fields.archival);
  const extension =
    archival.schemas.length === 0
      ? ''
      : `
    <rdf:Description rdf:about=""
        xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
        xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
        xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
      <pdfaExtension:schemas>
        <rdf:Bag>${archival.schemas.join('')}
        </rdf:Bag>
      </pdfaExtension:schemas>
    </rdf:Description>`;
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
        xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"${archival.namespaces}>
      <pdfaid:part>${fields.part}</pdfaid:part>
      <pdfaid:conformance>B</pdfaid:conformance>
      <dc:format>application/pdf</dc:format>
      <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(fields.title, { vi: 'tiêu đề PDF (dc:title)', en: 'the PDF title (dc:title)' })}</rdf:li></rdf:Alt></dc:title>${optional(
        `<dc:creator><rdf:Seq><rdf:li>${escapeXml(fields.author ?? '', { vi: 'tác giả PDF (dc:creator)', en: 'the PDF author (dc:creator)' })}</rdf:li></rdf:Seq></dc:creator>`,
        fields.author,
      )}${optional(
        `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(fields.subject ?? '', { vi: 'chủ đề PDF (dc:description)', en: 'the PDF subject (dc:description)' })}</rdf:li></rdf:Alt></dc:description>`,
        fields.subject,
      )}
      <dc:language><rdf:Bag><rdf:li>${escapeXml(fields.language)}</rdf:li></rdf:Bag></dc:language>
      <xmp:CreateDate>${fields.created.xmp}</xmp:CreateDate>
      <xmp:ModifyDate>${fields.modified.xmp}</xmp:ModifyDate>
      <xmp:MetadataDate>${fields.modified.xmp}</xmp:MetadataDate>
      <xmp:CreatorTool>${escapeXml(fields.creatorTool)}</xmp:CreatorTool>
      <pdf:Producer>${escapeXml(fields.producer)}</pdf:Producer>${optional(
        `<pdf:Keywords>${escapeXml(fields.keywords ?? '', { vi: 'từ khóa PDF (pdf:Keywords)', en: 'the PDF keywords (pdf:Keywords)' })}</pdf:Keywords>`,
        fields.keywords,
      )}
      <xmpMM:DocumentID>${fields.documentId}</xmpMM:DocumentID>
      <xmpMM:InstanceID>${fields.instanceId}</xmpMM:InstanceID>${archival.properties}
    </rdf:Description>${extension}
  </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}
