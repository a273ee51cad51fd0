import { stat } from 'node:fs/promises';
import { SohoaError } from '@sohoa/core';
import { checkPdfA } from '@sohoa/pdfa';
import type { XmlDocument } from 'libxml2-wasm';
import type { PackageType } from '../build/package-types.js';
import { shippedValidator } from '../xml/schema-set.js';
import { checkMetadata, type DocumentFiles } from './check-metadata.js';
import { checkMets, type MetsFacts } from './check-mets.js';
import { checkPremisFacts, type PremisFacts, readPremis } from './check-premis.js';
import { checkReferences, resolveHref } from './check-references.js';
import { checkTt05Mets, checkTt05RootMets } from './check-tt05-mets.js';
import { type Finding, FindingList, type ValidationProfile } from './finding.js';
import { openFolderSource } from './folder-source.js';
import { DEFAULT_LIMITS, type PackageLimits, type PackageSource } from './package-source.js';
import { attribute, elements, parseXml, validateXsd } from './xml-reader.js';
import { openZipSource } from './zip-source.js';

/** Options of {@link validatePackage}. */
export interface ValidatePackageOptions {
  /**
   * `'csip'`: E-ARK CSIP 2.x and the package-level rules (`IP-…`). `'vn-tt05'`: those plus the
   * rules of Thông tư 05/2025/TT-BNV (`TT05-…`: metadata, PREMIS, PDF/A, names, times, OBJID).
   * @default 'vn-tt05'
   */
  profile?: ValidationProfile;
  /** Check every PDF with `@sohoa/pdfa`'s PDF/A-2B checker (`vn-tt05` only). @default true */
  checkPdf?: boolean;
  /** Safety limits against hostile packages. @default {@link DEFAULT_LIMITS} */
  limits?: PackageLimits;
}

/** The outcome of {@link validatePackage}. */
export interface ValidationReport {
  /** The folder or ZIP validated. */
  path: string;
  profile: ValidationProfile;
  /** `true` when no finding is an error. */
  valid: boolean;
  /** The package type the root METS declares, when it is one of the circular's four. */
  packageType: PackageType | undefined;
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
  limits: Required<PackageLimits>;
  tt05: boolean;
  referenced: Set<string>;
  /** A METS could not be read, so which files are referenced is unknown (no `IP-REF4` then). */
  metsUnreadable: boolean;
}

async function readMets(
  context: Context,
  path: string,
): Promise<{ document: XmlDocument; facts: MetsFacts } | undefined> {
  const document = parseXml(
    await context.source.read(path, context.limits.maxXmlBytes),
    path,
    context.findings,
  );
  if (!document) {
    context.metsUnreadable = true;
    return undefined;
  }
  validateXsd(document, shippedValidator('mets.xsd'), path, 'IP-XSD1', context.findings);
  const facts = checkMets(document, path, context.findings);
  if (context.tt05) checkTt05Mets(facts, path, context.findings);
  await checkReferences(path, facts.references, context.source, context.referenced, context.findings);
  return { document, facts };
}

/** Each data file of a representation METS with the `EAD_doc` its `DMDID` points at. */
function documentsOf(
  document: XmlDocument,
  metsPath: string,
): Array<{ dataPath: string; eadPath: string | undefined }> {
  const result: Array<{ dataPath: string; eadPath: string | undefined }> = [];
  for (const file of elements(document.root, 'mets:fileSec//mets:file')) {
    const href = elements(file, 'mets:FLocat')[0];
    const dataPath = href ? resolveHref(metsPath, attribute(href, 'xlink:href') ?? '') : undefined;
    if (!dataPath) continue;
    const dmdId = (attribute(file, 'DMDID') ?? '').split(/\s+/)[0];
    const reference = dmdId
      ? elements(document.root, `mets:dmdSec[@ID='${dmdId.replaceAll("'", '')}']/mets:mdRef`)[0]
      : undefined;
    const eadHref = reference ? attribute(reference, 'xlink:href') : undefined;
    result.push({ dataPath, eadPath: eadHref === undefined ? undefined : resolveHref(metsPath, eadHref) });
  }
  return result;
}

async function openSource(path: string, limits: Required<PackageLimits>): Promise<PackageSource> {
  const info = await stat(path).catch((cause: NodeJS.ErrnoException) => {
    throw new SohoaError({
      code: cause.code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE',
      message: `[@sohoa/ip] validatePackage: cannot read "${path}".`,
      fix: 'Give the path of a package folder or ZIP file.',
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
 * Checks: root `METS.xml` present; every METS well formed (safe parsing: no DTD, no external
 * entities, no network, bounded size) and valid against METS 1.12 with the CSIP extension; the
 * CSIP requirements on each METS; every referenced file present with its declared size and
 * SHA-256, and every file referenced. `vn-tt05` adds the package type, profile, OBJID and folder
 * name, `+07:00` times, SHA-256, the folder tree, `EAD.xml`/`EAD_doc` by `@sohoa/metadata`,
 * dossier totals, `docCode` prefixes and ordinals, file names, PREMIS (schema, fixity, links) and
 * PDF/A-2B of every PDF by `@sohoa/pdfa`.
 *
 * @throws {@link SohoaError} `INPUT_NOT_FOUND`, `INPUT_UNREADABLE`, `PACKAGE_CORRUPT` (truncated or
 * damaged ZIP), `PACKAGE_UNSAFE_PATH` (absolute path, `..`, backslash or symbolic link),
 * `PACKAGE_LIMIT_EXCEEDED` (a limit of {@link PackageLimits}: possible zip bomb).
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
 * ```
 */
export async function validatePackage(
  path: string,
  options: ValidatePackageOptions = {},
): Promise<ValidationReport> {
  const profile = options.profile ?? 'vn-tt05';
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const source = await openSource(path, limits);
  const context: Context = {
    source,
    findings: new FindingList(),
    limits,
    tt05: profile === 'vn-tt05',
    referenced: new Set(['METS.xml']),
    metsUnreadable: false,
  };
  const findings = context.findings;
  let packageType: PackageType | undefined;
  let objectId: string | undefined;
  const documents: Array<XmlDocument> = [];
  try {
    if (!source.files.has('METS.xml')) {
      findings.error('IP-STR1', 'The package has no METS.xml at its root.');
    } else {
      const root = await readMets(context, 'METS.xml');
      if (root) {
        documents.push(root.document);
        objectId = root.facts.objectId;
        if (context.tt05) packageType = checkTt05RootMets(root.facts, source.rootName, findings);
        await validateRest(context, root.facts, packageType, options, documents);
      }
    }
    for (const file of context.metsUnreadable ? [] : source.files.keys()) {
      if (!context.referenced.has(file)) {
        findings.error('IP-REF4', `"${file}" is in the package but no METS references it.`, file);
      }
    }
  } finally {
    for (const document of documents) document.dispose();
    await source.close();
  }
  return {
    path,
    profile,
    valid: findings.items.every((finding) => finding.severity !== 'error'),
    packageType,
    objectId,
    findings: findings.items,
    fileCount: source.files.size,
  };
}

async function validateRest(
  context: Context,
  rootFacts: MetsFacts,
  packageType: PackageType | undefined,
  options: ValidatePackageOptions,
  opened: XmlDocument[],
): Promise<void> {
  const { findings, source } = context;
  const representationPaths = [
    ...new Set(
      rootFacts.references
        .filter((reference) => reference.kind === 'mptr')
        .map((reference) => resolveHref('METS.xml', reference.href))
        .filter((target): target is string => target !== undefined && source.files.has(target)),
    ),
  ];
  const dataFiles: DocumentFiles[] = [];
  const premisPaths = rootFacts.references
    .filter((reference) => reference.section === 'digiprovMD')
    .map((reference) => resolveHref('METS.xml', reference.href));
  for (const representation of representationPaths) {
    const mets = await readMets(context, representation);
    if (!mets) continue;
    opened.push(mets.document);
    if (!context.tt05) continue;
    for (const reference of mets.facts.references) {
      if (reference.section === 'digiprovMD') premisPaths.push(resolveHref(representation, reference.href));
    }
    for (const document of documentsOf(mets.document, representation)) {
      const eadPath =
        document.eadPath !== undefined && source.files.has(document.eadPath) ? document.eadPath : undefined;
      dataFiles.push({
        dataPath: document.dataPath,
        eadPath,
        eadText:
          eadPath === undefined
            ? undefined
            : new TextDecoder().decode(await source.read(eadPath, context.limits.maxXmlBytes)),
      });
    }
  }
  if (!context.tt05 || packageType === undefined) return;
  const aip = packageType.startsWith('AIP');
  const dmdTargets = rootFacts.references
    .filter((reference) => reference.section === 'dmdSec')
    .map((reference) => resolveHref('METS.xml', reference.href));
  if (!dmdTargets.includes('metadata/descriptive/EAD.xml')) {
    findings.error(
      'TT05-STR1',
      'The root METS has no dmdSec referencing metadata/descriptive/EAD.xml.',
      'METS.xml',
    );
  }
  if (!representationPaths.includes('representations/rep1/METS.xml')) {
    findings.error('TT05-STR1', 'The root METS does not point at representations/rep1/METS.xml.', 'METS.xml');
  }
  if (aip && !premisPaths.includes('metadata/preservation/PREMIS.xml')) {
    findings.error(
      'TT05-STR1',
      'An AIP needs metadata/preservation/PREMIS.xml referenced from the root amdSec.',
      'METS.xml',
    );
  }
  if (source.files.has('metadata/descriptive/EAD.xml')) {
    const ead = new TextDecoder().decode(
      await source.read('metadata/descriptive/EAD.xml', context.limits.maxXmlBytes),
    );
    checkMetadata(packageType, ead, dataFiles, findings);
  }
  const dataChecksums = new Map<string, string>();
  for (const file of dataFiles) {
    if (source.files.has(file.dataPath))
      dataChecksums.set(file.dataPath, (await source.checksum(file.dataPath)).checksum);
  }
  if (aip) {
    const facts: PremisFacts = { fixity: new Map(), events: new Set(), agents: new Set(), links: [] };
    for (const premisPath of new Set(premisPaths)) {
      if (premisPath === undefined || !source.files.has(premisPath)) continue;
      const document = parseXml(
        await source.read(premisPath, context.limits.maxXmlBytes),
        premisPath,
        findings,
      );
      if (!document) continue;
      opened.push(document);
      validateXsd(document, shippedValidator('premis.xsd'), premisPath, 'TT05-PREMIS1', findings);
      readPremis(document, premisPath, facts, findings);
    }
    checkPremisFacts(facts, dataChecksums, findings);
  }
  if (options.checkPdf ?? true) {
    for (const file of dataFiles) {
      if (!file.dataPath.toLowerCase().endsWith('.pdf') || !source.files.has(file.dataPath)) continue;
      await checkPdf(context, file.dataPath);
    }
  }
}

async function checkPdf(context: Context, path: string): Promise<void> {
  const bytes = await context.source.read(path, context.limits.maxPdfBytes);
  try {
    const report = await checkPdfA(bytes);
    if (report.passed) return;
    const rules = [...new Set(report.failures.map((failure) => failure.rule))];
    context.findings.error(
      'TT05-PDF1',
      `Not PDF/A-2B: ${report.failures.length} failure(s) of rule(s) ${rules.join(', ')}; first: ${report.failures[0]?.message ?? ''}`,
      path,
    );
  } catch (error) {
    if (!SohoaError.isInstance(error)) throw error;
    context.findings.error('TT05-PDF1', `Not a readable PDF: ${error.message}`, path);
  }
}
