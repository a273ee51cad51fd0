import type { FindingList } from '../finding.js';
import type { PackageSource } from '../package-source.js';
import { namesFolder } from './root-element.js';

/**
 * `CSIPSTR1`, `CSIPSTR4`: a ZIP unpacks to one root folder; the root holds `METS.xml`, exactly so
 * named. Returns whether the root METS is there.
 */
export function checkRootMetsPresent(source: PackageSource, findings: FindingList): boolean {
  if (source.kind === 'zip' && source.rootName === undefined) {
    findings.error(
      'CSIPSTR1',
      'The ZIP does not unpack to a single root folder: put every entry under one folder named after the package.',
    );
  }
  if (source.files.has('METS.xml')) return true;
  const nearly = [...source.files.keys()].find(
    (file) => !file.includes('/') && /^.{0,3}m.?e.?t.?s.{0,3}\.xml(\.xml)?$/i.test(file),
  );
  findings.error(
    'CSIPSTR4',
    nearly === undefined
      ? 'The package has no METS.xml at its root: the package METS is missing.'
      : `The package has no METS.xml at its root; "${nearly}" is there: rename it to METS.xml (the name is case-sensitive).`,
    nearly,
  );
  return false;
}

/** `CSIPSTR2`: the root folder is named after the OBJID (characters a folder cannot hold read as `_`). */
export function checkRootFolderName(
  source: PackageSource,
  objectId: string | undefined,
  findings: FindingList,
): void {
  // An OBJID missing or empty is CSIP1's finding alone.
  if (objectId === undefined || objectId.trim() === '' || source.rootName === undefined) return;
  if (!namesFolder(objectId, source.rootName)) {
    findings.warning(
      'CSIPSTR2',
      `The package root folder is "${source.rootName}"; it should be named after the OBJID "${objectId}".`,
    );
  }
}

/**
 * `CSIPSTR5`, `CSIPSTR9`–`CSIPSTR13`, `CSIPSTR15`: the folders CSIP recommends: `metadata/`,
 * `representations/` with one folder per representation, each with `data/` and `METS.xml`;
 * XML schemas in a `schemas/` folder. (`CSIPSTR6`, `CSIPSTR7` and `CSIPSTR16`, where metadata
 * and documentation files sit, are judged on the METS references.)
 */
export function checkFolders(source: PackageSource, findings: FindingList): void {
  const { files, folders } = source;
  if (!folders.has('metadata/')) findings.warning('CSIPSTR5', 'The package has no metadata/ folder.');
  if (!folders.has('representations/')) {
    findings.warning('CSIPSTR9', 'The package has no representations/ folder.');
    return;
  }
  for (const file of files.keys()) {
    if (/^representations\/[^/]+$/.test(file)) {
      findings.warning(
        'CSIPSTR10',
        `"${file}" sits directly in representations/; each representation has its own folder.`,
        file,
      );
    }
  }
  for (const folder of folders) {
    const match = /^representations\/[^/]+\/$/.exec(folder);
    if (!match) continue;
    if (!folders.has(`${folder}data/`))
      findings.warning('CSIPSTR11', `The representation ${folder} has no data/ folder.`);
    if (!files.has(`${folder}METS.xml`))
      findings.warning('CSIPSTR12', `The representation ${folder} has no METS.xml.`);
    if (!folders.has(`${folder}metadata/`))
      findings.warning('CSIPSTR13', `The representation ${folder} has no metadata/ folder.`);
  }
  for (const file of files.keys()) {
    if (file.toLowerCase().endsWith('.xsd') && !/(^|\/)schemas\//.test(file)) {
      findings.warning('CSIPSTR15', `The XML schema "${file}" should sit in a schemas/ folder.`, file);
    }
  }
}
