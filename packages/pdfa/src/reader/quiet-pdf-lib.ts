/** What pdf-lib's parser prints with `console.warn` while it repairs a damaged file. */
const PDF_LIB_WARNINGS = [
  /^Trying to parse invalid object: /,
  /^Invalid object ref: /,
  /^Removing parsed object: /,
  /^Parsed number that is too large for some PDF readers: /,
];

let depth = 0;
let original: typeof console.warn | undefined;

/**
 * Runs `parse` (a pdf-lib load or parse) with pdf-lib's repair warnings kept off the console, so
 * that sohoa's output is sohoa's alone: a damaged PDF is reported by sohoa's own coded error, not
 * preceded by "Trying to parse invalid object …" lines on stderr. Other warnings pass through.
 *
 * @example
 * ```ts
 * const document = await quietPdfLib(() => PDFDocument.load(bytes, { updateMetadata: false }));
 * ```
 */
export async function quietPdfLib<T>(parse: () => Promise<T>): Promise<T> {
  if (depth++ === 0) {
    const warn = console.warn;
    original = warn;
    console.warn = (...args: unknown[]) => {
      const first = args[0];
      if (typeof first === 'string' && PDF_LIB_WARNINGS.some((pattern) => pattern.test(first))) return;
      warn.apply(console, args);
    };
  }
  try {
    return await parse();
  } finally {
    if (--depth === 0 && original) {
      console.warn = original;
      original = undefined;
    }
  }
}
