import { type PDFContext, type PDFDocument, PDFName } from 'pdf-lib';
import { basePdf } from '../../../test/conforming-pdf.js';

/** The header fields an ICC profile built in a test sets. */
export interface IccHeaderOptions {
  /** Major version byte (default 2) and minor version nibble (default 1). */
  major?: number;
  minor?: number;
  /** Write the `acsp` signature at byte 36 (default true). */
  signature?: boolean;
  /** Keep only this many bytes (default the 132 of a header and an empty tag table). */
  length?: number;
}

/** A 128-byte ICC header and an empty tag table: what the checker reads of a profile. */
export function iccHeader(
  deviceClass: string,
  colourSpace: string,
  options: IccHeaderOptions = {},
): Uint8Array {
  const bytes = new Uint8Array(132);
  const ascii = (offset: number, text: string) => {
    for (let index = 0; index < 4; index++) bytes[offset + index] = text.charCodeAt(index);
  };
  new DataView(bytes.buffer).setUint32(0, 132);
  bytes[8] = options.major ?? 2;
  bytes[9] = (options.minor ?? 1) << 4;
  ascii(12, deviceClass);
  ascii(16, colourSpace);
  ascii(20, 'XYZ ');
  if (options.signature !== false) ascii(36, 'acsp');
  return bytes.subarray(0, options.length ?? bytes.length);
}

/** The sRGB base file with `resources` added to page 1 and `content` appended to it. */
export function pageWith(content: string, resources: (context: PDFContext) => Record<string, unknown>) {
  return basePdf({
    edit: (document: PDFDocument) => {
      const { context } = document;
      const node = document.getPage(0).node;
      const pageResources = node.normalizedEntries().Resources;
      for (const [key, value] of Object.entries(resources(context)))
        pageResources.set(PDFName.of(key), context.obj(value as never));
      node.addContentStream(context.register(context.stream(content)));
    },
  });
}
