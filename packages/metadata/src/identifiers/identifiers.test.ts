import { describe, expect, it } from 'vitest';
import { assertAgencyIdentifier, parseAgencyIdentifier } from './agency-identifier.js';
import { buildDocCode, buildDocId, parseDocCode } from './document-code.js';
import { buildArcFileCode, buildFileCode, parseArcFileCode, parseFileCode } from './dossier-code.js';
import { documentFileName, dossierFileName, eadFileName, parseDocumentFileName } from './file-names.js';
import { parseLegacyFileName } from './legacy-file-name.js';
import { createObjectId, packageFolderName, parseObjectId } from './object-id.js';
import { buildPaperFileCode, parsePaperFileCode } from './paper-file-code.js';

describe('agency identifier', () => {
  it('reads both orders seen in practice', () => {
    expect(parseAgencyIdentifier('000.00.00.G09')).toMatchObject({
      levelOne: 'G09',
      levelOnePosition: 'last',
      group: 'Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
    });
    expect(parseAgencyIdentifier('001.03.08.H30')?.segments).toEqual(['001', '03', '08', 'H30']);
    expect(parseAgencyIdentifier('H49.64.33')).toMatchObject({ levelOne: 'H49', levelOnePosition: 'first' });
  });

  it('rejects other shapes', () => {
    for (const value of ['UBND-QN', '000.00.00.Z09', 'H49', '000.0000.00.G09', 'G09.00.00.00.00']) {
      expect(parseAgencyIdentifier(value), value).toBeUndefined();
    }
    expect(() => assertAgencyIdentifier('UBND')).toThrow(/not an agency electronic identifier/);
  });
});

describe('dossier codes', () => {
  it('builds and reads fileCode', () => {
    const code = buildFileCode({ creator: 'H49.64.33', year: 2001, notation: '160' });
    expect(code).toBe('H49.64.33.2001.160');
    expect(parseFileCode('000.00.00.G09.2021.01.TCCB')).toEqual({
      creator: '000.00.00.G09',
      year: '2021',
      notation: '01.TCCB',
    });
    expect(parseFileCode('H49.64.33')).toBeUndefined();
    expect(() => buildFileCode({ creator: 'H49.64.33', year: 21, notation: '1' })).toThrow(/4 digits/);
  });

  it('honours another separator', () => {
    expect(buildFileCode({ creator: 'P623', year: 1962, notation: '45' }, { separator: '-' })).toBe(
      'P623-1962-45',
    );
    expect(parseFileCode('P623-1962-45', { separator: '-' })?.creator).toBe('P623');
  });

  it('builds and reads arcFileCode, with the catalog last or after the fond code', () => {
    const open = { archiveCode: 'TTLT1', creator: 'H49.64.33', year: 2001, notation: '160' };
    expect(buildArcFileCode(open)).toBe('TTLT1.H49.64.33.2001.160');
    expect(parseArcFileCode('TTLT1.H49.64.33.2001.160', { archiveCode: 'TTLT1' })).toEqual({
      ...open,
      year: '2001',
    });
    const closed = { archiveCode: 'TTLT1', creator: 'P623', year: 1962, notation: '45', catalog: 2 };
    expect(buildArcFileCode(closed)).toBe('TTLT1.P623.1962.45.2');
    const afterCreator = buildArcFileCode(closed, { catalogPosition: 'afterCreator' });
    expect(afterCreator).toBe('TTLT1.P623.2.1962.45');
    expect(
      parseArcFileCode(afterCreator, {
        archiveCode: 'TTLT1',
        withCatalog: true,
        catalogPosition: 'afterCreator',
      }),
    ).toEqual({ archiveCode: 'TTLT1', creator: 'P623', year: '1962', notation: '45', catalog: '2' });
    expect(
      parseArcFileCode('TTLT1.P623.1962.45.2', { archiveCode: 'TTLT1', withCatalog: true })?.catalog,
    ).toBe('2');
    expect(parseArcFileCode('TTLT2.P623.1962.45', { archiveCode: 'TTLT1' })).toBeUndefined();
  });
});

describe('document codes', () => {
  it('pads docCode to 7 digits and leaves docId unpadded', () => {
    expect(buildDocCode('H49.64.33.2001.160', 1)).toBe('H49.64.33.2001.160.0000001');
    expect(buildDocId('H49.64.33.2001.160', 1)).toBe('H49.64.33.2001.160.1');
    expect(parseDocCode('H49.64.33.2001.160.0000012')).toEqual({
      fileCode: 'H49.64.33.2001.160',
      ordinal: 12,
    });
    expect(parseDocCode('H49.64.33.2001.160.TCCB')).toBeUndefined();
  });

  it('refuses ordinals below 1, too many digits and docIds over 25 characters', () => {
    expect(() => buildDocCode('X', 0)).toThrow(/whole number from 1/);
    expect(() => buildDocCode('X', 1000, { padding: 3 })).toThrow(/more than 3 digits/);
    expect(() => buildDocId('000.00.00.G09.2021.01.TCCB', 1)).toThrow(/has 28 characters; docId allows 25/);
  });
});

describe('paperFileCode', () => {
  it('builds and reads archive . location . number', () => {
    const code = buildPaperFileCode({ archiveCode: 'TTLT1', location: 'K1.G2.H15', paperNumber: 160 });
    expect(code).toBe('TTLT1.K1.G2.H15.160');
    expect(parsePaperFileCode(code)).toEqual({
      archiveCode: 'TTLT1',
      location: 'K1.G2.H15',
      paperNumber: '160',
    });
    expect(() => buildPaperFileCode({ archiveCode: 'TTLT1', location: '', paperNumber: 1 })).toThrow();
  });
});

describe('OBJID', () => {
  const uuid = '9c13e70e-4c9f-4a3e-8d4b-1f2a3b4c5d6e';
  it('follows the SIP and AIP forms', () => {
    expect(createObjectId({ packageType: 'SIP', uuid })).toBe('uuid-9C13E70E-4C9F-4A3E-8D4B-1F2A3B4C5D6E');
    expect(createObjectId({ packageType: 'AIP', uuid })).toBe(`urn:uuid:${uuid}`);
    const withFond = createObjectId({ packageType: 'AIP', fondCode: 'G09', uuid });
    expect(withFond).toBe('urn:G09:uuid-9C13E70E-4C9F-4A3E-8D4B-1F2A3B4C5D6E');
    expect(parseObjectId(withFond)).toEqual({ form: 'urn-fond', fondCode: 'G09', uuid });
    expect(packageFolderName(withFond)).toBe('urn_G09_uuid-9C13E70E-4C9F-4A3E-8D4B-1F2A3B4C5D6E');
  });

  it('makes a fresh UUID by default and rejects bad input', () => {
    const first = createObjectId({ packageType: 'SIP' });
    expect(first).toMatch(/^uuid-[0-9A-F-]{36}$/);
    expect(createObjectId({ packageType: 'SIP' })).not.toBe(first);
    expect(() => createObjectId({ packageType: 'SIP', uuid: 'nope' })).toThrow(/not a UUID/);
    expect(parseObjectId('urn:uuid:nope')).toBeUndefined();
  });
});

describe('file names', () => {
  it('names documents <fileCode>.<ordinal>.pdf and dossiers <fileCode>.pdf', () => {
    expect(documentFileName('H49.64.33.2001.160', 1)).toBe('H49.64.33.2001.160.1.pdf');
    expect(documentFileName('H49.64.33.2001.160', 1, { padding: 3 })).toBe('H49.64.33.2001.160.001.pdf');
    expect(dossierFileName('H49.64.33.2001.160')).toBe('H49.64.33.2001.160.pdf');
    expect(() => dossierFileName('a/b')).toThrow(/cannot be used as a file name/);
    expect(eadFileName('pic', 'H49.1.jpg')).toBe('EAD_pic_H49.1.xml');
  });

  it('reads every ordinal form seen in practice', () => {
    expect(parseDocumentFileName('H49.64.33.2001.160.1.pdf')).toEqual({
      fileCode: 'H49.64.33.2001.160',
      ordinal: 1,
      suffix: '',
      extension: 'pdf',
    });
    expect(parseDocumentFileName('001.03.08.H30.81.2024.K4.01.01.001.pdf')?.ordinal).toBe(1);
    expect(parseDocumentFileName('H49.64.33.2001.160.0000007_signed.pdf')).toMatchObject({
      ordinal: 7,
      suffix: '_signed',
    });
    expect(parseDocumentFileName('scan.pdf')).toBeUndefined();
  });
});

describe('legacy HD169 file names', () => {
  it('reads the four schemes', () => {
    expect(parseLegacyFileName('Q3-5-1-10-23-30.jpg')).toEqual({
      archiveCode: 'Q3',
      fond: '5',
      catalog: '1',
      dossier: '10',
      scheme: 'sheet-page',
      sheet: 23,
      page: 30,
      extension: 'jpg',
    });
    expect(parseLegacyFileName('Q3-5-1-10-66.JPG')).toMatchObject({
      scheme: 'page',
      page: 66,
      extension: 'jpg',
    });
    expect(parseLegacyFileName('Q3-5-1-10-11.pdf')).toMatchObject({ scheme: 'first-sheet', sheet: 11 });
    expect(parseLegacyFileName('C:\\scan\\Q3-5-1-10.pdf')).toMatchObject({
      scheme: 'dossier',
      dossier: '10',
    });
  });

  it('takes a two-part archive code when told, and rejects other names', () => {
    expect(parseLegacyFileName('Q3-8-2-1-4.jpg', { archiveCodeSegments: 2 })).toMatchObject({
      archiveCode: 'Q3-8',
      fond: '2',
      catalog: '1',
      dossier: '4',
      scheme: 'dossier',
    });
    expect(parseLegacyFileName('Q3-5-1.jpg')).toBeUndefined();
    expect(parseLegacyFileName('Q3-5-a-10.jpg')).toBeUndefined();
  });
});
