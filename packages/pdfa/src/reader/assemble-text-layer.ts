import { classifyWord, hasVietnameseMark, type WordCharacterKind } from './layer-characters.js';
import type { PlacedWord } from './layer-words.js';
import type { LayerBox, LayerLine, TextLayerPage, TextLayerProblem } from './text-layer-page.js';

/** The page a layer's words were placed on. */
export interface LayerPageFrame {
  pageNumber: number;
  width: number;
  height: number;
  dpi: number;
  /** Fonts of the page without a Unicode map (see `fontsWithoutUnicode`). */
  fontsWithoutUnicode: string[];
  /** Text runs drawn off the page, which pdf.js leaves out (see `textRunsOutsidePages`); 0 when not counted. */
  runsOutsidePage: number;
}

/** Share of words above which each kind of bad word makes the layer unusable. */
const LIMITS = { unmappable: 0.02, 'legacy-encoding': 0.05, 'other-script': 0.2, outside: 0.1 } as const;
/** A Latin layer with at least this many words and under 5 % of them with a Vietnamese mark is not Vietnamese. */
const MIN_WORDS_FOR_LANGUAGE = 12;

/**
 * Groups a page's placed words into lines (the layer's own line breaks) and paragraphs (a new one
 * where a line does not follow the previous one closely below it), drops words drawn outside the
 * page, and checks the layer.
 */
export function assembleTextLayer(words: PlacedWord[], frame: LayerPageFrame): TextLayerPage {
  const inside = words.filter((word) => {
    const x = (word.box.x0 + word.box.x1) / 2;
    const y = (word.box.y0 + word.box.y1) / 2;
    return x >= 0 && y >= 0 && x <= frame.width && y <= frame.height;
  });
  const kinds = new Map(inside.map((word) => [word, classifyWord(word.text)]));
  const lines: LayerLine[] = [];
  for (const word of inside) {
    const line = lines.at(-1);
    const layerWord = { text: word.text, box: word.box, confidence: kinds.get(word) === 'text' ? 100 : 0 };
    if (!line || word.startsLine) {
      lines.push({
        text: '',
        box: word.box,
        baseline: { ...word.baseline },
        rowHeight: word.rowHeight,
        confidence: 0,
        words: [layerWord],
      });
    } else {
      line.words.push(layerWord);
      line.box = union(line.box, word.box);
      line.baseline = { ...line.baseline, x1: word.baseline.x1, y1: word.baseline.y1 };
      line.rowHeight = Math.max(line.rowHeight, word.rowHeight);
    }
  }
  for (const line of lines) {
    line.text = line.words.map((word) => word.text).join(' ');
    line.confidence = mean(line.words.map((word) => word.confidence));
  }
  const paragraphs: { box: LayerBox; lines: LayerLine[] }[] = [];
  for (const line of lines) {
    const paragraph = paragraphs.at(-1);
    const previous = paragraph?.lines.at(-1);
    const follows =
      previous !== undefined &&
      line.box.y0 >= previous.box.y0 &&
      line.box.y0 - previous.box.y1 < line.rowHeight &&
      line.box.x0 < previous.box.x1 &&
      line.box.x1 > previous.box.x0;
    if (paragraph && follows) {
      paragraph.lines.push(line);
      paragraph.box = union(paragraph.box, line.box);
    } else paragraphs.push({ box: line.box, lines: [line] });
  }
  const allWords = lines.flatMap((line) => line.words);
  const box = paragraphs.map((paragraph) => paragraph.box).reduce(union, paragraphs[0]?.box ?? empty());
  return {
    pageNumber: frame.pageNumber,
    width: frame.width,
    height: frame.height,
    dpi: frame.dpi,
    text: lines.map((line) => line.text).join('\n'),
    confidence: mean(allWords.map((word) => word.confidence)),
    blocks: paragraphs.length > 0 ? [{ box, paragraphs }] : [],
    check: checkLayer(
      words.length + frame.runsOutsidePage,
      words.length - inside.length + frame.runsOutsidePage,
      [...kinds],
      frame,
    ),
  };
}

function checkLayer(
  total: number,
  outside: number,
  kinds: [PlacedWord, WordCharacterKind][],
  frame: LayerPageFrame,
): TextLayerPage['check'] {
  const problems: (TextLayerProblem & { severe: boolean })[] = [];
  const where = `page ${frame.pageNumber}`;
  const whereVi = `trang ${frame.pageNumber}`;
  if (frame.fontsWithoutUnicode.length > 0) {
    problems.push({
      code: 'missing-unicode-map',
      message: `${where}: the text is drawn with composite font(s) ${frame.fontsWithoutUnicode.join(', ')} that have no /ToUnicode map, so its codes are glyph numbers, not text`,
      messageVi: `${whereVi}: chữ được vẽ bằng phông tổ hợp ${frame.fontsWithoutUnicode.join(', ')} không có bảng /ToUnicode, nên mã của nó là số hiệu nét chữ, không phải văn bản`,
      count: frame.fontsWithoutUnicode.length,
      severe: true,
    });
  }
  const count = (kind: WordCharacterKind) => kinds.filter(([, found]) => found === kind).length;
  const share = (n: number) => n / Math.max(1, kinds.length);
  const unmappable = count('unmappable');
  if (share(unmappable) >= LIMITS.unmappable) {
    problems.push({
      code: 'unmappable-characters',
      message: `${where}: ${unmappable} of ${kinds.length} words hold private-use code points, U+FFFD or control characters`,
      messageVi: `${whereVi}: ${unmappable} trên ${kinds.length} chữ chứa mã dùng riêng (private use), U+FFFD hoặc ký tự điều khiển`,
      count: unmappable,
      severe: true,
    });
  }
  const legacy = count('legacy-encoding');
  if (share(legacy) >= LIMITS['legacy-encoding']) {
    problems.push({
      code: 'legacy-encoding',
      message: `${where}: ${legacy} of ${kinds.length} words mix letters with Latin-1 symbols (${sample(kinds, 'legacy-encoding')}): Vietnamese in a legacy encoding (TCVN3, VNI) read as Latin-1`,
      messageVi: `${whereVi}: ${legacy} trên ${kinds.length} chữ lẫn chữ cái với ký hiệu Latin-1 (${sample(kinds, 'legacy-encoding')}): tiếng Việt mã cũ (TCVN3, VNI) bị đọc như Latin-1`,
      count: legacy,
      severe: true,
    });
  }
  const otherScript = count('other-script');
  const latin = kinds.filter(([word, kind]) => kind === 'text' && /\p{L}/u.test(word.text));
  const vietnamese = latin.filter(([word]) => hasVietnameseMark(word.text)).length;
  if (share(otherScript) >= LIMITS['other-script']) {
    problems.push({
      code: 'not-vietnamese',
      message: `${where}: ${otherScript} of ${kinds.length} words are in a script other than Latin (${sample(kinds, 'other-script')})`,
      messageVi: `${whereVi}: ${otherScript} trên ${kinds.length} chữ không viết bằng chữ Latin (${sample(kinds, 'other-script')})`,
      count: otherScript,
      severe: true,
    });
  } else if (latin.length >= MIN_WORDS_FOR_LANGUAGE && vietnamese < latin.length * 0.05) {
    problems.push({
      code: 'not-vietnamese',
      message: `${where}: only ${vietnamese} of ${latin.length} words carry a Vietnamese mark: the layer is in another language, or Vietnamese without its marks`,
      messageVi: `${whereVi}: chỉ ${vietnamese} trên ${latin.length} chữ có dấu tiếng Việt: lớp chữ bằng ngôn ngữ khác, hoặc tiếng Việt không dấu`,
      count: latin.length - vietnamese,
      severe: true,
    });
  }
  if (outside > 0) {
    problems.push({
      code: 'text-outside-page',
      message: `${where}: ${outside} of ${total} words or runs are drawn outside the page and were left out`,
      messageVi: `${whereVi}: ${outside} trên ${total} chữ hoặc đoạn chữ được vẽ ngoài trang và đã bị bỏ qua`,
      count: outside,
      severe: outside / total > LIMITS.outside,
    });
  }
  const empty = total === 0;
  return {
    usable: !empty && problems.every((problem) => !problem.severe),
    empty,
    problems: problems.map(({ severe: _severe, ...problem }) => problem),
  };
}

function sample(kinds: [PlacedWord, WordCharacterKind][], kind: WordCharacterKind): string {
  return kinds
    .filter(([, found]) => found === kind)
    .slice(0, 3)
    .map(([word]) => `"${word.text}"`)
    .join(', ');
}

function union(a: LayerBox, b: LayerBox): LayerBox {
  return {
    x0: Math.min(a.x0, b.x0),
    y0: Math.min(a.y0, b.y0),
    x1: Math.max(a.x1, b.x1),
    y1: Math.max(a.y1, b.y1),
  };
}

function empty(): LayerBox {
  return { x0: 0, y0: 0, x1: 0, y1: 0 };
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
