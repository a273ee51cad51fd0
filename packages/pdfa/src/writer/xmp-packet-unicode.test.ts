import { findForbiddenXmlCharacter } from '@sohoa/base';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { randomUnicode } from '../../../../fixtures/random-unicode.js';
import { formatPdfDates } from './pdf-dates.js';
import { buildXmpPacket, type XmpFields } from './xmp-packet.js';

// Character references (&#13;) decoded, as every XML parser must; values not trimmed.
const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  trimValues: false,
  htmlEntities: true,
  ignorePiTags: true,
});

/** The title and keywords as an XML parser reads them from the packet. */
function readBack(packet: string): { title: unknown; keywords: unknown } {
  const description = parser.parse(packet)['x:xmpmeta']['rdf:RDF']['rdf:Description'];
  return {
    title: description['dc:title']['rdf:Alt']['rdf:li']['#text'] ?? '',
    keywords: description['pdf:Keywords'],
  };
}
const dates = formatPdfDates(new Date('2025-08-01T09:00:00+07:00'));

function fields(title: string, keywords: string): XmpFields {
  return {
    title,
    keywords,
    language: 'vi',
    creatorTool: 'sohoa',
    producer: 'sohoa @sohoa/pdfa',
    created: dates,
    modified: dates,
    documentId: 'uuid:9c13e70e-4c9f-4a3e-8d4b-1f2a3b4c5d6e',
    instanceId: 'uuid:9c13e70e-4c9f-4a3e-8d4b-1f2a3b4c5d6f',
    part: 2,
  };
}

describe('the XMP packet with random Unicode (property test, seeded)', () => {
  it('is well-formed and gives back the same title and keywords, or is refused', () => {
    const next = randomUnicode(19005);
    let written = 0;
    for (let run = 0; run < 300; run++) {
      const [title, keywords] = [next(), next()];
      if (findForbiddenXmlCharacter(title) || findForbiddenXmlCharacter(keywords)) {
        expect(() => buildXmpPacket(fields(title, keywords))).toThrow(
          expect.objectContaining({ code: 'XML_CHARACTER_FORBIDDEN' }),
        );
        continue;
      }
      written += 1;
      const packet = buildXmpPacket(fields(title, keywords));
      expect(XMLValidator.validate(packet)).toBe(true);
      expect(readBack(packet)).toEqual({ title, keywords });
    }
    expect(written).toBeGreaterThan(100);
  });

  it('names the field of a refused character', () => {
    expect(() => buildXmpPacket(fields('Hồ sơ\u000Bnăm 2001', ''))).toThrow(
      /the PDF title \(dc:title\) holds the character U\+000B at position 6/,
    );
  });
});
