/**
 * Test and benchmark helper: a fingerprint of every image XObject of a PDF, to prove a rewrite
 * left the images alone.
 */
import { createHash } from 'node:crypto';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';

/** SHA-256 of every image XObject's dictionary and raw (still encoded) stream bytes, sorted. */
export async function imageStreams(bytes: Uint8Array): Promise<string[]> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  const hashes: string[] = [];
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    if (object.dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
    hashes.push(createHash('sha256').update(object.contents).update(object.dict.toString()).digest('hex'));
  }
  return hashes.sort();
}
