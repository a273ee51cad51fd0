import { PDFArray, type PDFContext, PDFDict, type PDFObject, PDFRef, PDFStream } from 'pdf-lib';

/**
 * Deletes every indirect object that the trailer's `Root` and `Info` no longer lead to: objects
 * a rewrite replaced (the old text layer's fonts, the old XMP), and what a loaded file carried
 * beside its document (a linearization dictionary and hint stream, object and cross-reference
 * streams), which pdf-lib would otherwise write out again. Returns how many were deleted.
 *
 * @example
 * ```ts
 * page.node.set(PDFName.of('Resources'), newResources);
 * pruneUnreachable(document.context); // the old resources' fonts are gone from the saved file
 * ```
 */
export function pruneUnreachable(context: PDFContext): number {
  const reached = new Set<string>();
  const pending: PDFObject[] = [context.trailerInfo.Root, context.trailerInfo.Info].filter(
    (object): object is PDFObject => object !== undefined,
  );
  while (pending.length > 0) {
    const object = pending.pop() as PDFObject;
    if (object instanceof PDFRef) {
      if (reached.has(object.tag)) continue;
      reached.add(object.tag);
      const target = context.lookup(object);
      if (target) pending.push(target);
    } else if (object instanceof PDFDict) {
      for (const [, value] of object.entries()) pending.push(value);
    } else if (object instanceof PDFArray) {
      for (const item of object.asArray()) pending.push(item);
    } else if (object instanceof PDFStream) {
      pending.push(object.dict);
    }
  }
  let deleted = 0;
  for (const [ref] of context.enumerateIndirectObjects()) {
    if (reached.has(ref.tag)) continue;
    context.delete(ref);
    deleted++;
  }
  return deleted;
}
