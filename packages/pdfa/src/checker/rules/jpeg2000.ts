import type { PDFRawStream } from 'pdf-lib';
import type { CheckContext } from '../check-context.js';
import { filterNames, nameEntry } from '../pdf-values.js';
import { defineRule, type PdfARule, type RuleFinding } from '../rule.js';

/** One colour specification (`colr`) box of a JP2 file (ISO 15444-1 I.5.3.3). */
interface ColourSpecification {
  method: number;
  approximation: number;
  /** EnumCS, when the method is 1 (enumerated colour space). */
  enumerated: number | undefined;
}

/** What veraPDF's JPEG2000 object exposes, read from the JP2 header boxes (or a raw codestream's SIZ). */
export interface Jpeg2000Header {
  /** `ihdr` NC, or the codestream's Csiz. */
  channels: number;
  /** `ihdr` BPC + 1 (bits 0–6), or the codestream's Ssiz + 1 when all components agree; 128 when they vary. */
  bitDepth: number;
  /** A `bpcc` box is present (components of different depths). */
  bpccBox: boolean;
  /** The `colr` boxes; `undefined` for a raw codestream, which has none. */
  colours: ColourSpecification[] | undefined;
}

const SIGNATURE = [0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20, 0x0d, 0x0a, 0x87, 0x0a];

/** The boxes in `bytes[start, end)`: type and content range. */
function* boxes(
  view: DataView,
  start: number,
  end: number,
): Generator<{ type: string; from: number; to: number }> {
  let offset = start;
  while (offset + 8 <= end) {
    let length = view.getUint32(offset);
    const type = String.fromCharCode(
      view.getUint8(offset + 4),
      view.getUint8(offset + 5),
      view.getUint8(offset + 6),
      view.getUint8(offset + 7),
    );
    let header = 8;
    if (length === 1) {
      if (offset + 16 > end) return;
      length = Number(view.getBigUint64(offset + 8));
      header = 16;
    } else if (length === 0) length = end - offset;
    if (length < header || offset + length > end) return;
    yield { type, from: offset + header, to: offset + length };
    offset += length;
  }
}

/** Reads the header of JPEG 2000 data (a JP2 file or a raw codestream); `undefined` when it is neither. */
export function readJpeg2000Header(bytes: Uint8Array): Jpeg2000Header | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 12 && SIGNATURE.every((byte, index) => bytes[index] === byte)) {
    for (const box of boxes(view, 0, bytes.length)) {
      if (box.type !== 'jp2h') continue;
      let header: Jpeg2000Header | undefined;
      const colours: ColourSpecification[] = [];
      let bpccBox = false;
      for (const child of boxes(view, box.from, box.to)) {
        if (child.type === 'ihdr' && child.to - child.from >= 14) {
          const bpc = view.getUint8(child.from + 10);
          header = {
            channels: view.getUint16(child.from + 8),
            bitDepth: bpc === 0xff ? 128 : (bpc & 0x7f) + 1,
            bpccBox: false,
            colours,
          };
        } else if (child.type === 'bpcc') bpccBox = true;
        else if (child.type === 'colr' && child.to - child.from >= 3) {
          const method = view.getUint8(child.from);
          colours.push({
            method,
            approximation: view.getUint8(child.from + 2),
            enumerated:
              method === 1 && child.to - child.from >= 7 ? view.getUint32(child.from + 3) : undefined,
          });
        }
      }
      return header ? { ...header, bpccBox } : undefined;
    }
    return undefined;
  }
  // A raw codestream: SOC (FF4F) then SIZ (FF51).
  if (bytes.length >= 42 && view.getUint16(0) === 0xff4f && view.getUint16(2) === 0xff51) {
    const channels = view.getUint16(40);
    const depths = new Set<number>();
    for (let index = 0; index < channels && 42 + index * 3 < bytes.length; index++) {
      depths.add((view.getUint8(42 + index * 3) & 0x7f) + 1);
    }
    const [depth] = depths;
    return {
      channels,
      bitDepth: depths.size === 1 ? (depth as number) : 128,
      bpccBox: false,
      colours: undefined,
    };
  }
  return undefined;
}

/** The colour specification a reader uses: the only one, or the one with APPROX 1. */
function chosenColour(colours: ColourSpecification[]): ColourSpecification | undefined {
  if (colours.length <= 1) return colours[0];
  const best = colours.filter((colour) => colour.approximation === 1);
  return best.length === 1 ? best[0] : colours[0];
}

const headers = new WeakMap<PDFRawStream, Jpeg2000Header | null>();

/** Image streams whose only filter is JPXDecode, with their JPEG 2000 header. */
function jpeg2000Images(context: CheckContext) {
  return context.dicts.flatMap(({ dict, stream, label }) => {
    if (!stream || nameEntry(dict, 'Subtype') !== 'Image') return [];
    const filters = filterNames(dict);
    if (filters.length !== 1 || filters[0] !== 'JPXDecode') return [];
    let header = headers.get(stream);
    if (header === undefined) {
      header = readJpeg2000Header(stream.getContents()) ?? null;
      headers.set(stream, header);
    }
    return header ? [{ header, label }] : [];
  });
}

function jpeg2000Rule(
  test: number,
  description: string,
  problem: (header: Jpeg2000Header) => string | undefined,
): PdfARule {
  return defineRule('6.2.8.3', test, description, (context) =>
    jpeg2000Images(context).flatMap(({ header, label }): RuleFinding[] => {
      const message = problem(header);
      return message ? [{ message, object: label }] : [];
    }),
  );
}

/** ISO 19005-2 6.2.8.3 JPEG 2000, read from the JP2 header boxes of JPXDecode images. */
export const JPEG2000_RULES: PdfARule[] = [
  jpeg2000Rule(1, 'JPEG 2000 data has 1, 3 or 4 colour channels.', ({ channels }) =>
    [1, 3, 4].includes(channels) ? undefined : `The JPEG 2000 data has ${channels} colour channels.`,
  ),
  jpeg2000Rule(
    2,
    'JPEG 2000 data with several colour specifications has exactly one with APPROX 1.',
    ({ colours }) => {
      if (!colours || colours.length === 1) return undefined;
      const best = colours.filter((colour) => colour.approximation === 1).length;
      return best === 1
        ? undefined
        : `The JPEG 2000 data has ${colours.length} colour specifications, ${best} of them with APPROX 1.`;
    },
  ),
  jpeg2000Rule(3, "The colour specification's METH is 1, 2 or 3.", ({ colours }) => {
    if (!colours) return undefined;
    const method = chosenColour(colours)?.method;
    return method !== undefined && [1, 2, 3].includes(method)
      ? undefined
      : `The JPEG 2000 colour specification method is ${method ?? 'missing'}.`;
  }),
  jpeg2000Rule(4, 'JPEG 2000 enumerated colour space 19 (CIEJab) is not used.', ({ colours }) =>
    colours && chosenColour(colours)?.enumerated === 19
      ? 'The JPEG 2000 data uses enumerated colour space 19 (CIEJab).'
      : undefined,
  ),
  jpeg2000Rule(
    5,
    'JPEG 2000 bit depth is 1 to 38, the same for every channel (no bpcc box).',
    ({ bitDepth, bpccBox }) =>
      bpccBox
        ? 'The JPEG 2000 channels have different bit depths (bpcc box).'
        : bitDepth < 1 || bitDepth > 38
          ? `The JPEG 2000 bit depth is ${bitDepth}.`
          : undefined,
  ),
];
