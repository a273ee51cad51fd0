import { PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { minimalPdfA, TEST_NAMESPACES, xmpPacket } from './__fixtures__/minimal-pdfa.js';
import { checkPdfA } from './check-pdfa.js';

const HEADER = 'begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"';

async function packetRules(
  xmp: string | Uint8Array,
  where: 'catalog' | 'page' | 'page without Type and Subtype' = 'catalog',
): Promise<string[]> {
  const bytes = typeof xmp === 'string' ? new TextEncoder().encode(xmp) : xmp;
  const pdf = await minimalPdfA({
    decorate: (context, page) => {
      if (where === 'catalog') return;
      const stream = context.stream(bytes, where === 'page' ? { Type: 'Metadata', Subtype: 'XML' } : {});
      page.node.set(PDFName.of('Metadata'), context.register(stream));
    },
    ...(where === 'catalog' ? { xmp: bytes } : {}),
  });
  const report = await checkPdfA(pdf);
  return [
    ...new Set(report.failures.map((failure) => failure.rule).filter((rule) => rule.startsWith('6.6.2.1'))),
  ];
}

const sibling = (body: string) =>
  `<rdf:Description rdf:about="" xmlns:dc="${TEST_NAMESPACES.dc}">${body}</rdf:Description>`;

describe('checkPdfA on XMP packets (6.6.2.1)', () => {
  it.each([
    ['a packet in one description', xmpPacket()],
    [
      'descriptions sharing rdf:about',
      xmpPacket('', { siblings: sibling('<dc:format>application/pdf</dc:format>') }),
    ],
    [
      'a struct written with parseType Resource',
      xmpPacket('<xmpTPg:MaxPageSize rdf:parseType="Resource"><stDim:w>1</stDim:w></xmpTPg:MaxPageSize>'),
    ],
  ])('accepts %s', async (_name, xmp) => {
    expect(await packetRules(xmp)).toEqual([]);
  });

  it.each([
    ['a bytes attribute in the header', xmpPacket('', { header: `${HEADER} bytes="1024"` }), ['6.6.2.1-2']],
    [
      'an encoding attribute in the header',
      xmpPacket('', { header: `${HEADER} encoding="UTF-8"` }),
      ['6.6.2.1-3'],
    ],
    ['XML that is not well-formed', xmpPacket('<dc:format>application/pdf</dc:formt>'), ['6.6.2.1-4']],
    // Passed by fast-xml-parser's validator, refused by its parser: a failure, not an exception.
    [
      'a processing instruction without its closing quote',
      xmpPacket().replace('<?xpacket end="w"?>', '<?xpacket end="w?>'),
      ['6.6.2.1-4'],
    ],
    [
      'a parseType Literal property',
      xmpPacket('<dc:source rdf:parseType="Literal"><b>x</b></dc:source>'),
      ['6.6.2.1-4'],
    ],
    ['an rdf:li outside an array', xmpPacket('<rdf:li>x</rdf:li>'), ['6.6.2.1-4']],
    [
      'a top-level typed node',
      xmpPacket('', { siblings: `<dc:Thing rdf:about="" xmlns:dc="${TEST_NAMESPACES.dc}"/>` }),
      ['6.6.2.1-4'],
    ],
    [
      'descriptions with different rdf:about',
      xmpPacket('', {
        siblings: sibling('<dc:format>application/pdf</dc:format>').replace(
          'rdf:about=""',
          'rdf:about="uuid:1"',
        ),
      }).replace('rdf:about=""', 'rdf:about="uuid:2"'),
      ['6.6.2.1-4'],
    ],
    [
      'a property written twice',
      xmpPacket('', {
        siblings: sibling('<dc:format>a/b</dc:format>') + sibling('<dc:format>a/b</dc:format>'),
      }),
      ['6.6.2.1-4'],
    ],
    [
      'an obsolete rdf:bagID',
      xmpPacket('', { siblings: '<rdf:Description rdf:about="" rdf:bagID="b"/>' }),
      ['6.6.2.1-4'],
    ],
  ])('fails %s', async (_name, xmp, rules) => {
    expect(await packetRules(xmp)).toEqual(rules);
  });

  it('fails a UTF-16 packet (6.6.2.1-5)', async () => {
    const text = xmpPacket();
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xfe, 0xff]);
    for (let index = 0; index < text.length; index++) {
      utf16[2 + index * 2] = text.charCodeAt(index) >> 8;
      utf16[3 + index * 2] = text.charCodeAt(index) & 0xff;
    }
    expect(await packetRules(utf16)).toContain('6.6.2.1-5');
  });

  it('checks the packets of pages too', async () => {
    expect(await packetRules(xmpPacket('', { header: `${HEADER} encoding="UTF-8"` }), 'page')).toEqual([
      '6.6.2.1-3',
    ]);
  });

  it('judges no packet of a stream under /Metadata without Type /Metadata and Subtype /XML (veraPDF: no XMP package)', async () => {
    const broken = xmpPacket('<dc:format>application/pdf</dc:formt>', { header: `${HEADER} bytes="1024"` });
    expect(await packetRules(broken, 'page without Type and Subtype')).toEqual([]);
    expect(await packetRules(broken, 'page')).toEqual(['6.6.2.1-2', '6.6.2.1-4']);
  });
});
