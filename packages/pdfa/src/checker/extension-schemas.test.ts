import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { checkPdfA } from './check-pdfa.js';

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

interface Description {
  schema?: string;
  property?: string;
  valueType?: string;
  value?: string;
}

/** A conforming PDF/A-2b skeleton whose XMP carries one custom property and its extension description. */
async function pdfWith(description: Description = {}): Promise<Uint8Array> {
  const property =
    description.property ??
    `<pdfaProperty:name>pageTotal</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>
     <pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>Số trang</pdfaProperty:description>`;
  const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="${RDF}">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" pdfaid:part="2" pdfaid:conformance="B"/>
<rdf:Description rdf:about="" xmlns:hoso="https://sohoa.vn/ns/xmp/hoso/1.0/"><hoso:pageTotal>${description.value ?? '3'}</hoso:pageTotal></rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
  xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#"
  xmlns:pdfaType="http://www.aiim.org/pdfa/ns/type#" xmlns:pdfaField="http://www.aiim.org/pdfa/ns/field#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
  ${description.schema ?? '<pdfaSchema:schema>Hồ sơ</pdfaSchema:schema>'}
  <pdfaSchema:namespaceURI>https://sohoa.vn/ns/xmp/hoso/1.0/</pdfaSchema:namespaceURI>
  <pdfaSchema:prefix>hoso</pdfaSchema:prefix>
  <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">${property}</rdf:li></rdf:Seq></pdfaSchema:property>
  ${description.valueType ?? ''}
</rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>
</rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;
  const document = await PDFDocument.create({ updateMetadata: false });
  document.addPage([200, 200]);
  const { context, catalog } = document;
  catalog.set(
    PDFName.of('Metadata'),
    context.register(context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' })),
  );
  const id = PDFHexString.of('00112233445566778899aabbccddeeff');
  context.trailerInfo.ID = context.obj([id, id]);
  return document.save({ useObjectStreams: false });
}

async function extensionFailures(description: Description): Promise<string[]> {
  const report = await checkPdfA(await pdfWith(description));
  return [
    ...new Set(report.failures.map((failure) => failure.rule).filter((rule) => rule.startsWith('6.6.2.3'))),
  ];
}

describe('checkPdfA on pdfaExtension schema descriptions', () => {
  it('accepts a complete description and a value of the declared type', async () => {
    expect(await extensionFailures({})).toEqual([]);
  });

  it.each([
    ['a schema without pdfaSchema:schema', { schema: '' }, ['6.6.2.3.3-2']],
    [
      'a field no table defines',
      { schema: '<pdfaSchema:schema>x</pdfaSchema:schema><pdfaSchema:version>1</pdfaSchema:version>' },
      ['6.6.2.3.2-1'],
    ],
    [
      'a property without a category',
      {
        property:
          '<pdfaProperty:name>pageTotal</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType><pdfaProperty:description>d</pdfaProperty:description>',
      },
      ['6.6.2.3.3-3', '6.6.2.3.3-9'],
    ],
    [
      'an undefined value type',
      {
        property:
          '<pdfaProperty:name>pageTotal</pdfaProperty:name><pdfaProperty:valueType>Number</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>d</pdfaProperty:description>',
      },
      ['6.6.2.3.1-1', '6.6.2.3.3-3', '6.6.2.3.3-8'],
    ],
    [
      'a category other than internal or external',
      {
        property:
          '<pdfaProperty:name>pageTotal</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType><pdfaProperty:category>public</pdfaProperty:category><pdfaProperty:description>d</pdfaProperty:description>',
      },
      ['6.6.2.3.3-3', '6.6.2.3.3-9'],
    ],
    ['a value that is not of the declared type', { value: 'ba' }, ['6.6.2.3.1-2']],
    [
      'a ValueType without pdfaType:prefix and a Field without description',
      {
        valueType: `<pdfaSchema:valueType><rdf:Seq><rdf:li rdf:parseType="Resource">
          <pdfaType:type>Page</pdfaType:type><pdfaType:namespaceURI>https://sohoa.vn/ns/page#</pdfaType:namespaceURI>
          <pdfaType:description>d</pdfaType:description>
          <pdfaType:field><rdf:Seq><rdf:li rdf:parseType="Resource"><pdfaField:name>n</pdfaField:name><pdfaField:valueType>Text</pdfaField:valueType></rdf:li></rdf:Seq></pdfaType:field>
        </rdf:li></rdf:Seq></pdfaSchema:valueType>`,
      },
      ['6.6.2.3.3-4', '6.6.2.3.3-5', '6.6.2.3.3-13', '6.6.2.3.3-18'],
    ],
  ] as [string, Description, string[]][])('fails %s', async (_name, description, rules) => {
    expect((await extensionFailures(description)).sort()).toEqual(rules.sort());
  });
});
