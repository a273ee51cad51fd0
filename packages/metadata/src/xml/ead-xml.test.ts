import { describe, expect, it } from 'vitest';
import { aipDocument, sipDocument } from '../__fixtures__/records.js';
import { thrownText } from '../__fixtures__/thrown-text.js';
import { documentSchema } from '../document/document-schema.js';
import { parseEadXml, toEadXml } from './ead-xml.js';

const aipDossier = {
  arcFileCode: 'TTLT1.H49.64.33.2001.160',
  title: 'Hồ sơ về việc thành lập Trường <Bãi Cháy> & "Hòn Gai"',
  maintenance: '01',
  mode: '02',
  language: ['01', '03'],
  startDate: '1949',
  endDate: '03/1951',
  totalDoc: 2,
  numberOfPaper: 6,
  numberOfPage: 7,
  format: '03',
  confidenceLevel: '02',
  paperFileCode: 'TTLT1.K1-G2-H15.160',
  riskRecovery: 1,
  riskRecoveryStatus: '01',
};

const tagsOf = (xml: string): string[] =>
  [...xml.matchAll(/^ {2}<(\w+)>/gm)].map((match) => match[1] as string);

describe('toEadXml', () => {
  it('writes the AIP document elements in the circular order, empty ones included', () => {
    const xml = toEadXml('aipDocument', aipDocument);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<simpledc>\n  <arcFileCode>')).toBe(true);
    expect(tagsOf(xml)).toEqual([
      'arcFileCode',
      'mode',
      'language',
      'language',
      'keyword',
      'numberOfPage',
      'format',
      'inforSign',
      'confidenceLevel',
      'description',
      'docCode',
      'docOrdinal',
      'typeName',
      'codeNumber',
      'codeNotation',
      'issuedDate',
      'organName',
      'subject',
      'autograph',
      'process',
    ]);
    expect(xml).toContain('  <keyword></keyword>\n');
    expect(xml).toContain('  <docOrdinal>2</docOrdinal>\n');
  });

  it('escapes markup characters and can leave empty elements out or join languages', () => {
    const xml = toEadXml('aipDossier', aipDossier, { emptyElements: false, languageSeparator: ',' });
    expect(xml).toContain(
      '<title>Hồ sơ về việc thành lập Trường &lt;Bãi Cháy&gt; &amp; &quot;Hòn Gai&quot;</title>',
    );
    expect(xml).toContain('<language>01,03</language>');
    expect(xml).not.toContain('<keyword>');
  });

  it('never writes a character XML forbids: U+0001 in a title is refused by field', () => {
    expect(() =>
      toEadXml('aipDossier', { ...aipDossier, title: 'Hồ sơ\u0001' }, { emptyElements: false }),
    ).toThrow(
      expect.objectContaining({
        code: 'METADATA_INVALID',
        details: expect.objectContaining({
          issues: [expect.objectContaining({ field: 'title', rule: 'xmlCharacter' })],
        }),
      }),
    );
  });

  it('refuses to write an invalid record', () => {
    expect(() => toEadXml('document', { ...sipDocument, typeName: '40' })).toThrow(
      /Tên loại tài liệu \(typeName, document type\) = "40": is not a valid code/,
    );
    expect(thrownText(() => toEadXml('document', { ...sipDocument, typeName: '40' }))).toMatch(
      /^Bản ghi document không đáp ứng .*\n {2}- Tên loại tài liệu \(typeName\) = "40": không phải mã hợp lệ/s,
    );
  });
});

describe('parseEadXml', () => {
  it('round-trips every kind of record', () => {
    const photo = {
      docCode: 'H49.64.33.2001.161.0000001',
      maintenance: '01',
      typePic: '02',
      imageTitle: 'Lễ khánh thành cầu Bãi Cháy',
      photographer: 'Nguyễn Văn A',
      photoTime: '12/2006',
      colour: '01',
      docAttached: 0,
      mode: '01',
    };
    const cases = [
      ['aipDossier', aipDossier],
      ['document', sipDocument],
      ['aipDocument', aipDocument],
      ['photo', photo],
      ['fond', { identifier: 'TTLT1', organId: 'P623', fondName: 'UBND tỉnh', closed: 1, language: ['01'] }],
    ] as const;
    for (const [kind, record] of cases) {
      const parsed = parseEadXml(kind, toEadXml(kind, record));
      expect(parsed, kind).toEqual(record);
      expect(
        parseEadXml(kind, toEadXml(kind, record, { languageSeparator: '; ', emptyElements: false })),
      ).toEqual(record);
    }
  });

  it('ignores attributes and comments around the elements', () => {
    const xml = toEadXml('document', sipDocument)
      .replace(
        '<simpledc>',
        '<simpledc xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="EAD_doc.xsd">',
      )
      .replace('  <maintenance>', '  <!-- thời hạn -->\n  <maintenance>');
    expect(parseEadXml('document', xml)).toEqual(documentSchema.parse(sipDocument));
  });

  it('reads decomposed Vietnamese as NFC', () => {
    const xml = toEadXml('document', sipDocument).replace(
      sipDocument.subject,
      sipDocument.subject.normalize('NFD'),
    );
    expect(parseEadXml('document', xml).subject).toBe(sipDocument.subject);
  });

  it('rejects elements out of order unless told not to', () => {
    const xml = toEadXml('document', sipDocument).replace(
      '  <docId>H49.64.33.2001.160.1</docId>\n  <docCode>H49.64.33.2001.160.0000001</docCode>',
      '  <docCode>H49.64.33.2001.160.0000001</docCode>\n  <docId>H49.64.33.2001.160.1</docId>',
    );
    expect(() => parseEadXml('document', xml, { source: 'EAD_doc_1.xml' })).toThrow(
      /EAD_doc_1\.xml: <docId> comes after <docCode>/,
    );
    expect(parseEadXml('document', xml, { strictOrder: false }).docId).toBe('H49.64.33.2001.160.1');
  });

  it('reports malformed XML, a wrong root and invalid values', () => {
    expect(() => parseEadXml('document', '<simpledc><docId>1</simpledc>')).toThrow(/not well-formed XML/);
    // A declaration without its closing quote: fast-xml-parser's validator passes it, its parser throws (found by the fuzz pass).
    expect(() =>
      parseEadXml('document', '<?xml version="1.0" encoding="UTF-8?>\n<simpledc></simpledc>', {
        locale: 'en',
      }),
    ).toThrow(
      expect.objectContaining({
        code: expect.any(String),
        message: expect.stringMatching(/not well-formed XML \(Pi Tag is not closed\.\)/),
      }),
    );
    expect(() => parseEadXml('document', '<ead><docId>1</docId></ead>')).toThrow(/no <simpledc> root/);
    const xml = toEadXml('document', sipDocument).replace('<numberOfPage>3<', '<numberOfPage>ba<');
    expect(() => parseEadXml('document', xml, { locale: 'en' })).toThrow(
      /Số lượng trang \(numberOfPage, number of pages\) = "ba": has the wrong type/,
    );
  });
});
