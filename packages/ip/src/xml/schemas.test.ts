/**
 * The shipped METS 1.12.1 and PREMIS 3.0 schemas (`schemas/`) and the generated simpledc schemas,
 * on real XML through libxml2: every package `buildPackage` makes validates; fixtures written for
 * these tests use the parts of METS and PREMIS that the earlier subsets left unchecked (structLink,
 * behaviorSec, FContent, stream, transformFile, area/seq/par, mdWrap binData; PREMIS rights,
 * environments, signatures, storage, preservation levels) and validate; each broken variant
 * fails with its rule id, in its file, on the line of the break.
 */
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XmlDocument, XmlLibError } from 'libxml2-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { edit } from '../__fixtures__/rewrite-package.js';
import { samplePackageInput } from '../__fixtures__/sample-package.js';
import { buildPackage } from '../build/build-package.js';
import { PACKAGE_TYPES, type PackageType } from '../build/package-types.js';
import { validatePackage } from '../validate/validate-package.js';
import { eadSchema } from './ead-schema.js';
import { eadValidator, shippedValidator } from './schema-set.js';

const NAME = 'urn_uuid_9c13e70e-4c9f-4a3e-8d4b-1f2a3b4c5d6e';
const REP_METS = 'representations/rep1/METS.xml';
const ROOT_PREMIS = 'metadata/preservation/PREMIS.xml';
const REP_PREMIS = 'representations/rep1/metadata/preservation/PREMIS_rep1.xml';
const EAD = 'metadata/descriptive/EAD.xml';
const EAD_DOC1 = 'representations/rep1/metadata/descriptive/EAD_doc_H49.64.33.2001.160.1.xml';

/** The schema errors of one XML text (message and line), none when it is valid. */
function schemaErrors(
  xml: string,
  schema: 'mets.xsd' | 'premis.xsd',
): Array<{ message: string; line: number }> {
  const document = XmlDocument.fromString(xml);
  try {
    shippedValidator(schema).validate(document);
    return [];
  } catch (error) {
    if (!(error instanceof XmlLibError)) throw error;
    return error.details.map((detail) => ({ message: detail.message.trim(), line: detail.line }));
  } finally {
    document.dispose();
  }
}

async function filesOf(folder: string, prefix = ''): Promise<string[]> {
  const result: string[] = [];
  for (const entry of await readdir(join(folder, prefix), { withFileTypes: true })) {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory()) result.push(...(await filesOf(folder, `${path}/`)));
    else result.push(path);
  }
  return result;
}

/** The 1-based line of the first occurrence of `marker` in `text`. */
function lineOf(text: string, marker: string): number {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`marker not found: ${marker}`);
  return text.slice(0, at).split('\n').length;
}

describe('every package buildPackage makes', () => {
  const types: PackageType[] = ['AIP_hoso', 'SIP_hoso', 'AIP_tailieu', 'SIP_tailieu'];

  it.each(types)('%s: each METS, PREMIS and EAD file is valid against its schema', async (type) => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-ip-schemas-'));
    const built = await buildPackage(await samplePackageInput(type, 3), {
      format: 'folder',
      destination: folder,
    });
    const files = await filesOf(built.path);
    const checked: string[] = [];
    for (const file of files) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      const schema = name === 'METS.xml' ? 'mets.xsd' : name.startsWith('PREMIS') ? 'premis.xsd' : undefined;
      if (schema === undefined) continue;
      expect(schemaErrors(await readFile(join(built.path, file), 'utf8'), schema), file).toEqual([]);
      checked.push(file);
    }
    expect(checked.filter((file) => file.endsWith('METS.xml'))).toHaveLength(2);
    expect(checked.some((file) => file.includes('PREMIS'))).toBe(type.startsWith('AIP'));

    // The EAD schemas in the package are the generated ones, and every EAD file validates.
    const profile = PACKAGE_TYPES[type];
    expect(await readFile(join(built.path, 'schemas/EAD.xsd'), 'utf8')).toBe(
      eadSchema(profile.packageRecord),
    );
    expect(await readFile(join(built.path, 'schemas/EAD_doc.xsd'), 'utf8')).toBe(
      eadSchema(profile.documentRecord),
    );
    for (const file of files.filter((path) => /\/EAD(_doc_[^/]*)?\.xml$/.test(`/${path}`))) {
      const kind = file === EAD ? profile.packageRecord : profile.documentRecord;
      const document = XmlDocument.fromString(await readFile(join(built.path, file), 'utf8'));
      try {
        expect(() => eadValidator(kind).validate(document), file).not.toThrow();
      } finally {
        document.dispose();
      }
    }

    const report = await validatePackage(built.path, { checkPdf: false });
    expect(report.findings).toEqual([]);
  });
});

/** The edits that put the once-unchecked parts of METS into the representation METS. */
function metsFixture(mets: string): string {
  const dataFile = /<mets:file ID="(ID-[^"]+)"/.exec(mets)?.[1] ?? '';
  const metadataDiv = /<mets:div ID="([^"]+)" LABEL="Metadata"/.exec(mets)?.[1] ?? '';
  const dataDiv = /<mets:div ID="([^"]+)" LABEL="Data"/.exec(mets)?.[1] ?? '';
  return (
    mets
      // amdSec: a techMD wrapping base64 data (mdWrap/binData), listed in the Metadata div's ADMID.
      .replace(
        /(<mets:amdSec [^>]*>\n)/,
        `$1    <mets:techMD ID="tech-note" CREATED="2025-08-01T09:00:00+07:00" STATUS="current">
      <mets:mdWrap ID="wrap-note" MDTYPE="OTHER" OTHERMDTYPE="scan-note" MIMETYPE="text/plain" SIZE="11" LABEL="ghi chú">
        <mets:binData>R2hpIGNow7ogcXXDqXQ=</mets:binData>
      </mets:mdWrap>
    </mets:techMD>
`,
      )
      .replace(/(LABEL="Metadata" DMDID="[^"]+" ADMID=")/, '$1tech-note ')
      // file: an embedded copy (FContent/binData), a stream and a transformation after its FLocat.
      .replace(
        /(<mets:FLocat [^>]*\/>\n)/,
        `$1        <mets:FContent ID="embedded-1" USE="preview">
          <mets:binData>JVBERi0xLjcK</mets:binData>
        </mets:FContent>
        <mets:stream ID="stream-1" streamType="image/jpeg" OWNERID="page-1" BEGIN="0" END="1023" BETYPE="BYTE"/>
        <mets:transformFile ID="transform-1" TRANSFORMTYPE="decompression" TRANSFORMALGORITHM="deflate" TRANSFORMORDER="1" TRANSFORMBEHAVIOR="behavior-view"/>
`,
      )
      // structMap: labels for structLink, and an fptr that points at parts of the file.
      .replace(`<mets:div ID="${metadataDiv}"`, `<mets:div xlink:label="metadata" ID="${metadataDiv}"`)
      .replace(
        `<mets:div ID="${dataDiv}" LABEL="Data">`,
        `<mets:div ID="${dataDiv}" LABEL="Data" xlink:label="data" ORDER="2">`,
      )
      .replace(
        /(<mets:fptr FILEID="[^"]+"\/>\n)(\s*<\/mets:div>\n\s*<\/mets:div>\n\s*<\/mets:structMap>)/,
        `$1        <mets:fptr ID="fptr-parts" CONTENTIDS="urn:example:page-1 urn:example:page-2">
          <mets:seq ORDER="1">
            <mets:area FILEID="${dataFile}" BETYPE="BYTE" BEGIN="0" END="1023" EXTTYPE="BYTE" EXTENT="1024"/>
            <mets:par LABEL="trang 1">
              <mets:area FILEID="${dataFile}" SHAPE="RECT" COORDS="0,0,48,64" ADMID="tech-note"/>
              <mets:seq>
                <mets:area FILEID="${dataFile}" BETYPE="TIME" BEGIN="00:00:00" END="00:00:05"/>
              </mets:seq>
            </mets:par>
          </mets:seq>
        </mets:fptr>
$2`,
      )
      // structLink and behaviorSec after the structMap.
      .replace(
        '</mets:structMap>\n',
        `</mets:structMap>
  <mets:structLink ID="links">
    <mets:smLink ID="link-1" xlink:from="metadata" xlink:to="data" xlink:arcrole="describes" xlink:title="metadata of the data" xlink:show="none" xlink:actuate="onRequest"/>
    <mets:smLinkGrp ID="link-group" ARCLINKORDER="ordered" xlink:type="extended" xlink:title="both ways">
      <mets:smLocatorLink ID="locator-metadata" xlink:type="locator" xlink:href="#${metadataDiv}" xlink:label="m"/>
      <mets:smLocatorLink ID="locator-data" xlink:href="#${dataDiv}" xlink:label="d"/>
      <mets:smArcLink ID="arc-1" xlink:type="arc" xlink:from="m" xlink:to="d" ARCTYPE="describes" ADMID="tech-note"/>
    </mets:smLinkGrp>
  </mets:structLink>
  <mets:behaviorSec ID="behaviors" LABEL="hiển thị" CREATED="2025-08-01T09:00:00+07:00">
    <mets:behaviorSec ID="behaviors-nested"/>
    <mets:behavior ID="behavior-view" STRUCTID="${dataDiv}" BTYPE="display" GROUPID="viewers" ADMID="tech-note" LABEL="xem">
      <mets:interfaceDef ID="interface-1" LABEL="giao diện" LOCTYPE="URL" xlink:type="simple" xlink:href="https://example.org/viewer.wsdl"/>
      <mets:mechanism ID="mechanism-1" LOCTYPE="OTHER" OTHERLOCTYPE="local" xlink:href="viewer.js"/>
    </mets:behavior>
  </mets:behaviorSec>
`,
      )
  );
}

/** The edits that put the once-unchecked parts of PREMIS into the root PREMIS. */
function premisFixture(premis: string): string {
  return premis
    .replace(
      /(<object xsi:type="representation">\n\s*<objectIdentifier>[\s\S]*?<\/objectIdentifier>\n)/,
      `$1    <preservationLevel>
      <preservationLevelType authority="preservationLevelType">logical</preservationLevelType>
      <preservationLevelValue>full</preservationLevelValue>
      <preservationLevelRole authorityURI="http://id.loc.gov/vocabulary/preservation/preservationLevelRole" valueURI="http://id.loc.gov/vocabulary/preservation/preservationLevelRole/int">intention</preservationLevelRole>
      <preservationLevelRationale>Thông tư 05/2025/TT-BNV, Điều 28</preservationLevelRationale>
      <preservationLevelDateAssigned>2025-08</preservationLevelDateAssigned>
    </preservationLevel>
    <significantProperties>
      <significantPropertiesType>page count</significantPropertiesType>
      <significantPropertiesValue>2</significantPropertiesValue>
    </significantProperties>
    <originalName simpleLink="https://example.org/ho-so">Hồ sơ 160</originalName>
    <storage>
      <contentLocation simpleLink="file:///kho/1">
        <contentLocationType>path</contentLocationType>
        <contentLocationValue>kho/1/${NAME}</contentLocationValue>
      </contentLocation>
      <storageMedium>disk</storageMedium>
    </storage>
    <relationship>
      <relationshipType>dependency</relationshipType>
      <relationshipSubType>requires</relationshipSubType>
      <relatedObjectIdentifier>
        <relatedObjectIdentifierType>local</relatedObjectIdentifierType>
        <relatedObjectIdentifierValue>environment-pdf-reader</relatedObjectIdentifierValue>
        <relatedObjectSequence>1</relatedObjectSequence>
      </relatedObjectIdentifier>
      <relatedEnvironmentPurpose>render</relatedEnvironmentPurpose>
      <relatedEnvironmentCharacteristic>recommended</relatedEnvironmentCharacteristic>
    </relationship>
`,
    )
    .replace(
      /(<\/object>\n)(\s*<event>)/,
      `$1  <object xsi:type="intellectualEntity" xmlID="environment-1" version="3.0">
    <objectIdentifier>
      <objectIdentifierType>local</objectIdentifierType>
      <objectIdentifierValue>environment-pdf-reader</objectIdentifierValue>
    </objectIdentifier>
    <environmentFunction>
      <environmentFunctionType authority="environmentFunctionType">software application</environmentFunctionType>
      <environmentFunctionLevel>1</environmentFunctionLevel>
    </environmentFunction>
    <environmentDesignation>
      <environmentName>PDF/A reader</environmentName>
      <environmentVersion>2</environmentVersion>
      <environmentOrigin>ISO 19005-2</environmentOrigin>
      <environmentDesignationNote>Bất kỳ trình đọc PDF/A-2b nào</environmentDesignationNote>
      <environmentDesignationExtension><note xmlns="urn:example:note">any</note></environmentDesignationExtension>
    </environmentDesignation>
    <environmentRegistry>
      <environmentRegistryName>PRONOM</environmentRegistryName>
      <environmentRegistryKey>fmt/476</environmentRegistryKey>
      <environmentRegistryRole>specification</environmentRegistryRole>
    </environmentRegistry>
    <environmentExtension/>
  </object>
$2`,
    )
    .replace(
      '</premis>',
      `  <rights xmlID="rights-1">
    <rightsStatement>
      <rightsStatementIdentifier>
        <rightsStatementIdentifierType>local</rightsStatementIdentifierType>
        <rightsStatementIdentifierValue>rights-copyright</rightsStatementIdentifierValue>
      </rightsStatementIdentifier>
      <rightsBasis>copyright</rightsBasis>
      <copyrightInformation>
        <copyrightStatus>publicdomain</copyrightStatus>
        <copyrightJurisdiction>vn</copyrightJurisdiction>
        <copyrightStatusDeterminationDate>2025-08-01</copyrightStatusDeterminationDate>
        <copyrightNote>Văn bản quản lý nhà nước</copyrightNote>
        <copyrightDocumentationIdentifier>
          <copyrightDocumentationIdentifierType>law</copyrightDocumentationIdentifierType>
          <copyrightDocumentationIdentifierValue>Luật Sở hữu trí tuệ, Điều 15</copyrightDocumentationIdentifierValue>
          <copyrightDocumentationRole>basis</copyrightDocumentationRole>
        </copyrightDocumentationIdentifier>
        <copyrightApplicableDates>
          <startDate>2001</startDate>
          <endDate>open</endDate>
        </copyrightApplicableDates>
      </copyrightInformation>
      <rightsGranted>
        <act>disseminate</act>
        <restriction>conditional</restriction>
        <termOfGrant>
          <startDate>2025-08-01</startDate>
        </termOfGrant>
        <rightsGrantedNote>Chế độ sử dụng 01</rightsGrantedNote>
      </rightsGranted>
      <linkingObjectIdentifier>
        <linkingObjectIdentifierType>local</linkingObjectIdentifierType>
        <linkingObjectIdentifierValue>representations/rep1</linkingObjectIdentifierValue>
        <linkingObjectRole>target</linkingObjectRole>
      </linkingObjectIdentifier>
    </rightsStatement>
    <rightsStatement>
      <rightsStatementIdentifier>
        <rightsStatementIdentifierType>local</rightsStatementIdentifierType>
        <rightsStatementIdentifierValue>rights-other</rightsStatementIdentifierValue>
      </rightsStatementIdentifier>
      <rightsBasis>statute</rightsBasis>
      <licenseInformation>
        <licenseTerms>Khai thác tại phòng đọc</licenseTerms>
      </licenseInformation>
      <statuteInformation>
        <statuteJurisdiction>vn</statuteJurisdiction>
        <statuteCitation>Luật Lưu trữ 2024</statuteCitation>
        <statuteInformationDeterminationDate>2025-07-01</statuteInformationDeterminationDate>
        <statuteApplicableDates>
          <startDate>2025-07-01</startDate>
        </statuteApplicableDates>
      </statuteInformation>
      <otherRightsInformation>
        <otherRightsBasis>policy</otherRightsBasis>
        <otherRightsNote>Thông tư 05/2025/TT-BNV</otherRightsNote>
      </otherRightsInformation>
    </rightsStatement>
    <rightsExtension/>
  </rights>
</premis>`,
    );
}

/** Storage and a signature on the first data file of the representation PREMIS. */
function repPremisFixture(premis: string): string {
  return premis.replace(
    /(<\/originalName>\n)/,
    `$1    <storage>
      <storageMedium>disk</storageMedium>
    </storage>
    <signatureInformation>
      <signature>
        <signatureEncoding>base64</signatureEncoding>
        <signer>Trung tâm Lưu trữ lịch sử tỉnh Quảng Ninh</signer>
        <signatureMethod>RSA-SHA256</signatureMethod>
        <signatureValue>MEUCIQDc</signatureValue>
        <signatureValidationRules>PAdES-B</signatureValidationRules>
        <signatureProperties>top right of the first page</signatureProperties>
        <keyInformation><X509Certificate xmlns="http://www.w3.org/2000/09/xmldsig#">MIIB</X509Certificate></keyInformation>
      </signature>
    </signatureInformation>
`,
  );
}

describe('fixtures that use every part of METS and PREMIS', () => {
  let pristine: string;

  beforeAll(async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-ip-schemas-pristine-'));
    pristine = (
      await buildPackage(await samplePackageInput('AIP_hoso', 2), { format: 'folder', destination: folder })
    ).path;
  });

  /** A copy of the built package with every fixture applied, then `breakIt` on one file. */
  async function fixture(
    breakIt?: [string, (text: string) => string],
  ): Promise<{ folder: string; text: (path: string) => Promise<string> }> {
    const folder = join(await mkdtemp(join(tmpdir(), 'sohoa-ip-schemas-case-')), NAME);
    await cp(pristine, folder, { recursive: true });
    await edit(folder, REP_METS, metsFixture);
    await edit(folder, ROOT_PREMIS, premisFixture);
    await edit(folder, REP_PREMIS, repPremisFixture);
    if (breakIt) await edit(folder, breakIt[0], breakIt[1]);
    return { folder, text: (path) => readFile(join(folder, path), 'utf8') };
  }

  it('validate against the shipped schemas, and the package stays valid under vn-tt05', async () => {
    const { folder, text } = await fixture();
    const mets = await text(REP_METS);
    for (const part of [
      '<mets:techMD ID="tech-note"',
      '<mets:binData>R2hp',
      'ADMID="tech-note ',
      '<mets:FContent ',
      '<mets:stream ',
      '<mets:transformFile ',
      '<mets:fptr ID="fptr-parts"',
      '<mets:par ',
      'xlink:label="metadata"',
      'xlink:label="data"',
      '<mets:smLink ',
      '<mets:smLinkGrp ',
      '<mets:behaviorSec ',
    ])
      expect(mets, part).toContain(part);
    const premis = await text(ROOT_PREMIS);
    for (const part of [
      '<preservationLevel>',
      '<storage>',
      'xmlID="environment-1"',
      '<rights ',
      '<statuteInformation>',
    ])
      expect(premis, part).toContain(part);
    expect(await text(REP_PREMIS)).toContain('<signatureInformation>');
    expect(schemaErrors(mets, 'mets.xsd')).toEqual([]);
    expect(schemaErrors(await text(ROOT_PREMIS), 'premis.xsd')).toEqual([]);
    expect(schemaErrors(await text(REP_PREMIS), 'premis.xsd')).toEqual([]);
    const report = await validatePackage(folder, { checkPdf: false });
    expect(report.findings).toEqual([]);
  });

  type Break = [rule: string, what: string, file: string, change: (text: string) => string, marker: string];

  const BREAKS: Break[] = [
    [
      'IP-XSD1',
      'smLink without xlink:to',
      REP_METS,
      (t) => t.replace(' xlink:to="data"', ''),
      '<mets:smLink ',
    ],
    [
      'IP-XSD1',
      'smLinkGrp with one locator',
      REP_METS,
      (t) => t.replace(/\s*<mets:smLocatorLink ID="locator-data"[^>]*\/>/, ''),
      '<mets:smArcLink ',
    ],
    [
      'IP-XSD1',
      'behavior without mechanism',
      REP_METS,
      (t) => t.replace(/\s*<mets:mechanism [^>]*\/>/, ''),
      '<mets:behavior ',
    ],
    [
      'IP-XSD1',
      'FContent binData that is not base64',
      REP_METS,
      (t) => t.replace('JVBERi0xLjcK', 'not base64!'),
      '<mets:binData>not base64!',
    ],
    [
      'IP-XSD1',
      'mdWrap holding both binData and xmlData',
      REP_METS,
      (t) =>
        t.replace(
          '</mets:binData>\n      </mets:mdWrap>',
          '</mets:binData>\n<mets:xmlData><x/></mets:xmlData>\n      </mets:mdWrap>',
        ),
      '<mets:xmlData><x/>',
    ],
    [
      'IP-XSD1',
      'transformFile with an unknown TRANSFORMTYPE',
      REP_METS,
      (t) => t.replace('TRANSFORMTYPE="decompression"', 'TRANSFORMTYPE="unzip"'),
      '<mets:transformFile ',
    ],
    [
      'IP-XSD1',
      'stream with a BETYPE other than BYTE',
      REP_METS,
      (t) => t.replace('END="1023" BETYPE="BYTE"/>', 'END="1023" BETYPE="TIME"/>'),
      '<mets:stream ',
    ],
    [
      'IP-XSD1',
      'area without FILEID',
      REP_METS,
      (t) => t.replace(/<mets:area FILEID="[^"]+" SHAPE/, '<mets:area SHAPE'),
      '<mets:area SHAPE',
    ],
    [
      'IP-XSD1',
      'area with an unknown SHAPE',
      REP_METS,
      (t) => t.replace('SHAPE="RECT"', 'SHAPE="SQUARE"'),
      'SHAPE="SQUARE"',
    ],
    [
      'TT05-PREMIS1',
      'rightsStatement without rightsBasis',
      ROOT_PREMIS,
      (t) => t.replace(/\s*<rightsBasis>copyright<\/rightsBasis>/, ''),
      '<copyrightInformation>',
    ],
    [
      'TT05-PREMIS1',
      'rightsGranted without act',
      ROOT_PREMIS,
      (t) => t.replace(/\s*<act>disseminate<\/act>/, ''),
      '<restriction>',
    ],
    [
      'TT05-PREMIS1',
      'licenseInformation that is empty',
      ROOT_PREMIS,
      (t) => t.replace(/<licenseTerms>[^<]*<\/licenseTerms>\s*/, ''),
      '<licenseInformation>',
    ],
    [
      'TT05-PREMIS1',
      'environmentFunction without its level',
      ROOT_PREMIS,
      (t) => t.replace(/\s*<environmentFunctionLevel>1<\/environmentFunctionLevel>/, ''),
      '<environmentFunction>',
    ],
    [
      'TT05-PREMIS1',
      'environmentDesignation without environmentName',
      ROOT_PREMIS,
      (t) => t.replace(/\s*<environmentName>PDF\/A reader<\/environmentName>/, ''),
      '<environmentVersion>',
    ],
    [
      'TT05-PREMIS1',
      'environment units on a representation (intellectual entities only)',
      ROOT_PREMIS,
      (t) =>
        t.replace(
          '    <storage>\n      <contentLocation',
          '    <environmentFunction><environmentFunctionType>x</environmentFunctionType><environmentFunctionLevel>1</environmentFunctionLevel></environmentFunction>\n    <storage>\n      <contentLocation',
        ),
      '<environmentFunction><environmentFunctionType>x',
    ],
    [
      'TT05-PREMIS1',
      'preservationLevel without its value',
      ROOT_PREMIS,
      (t) => t.replace(/\s*<preservationLevelValue>full<\/preservationLevelValue>/, ''),
      '<preservationLevelRole ',
    ],
    [
      'TT05-PREMIS1',
      'a preservationLevelDateAssigned that is no date',
      ROOT_PREMIS,
      (t) => t.replace('<preservationLevelDateAssigned>2025-08<', '<preservationLevelDateAssigned>tháng 8<'),
      '<preservationLevelDateAssigned>',
    ],
    [
      'TT05-PREMIS1',
      'signature without signatureValue',
      REP_PREMIS,
      (t) => t.replace(/\s*<signatureValue>MEUCIQDc<\/signatureValue>/, ''),
      '<signatureValidationRules>',
    ],
    [
      'TT05-PREMIS1',
      'storage that is empty',
      REP_PREMIS,
      (t) => t.replace(/<storageMedium>disk<\/storageMedium>\s*/, ''),
      '<storage>',
    ],
  ];

  it.each(BREAKS)('%s: %s', async (rule, _what, file, change, marker) => {
    const { folder, text } = await fixture([file, change]);
    const report = await validatePackage(folder, { checkPdf: false });
    expect(new Set(report.findings.map((finding) => finding.requirement))).toEqual(new Set([rule]));
    const line = lineOf(await text(file), marker);
    expect(report.findings.map((finding) => [finding.file, finding.line])).toContainEqual([file, line]);
  });
});

describe('TT05-EAD5: EAD files against their simpledc schema', () => {
  let pristine: string;

  beforeAll(async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-ip-ead-pristine-'));
    pristine = (
      await buildPackage(await samplePackageInput('AIP_hoso', 2), { format: 'folder', destination: folder })
    ).path;
  });

  async function broken(file: string, change: (text: string) => string, marker: string): Promise<void> {
    const folder = join(await mkdtemp(join(tmpdir(), 'sohoa-ip-ead-case-')), NAME);
    await cp(pristine, folder, { recursive: true });
    await edit(folder, file, change);
    const report = await validatePackage(folder, { checkPdf: false });
    expect(new Set(report.findings.map((finding) => finding.requirement))).toEqual(new Set(['TT05-EAD5']));
    const line = lineOf(await readFile(join(folder, file), 'utf8'), marker);
    expect(report.findings.map((finding) => [finding.file, finding.line])).toContainEqual([file, line]);
  }

  it('an EAD_doc with a field written twice (the metadata check keeps the last)', () =>
    broken(
      EAD_DOC1,
      (t) => t.replace('</subject>\n', '</subject>\n  <subject>Về việc khác</subject>\n'),
      '<subject>Về việc khác',
    ));

  it('an EAD.xml whose field holds an element', () =>
    broken(
      EAD,
      (t) => t.replace('<keyword></keyword>', '<keyword><b>trường học</b></keyword>'),
      '<keyword><b>',
    ));

  it('an EAD.xml whose field carries an attribute', () =>
    broken(EAD, (t) => t.replace('<title>', '<title lang="vi">'), '<title lang="vi">'));

  it('an EAD_doc whose simpledc is in a namespace', () =>
    broken(EAD_DOC1, (t) => t.replace('<simpledc>', '<simpledc xmlns="urn:example:dc">'), '<simpledc'));
});
