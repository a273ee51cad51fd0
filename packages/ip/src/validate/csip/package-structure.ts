import type { FindingList } from '../finding.js';
import type { PackageSource } from '../package-source.js';
import { namesFolder } from './root-element.js';

/**
 * `CSIPSTR1`, `CSIPSTR4`: a ZIP unpacks to one root folder; the root holds `METS.xml`, exactly so
 * named. Returns whether the root METS is there.
 */
export function checkRootMetsPresent(source: PackageSource, findings: FindingList): boolean {
  if (source.kind === 'zip' && source.rootName === undefined) {
    findings.error('CSIPSTR1', {
      en: 'The ZIP does not unpack to a single root folder: put every entry under one folder named after the package.',
      vi: 'Tệp ZIP không giải nén ra một thư mục gốc duy nhất: hãy đặt mọi mục vào một thư mục mang tên của gói.',
    });
  }
  if (source.files.has('METS.xml')) return true;
  const nearly = [...source.files.keys()].find(
    (file) => !file.includes('/') && /^.{0,3}m.?e.?t.?s.{0,3}\.xml(\.xml)?$/i.test(file),
  );
  findings.error(
    'CSIPSTR4',
    nearly === undefined
      ? {
          en: 'The package has no METS.xml at its root: the package METS is missing.',
          vi: 'Gói không có METS.xml ở thư mục gốc: thiếu tệp METS của gói.',
        }
      : {
          en: `The package has no METS.xml at its root; "${nearly}" is there: rename it to METS.xml (the name is case-sensitive).`,
          vi: `Gói không có METS.xml ở thư mục gốc; ở đó có "${nearly}": hãy đổi tên thành METS.xml (tên phân biệt chữ hoa, chữ thường).`,
        },
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
    findings.warning('CSIPSTR2', {
      en: `The package root folder is "${source.rootName}"; it should be named after the OBJID "${objectId}".`,
      vi: `Thư mục gốc của gói là "${source.rootName}"; tên thư mục nên trùng với OBJID "${objectId}".`,
    });
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
  if (!folders.has('metadata/'))
    findings.warning('CSIPSTR5', {
      en: 'The package has no metadata/ folder.',
      vi: 'Gói không có thư mục metadata/.',
    });
  if (!folders.has('representations/')) {
    findings.warning('CSIPSTR9', {
      en: 'The package has no representations/ folder.',
      vi: 'Gói không có thư mục representations/.',
    });
    return;
  }
  for (const file of files.keys()) {
    if (/^representations\/[^/]+$/.test(file)) {
      findings.warning(
        'CSIPSTR10',
        {
          en: `"${file}" sits directly in representations/; each representation has its own folder.`,
          vi: `"${file}" nằm trực tiếp trong representations/; mỗi biểu diễn phải có thư mục riêng.`,
        },
        file,
      );
    }
  }
  for (const folder of folders) {
    const match = /^representations\/[^/]+\/$/.exec(folder);
    if (!match) continue;
    if (!folders.has(`${folder}data/`))
      findings.warning('CSIPSTR11', {
        en: `The representation ${folder} has no data/ folder.`,
        vi: `Biểu diễn ${folder} không có thư mục data/.`,
      });
    if (!files.has(`${folder}METS.xml`))
      findings.warning('CSIPSTR12', {
        en: `The representation ${folder} has no METS.xml.`,
        vi: `Biểu diễn ${folder} không có tệp METS.xml.`,
      });
    if (!folders.has(`${folder}metadata/`))
      findings.warning('CSIPSTR13', {
        en: `The representation ${folder} has no metadata/ folder.`,
        vi: `Biểu diễn ${folder} không có thư mục metadata/.`,
      });
  }
  for (const file of files.keys()) {
    if (file.toLowerCase().endsWith('.xsd') && !/(^|\/)schemas\//.test(file)) {
      findings.warning(
        'CSIPSTR15',
        {
          en: `The XML schema "${file}" should sit in a schemas/ folder.`,
          vi: `Lược đồ XML "${file}" nên nằm trong thư mục schemas/.`,
        },
        file,
      );
    }
  }
}
