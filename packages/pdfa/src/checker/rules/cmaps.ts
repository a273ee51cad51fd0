import { type PDFDict, PDFRawStream } from 'pdf-lib';
import type { CheckContext } from '../check-context.js';
import { decodeStream, entry, nameEntry, nameValue, numberEntry } from '../pdf-values.js';
import { defineRule, type PdfARule } from '../rule.js';
import { PREDEFINED_CMAPS, usedFonts } from './fonts.js';

/** What the checks need from an embedded CMap program (ISO 32000-1 9.7.5.4, Adobe TN 5014). */
interface CMapProgram {
  /** `/WMode n def`, when the program sets it. */
  wMode: number | undefined;
  /** Names given to `usecmap`. */
  uses: string[];
  /** The largest CID the program maps a code to (cidchar, cidrange, notdefchar, notdefrange). */
  maxCid: number | undefined;
}

function hexValue(token: string): number {
  return Number.parseInt(token.slice(1, -1).replace(/\s+/g, '') || '0', 16);
}

/** Reads the few operators that matter from a CMap program's PostScript text. */
export function readCMapProgram(text: string): CMapProgram {
  const wMode = /\/WMode\s+(\d+)\s+def/.exec(text);
  const uses = [...text.matchAll(/\/([^\s/<>[\]{}()%]+)\s+usecmap/g)].map((match) => match[1] as string);
  let maxCid: number | undefined;
  const note = (cid: number) => {
    maxCid = Math.max(maxCid ?? 0, cid);
  };
  for (const [, kind, body] of text.matchAll(
    /begin(cidrange|notdefrange|cidchar|notdefchar)([\s\S]*?)end\1/g,
  )) {
    const ranges = kind === 'cidrange' || kind === 'notdefrange';
    const pattern = ranges ? /(<[^>]*>)\s*(<[^>]*>)\s*(\d+)/g : /(<[^>]*>)\s*(\d+)/g;
    for (const match of (body as string).matchAll(pattern)) {
      if (ranges) {
        const span = hexValue(match[2] as string) - hexValue(match[1] as string);
        note(Number(match[3]) + Math.max(0, span));
      } else note(Number(match[2]));
    }
  }
  return { wMode: wMode ? Number(wMode[1]) : undefined, uses, maxCid };
}

const programs = new WeakMap<PDFRawStream, CMapProgram | null>();

/** The embedded CMaps of the Type 0 fonts text operators use. */
function embeddedCMaps(
  context: CheckContext,
): { stream: PDFRawStream; program: CMapProgram; label: string }[] {
  const seen = new Set<PDFRawStream>();
  return usedFonts(context).flatMap(({ font, label }) => {
    if (nameEntry(font, 'Subtype') !== 'Type0') return [];
    const cmap = entry(font, 'Encoding');
    if (!(cmap instanceof PDFRawStream) || seen.has(cmap)) return [];
    seen.add(cmap);
    let program = programs.get(cmap);
    if (program === undefined) {
      const bytes = decodeStream(cmap);
      program = bytes ? readCMapProgram(Buffer.from(bytes).toString('latin1')) : null;
      programs.set(cmap, program);
    }
    return program ? [{ stream: cmap, program, label: context.label(cmap, `CMap of ${label}`) }] : [];
  });
}

function referencedName(dict: PDFDict): string | undefined {
  const use = entry(dict, 'UseCMap');
  if (use instanceof PDFRawStream)
    return nameEntry(use.dict, 'CMapName') ?? '(an embedded CMap without CMapName)';
  return nameValue(use);
}

/** ISO 19005-2 6.1.13 (CID limit) and 6.2.11.3.3 (embedded CMaps), read from the CMap programs. */
export const CMAP_RULES: PdfARule[] = [
  defineRule('6.1.13', 10, 'No CID in an embedded CMap exceeds 65535.', (context) =>
    embeddedCMaps(context).flatMap(({ program, label }) =>
      (program.maxCid ?? 0) > 65535
        ? [{ message: `The CMap maps a code to CID ${program.maxCid}, above 65535.`, object: label }]
        : [],
    ),
  ),
  defineRule(
    '6.2.11.3.3',
    2,
    'The WMode of an embedded CMap stream equals the WMode entry of its dictionary.',
    (context) =>
      embeddedCMaps(context).flatMap(({ stream, program, label }) => {
        const dictionary = numberEntry(stream.dict, 'WMode') ?? 0;
        const embedded = program.wMode ?? 0;
        return dictionary === embedded
          ? []
          : [
              {
                message: `The CMap dictionary has WMode ${dictionary}, its program ${embedded}.`,
                object: label,
              },
            ];
      }),
  ),
  defineRule('6.2.11.3.3', 3, 'An embedded CMap references only predefined CMaps.', (context) =>
    embeddedCMaps(context).flatMap(({ stream, program, label }) => {
      const names = [referencedName(stream.dict), ...program.uses].filter(
        (name): name is string => name !== undefined,
      );
      const other = names.filter((name) => !PREDEFINED_CMAPS.has(name));
      return other.length > 0
        ? [{ message: `The CMap references ${other.join(', ')}, not a predefined CMap.`, object: label }]
        : [];
    }),
  ),
];
