/** A cursor over a date string, reading digit runs as XMPCore's `ISO8601Converter` does. */
class DateCursor {
  position = 0;

  constructor(private readonly text: string) {}

  get current(): string {
    return this.text[this.position] ?? '';
  }

  get more(): boolean {
    return this.position < this.text.length;
  }

  /** Reads a run of digits; `false` when there is none (values above the maximum are clamped, not refused). */
  digits(): boolean {
    const start = this.position;
    while (/[0-9]/.test(this.current)) this.position++;
    return this.position > start;
  }

  /** Whether the current character is one of `characters` (false at the end). */
  is(characters: string): boolean {
    return this.more && characters.includes(this.current);
  }
}

function timeZone(cursor: DateCursor): boolean {
  if (cursor.is('Z')) cursor.position++;
  else if (cursor.is('+-')) {
    cursor.position++;
    if (!cursor.digits() || !cursor.is(':')) return false;
    cursor.position++;
    if (!cursor.digits()) return false;
  }
  return !cursor.more;
}

/** `hh:mm`, optional `:ss` and `.s…`, optional time zone. */
function time(cursor: DateCursor): boolean {
  if (!cursor.digits() || !cursor.is(':')) return false;
  cursor.position++;
  if (!cursor.digits()) return false;
  if (cursor.is(':')) {
    cursor.position++;
    if (!cursor.digits()) return false;
    if (cursor.is('.')) {
      cursor.position++;
      if (!cursor.digits()) return false;
    }
  }
  return timeZone(cursor);
}

/**
 * Whether `text` is an XMP `Date` as XMPCore's ISO 8601 parser (the one veraPDF validates with)
 * accepts it: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, then `Thh:mm`, `:ss`, `.s…` and a time zone (`Z` or
 * `±hh:mm`). The empty string is accepted, as XMPCore does; out-of-range numbers are
 * clamped by it, so only the shape is checked.
 */
export function isXmpDate(text: string): boolean {
  if (text === '') return true;
  const cursor = new DateCursor(text);
  if (cursor.is('-')) cursor.position++;
  for (const [index, after] of ['-', '-', 'T'].entries()) {
    if (!cursor.digits()) return false;
    if (!cursor.more) return true;
    if (cursor.current !== after) return false;
    cursor.position++;
    if (index === 2) return time(cursor);
  }
  return false;
}
