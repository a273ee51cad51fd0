import { describe, expect, it } from 'vitest';
import { minimalPdfA, TEST_NAMESPACES, xmpPacket } from './__fixtures__/minimal-pdfa.js';
import { checkPdfA } from './check-pdfa.js';

const EXTENSION = `<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
  <pdfaSchema:schema>Hồ sơ</pdfaSchema:schema>
  <pdfaSchema:namespaceURI>https://sohoa.vn/ns/xmp/hoso/1.0/</pdfaSchema:namespaceURI>
  <pdfaSchema:prefix>hoso</pdfaSchema:prefix>
  <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
    <pdfaProperty:name>pageTotal</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>
    <pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>Số trang</pdfaProperty:description>
  </rdf:li><rdf:li rdf:parseType="Resource">
    <pdfaProperty:name>box</pdfaProperty:name><pdfaProperty:valueType>Box</pdfaProperty:valueType>
    <pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>Hộp</pdfaProperty:description>
  </rdf:li></rdf:Seq></pdfaSchema:property>
  <pdfaSchema:valueType><rdf:Seq><rdf:li rdf:parseType="Resource">
    <pdfaType:type>Box</pdfaType:type><pdfaType:namespaceURI>https://sohoa.vn/ns/box#</pdfaType:namespaceURI>
    <pdfaType:prefix>box</pdfaType:prefix><pdfaType:description>Hộp lưu trữ</pdfaType:description>
    <pdfaType:field><rdf:Seq><rdf:li rdf:parseType="Resource">
      <pdfaField:name>number</pdfaField:name><pdfaField:valueType>Integer</pdfaField:valueType>
      <pdfaField:description>Số hộp</pdfaField:description>
    </rdf:li></rdf:Seq></pdfaType:field>
  </rdf:li></rdf:Seq></pdfaSchema:valueType>
</rdf:li></rdf:Bag></pdfaExtension:schemas>`;

/** Which 6.6.2.3.1 rules a packet with this body (and the hoso extension schema) breaks. */
async function propertyRules(body: string): Promise<string[]> {
  const [elements, siblings] = body.startsWith('<rdf:Description') ? ['', body] : [body, ''];
  const xmp = xmpPacket(`${elements}${EXTENSION}`, { siblings }).replace(
    'xmlns:pdfaid=',
    'xmlns:hoso="https://sohoa.vn/ns/xmp/hoso/1.0/" xmlns:box="https://sohoa.vn/ns/box#" xmlns:pdfaid=',
  );
  const report = await checkPdfA(await minimalPdfA({ xmp }));
  const rules = report.failures.filter((failure) => failure.rule.startsWith('6.6.2.3'));
  for (const failure of rules) {
    expect(failure.object).toMatch(/ XMP \w+:\w+$/);
    expect(failure.messageVi).toBeTruthy();
  }
  return [...new Set(rules.map((failure) => failure.rule))].sort();
}

const XMPIDQ = 'http://ns.adobe.com/xmp/Identifier/qual/1.0/';
const XMPDM = 'http://ns.adobe.com/xmp/1.0/DynamicMedia/';
const CRS = 'http://ns.adobe.com/camera-raw-settings/1.0/';

const ACCEPTED: [string, string][] = [
  [
    'a Lang Alt title',
    '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Quyết định</rdf:li></rdf:Alt></dc:title>',
  ],
  ['an empty Lang Alt', '<dc:rights><rdf:Alt/></dc:rights>'],
  ['a Seq of ProperName', '<dc:creator><rdf:Seq><rdf:li>UBND tỉnh</rdf:li></rdf:Seq></dc:creator>'],
  [
    'a Bag of Locale',
    '<dc:language><rdf:Bag><rdf:li>vi</rdf:li><rdf:li>en-US</rdf:li></rdf:Bag></dc:language>',
  ],
  ['a MIME type', '<dc:format>application/pdf</dc:format>'],
  [
    'dates of every precision',
    '<xmp:CreateDate>2024</xmp:CreateDate><xmp:ModifyDate>2024-01-02T03:04:05.25+07:00</xmp:ModifyDate><xmp:MetadataDate>2024-01-02T03:04Z</xmp:MetadataDate>',
  ],
  // XMPCore's ISO8601Converter (veraPDF's DateTypeValidator) takes a time without a time zone
  ['a date and time without a time zone', '<xmp:ModifyDate>2024-01-02T03:04:05</xmp:ModifyDate>'],
  [
    'a property written as an attribute',
    `<rdf:Description rdf:about="" xmlns:pdf="${TEST_NAMESPACES.pdf}" pdf:Producer="sohoa"/>`,
  ],
  ['an Integer and a Boolean', '<xmp:Rating>-1</xmp:Rating><xmpRights:Marked>True</xmpRights:Marked>'],
  [
    'a Seq of ResourceEvent structures',
    `<xmpMM:History><rdf:Seq><rdf:li rdf:parseType="Resource"><stEvt:action>created</stEvt:action>
     <stEvt:when>2024-01-02T03:04:05+07:00</stEvt:when></rdf:li></rdf:Seq></xmpMM:History>`,
  ],
  [
    'a ResourceRef as a nested description',
    '<xmpMM:DerivedFrom><rdf:Description stRef:documentID="uuid:1" stRef:instanceID="uuid:2"/></xmpMM:DerivedFrom>',
  ],
  [
    'Dimensions as property attributes of an empty element',
    '<xmpTPg:MaxPageSize stDim:w="210" stDim:h="297.5" stDim:unit="Millimeters"/>',
  ],
  ['a URI as rdf:resource', '<xmpMM:DocumentID rdf:resource="uuid:abc"/>'],
  ['an extension property of its declared type', '<hoso:pageTotal>12</hoso:pageTotal>'],
  ['an extension structure type', '<hoso:box rdf:parseType="Resource"><box:number>4</box:number></hoso:box>'],
  // What the veraPDF corpus (PDF_A-2b 6.6.2.3.1) calls conforming and veraPDF's PDF/A-2 validators accept.
  ['a rating written as a Real (corpus 6-6-2-3-1-t07-pass-m)', '<xmp:Rating>1.0</xmp:Rating>'],
  [
    'identifiers qualified by xmpidq:Scheme through rdf:value',
    `<xmp:Identifier xmlns:xmpidq="${XMPIDQ}"><rdf:Bag><rdf:li rdf:parseType="Resource"><rdf:value>978-604</rdf:value>
     <xmpidq:Scheme>ISBN</xmpidq:Scheme></rdf:li><rdf:li xmpidq:Scheme="URI" rdf:value="urn:x"/></rdf:Bag></xmp:Identifier>`,
  ],
  [
    'a locale with an underscore (veraPDF checks Locale as Text for PDF/A-2/3)',
    '<dc:language><rdf:Bag><rdf:li>vi_VN</rdf:li></rdf:Bag></dc:language>',
  ],
  [
    'supplemental categories in a Bag (XMP 2005)',
    '<photoshop:SupplementalCategories><rdf:Bag><rdf:li>A</rdf:li></rdf:Bag></photoshop:SupplementalCategories>',
  ],
  [
    'an xmpDM Colorant structure',
    `<xmpDM:videoAlphaPremultipleColor xmlns:xmpDM="${XMPDM}" xmlns:xmpG="http://ns.adobe.com/xap/1.0/g/" rdf:parseType="Resource">
     <xmpG:mode>RGB</xmpG:mode><xmpG:red>255</xmpG:red><xmpG:green>0</xmpG:green><xmpG:blue>255</xmpG:blue></xmpDM:videoAlphaPremultipleColor>`,
  ],
  [
    'marker times in any form (veraPDF types the xmpDM Marker startTime and duration as Any)',
    `<xmpDM:markers xmlns:xmpDM="${XMPDM}"><rdf:Seq><rdf:li rdf:parseType="Resource">
     <xmpDM:startTime>00:01</xmpDM:startTime><xmpDM:name>Chương 1</xmpDM:name></rdf:li></rdf:Seq></xmpDM:markers>`,
  ],
  [
    'a GPS coordinate',
    '<exif:GPSLatitude>21,1.5N</exif:GPSLatitude><exif:GPSMeasureMode>2</exif:GPSMeasureMode>',
  ],
];

const REFUSED: [string, string, string[]][] = [
  ['a property its predefined schema lacks', '<dc:author>A</dc:author>', ['6.6.2.3.1-1']],
  ['an undefined xmp property', '<xmp:Author>A</xmp:Author>', ['6.6.2.3.1-1']],
  ['an undefined pdfaid field', '<pdfaid:level>B</pdfaid:level>', ['6.6.2.3.1-1']],
  [
    'a namespace no extension schema describes',
    '<rdf:Description rdf:about="" xmlns:scan="http://scanner.example/ns/" scan:dpi="300"/>',
    ['6.6.2.3.1-1'],
  ],
  ['a described namespace with an undescribed property', '<hoso:title>x</hoso:title>', ['6.6.2.3.1-1']],
  ['a title as simple text', '<dc:title>Quyết định</dc:title>', ['6.6.2.3.1-2']],
  [
    'a title as an Alt without languages',
    '<dc:title><rdf:Alt><rdf:li>Q</rdf:li></rdf:Alt></dc:title>',
    ['6.6.2.3.1-2'],
  ],
  [
    'creators in a Bag instead of a Seq',
    '<dc:creator><rdf:Bag><rdf:li>A</rdf:li></rdf:Bag></dc:creator>',
    ['6.6.2.3.1-2'],
  ],
  [
    'subjects in a Seq instead of a Bag',
    '<dc:subject><rdf:Seq><rdf:li>A</rdf:li></rdf:Seq></dc:subject>',
    ['6.6.2.3.1-2'],
  ],
  ['a date in words', '<xmp:CreateDate>hôm qua</xmp:CreateDate>', ['6.6.2.3.1-2']],
  ['a date with slashes', '<xmp:ModifyDate>2024/01/02</xmp:ModifyDate>', ['6.6.2.3.1-2']],
  ['a time without minutes', '<xmp:MetadataDate>2024-01-02T03</xmp:MetadataDate>', ['6.6.2.3.1-2']],
  [
    'a time zone without minutes',
    '<xmp:MetadataDate>2024-01-02T03:04+07</xmp:MetadataDate>',
    ['6.6.2.3.1-2'],
  ],
  ['a lower-case Boolean', '<xmpRights:Marked>true</xmpRights:Marked>', ['6.6.2.3.1-2']],
  ['a Real where an Integer is defined', '<xmpMM:SaveID>3.5</xmpMM:SaveID>', ['6.6.2.3.1-2']],
  ['a MIME type without a slash', '<dc:format>pdf</dc:format>', ['6.6.2.3.1-2']],
  // The kinds of value the veraPDF corpus's failing 6.6.2.3.1 files carry: closed choices of
  // Integer that are no integer, arrays of the wrong kind, properties XMP 2005 does not define.
  [
    'a closed choice of Integer written as a Real',
    '<tiff:Orientation>2.0</tiff:Orientation>',
    ['6.6.2.3.1-2'],
  ],
  [
    'a closed choice of Integer written as a ratio',
    '<tiff:ResolutionUnit>2/5</tiff:ResolutionUnit>',
    ['6.6.2.3.1-2'],
  ],
  [
    'a closed choice of Integer in words',
    '<exif:MeteringMode>Some Value</exif:MeteringMode>',
    ['6.6.2.3.1-2'],
  ],
  ['a Boolean spelled with a capital', '<xmpRights:Marked>TRUE</xmpRights:Marked>', ['6.6.2.3.1-2']],
  ['a Real in words', `<crs:Exposure xmlns:crs="${CRS}">one</crs:Exposure>`, ['6.6.2.3.1-2']],
  ['a property XMP 2004 had and XMP 2005 dropped', '<exif:MakerNote>x</exif:MakerNote>', ['6.6.2.3.1-1']],
  [
    'a property only later XMP defines',
    '<xmpMM:OriginalDocumentID>x</xmpMM:OriginalDocumentID>',
    ['6.6.2.3.1-1'],
  ],
  [
    'supplemental categories in a Seq (corpus 6-6-2-3-1-t13-fail-l)',
    '<photoshop:SupplementalCategories><rdf:Seq><rdf:li>A</rdf:li></rdf:Seq></photoshop:SupplementalCategories>',
    ['6.6.2.3.1-2'],
  ],
  [
    'qualified identifiers in a Seq instead of a Bag (corpus 6-6-2-3-1-t07-fail-j)',
    `<xmp:Identifier xmlns:xmpidq="${XMPIDQ}"><rdf:Seq><rdf:li rdf:parseType="Resource"><rdf:value>978-604</rdf:value>
     <xmpidq:Scheme>ISBN</xmpidq:Scheme></rdf:li></rdf:Seq></xmp:Identifier>`,
    ['6.6.2.3.1-2'],
  ],
  [
    'ISO speeds in a Bag instead of a Seq',
    '<exif:ISOSpeedRatings><rdf:Bag><rdf:li>100</rdf:li></rdf:Bag></exif:ISOSpeedRatings>',
    ['6.6.2.3.1-2'],
  ],
  [
    'a qualified value that is not an integer',
    '<tiff:ImageWidth rdf:parseType="Resource"><rdf:value>wide</rdf:value></tiff:ImageWidth>',
    ['6.6.2.3.1-2'],
  ],
  [
    'a URI given as an array',
    '<xmpMM:DocumentID><rdf:Bag><rdf:li>x</rdf:li></rdf:Bag></xmpMM:DocumentID>',
    ['6.6.2.3.1-2'],
  ],
  [
    'a ResourceEvent with a field its type lacks',
    '<xmpMM:History><rdf:Seq><rdf:li rdf:parseType="Resource"><stEvt:who>A</stEvt:who></rdf:li></rdf:Seq></xmpMM:History>',
    ['6.6.2.3.1-2'],
  ],
  [
    'a ResourceEvent field in another namespace',
    '<xmpMM:History><rdf:Seq><rdf:li rdf:parseType="Resource"><stRef:action>x</stRef:action></rdf:li></rdf:Seq></xmpMM:History>',
    ['6.6.2.3.1-2'],
  ],
  [
    'a ResourceEvent with an invalid date',
    '<xmpMM:History><rdf:Seq><rdf:li rdf:parseType="Resource"><stEvt:when>x</stEvt:when></rdf:li></rdf:Seq></xmpMM:History>',
    ['6.6.2.3.1-2'],
  ],
  ['Dimensions with a width in words', '<xmpTPg:MaxPageSize stDim:w="wide" stDim:h="2"/>', ['6.6.2.3.1-2']],
  ['an extension property not of its type', '<hoso:pageTotal>mười</hoso:pageTotal>', ['6.6.2.3.1-2']],
  [
    'an extension structure with a bad field',
    '<hoso:box rdf:parseType="Resource"><box:number>x</box:number></hoso:box>',
    ['6.6.2.3.1-2'],
  ],
];

describe('checkPdfA on XMP properties (6.6.2.3.1)', () => {
  it.each(ACCEPTED)('accepts %s', async (_name, body) => {
    expect(await propertyRules(body)).toEqual([]);
  });

  it.each(REFUSED)('fails %s', async (_name, body, rules) => {
    expect(await propertyRules(body)).toEqual(rules);
  });

  it('checks the packets of other objects against their own and the catalog extension schemas', async () => {
    const pagePacket = xmpPacket('<dc:title>x</dc:title>');
    const report = await checkPdfA(
      await minimalPdfA({
        decorate: (context, page) => {
          const stream = context.stream(new TextEncoder().encode(pagePacket), {
            Type: 'Metadata',
            Subtype: 'XML',
          });
          page.node.set(context.obj('Metadata') as never, context.register(stream));
        },
      }),
    );
    const failure = report.failures.find((item) => item.rule === '6.6.2.3.1-2');
    expect(failure?.object).toMatch(/^\d+ 0 obj XMP dc:title$/);
  });
});
