import { type ContentOperation, type Operand, tokenizeContent } from '../checker/content-tokens.js';

/** What {@link stripInvisibleText} did to one content stream. */
export interface StrippedContent {
  /** The content without its invisible text objects. */
  bytes: Uint8Array;
  /** How many `BT … ET` objects were removed. */
  removed: number;
  /** Whether text objects that show visible text (or sit inside marked content) were kept. */
  keptText: boolean;
}

const SHOW_TEXT = new Set(['Tj', 'TJ', "'", '"']);
const MARKED_CONTENT = new Set(['BMC', 'BDC', 'EMC']);
/** Operators of the graphics state that outlive a text object and affect what follows it. */
const FILL_COLOUR = new Set(['g', 'rg', 'k', 'sc', 'scn']);
const STROKE_COLOUR = new Set(['G', 'RG', 'K', 'SC', 'SCN']);
const TEXT_STATE = new Set(['Tc', 'Tw', 'Tz', 'TL', 'Tf', 'Tr', 'Ts']);
const ENCODER = new TextEncoder();

/**
 * Removes from a decoded page content stream every text object (`BT … ET`) whose text is all
 * drawn invisible (text render mode 3, an OCR layer), keeping every other byte as it is. What a
 * removed object set that outlives it is written in its place: the last fill and stroke colour
 * (colour operators may sit inside a text object and colour the images drawn after it) and any
 * `gs`; and, when visible text objects are kept, the last value of each text-state operator, so
 * that the kept text is drawn as before. A text object holding marked-content operators is kept
 * (removing it could unbalance the marked content).
 *
 * @example
 * ```ts
 * const { bytes, removed } = stripInvisibleText(new TextEncoder().encode('BT 3 Tr /F0 12 Tf (x) Tj ET q /Im0 Do Q'));
 * // bytes: ' q /Im0 Do Q' (with `3 Tr` and `/F0 12 Tf` dropped: no text is kept), removed: 1
 * ```
 */
export function stripInvisibleText(content: Uint8Array): StrippedContent {
  const operations = [...tokenizeContent(content)];
  const blocks = textObjects(operations);
  const keptText = blocks.some((block) => !block.removable);
  const parts: Uint8Array[] = [];
  let position = 0;
  let removed = 0;
  for (const block of blocks) {
    if (!block.removable) continue;
    parts.push(content.subarray(position, block.start));
    parts.push(ENCODER.encode(residualState(operations.slice(block.first, block.last + 1), keptText)));
    position = block.end;
    removed++;
  }
  parts.push(content.subarray(position));
  return { bytes: Buffer.concat(parts), removed, keptText };
}

interface TextObject {
  /** Indexes of its `BT` and `ET` operations. */
  first: number;
  last: number;
  /** Byte range from the end of the operation before `BT` to the end of `ET`. */
  start: number;
  end: number;
  removable: boolean;
}

/** The stream's text objects, with whether each shows only invisible text. */
function textObjects(operations: ContentOperation[]): TextObject[] {
  const objects: TextObject[] = [];
  const stack: number[] = [];
  let renderMode = 0;
  let open: { first: number; visible: boolean; marked: boolean } | undefined;
  operations.forEach((operation, index) => {
    const { operator, operands } = operation;
    if (operator === 'q') stack.push(renderMode);
    else if (operator === 'Q') renderMode = stack.pop() ?? renderMode;
    else if (operator === 'Tr' && typeof operands[0] === 'number') renderMode = operands[0];
    else if (operator === 'BT') open = { first: index, visible: false, marked: false };
    else if (open && SHOW_TEXT.has(operator) && renderMode !== 3) open.visible = true;
    else if (open && MARKED_CONTENT.has(operator)) open.marked = true;
    else if (open && operator === 'ET') {
      objects.push({
        first: open.first,
        last: index,
        start: operations[open.first - 1]?.end ?? 0,
        end: operation.end,
        removable: !open.visible && !open.marked,
      });
      open = undefined;
    }
  });
  return objects;
}

/** The operators of a removed text object whose effect outlives it, written back as content. */
function residualState(operations: ContentOperation[], keepTextState: boolean): string {
  const last = new Map<string, ContentOperation>();
  const kept: ContentOperation[] = [];
  for (const operation of operations) {
    const { operator } = operation;
    if (operator === 'gs') kept.push(operation);
    else if (FILL_COLOUR.has(operator)) last.set('fill', operation);
    else if (STROKE_COLOUR.has(operator)) last.set('stroke', operation);
    else if (operator === 'cs') last.set('fill-space', operation);
    else if (operator === 'CS') last.set('stroke-space', operation);
    else if (keepTextState && TEXT_STATE.has(operator)) last.set(operator, operation);
  }
  // a colour space (cs/CS) must come before the sc/scn colour that follows it
  const ordered = [...last.entries()].sort(
    ([a], [b]) => Number(!a.endsWith('space')) - Number(!b.endsWith('space')),
  );
  const lines = [...kept, ...ordered.map(([, operation]) => operation)].map((operation) =>
    `${operation.operands.map(formatOperand).join(' ')} ${operation.operator}`.trim(),
  );
  return lines.length === 0 ? '' : `\n${lines.join('\n')}\n`;
}

/** An operand written back as PDF content syntax. */
function formatOperand(operand: Operand): string {
  if (typeof operand === 'number') return String(operand);
  if (typeof operand === 'boolean') return String(operand);
  if (operand === null) return 'null';
  if (Array.isArray(operand)) return `[${operand.map(formatOperand).join(' ')}]`;
  if ('name' in operand) return `/${escapeName(operand.name)}`;
  if ('bytes' in operand) return `<${Buffer.from(operand.bytes).toString('hex')}>`;
  return `<<${[...operand.dict].map(([key, value]) => `/${escapeName(key)} ${formatOperand(value)}`).join(' ')}>>`;
}

function escapeName(name: string): string {
  return [...name]
    .map((character) => {
      const code = character.charCodeAt(0);
      return code < 0x21 || code > 0x7e || '()<>[]{}/%#'.includes(character)
        ? `#${code.toString(16).padStart(2, '0')}`
        : character;
    })
    .join('');
}
