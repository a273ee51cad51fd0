import { type LimitViolation, lengthViolation, numberViolation } from './operand-limits.js';

/** A name operand (`/F1`), decoded. */
export interface NameOperand {
  name: string;
}
/** A string operand, as bytes. */
export interface StringOperand {
  bytes: Uint8Array;
}
/** A dictionary operand (inline image parameters, marked-content properties). */
export interface DictOperand {
  dict: Map<string, Operand>;
}
/** Any operand of a content-stream operator. */
export type Operand = number | boolean | null | NameOperand | StringOperand | DictOperand | Operand[];

/** One operator with its operands; inline images come as `BI` with their parameters as a dictionary. */
export interface ContentOperation {
  operator: string;
  operands: Operand[];
  /** Operands (nested ones included) beyond the implementation limits of 6.1.13, when there are any. */
  limits?: LimitViolation[];
  /** Hexadecimal string operands that break 6.1.6 (1: odd digit count, 2: a non-hexadecimal character). */
  hexStrings?: HexStringViolation[];
  /** Offset in the stream just past the operator (past the data of an inline image). */
  end: number;
}

/** A hexadecimal string against ISO 19005-2 6.1.6 (veraPDF's `hexCount` and `isHexSymbols`). */
export interface HexStringViolation {
  test: 1 | 2;
  /** The non-white-space characters between `<` and `>`. */
  count: number;
}

/** Operands kept for one operator, and items for one array: a real content stream needs far fewer. */
const MAX_OPERANDS = 65_536;
/** Array and dictionary nesting followed; deeper openings are read as (undefined) operators. */
const MAX_NESTING = 64;
const LATIN1 = new TextDecoder('latin1');
const CHARACTERS = Array.from({ length: 256 }, (_, code) => String.fromCharCode(code));
const ESCAPES: Record<number, number> = { 110: 10, 114: 13, 116: 9, 98: 8, 102: 12 };
const HEX_DIGIT: Record<number, number> = Object.fromEntries(
  [...'0123456789abcdefABCDEF'].map((character) => [character.charCodeAt(0), Number.parseInt(character, 16)]),
);

/** A byte array that grows by doubling. */
class ByteBuffer {
  private buffer = new Uint8Array(16);
  length = 0;

  push(byte: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = byte;
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

const WHITESPACE = 1;
const DELIMITER = 2;
/** Each byte's class (ISO 32000-1 7.2.2): 0 regular, 1 white-space, 2 delimiter. */
const BYTE_CLASS = new Uint8Array(256);
for (const code of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) BYTE_CLASS[code] = WHITESPACE;
for (const code of [0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]) BYTE_CLASS[code] = DELIMITER;
/** Digits read before a number is handed to `Number` (beyond, doubles lose integer precision). */
const MAX_FAST_DIGITS = 15;

function isRegular(code: number | undefined): boolean {
  return code !== undefined && BYTE_CLASS[code] === 0;
}

function isWhitespace(code: number): boolean {
  return BYTE_CLASS[code] === WHITESPACE;
}

class Tokenizer {
  position = 0;
  private depth = 0;
  /** Limits broken by the tokens read since the last operator. */
  limits: LimitViolation[] = [];
  /** 6.1.6 problems of the hexadecimal strings read since the last operator. */
  hexStrings: HexStringViolation[] = [];

  private check(violation: LimitViolation | undefined): void {
    if (violation) this.limits.push(violation);
  }
  constructor(readonly bytes: Uint8Array) {}

  /** Reads an array or dictionary, or past {@link MAX_NESTING} levels returns its opening as a keyword. */
  nested(read: () => Operand, opening: string): Operand | string {
    if (this.depth >= MAX_NESTING) return opening;
    this.depth++;
    try {
      return read();
    } finally {
      this.depth--;
    }
  }

  skipSpace(): void {
    const { bytes } = this;
    while (this.position < bytes.length) {
      const code = bytes[this.position] ?? 0;
      if (isWhitespace(code)) this.position++;
      else if (code === 0x25) {
        while (
          this.position < bytes.length &&
          bytes[this.position] !== 0x0a &&
          bytes[this.position] !== 0x0d
        ) {
          this.position++;
        }
      } else break;
    }
  }

  regularToken(): string {
    const start = this.position;
    while (isRegular(this.bytes[this.position])) this.position++;
    const length = this.position - start;
    if (length === 1) return CHARACTERS[this.bytes[start] ?? 0] ?? '';
    const token = this.bytes.subarray(start, this.position);
    return length < 1024
      ? String.fromCharCode.apply(null, token as unknown as number[])
      : LATIN1.decode(token);
  }

  /**
   * A number token read from its bytes (`[+-]digits[.digits]`, ISO 32000-1 7.3.3) without making a
   * string; `undefined`, with the position unchanged, when the token is something else.
   */
  number(): number | undefined {
    const { bytes } = this;
    let position = this.position;
    const sign = bytes[position] === 0x2d ? -1 : 1;
    if (bytes[position] === 0x2d || bytes[position] === 0x2b) position++;
    let whole = 0;
    let fraction = 0;
    let scale = 1;
    let digits = 0;
    let real = false;
    for (; position < bytes.length; position++) {
      const code = bytes[position] as number;
      if (code >= 0x30 && code <= 0x39) {
        digits++;
        if (real) {
          fraction = fraction * 10 + code - 0x30;
          scale *= 10;
        } else whole = whole * 10 + code - 0x30;
      } else if (code === 0x2e && !real) real = true;
      else break;
    }
    if (digits === 0 || digits > MAX_FAST_DIGITS || isRegular(bytes[position])) return undefined;
    this.position = position;
    const value = sign * (whole + fraction / scale);
    this.check(numberViolation(value, real));
    return value;
  }

  literalString(): StringOperand {
    const out = new ByteBuffer();
    let depth = 1;
    this.position++;
    while (this.position < this.bytes.length && depth > 0) {
      const code = this.bytes[this.position++] ?? 0;
      if (code === 0x5c) {
        const next = this.bytes[this.position++] ?? 0;
        if (next >= 0x30 && next <= 0x37) {
          let octal = next - 0x30;
          for (let digits = 1; digits < 3; digits++) {
            const digit = this.bytes[this.position] ?? 0;
            if (digit < 0x30 || digit > 0x37) break;
            octal = octal * 8 + digit - 0x30;
            this.position++;
          }
          out.push(octal & 0xff);
        } else if (next === 0x0d || next === 0x0a) {
          if (next === 0x0d && this.bytes[this.position] === 0x0a) this.position++;
        } else out.push(ESCAPES[next] ?? next);
      } else {
        if (code === 0x28) depth++;
        if (code === 0x29) depth--;
        if (depth > 0) out.push(code);
      }
    }
    this.check(lengthViolation('string', out.length));
    return { bytes: out.bytes() };
  }

  hexString(): StringOperand {
    this.position++;
    const out = new ByteBuffer();
    let high = -1;
    let count = 0;
    let foreign = false;
    while (this.position < this.bytes.length && this.bytes[this.position] !== 0x3e) {
      const code = this.bytes[this.position++] ?? 0;
      const digit = HEX_DIGIT[code] ?? -1;
      if (!isWhitespace(code)) count++;
      if (digit < 0) {
        foreign ||= !isWhitespace(code);
        continue;
      }
      if (high < 0) high = digit;
      else {
        out.push(high * 16 + digit);
        high = -1;
      }
    }
    this.position++;
    if (count % 2 === 1) this.hexStrings.push({ test: 1, count });
    if (foreign) this.hexStrings.push({ test: 2, count });
    if (high >= 0) out.push(high * 16);
    this.check(lengthViolation('string', out.length));
    return { bytes: out.bytes() };
  }

  /** The next operand, or an operator name (as a string) when the token is a keyword. */
  next(): Operand | string | undefined {
    this.skipSpace();
    const code = this.bytes[this.position];
    if (code === undefined) return undefined;
    if (code === 0x2f) {
      this.position++;
      const name = this.regularToken().replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      );
      this.check(lengthViolation('name', name.length));
      return { name };
    }
    if (code === 0x28) return this.literalString();
    if (code === 0x3c && this.bytes[this.position + 1] === 0x3c) {
      this.position += 2;
      return this.nested(() => this.dictionary('>>'), '<<');
    }
    if (code === 0x3c) return this.hexString();
    if (code === 0x5b) {
      this.position++;
      return this.nested(() => {
        const items: Operand[] = [];
        for (;;) {
          const item = this.next();
          if (item === undefined || item === ']') return items;
          if (typeof item !== 'string' && items.length < MAX_OPERANDS) items.push(item);
        }
      }, '[');
    }
    if (code === 0x3e && this.bytes[this.position + 1] === 0x3e) {
      this.position += 2;
      return '>>';
    }
    if (code === 0x5d || code === 0x3e || code === 0x7b || code === 0x7d || code === 0x29) {
      this.position++;
      return String.fromCharCode(code);
    }
    if ((code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d || code === 0x2e) {
      const value = this.number();
      if (value !== undefined) return value;
    }
    const token = this.regularToken();
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(token)) {
      const value = Number(token);
      this.check(numberViolation(value, token.includes('.')));
      return value;
    }
    if (token === 'true' || token === 'false') return token === 'true';
    if (token === 'null') return null;
    return token === '' ? String.fromCharCode(this.bytes[this.position++] ?? 0) : token;
  }

  dictionary(end: string): DictOperand {
    const dict = new Map<string, Operand>();
    for (;;) {
      const key = this.next();
      if (key === undefined || key === end) return { dict };
      if (typeof key === 'object' && key !== null && 'name' in key) {
        const value = this.next();
        if (value === undefined) return { dict };
        dict.set(key.name, typeof value === 'string' ? { name: value } : value);
      }
    }
  }

  /** Skips inline image data after `ID` up to the `EI` that ends it. */
  skipInlineImageData(): void {
    const { bytes } = this;
    this.position++;
    while (this.position < bytes.length) {
      if (
        bytes[this.position] === 0x45 &&
        bytes[this.position + 1] === 0x49 &&
        isWhitespace(bytes[this.position - 1] ?? 0) &&
        (this.position + 2 >= bytes.length || isWhitespace(bytes[this.position + 2] ?? 0))
      ) {
        this.position += 2;
        return;
      }
      this.position++;
    }
  }
}

/**
 * Splits a decoded content stream into operators and their operands, one operation at a time (so a
 * long stream is never held as a list). Inline image data is skipped; the image's parameters become
 * the single operand of a `BI` operation. At most 65,536 operands (or array items) are kept.
 */
export function* tokenizeContent(bytes: Uint8Array): Generator<ContentOperation> {
  const tokenizer = new Tokenizer(bytes);
  let operands: Operand[] = [];
  for (;;) {
    const token = tokenizer.next();
    if (token === undefined) return;
    if (typeof token !== 'string') {
      if (operands.length < MAX_OPERANDS) operands.push(token);
      continue;
    }
    const limits = tokenizer.limits.length > 0 ? tokenizer.limits : undefined;
    tokenizer.limits = [];
    const hexStrings = tokenizer.hexStrings.length > 0 ? tokenizer.hexStrings : undefined;
    tokenizer.hexStrings = [];
    if (token === 'BI') {
      const parameters = tokenizer.dictionary('ID');
      tokenizer.skipInlineImageData();
      yield { operator: 'BI', operands: [parameters], limits, hexStrings, end: tokenizer.position };
    } else {
      yield { operator: token, operands, limits, hexStrings, end: tokenizer.position };
    }
    operands = [];
  }
}
