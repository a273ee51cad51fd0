import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, rewrite } from '../__fixtures__/rewrite-package.js';
import { type Break, DOC1, EAD_DOC1, EAD_DOC2, REP_METS, sampleAip } from '../__fixtures__/sample-aip.js';
import { expectVietnamese } from '../__fixtures__/vietnamese-findings.js';
import type { ValidationProfile } from './finding.js';
import { validatePackage } from './validate-package.js';

const sample = sampleAip();

/**
 * Breaks that reach the findings the other validator tests do not: the requirement, the profile,
 * the break, and the Vietnamese sentence expected of that finding.
 */
const CASES: Array<[string, string, ValidationProfile, Break, RegExp]> = [
  [
    'TT05-EAD4',
    'two documents with one docCode',
    'vn-tt05',
    (f) => edit(f, EAD_DOC2, (t) => t.replace('.0000002</docCode>', '.0000001</docCode>')),
    /^docCode "H49\.64\.33\.2001\.160\.0000001" bị dùng hai lần\.$/,
  ],
  [
    'TT05-EAD4',
    'a docCode outside the package code',
    'vn-tt05',
    (f) =>
      edit(f, EAD_DOC1, (t) => t.replace('<docCode>H49.64.33.2001.160.', '<docCode>H49.64.33.2001.999.')),
    /^docCode "H49\.64\.33\.2001\.999\.0000001" không bắt đầu bằng mã của gói "TTLT1\.H49\.64\.33\.2001\.160"\.$/,
  ],
  [
    'TT05-NAME1',
    'a data file not named after its docCode',
    'vn-tt05',
    (f) =>
      edit(f, EAD_DOC1, (t) =>
        t.replace('.0000001</docCode>', '.0000003</docCode>').replace('<docOrdinal>1<', '<docOrdinal>3<'),
      ),
    /^"H49\.64\.33\.2001\.160\.1\.pdf" không được đặt tên theo dạng <fileCode>\.<số thứ tự> theo docCode/,
  ],
  [
    'TT05-OBJID1',
    'an OBJID of no form of the circular',
    'vn-tt05',
    (f) => edit(f, 'METS.xml', (t) => t.replace(/ OBJID="[^"]+"/, ' OBJID="hoso-160"')),
    /^OBJID "hoso-160" không có dạng urn:uuid:<uuid> hoặc urn:<fond>:uuid-<UUID>\.$/,
  ],
  [
    'TT05-TIME1',
    'a METS time in UTC',
    'vn-tt05',
    (f) => edit(f, 'METS.xml', (t) => t.replace(/( CREATEDATE="[^"+]+)\+07:00"/, '$1Z"')),
    /^"[^"]+Z" không theo ISO 8601 với múi giờ \+07:00\.$/,
  ],
  [
    'CSIP68',
    'a file MIMETYPE that is no media type',
    'csip',
    (f) => edit(f, REP_METS, (t) => t.replace('MIMETYPE="application/pdf"', 'MIMETYPE="pdf"')),
    /^Phần tử file có MIMETYPE="pdf", không phải một kiểu phương tiện \(media type\) của IANA\.$/,
  ],
  [
    'CSIP62',
    'a file group content information type outside the vocabulary',
    'csip',
    (f) =>
      edit(f, 'METS.xml', (t) =>
        t.replace(/(<mets:fileGrp [^>]*csip:CONTENTINFORMATIONTYPE=")MIXED"/, '$1NOPE"'),
      ),
    /^Giá trị fileGrp\/@csip:CONTENTINFORMATIONTYPE "NOPE" không có trong bộ từ vựng CSIP 2\.0\.$/,
  ],
  [
    'CSIP60',
    'a documentation/ folder without a Documentation file group',
    'csip',
    (f) =>
      edit(f, 'METS.xml', (t) =>
        t.replace(/<mets:fileGrp [^>]*USE="Documentation"[^>]*>[\s\S]*?<\/mets:fileGrp>/, ''),
      ),
    /^Gói có thư mục documentation\/ nhưng không có nhóm tệp USE="Documentation"\.$/,
  ],
  [
    'CSIP113',
    'XML schemas without a Schemas file group',
    'csip',
    (f) =>
      edit(f, 'METS.xml', (t) =>
        t.replace(/<mets:fileGrp [^>]*USE="Schemas"[^>]*>[\s\S]*?<\/mets:fileGrp>/, ''),
      ),
    /^Gói chứa lược đồ XML nhưng không có nhóm tệp USE="Schemas"\.$/,
  ],
  [
    'CSIP21',
    'a dmdSec with two mdRef',
    'csip',
    (f) => edit(f, 'METS.xml', (t) => t.replace(/(<mets:dmdSec[^>]*>\s*)(<mets:mdRef[^>]*\/>)/, '$1$2\n$2')),
    /^Phần tử dmdSec có 2 mdRef; mỗi phần chỉ mô tả một tệp siêu dữ liệu\.$/,
  ],
  [
    'CSIP77',
    'a FLocat whose LOCTYPE is not URL',
    'csip',
    (f) => edit(f, REP_METS, (t) => t.replace(/(<mets:FLocat [^>]*)LOCTYPE="URL"/, '$1LOCTYPE="OTHER"')),
    /^Phần tử FLocat có LOCTYPE="OTHER"; giá trị phải là "URL"\.$/,
  ],
  [
    'CSIP86',
    'a top div without LABEL (CSIP 2.0)',
    'csip',
    (f) => edit(f, 'METS.xml', (t) => t.replace(/(<mets:div ID="[^"]+") LABEL="urn:uuid:[^"]+"/, '$1')),
    /^Div cấp cao nhất không có thuộc tính @LABEL \(CSIP 2\.0 yêu cầu ghi OBJID ở đó\)\.$/,
  ],
  [
    'CSIP80',
    'a METS without structMap',
    'csip',
    (f) => edit(f, REP_METS, (t) => t.replace(/<mets:structMap[\s\S]*<\/mets:structMap>/, '')),
    /^Tệp METS không có structMap\.$/,
  ],
  [
    'TT05-STR1',
    'an AIP whose PREMIS.xml is not where the circular puts it',
    'vn-tt05',
    async (f) => {
      await cp(join(f, 'metadata/preservation/PREMIS.xml'), join(f, 'metadata/preservation/events.xml'));
      await rm(join(f, 'metadata/preservation/PREMIS.xml'));
      await edit(f, 'METS.xml', (t) => t.replace('preservation/PREMIS.xml', 'preservation/events.xml'));
    },
    /^Gói AIP phải có metadata\/preservation\/PREMIS\.xml được tham chiếu từ amdSec của tệp METS gốc\.$/,
  ],
  [
    'TT05-PDF1',
    'a data file that is no readable PDF',
    'vn-tt05',
    (f) => rewrite(f, DOC1, '%PDF-1.7\nkhông phải PDF\n'),
    /^Không đọc được tệp PDF: .+/,
  ],
];

describe('findings in Vietnamese', () => {
  it.each(CASES)('%s: %s', async (requirement, _what, profile, breakIt, vietnamese) => {
    const folder = await sample.copy();
    await breakIt(folder);
    const { findings } = await validatePackage(folder, { profile });
    expectVietnamese(findings);
    const named = findings.filter((finding) => finding.requirement === requirement);
    expect(
      named.map((finding) => finding.messageVi),
      findings.map((finding) => `${finding.requirement}: ${finding.message}`).join('\n'),
    ).toContainEqual(expect.stringMatching(vietnamese));
  });
});
