import { inflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFName,
  PDFNumber,
  type PDFObject,
  type PDFPage,
  PDFRawStream,
  PDFRef,
} from 'pdf-lib';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { CcittPageImage, EncodedPageImage } from '../writer/pdfa-options.js';
import { type Matrix, multiply } from './transform-matrix.js';

type PdfJsOps = typeof import('pdfjs-dist/legacy/build/pdf.mjs')['OPS'];
type OperatorList = Awaited<ReturnType<PDFPageProxy['getOperatorList']>>;

/**
 * Why a page's image stream cannot be passed through as it is (`ScannedPdfPage.originalUnavailable`).
 *
 * @example
 * ```ts
 * import { openScannedPdf } from '@sohoa/pdfa';
 *
 * for await (const page of (await openScannedPdf('scanner.pdf')).pages()) {
 *   console.log(page.originalUnavailable); // 'not-a-single-image' for an MRC page
 * }
 * ```
 */
export type OriginalImageRefusal =
  | 'rotated-page'
  | 'not-a-single-image'
  | 'visible-vector-or-text'
  | 'image-does-not-fill-page'
  | 'masked-image'
  | 'unsupported-encoding'
  | 'unsupported-colour-space';

/** The page's one image stream, ready for `writePdfA`, or why there is none. */
export type OriginalImageResult =
  | { image: EncodedPageImage | CcittPageImage; refused?: undefined }
  | { image?: undefined; refused: OriginalImageRefusal };

/**
 * What the content stream paints: the transformation of each image, and whether anything else
 * is visible (a path that is filled or stroked, text not in rendering mode 3 or 7, a shading,
 * a form XObject, an image mask or inline image).
 */
function paintedContent(operators: OperatorList, OPS: PdfJsOps): { images: Matrix[]; otherMarks: boolean } {
  const stack: { ctm: Matrix; textMode: number }[] = [];
  let state = { ctm: [1, 0, 0, 1, 0, 0] as Matrix, textMode: 0 };
  const images: Matrix[] = [];
  let otherMarks = false;
  const textShows: number[] = [
    OPS.showText,
    OPS.showSpacedText,
    OPS.nextLineShowText,
    OPS.nextLineSetSpacingShowText,
  ];
  const vectorPaints: number[] = [
    OPS.stroke,
    OPS.closeStroke,
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
    OPS.shadingFill,
    OPS.paintFormXObjectBegin,
    OPS.paintImageMaskXObject,
    OPS.paintImageMaskXObjectGroup,
    OPS.paintImageMaskXObjectRepeat,
    OPS.paintSolidColorImageMask,
    OPS.paintInlineImageXObject,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintImageXObjectRepeat,
  ];
  for (const [index, operator] of operators.fnArray.entries()) {
    const args = operators.argsArray[index];
    if (operator === OPS.save) stack.push({ ...state });
    else if (operator === OPS.restore) state = stack.pop() ?? state;
    else if (operator === OPS.transform) state = { ...state, ctm: multiply(state.ctm, args as Matrix) };
    else if (operator === OPS.setTextRenderingMode) state = { ...state, textMode: args[0] as number };
    else if (operator === OPS.paintImageXObject) images.push(state.ctm);
    else if (operator === OPS.constructPath) otherMarks ||= args[0] !== OPS.endPath;
    else if (textShows.includes(operator)) otherMarks ||= state.textMode !== 3 && state.textMode !== 7;
    else if (vectorPaints.includes(operator)) otherMarks = true;
  }
  return { images, otherMarks };
}

function lookup(page: PDFPage, value: PDFObject | undefined): PDFObject | undefined {
  return value instanceof PDFRef ? page.doc.context.lookup(value) : value;
}

/** The image XObjects of the page's resources (inherited ones included); `undefined` if it has forms. */
function imageXObjects(page: PDFPage): PDFRawStream[] | undefined {
  const xObjects = lookup(page, page.node.Resources()?.get(PDFName.of('XObject')));
  if (!(xObjects instanceof PDFDict)) return [];
  const images: PDFRawStream[] = [];
  for (const value of xObjects.values()) {
    const stream = lookup(page, value);
    if (!(stream instanceof PDFRawStream)) return undefined;
    if (stream.dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) return undefined;
    images.push(stream);
  }
  return images;
}

function numberOf(page: PDFPage, dict: PDFDict, key: string): number | undefined {
  const value = lookup(page, dict.get(PDFName.of(key)));
  return value instanceof PDFNumber ? value.asNumber() : undefined;
}

function booleanOf(page: PDFPage, dict: PDFDict | undefined, key: string): boolean | undefined {
  const value = dict ? lookup(page, dict.get(PDFName.of(key))) : undefined;
  return value instanceof PDFBool ? value.asBoolean() : undefined;
}

function filtersOf(page: PDFPage, dict: PDFDict): string[] {
  const filter = lookup(page, dict.get(PDFName.of('Filter')));
  const names = filter instanceof PDFArray ? filter.asArray().map((item) => lookup(page, item)) : [filter];
  return names.flatMap((name) => (name instanceof PDFName ? [name.decodeText()] : []));
}

/** Components of the image's colour space: 1 or 3 for what the sRGB PDF/A writer accepts, else 0. */
function colourComponents(page: PDFPage, dict: PDFDict): number {
  const space = lookup(page, dict.get(PDFName.of('ColorSpace')));
  if (space === PDFName.of('DeviceGray')) return 1;
  if (space === PDFName.of('DeviceRGB')) return 3;
  if (space instanceof PDFArray && lookup(page, space.get(0)) === PDFName.of('ICCBased')) {
    const profile = lookup(page, space.get(1));
    const components = profile instanceof PDFRawStream ? numberOf(page, profile.dict, 'N') : undefined;
    return components === 1 || components === 3 ? components : 0;
  }
  return 0;
}

/** Whether the `Decode` array is absent or the identity for `components` channels. */
function defaultDecode(page: PDFPage, dict: PDFDict, components: number): boolean {
  const decode = lookup(page, dict.get(PDFName.of('Decode')));
  if (decode === undefined) return true;
  if (!(decode instanceof PDFArray) || decode.size() !== components * 2) return false;
  return decode.asArray().every((item, index) => {
    const value = lookup(page, item);
    return value instanceof PDFNumber && value.asNumber() === index % 2;
  });
}

/**
 * The page's image stream as `writePdfA` can embed it without decoding (the original bytes),
 * when the page is exactly one image drawn upright over the whole page: a JPEG (`DCTDecode`,
 * possibly inside `FlateDecode`) in grey or RGB, or CCITT fax data in `DeviceGray`; no mask,
 * no `Decode` inversion, nothing else visible (an invisible OCR text layer is allowed), no
 * `/Rotate`. Anything else (MRC pages: a JPEG background under a JBIG2 mask) must be rendered.
 */
export function findOriginalImage(
  page: PDFPage,
  view: number[],
  rotate: number,
  operators: OperatorList,
  OPS: PdfJsOps,
): OriginalImageResult {
  if (rotate % 360 !== 0) return { refused: 'rotated-page' };
  const { images, otherMarks } = paintedContent(operators, OPS);
  const streams = imageXObjects(page);
  const [ctm] = images;
  const [stream] = streams ?? [];
  if (images.length !== 1 || streams?.length !== 1 || !ctm || !stream)
    return { refused: 'not-a-single-image' };
  if (otherMarks) return { refused: 'visible-vector-or-text' };
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = view;
  const close = (a: number, b: number) => Math.abs(a - b) <= 1;
  const [a, b, c, d, e, f] = ctm;
  if (!(close(b, 0) && close(c, 0) && close(a, x1 - x0) && close(d, y1 - y0) && close(e, x0) && close(f, y0)))
    return { refused: 'image-does-not-fill-page' };
  const { dict } = stream;
  if (dict.has(PDFName.of('SMask')) || dict.has(PDFName.of('Mask')) || booleanOf(page, dict, 'ImageMask'))
    return { refused: 'masked-image' };
  const width = numberOf(page, dict, 'Width') ?? 0;
  const height = numberOf(page, dict, 'Height') ?? 0;
  const dpiX = (width * 72) / a;
  const dpiY = (height * 72) / d;
  if (width <= 0 || height <= 0 || Math.abs(dpiX - dpiY) > dpiX * 0.01)
    return { refused: 'image-does-not-fill-page' };
  const dpi = Math.round(dpiX);
  const filters = filtersOf(page, dict);
  const components = colourComponents(page, dict);
  if (components === 0 || !defaultDecode(page, dict, components))
    return { refused: 'unsupported-colour-space' };
  const data = stream.getContents();
  if (filters.length === 1 && filters[0] === 'DCTDecode')
    return { image: { bytes: data, format: 'jpeg', width, height, dpi } };
  if (
    filters.length === 2 &&
    filters[0] === 'FlateDecode' &&
    filters[1] === 'DCTDecode' &&
    !dict.has(PDFName.of('DecodeParms'))
  )
    return { image: { bytes: new Uint8Array(inflateSync(data)), format: 'jpeg', width, height, dpi } };
  if (filters.length === 1 && filters[0] === 'CCITTFaxDecode' && components === 1) {
    const parms = lookup(page, dict.get(PDFName.of('DecodeParms')));
    const parameters = parms instanceof PDFDict ? parms : undefined;
    const columns = parameters ? numberOf(page, parameters, 'Columns') : undefined;
    const nonDefaultFraming =
      booleanOf(page, parameters, 'EndOfLine') === true ||
      booleanOf(page, parameters, 'EndOfBlock') === false;
    if ((columns ?? 1728) !== width || numberOf(page, dict, 'BitsPerComponent') !== 1 || nonDefaultFraming)
      return { refused: 'unsupported-encoding' };
    return {
      image: {
        bytes: data,
        format: 'ccitt',
        width,
        height,
        dpi,
        k: (parameters && numberOf(page, parameters, 'K')) ?? 0,
        blackIs1: booleanOf(page, parameters, 'BlackIs1') ?? false,
        encodedByteAlign: booleanOf(page, parameters, 'EncodedByteAlign') ?? false,
      },
    };
  }
  return { refused: 'unsupported-encoding' };
}
