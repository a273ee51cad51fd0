/** What an {@link XmlStream} reports, element by element. Names are local (prefix removed). */
export interface XmlHandlers {
  /** An element starts; return `true` to get its text through {@link XmlHandlers.text}. */
  open(name: string, attributes: Record<string, string>, selfClosing: boolean): boolean | undefined;
  close?(name: string): void;
  /** The decoded text of an element whose `open` returned `true`, when it closes. */
  text?(text: string): void;
}

/** Longest tag, comment or captured text accepted: far beyond Excel's 32,767 characters a cell. */
const MAX_RUN = 1024 * 1024;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const QUOTE = 34;
const APOSTROPHE = 39;
const BANG = 33;
const SLASH = 47;
const QUESTION = 63;

/** Decodes the five XML entities and character references. */
export function decodeXmlText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Thrown by {@link XmlStream} for XML it does not read; the caller names the file. */
export class XmlStreamError extends Error {}

/**
 * A streaming reader of the XML that spreadsheets are made of (OOXML parts): fed text chunk by
 * chunk, it reports elements as they end in the input and never holds more than one tag, comment
 * or captured text (each capped at 1 MiB), so memory stays bounded whatever the part's size. Text
 * is only kept for the elements asked for (the cells' `<v>`, `<t>`, `<f>`).
 * Document type declarations are refused: OOXML has none, and refusing them rules out entity
 * expansion attacks.
 */
export class XmlStream {
  private capture = false;
  private buffer = '';
  private text = '';

  constructor(private readonly handlers: XmlHandlers) {}

  /** Reads a chunk of the document. */
  write(chunk: string): void {
    const input = this.buffer + chunk;
    let position = 0;
    for (;;) {
      const open = input.indexOf('<', position);
      if (open === -1) {
        this.keepText(input.slice(position));
        position = input.length;
        break;
      }
      if (open > position) this.keepText(input.slice(position, open));
      const end = this.markupEnd(input, open);
      if (end === -1) {
        position = open;
        break;
      }
      this.markup(input, open, end);
      position = end;
    }
    this.buffer = input.slice(position);
    if (this.buffer.length > MAX_RUN)
      throw new XmlStreamError(`a tag or comment longer than ${MAX_RUN} characters`);
  }

  /** Ends the document. */
  end(): void {
    if (this.buffer.trim() !== '') throw new XmlStreamError('the XML ends inside a tag');
  }

  private keepText(raw: string): void {
    if (!this.capture) return;
    this.text += raw;
    if (this.text.length > MAX_RUN) throw new XmlStreamError(`a text longer than ${MAX_RUN} characters`);
  }

  /** The index after the markup starting at `open`, or -1 when the input ends first. */
  private markupEnd(input: string, open: number): number {
    if (input.startsWith('<!', open)) {
      if (input.startsWith('<!--', open)) {
        const close = input.indexOf('-->', open + 4);
        return close === -1 ? -1 : close + 3;
      }
      if (input.length - open < 9) return -1;
      if (!input.startsWith('<![CDATA[', open)) {
        throw new XmlStreamError('a document type declaration (not used by spreadsheets)');
      }
      const close = input.indexOf(']]>', open + 9);
      return close === -1 ? -1 : close + 3;
    }
    const close = input.indexOf('>', open);
    if (close === -1) return -1;
    let quotes = 0;
    let apostrophe = false;
    for (let index = open + 1; index < close; index++) {
      const code = input.charCodeAt(index);
      if (code === QUOTE) quotes++;
      else if (code === APOSTROPHE) apostrophe = true;
    }
    if (quotes % 2 === 0 && !apostrophe) return close + 1; // the first '>' is outside quotes
    let quote = '';
    for (let index = open + 1; index < input.length; index++) {
      const char = input[index];
      if (quote) {
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '>') return index + 1;
    }
    return -1;
  }

  /** Reads the markup `input[start, end)`: a declaration, comment, CDATA section or tag. */
  private markup(input: string, start: number, end: number): void {
    const second = input.charCodeAt(start + 1);
    if (second === QUESTION) return;
    if (second === BANG) {
      // A comment or a CDATA section: markupEnd refuses any other declaration.
      if (this.capture && input.startsWith('<![CDATA[', start))
        this.text += input.slice(start + 9, end - 3).replaceAll('&', '&amp;');
      return;
    }
    if (second === SLASH) {
      const name = localName(input.slice(start + 2, end - 1).trim());
      this.flushText();
      this.handlers.close?.(name);
      return;
    }
    const selfClosing = end - start > 2 && input.charCodeAt(end - 2) === SLASH;
    const body = input.slice(start + 1, selfClosing ? end - 2 : end - 1);
    const space = body.search(/\s/);
    const name = localName(space === -1 ? body : body.slice(0, space));
    if (!name) throw new XmlStreamError(`a malformed tag "${input.slice(start, Math.min(end, start + 40))}"`);
    const attributes: Record<string, string> = {};
    if (space !== -1) {
      // One pattern reused (matchAll would copy it for every tag); it never matches empty text.
      const list = body.slice(space);
      ATTRIBUTE.lastIndex = 0;
      for (let match = ATTRIBUTE.exec(list); match; match = ATTRIBUTE.exec(list)) {
        attributes[match[1] as string] = decodeXmlText(match[2] ?? match[3] ?? '');
      }
    }
    this.text = '';
    this.capture = this.handlers.open(name, attributes, selfClosing) === true && !selfClosing;
    if (selfClosing) this.handlers.close?.(name);
  }

  private flushText(): void {
    if (this.capture) this.handlers.text?.(decodeXmlText(this.text));
    this.capture = false;
    this.text = '';
  }
}
