import { createHash } from 'node:crypto';
import { type PDFContext, type PDFDict, PDFHexString, PDFName, type PDFRef, PDFString } from 'pdf-lib';
import type { PdfAAttachment } from './pdfa-options.js';

/**
 * Embeds PDF/A-3 associated files: one `/EmbeddedFile` stream each (deflated, with `/Subtype` =
 * MIME type, size, modification date and MD5 checksum), a file specification with `/F`, `/UF`,
 * `/AFRelationship` and `/Desc`, the catalog's `/Names /EmbeddedFiles` name tree (sorted by name)
 * and the catalog's `/AF` array (ISO 19005-3 6.8).
 */
export function addAssociatedFiles(
  context: PDFContext,
  catalog: PDFDict,
  attachments: readonly PdfAAttachment[],
  infoDate: string,
): void {
  const specs: { name: string; ref: PDFRef }[] = [];
  for (const attachment of attachments) {
    const file = context.flateStream(attachment.bytes, {
      Type: 'EmbeddedFile',
      Subtype: attachment.mimeType,
      Params: {
        Size: attachment.bytes.length,
        ModDate: PDFString.of(infoDate),
        CheckSum: PDFHexString.of(createHash('md5').update(attachment.bytes).digest('hex')),
      },
    });
    const fileRef = context.register(file);
    const spec = context.obj({
      Type: 'Filespec',
      F: PDFString.of(attachment.name),
      UF: PDFHexString.fromText(attachment.name),
      AFRelationship: attachment.relationship ?? 'Data',
      EF: { F: fileRef, UF: fileRef },
      ...(attachment.description === undefined
        ? {}
        : { Desc: PDFHexString.fromText(attachment.description) }),
    });
    specs.push({ name: attachment.name, ref: context.register(spec) });
  }
  specs.sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
  const names = specs.flatMap((spec) => [PDFHexString.fromText(spec.name), spec.ref]);
  catalog.set(PDFName.of('Names'), context.obj({ EmbeddedFiles: { Names: names } }));
  catalog.set(PDFName.of('AF'), context.obj(specs.map((spec) => spec.ref)));
}
