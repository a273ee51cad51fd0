import type { XmlDocument, XmlElement } from 'libxml2-wasm';

/** libxml2 stores a node's line in 16 bits: from this line on, an element's `line` is saturated. */
const SATURATED = 65535;

/** The line of every start tag of `bytes`, in document order (comments, CDATA, PIs skipped). */
function startTagLines(bytes: Uint8Array): Int32Array {
  const lines: number[] = [];
  let line = 1;
  const skipTo = (from: number, end: number[]): number => {
    for (let index = from; index < bytes.length; index++) {
      if (bytes[index] === 0x0a) line++;
      if (end.every((byte, offset) => bytes[index + offset] === byte)) return index + end.length - 1;
    }
    return bytes.length;
  };
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index];
    if (byte === 0x0a) line++;
    else if (byte === 0x3c) {
      const next = bytes[index + 1];
      if (next === 0x21 && bytes[index + 2] === 0x2d) index = skipTo(index + 4, [0x2d, 0x2d, 0x3e]);
      else if (next === 0x21 && bytes[index + 2] === 0x5b) index = skipTo(index + 9, [0x5d, 0x5d, 0x3e]);
      else if (next === 0x3f) index = skipTo(index + 2, [0x3f, 0x3e]);
      else if (next !== 0x2f && next !== 0x21) lines.push(line);
    }
  }
  return Int32Array.from(lines);
}

/**
 * Line numbers of the elements of one parsed document, beyond libxml2's 65,535: an element whose
 * stored line is saturated is located among the start tags of the source text by its position in
 * document order. Built on first need (a document of fewer lines never pays for it).
 */
export class ElementLines {
  private index: Map<number, number> | undefined;
  private lines: Int32Array | undefined;

  constructor(
    private readonly document: XmlDocument,
    private readonly bytes: Uint8Array,
  ) {}

  /** The line of `element` in its source text. */
  of(element: XmlElement): number {
    const stored = element.line;
    if (stored < SATURATED) return stored;
    if (!this.index || !this.lines) {
      this.lines = startTagLines(this.bytes);
      this.index = new Map();
      let position = 0;
      for (const node of this.document.find('//*') as XmlElement[])
        this.index.set(pointerOf(node), position++);
    }
    const position = this.index.get(pointerOf(element));
    return position === undefined ? stored : (this.lines[position] ?? stored);
  }
}

/** The libxml2 node a wrapper stands for (wrappers are created afresh on every access). */
function pointerOf(element: XmlElement): number {
  return (element as unknown as { _nodePtr: number })._nodePtr;
}

let current: ElementLines | undefined;

/**
 * Runs `check` with {@link lineOf} answering for `document` (checks are synchronous: one document
 * at a time).
 */
export function withElementLines<T>(document: XmlDocument, bytes: Uint8Array, check: () => T): T {
  const previous = current;
  current = new ElementLines(document, bytes);
  try {
    return check();
  } finally {
    current = previous;
  }
}

/** The source line of `element` (exact beyond 65,535 inside {@link withElementLines}). */
export function lineOf(element: XmlElement): number;
export function lineOf(element: XmlElement | undefined): number | undefined;
export function lineOf(element: XmlElement | undefined): number | undefined {
  if (element === undefined) return undefined;
  return current ? current.of(element) : element.line;
}
