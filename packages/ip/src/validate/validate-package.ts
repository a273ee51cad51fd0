import { stat } from 'node:fs/promises';
import { SohoaError } from '@sohoa/base';
import type { RecordKind } from '@sohoa/metadata';
import { checkPdfA } from '@sohoa/pdfa';
import type { XmlDocument, XsdValidator } from 'libxml2-wasm';
import type { ValidatedPackageType } from '../build/package-types.js';
import type { IpErrorCode } from '../errors/ip-error-codes.js';
import { checkEadSchema, eadKinds } from '../xml/check-ead-schema.js';
import { directoryValidator, shippedValidator } from '../xml/schema-set.js';
import { MetadataChecker } from './check-metadata.js';
import { checkMets, checkResolvedMets, type MetsFacts, type MetsReference } from './check-mets.js';
import { checkPremisFacts, emptyPremisFacts, readPremis } from './check-premis.js';
import { checkReferences, FileIndex, resolveHref } from './check-references.js';
import { checkTt05Mets, checkTt05RootMets } from './check-tt05-mets.js';
import type { MetsCheck } from './csip/mets-check.js';
import { checkFolders, checkRootFolderName, checkRootMetsPresent } from './csip/package-structure.js';
import { declaresSip } from './csip/root-element.js';
import { type CsipVersion, DEFAULT_CSIP_VERSION, declaredCsipVersion } from './csip/spec-version.js';
import { withElementLines } from './element-lines.js';
import { type Finding, FindingList, type ValidationProfile } from './finding.js';
import { FixityCache } from './fixity-cache.js';
import { openFolderSource } from './folder-source.js';
import type { NameCollision } from './name-collisions.js';
import { DEFAULT_LIMITS, type PackageLimits, type PackageSource } from './package-source.js';
import { attribute, elements, parseXml, validateXsd } from './xml-reader.js';
import { openZipSource } from './zip-source.js';

const PACKAGE_EAD = 'metadata/descriptive/EAD.xml';

/** Options of {@link validatePackage}. */
export interface ValidatePackageOptions {
  /**
   * `'csip'`: E-ARK CSIP 2.x and the package-level rules (`IP-…`). `'vn-tt05'`: those plus the
   * rules of Thông tư 05/2025/TT-BNV (`TT05-…`: metadata, PREMIS, PDF/A, names, times, OBJID).
   * @default 'vn-tt05'
   */
  profile?: ValidationProfile;
  /**
   * The E-ARK CSIP (and SIP) version to validate against. By default the version the root METS
   * declares (its `@PROFILE` URL, its `csip:CONTENTINFORMATIONTYPE` terms, its csip `NOTETYPE`s),
   * or 2.0 when it declares none ({@link DEFAULT_CSIP_VERSION}).
   * @default the declared version
   */
  specVersion?: CsipVersion;
  /** Check every PDF with `@sohoa/pdfa`'s PDF/A-2B checker (`vn-tt05` only). @default true */
  checkPdf?: boolean;
  /** Safety limits against hostile packages. @default {@link DEFAULT_LIMITS} */
  limits?: PackageLimits;
  /**
   * A folder of XSD files to validate METS (`IP-XSD1`) and PREMIS (`TT05-PREMIS1`) against
   * instead of the shipped subsets: e.g. the official `mets.xsd` (METS 1.12.1) and `premis.xsd`
   * (PREMIS 3.0) of the Library of Congress with the `xlink.xsd` they import, downloaded once.
   * `mets.xsd` and `premis.xsd` are taken from it when present (the shipped one otherwise); every
   * import, by relative path or by absolute URL such as
   * `http://www.loc.gov/standards/xlink/xlink.xsd`, is answered by the file of that name in the
   * folder, or by the shipped `xlink.xsd`: nothing is fetched from the network.
   * @default the shipped schemas (`schemas/` of `@sohoa/ip`)
   */
  schemaDirectory?: string;
}

/** The outcome of {@link validatePackage}. */
export interface ValidationReport {
  /** The folder or ZIP validated. */
  path: string;
  profile: ValidationProfile;
  /** The E-ARK CSIP version the package was validated against (declared, or forced). */
  specVersion: CsipVersion;
  /** `true` when no finding is an error. */
  valid: boolean;
  /**
   * The package type the root METS declares (`vn-tt05`), when it is one of the circular's four or
   * a DIP (`csip:OAISPACKAGETYPE="DIP"`, Appendix V).
   */
  packageType: ValidatedPackageType | undefined;
  /** `mets/@OBJID` of the root METS. */
  objectId: string | undefined;
  /** Every finding, in the order found. */
  findings: Finding[];
  /** How many files the package holds. */
  fileCount: number;
}

interface Context {
  source: PackageSource;
  findings: FindingList;
  tt05: boolean;
  referenced: Set<string>;
  /** The package files, for references that differ from their file in separators or case. */
  index: FileIndex;
  /** Every file is hashed once; METS references and PREMIS fixity share the digest. */
  fixity: FixityCache;
  /** The CSIP version: forced by the options, or read from the root METS. */
  version: CsipVersion | undefined;
  /** The E-ARK SIP requirements apply (read from the root METS). */
  sip: boolean;
  /** A METS could not be read, so which files are referenced is unknown (no `IP-REF4` then). */
  metsUnreadable: boolean;
  /** The compiled METS schema, and the PREMIS one when first needed. */
  metsSchema: XsdValidator;
  premisSchema: () => XsdValidator;
}

/**
 * Parses one XML file of the package, hands the document to `inspect` and disposes of it at
 * once: one XML tree is alive at a time, so memory follows the largest XML file, not the package.
 * Returns `undefined` (with an `IP-XML1` finding) when the file is not well-formed or refused.
 */
async function withXml<T>(
  context: Context,
  path: string,
  inspect: (document: XmlDocument, bytes: Uint8Array) => T | Promise<T>,
  emptyRequirement = 'IP-XML1',
): Promise<T | undefined> {
  const bytes = await context.source.read(path, 'maxXmlBytes');
  const document = parseXml(bytes, path, context.findings, emptyRequirement);
  if (!document) return undefined;
  try {
    return await inspect(document, bytes);
  } finally {
    document.dispose();
  }
}

/** On the root METS: the CSIP version and whether the E-ARK SIP requirements apply. */
function readVersion(context: Context, document: XmlDocument): CsipVersion {
  const root = document.root;
  const header = elements(root, 'mets:metsHdr')[0];
  const oaisType = header ? attribute(header, 'csip:OAISPACKAGETYPE') : undefined;
  context.sip = declaresSip(attribute(root, 'PROFILE'), oaisType, context.tt05);
  context.version ??= declaredCsipVersion(root) ?? DEFAULT_CSIP_VERSION;
  return context.version;
}

/**
 * Checks one METS (CSIP and SIP requirements, then its schema, TT05 times and sums, then its
 * references) and reads `extract` from it. The root METS sets the version the others follow.
 */
async function readMets<T>(
  context: Context,
  path: string,
  extract: (document: XmlDocument) => T,
): Promise<{ facts: MetsFacts; extracted: T } | undefined> {
  const isRoot = path === 'METS.xml';
  const result = await withXml(
    context,
    path,
    (document, bytes) => {
      const version = isRoot ? readVersion(context, document) : (context.version ?? DEFAULT_CSIP_VERSION);
      const check: Omit<MetsCheck, 'root'> = {
        path,
        findings: context.findings,
        version,
        isRoot,
        sip: context.sip,
        circular: context.tt05,
        folderName: isRoot ? context.source.rootName : /^representations\/([^/]+)\//.exec(path)?.[1],
        files: context.source.files,
        folders: context.source.folders,
      };
      const facts = withElementLines(document, bytes, () => {
        const found = checkMets(document, check);
        validateXsd(document, context.metsSchema, path, 'IP-XSD1', context.findings);
        return found;
      });
      if (context.tt05) checkTt05Mets(facts, path, context.findings);
      return { check, facts, extracted: extract(document) };
    },
    isRoot ? 'CSIPSTR4' : 'IP-XML1',
  );
  if (!result) {
    context.metsUnreadable = true;
    return undefined;
  }
  const resolved = await checkReferences(
    path,
    result.facts.references,
    context.index,
    context.fixity,
    context.referenced,
    context.findings,
    context.tt05 ? 'sha256' : 'any',
  );
  checkResolvedMets(result.check, result.facts, resolved);
  return result;
}

/** `IP-NAME1`: names one file system would store as one file. */
function reportCollisions(collisions: readonly NameCollision[], findings: FindingList): void {
  for (const { kind, names } of collisions) {
    const first = names[0] as string;
    findings.error(
      'IP-NAME1',
      kind === 'identical'
        ? {
            en: `The ZIP holds "${first}" ${names.length} times; unzip extracts the first copy (the one checked here), other tools the last: keep one entry.`,
            vi: `Tệp ZIP chứa "${first}" ${names.length} lần; unzip giải nén bản đầu tiên (bản được kiểm tra ở đây), công cụ khác lấy bản cuối: chỉ giữ một mục.`,
          }
        : {
            en: `${names.map((name) => `"${name}"`).join(' and ')} differ only in ${kind === 'case' ? 'letter case' : 'Unicode normalization (NFC/NFD)'}: a ${kind === 'case' ? 'case-insensitive file system (Windows, macOS)' : 'file system that normalizes names (macOS)'} keeps one of them. Rename one.`,
            vi: `${names.map((name) => `"${name}"`).join(' và ')} chỉ khác nhau ở ${kind === 'case' ? 'chữ hoa, chữ thường' : 'dạng chuẩn hóa Unicode (NFC/NFD)'}: ${kind === 'case' ? 'hệ thống tệp không phân biệt chữ hoa, chữ thường (Windows, macOS)' : 'hệ thống tệp chuẩn hóa tên tệp (macOS)'} chỉ giữ lại một tệp. Hãy đổi tên một tệp.`,
          },
      first,
    );
  }
}

/** Each data file of a representation METS with the `EAD_doc` its `DMDID` points at. */
function documentsOf(
  document: XmlDocument,
  metsPath: string,
): Array<{ dataPath: string; eadPath: string | undefined }> {
  const descriptions = new Map<string, string>();
  for (const section of elements(document.root, 'mets:dmdSec')) {
    const href = elements(section, 'mets:mdRef')[0];
    const id = attribute(section, 'ID');
    const target = href ? attribute(href, 'xlink:href') : undefined;
    if (id !== undefined && target !== undefined) descriptions.set(id, target);
  }
  const result: Array<{ dataPath: string; eadPath: string | undefined }> = [];
  for (const file of elements(document.root, 'mets:fileSec//mets:file')) {
    const location = elements(file, 'mets:FLocat')[0];
    const dataPath = location ? resolveHref(metsPath, attribute(location, 'xlink:href') ?? '') : undefined;
    if (!dataPath) continue;
    const eadHref = descriptions.get((attribute(file, 'DMDID') ?? '').split(/\s+/)[0] ?? '');
    result.push({ dataPath, eadPath: eadHref === undefined ? undefined : resolveHref(metsPath, eadHref) });
  }
  return result;
}

async function openSource(path: string, limits: Required<PackageLimits>): Promise<PackageSource> {
  const info = await stat(path).catch((cause: NodeJS.ErrnoException) => {
    throw new SohoaError<IpErrorCode>({
      code: cause.code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE',
      message: {
        vi: `[@sohoa/ip] validatePackage: không đọc được "${path}".`,
        en: `[@sohoa/ip] validatePackage: cannot read "${path}".`,
      },
      fix: {
        vi: 'Chỉ ra đường dẫn của một thư mục gói hoặc tệp ZIP.',
        en: 'Give the path of a package folder or ZIP file.',
      },
      cause,
      details: { path },
    });
  });
  return info.isDirectory() ? openFolderSource(path, limits) : openZipSource(path, limits);
}

/**
 * Validates an information package, a folder or a ZIP (read in place, entries streamed), against
 * E-ARK CSIP 2.x (`profile: 'csip'`) or CSIP with Thông tư 05/2025/TT-BNV (`'vn-tt05'`), and
 * lists every finding with the requirement it breaks, the file and the line. Invalid packages
 * are reported, not thrown; only unreadable or unsafe input throws. Rules: `PROFILE.md`.
 *
 * Checks: root `METS.xml` present (`CSIPSTR4`) and the CSIP folders; every METS well formed (safe
 * parsing: no DTD, no external entities, no network, bounded size), the E-ARK CSIP requirements of
 * the version the package declares (or `specVersion`) and, for an E-ARK SIP, the SIP ones, then
 * valid against METS 1.12 with the CSIP extension; every referenced file present with its
 * declared size and checksum, each named under the requirement of the referencing element, and
 * every file referenced; ZIP names that collide (`IP-NAME1`). `vn-tt05` adds the package type, profile, OBJID and folder
 * name, `+07:00` times, SHA-256, the folder tree, `EAD.xml`/`EAD_doc` by `@sohoa/metadata` and
 * against their simpledc schema,
 * dossier totals, `docCode` prefixes and ordinals, file names, PREMIS (schema, fixity, links) and
 * PDF/A-2B of every PDF by `@sohoa/pdfa`.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `INPUT_NOT_FOUND`, `INPUT_UNREADABLE`, `PACKAGE_CORRUPT` (truncated or
 * damaged ZIP), `PACKAGE_UNSAFE_PATH` (absolute path, `..`, backslash or symbolic link),
 * `PACKAGE_LIMIT_EXCEEDED` (a limit of {@link PackageLimits}: possible zip bomb),
 * `OPTION_INVALID` (a `schemaDirectory` that cannot be read or whose schema does not compile).
 *
 * @example
 * ```ts
 * import { validatePackage } from '@sohoa/ip';
 *
 * const report = await validatePackage('out/package.zip', { profile: 'vn-tt05' });
 * for (const finding of report.findings) {
 *   console.log(`${finding.requirement} ${finding.file ?? ''}:${finding.line ?? ''} ${finding.message}`);
 * }
 * process.exitCode = report.valid ? 0 : 1;
 *
 * // E-ARK CSIP (and SIP) alone, as CSIP 2.2 whatever the package declares
 * await validatePackage('out/package.zip', { profile: 'csip', specVersion: '2.2' });
 *
 * // against the official METS 1.12.1 / PREMIS 3.0 files kept in a folder (imports resolved there)
 * await validatePackage('out/package.zip', { schemaDirectory: 'ci/official-xsd' });
 * ```
 */
export async function validatePackage(
  path: string,
  options: ValidatePackageOptions = {},
): Promise<ValidationReport> {
  const profile = options.profile ?? 'vn-tt05';
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const schemaDirectory = options.schemaDirectory;
  const schema = (name: 'mets.xsd' | 'premis.xsd') =>
    schemaDirectory === undefined ? shippedValidator(name) : directoryValidator(schemaDirectory, name);
  const metsSchema = schema('mets.xsd');
  const source = await openSource(path, limits);
  const context: Context = {
    source,
    findings: new FindingList(),
    tt05: profile === 'vn-tt05',
    referenced: new Set(['METS.xml']),
    index: new FileIndex(source.files),
    fixity: new FixityCache(source),
    version: options.specVersion,
    sip: false,
    metsUnreadable: false,
    metsSchema,
    premisSchema: () => schema('premis.xsd'),
  };
  const findings = context.findings;
  let packageType: ValidatedPackageType | undefined;
  let objectId: string | undefined;
  try {
    reportCollisions(source.collisions, findings);
    if (!checkRootMetsPresent(source, findings)) context.metsUnreadable = true;
    else {
      const root = await readMets(context, 'METS.xml', () => undefined);
      if (root) {
        objectId = root.facts.objectId;
        if (context.tt05) packageType = checkTt05RootMets(root.facts, source.rootName, findings);
        else checkRootFolderName(source, objectId, findings);
        await validateRest(context, root.facts, packageType, options);
      }
    }
    checkFolders(source, findings);
    for (const file of context.metsUnreadable ? [] : source.files.keys()) {
      // Under csip, files a finding already names by their folder (CSIP17, CSIP31, CSIP32) are not
      // reported again one by one; under vn-tt05 an unreferenced file is an error of its own.
      if (!context.referenced.has(file) && (context.tt05 || !findings.accountedFor(file))) {
        findings.add(
          context.tt05 ? 'error' : 'warning',
          'IP-REF4',
          {
            en: `"${file}" is in the package but no METS references it.`,
            vi: `"${file}" có trong gói nhưng không tệp METS nào tham chiếu tới nó.`,
          },
          file,
        );
      }
    }
  } finally {
    await source.close();
  }
  return {
    path,
    profile,
    specVersion: context.version ?? DEFAULT_CSIP_VERSION,
    valid: findings.items.every((finding) => finding.severity !== 'error'),
    packageType,
    objectId,
    findings: findings.items,
    fileCount: source.files.size,
  };
}

/** `TT05-STR1`: the folder tree of the circular, read from the root METS. */
function checkTree(
  context: Context,
  rootFacts: MetsFacts,
  representationPaths: readonly string[],
  premisPaths: readonly (string | undefined)[],
  aip: boolean,
): void {
  const dmdTargets = rootFacts.references
    .filter((reference) => reference.section === 'dmdSec')
    .map((reference) => resolveHref('METS.xml', reference.href));
  if (!dmdTargets.includes(PACKAGE_EAD)) {
    context.findings.error(
      'TT05-STR1',
      {
        en: `The root METS has no dmdSec referencing ${PACKAGE_EAD}.`,
        vi: `Tệp METS gốc không có dmdSec tham chiếu tới ${PACKAGE_EAD}.`,
      },
      'METS.xml',
    );
  }
  if (!representationPaths.includes('representations/rep1/METS.xml')) {
    context.findings.error(
      'TT05-STR1',
      {
        en: 'The root METS does not point at representations/rep1/METS.xml.',
        vi: 'Tệp METS gốc không trỏ tới representations/rep1/METS.xml.',
      },
      'METS.xml',
    );
  }
  if (aip && !premisPaths.includes('metadata/preservation/PREMIS.xml')) {
    context.findings.error(
      'TT05-STR1',
      {
        en: 'An AIP needs metadata/preservation/PREMIS.xml referenced from the root amdSec.',
        vi: 'Gói AIP phải có metadata/preservation/PREMIS.xml được tham chiếu từ amdSec của tệp METS gốc.',
      },
      'METS.xml',
    );
  }
}

/**
 * Everything below the root METS, one file at a time: each representation METS, then (vn-tt05)
 * `EAD.xml` and each `EAD_doc` as its data file is met, the PREMIS files and the PDFs. Per
 * document only its path, digest and a few metadata totals are kept.
 */
async function validateRest(
  context: Context,
  rootFacts: MetsFacts,
  packageType: ValidatedPackageType | undefined,
  options: ValidatePackageOptions,
): Promise<void> {
  const { source } = context;
  const pointedBy = (kinds: ReadonlyArray<MetsReference['kind']>) => [
    ...new Set(
      rootFacts.references
        .filter((reference) => kinds.includes(reference.kind))
        .map((reference) => context.index.resolve('METS.xml', reference.href)?.target)
        .filter(
          (target): target is string =>
            target !== undefined && /^representations\/[^/]+\/METS\.xml$/.test(target),
        ),
    ),
  ];
  // TT05-STR1 asks for the mptr; every representation METS the root points at is read.
  const representationPaths = pointedBy(['mptr']);
  const representationMets = pointedBy(['mptr', 'file']);
  const premisPaths = rootFacts.references
    .filter((reference) => reference.section === 'digiprovMD')
    .map((reference) => resolveHref('METS.xml', reference.href));
  const tt05 = context.tt05 && packageType !== undefined ? packageType : undefined;
  const aip = tt05?.startsWith('AIP') ?? false;

  const metadata = tt05 === undefined ? undefined : new MetadataChecker(tt05, context.findings);
  const eadKind = tt05 === undefined ? undefined : eadKinds(tt05);
  if (metadata) {
    checkTree(context, rootFacts, representationPaths, premisPaths, aip);
    if (source.files.has(PACKAGE_EAD)) {
      const bytes = await source.read(PACKAGE_EAD, 'maxXmlBytes');
      afterMetadataCheck(context, PACKAGE_EAD, bytes, eadKind?.packageRecord, () =>
        metadata.checkPackageRecord(new TextDecoder().decode(bytes)),
      );
    }
  }
  const dataPaths: string[] = [];
  for (const representation of representationMets) {
    const mets = await readMets(context, representation, (document) =>
      metadata ? documentsOf(document, representation) : [],
    );
    if (!mets || !metadata) continue;
    for (const reference of mets.facts.references) {
      if (reference.section === 'digiprovMD') premisPaths.push(resolveHref(representation, reference.href));
    }
    for (const document of mets.extracted) {
      dataPaths.push(document.dataPath);
      const eadPath =
        document.eadPath !== undefined && source.files.has(document.eadPath) ? document.eadPath : undefined;
      const bytes = eadPath === undefined ? undefined : await source.read(eadPath, 'maxXmlBytes');
      afterMetadataCheck(context, eadPath, bytes, eadKind?.documentRecord, () =>
        metadata.checkDocument({
          dataPath: document.dataPath,
          eadPath,
          eadText: bytes === undefined ? undefined : new TextDecoder().decode(bytes),
        }),
      );
    }
  }
  if (!metadata) return;
  metadata.finish();
  // A DIP may carry PREMIS (standards reference §3.7): its PREMIS is checked when it does.
  const dipPremis =
    tt05 === 'DIP' && premisPaths.some((path) => path !== undefined && source.files.has(path));
  if (aip || dipPremis) await checkPremis(context, premisPaths, dataPaths);
  if (options.checkPdf ?? true) {
    for (const path of dataPaths) {
      if (path.toLowerCase().endsWith('.pdf') && source.files.has(path)) await checkPdf(context, path);
    }
  }
}

/**
 * Runs the metadata check of one EAD file, then `TT05-EAD5` (its simpledc schema) unless that
 * check already failed the file (`TT05-EAD1`/`TT05-EAD2`): one break, one rule.
 */
function afterMetadataCheck(
  context: Context,
  path: string | undefined,
  bytes: Uint8Array | undefined,
  kind: RecordKind | undefined,
  check: () => void,
): void {
  const before = context.findings.items.length;
  check();
  if (path === undefined || bytes === undefined || kind === undefined) return;
  const failed = context.findings.items
    .slice(before)
    .some((finding) => finding.file === path && /^TT05-EAD[12]$/.test(finding.requirement));
  if (!failed) checkEadSchema(bytes, path, kind, context.findings);
}

/** `TT05-PREMIS1`–`5` over every PREMIS file of an AIP, one parsed document at a time. */
async function checkPremis(
  context: Context,
  premisPaths: readonly (string | undefined)[],
  dataPaths: readonly string[],
): Promise<void> {
  const facts = emptyPremisFacts();
  for (const premisPath of new Set(premisPaths)) {
    if (premisPath === undefined || !context.source.files.has(premisPath)) continue;
    await withXml(context, premisPath, (document, bytes) =>
      withElementLines(document, bytes, () => {
        validateXsd(document, context.premisSchema(), premisPath, 'TT05-PREMIS1', context.findings);
        readPremis(document, premisPath, facts, context.findings);
      }),
    );
  }
  const dataChecksums = new Map<string, string>();
  for (const path of dataPaths) {
    if (context.source.files.has(path))
      dataChecksums.set(path, (await context.fixity.of(path, 'sha256')).checksum);
  }
  checkPremisFacts(facts, dataChecksums, context.findings);
}

async function checkPdf(context: Context, path: string): Promise<void> {
  const pdf = await context.source.pdf(path);
  try {
    const report = await checkPdfA(pdf);
    if (report.passed) return;
    const rules = [...new Set(report.failures.map((failure) => failure.rule))];
    context.findings.error(
      'TT05-PDF1',
      {
        en: `Not PDF/A-2B: ${report.failures.length} failure(s) of rule(s) ${rules.join(', ')}; first: ${report.failures[0]?.message ?? ''}`,
        vi: `Không đạt PDF/A-2B: ${report.failures.length} lỗi theo (các) quy tắc ${rules.join(', ')}; lỗi đầu tiên: ${report.failures[0]?.messageVi ?? ''}`,
      },
      path,
    );
  } catch (error) {
    if (!SohoaError.isInstance(error)) throw error;
    context.findings.error(
      'TT05-PDF1',
      { en: `Not a readable PDF: ${error.message}`, vi: `Không đọc được tệp PDF: ${error.describe('vi')}` },
      path,
    );
  }
}
