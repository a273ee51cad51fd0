import { findForbiddenXmlCharacter } from '@sohoa/base';
import { XmlDocument } from 'libxml2-wasm';
import { describe, expect, it } from 'vitest';
import { randomUnicode } from '../../../fixtures/random-unicode.js';
import { type OcrPage, toAlto, toHocr } from '../src/index.js';

const box = { x0: 10, y0: 20, x1: 110, y1: 60 };

/** A one-word page whose word text and image name are given. */
function pageWith(text: string): OcrPage {
  const word = { text, confidence: 91, box };
  const line = {
    text,
    confidence: 91,
    box,
    baseline: { x0: 10, y0: 55, x1: 110, y1: 55 },
    rowHeight: 40,
    words: [word],
  };
  const paragraph = { text, confidence: 91, box, lines: [line] };
  return {
    width: 200,
    height: 100,
    dpi: 300,
    text,
    confidence: 91,
    blocks: [{ text, confidence: 91, box, paragraphs: [paragraph] }],
  } as unknown as OcrPage;
}

const asRead = (text: string): string => text.replace(/^\uFEFF/, '');

/**
 * Parses with libxml2 (a real, strict parser) and returns what the XPath reads. libxml2-wasm
 * drops a U+FEFF that starts an element's text (as a byte-order mark) but not an attribute's, so
 * both sides are compared without one: {@link asRead}.
 */
function read(xml: string, xpath: string, namespaces: Record<string, string>): string | undefined {
  const document = XmlDocument.fromString(xml);
  try {
    const found = document.get(xpath, namespaces);
    return found === null ? undefined : asRead(found.content);
  } finally {
    document.dispose();
  }
}

const ALTO = { a: 'http://www.loc.gov/standards/alto/ns-v4#' };
const XHTML = { h: 'http://www.w3.org/1999/xhtml' };

describe('ALTO and hOCR with random Unicode (property test, seeded)', () => {
  it('write text exactly as given, or refuse a character XML forbids with XML_CHARACTER_FORBIDDEN', () => {
    const next = randomUnicode(18);
    let written = 0;
    let refused = 0;
    for (let run = 0; run < 300; run++) {
      const text = next();
      const image = next();
      const page = pageWith(text);
      if (findForbiddenXmlCharacter(text) || findForbiddenXmlCharacter(image)) {
        refused += 1;
        expect(() => toAlto(page, { images: [image] })).toThrow(
          expect.objectContaining({ code: 'XML_CHARACTER_FORBIDDEN' }),
        );
        expect(() => toHocr(page, { images: [image] })).toThrow(
          expect.objectContaining({ code: 'XML_CHARACTER_FORBIDDEN' }),
        );
        continue;
      }
      written += 1;
      const alto = toAlto(page, { images: [image] });
      expect(read(alto, '//a:String/@CONTENT', ALTO)).toBe(asRead(text));
      expect(read(alto, '//a:sourceImageInformation/a:fileName', ALTO)).toBe(asRead(image));
      const hocr = toHocr(page, { images: [image] });
      expect(read(hocr, "//h:span[@class='ocrx_word']", XHTML)).toBe(asRead(text));
      expect(read(hocr, "//h:div[@class='ocr_page']/@title", XHTML)).toBe(
        `image "${image}"; bbox 0 0 200 100; ppageno 0; scan_res 300 300`,
      );
    }
    expect(written).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(50);
  });
});
