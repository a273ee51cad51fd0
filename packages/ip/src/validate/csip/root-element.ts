import { lineOf } from '../element-lines.js';
import { attribute } from '../xml-reader.js';
import { type MetsCheck, missingAttribute, present } from './mets-check.js';
import { CONTENT_CATEGORY_KEYS, contentCategoryKey, contentInformationTypes } from './vocabularies.js';

/** Whether a folder is named after an OBJID (characters a folder cannot hold read as `_`). */
export function namesFolder(objectId: string, folder: string): boolean {
  return folder === objectId || folder === objectId.replace(/[:/\\*?"<>|]/g, '_');
}

/** The E-ARK SIP profile URL (SIP2), unversioned or of one version. */
const SIP_PROFILE = /^https?:\/\/earksip\.dilcis\.eu\/profile\/E-ARK-SIP(-v\d+-\d+-\d+)?\.xml$/;

/**
 * `CSIP1`–`CSIP6` on the `mets` root element: OBJID, TYPE (from the content category vocabulary;
 * `OTHER` with `csip:OTHERTYPE`), `csip:CONTENTINFORMATIONTYPE` (of the version's vocabulary;
 * expected on a representation METS), `OTHERCONTENTINFORMATIONTYPE` with `OTHER`, PROFILE; and, for
 * an E-ARK SIP, `SIP1` (LABEL) and `SIP2` (the SIP profile).
 */
export function checkRootElement(check: MetsCheck): void {
  const { root, path, findings } = check;
  const at = lineOf(root);
  const objectId = present(root, 'OBJID');
  if (!objectId)
    findings.error(
      'CSIP1',
      missingAttribute('mets', 'OBJID', { en: 'the package identifier', vi: 'mã định danh của gói' }),
      path,
      at,
    );
  else if (!check.circular && check.folderName !== undefined && !namesFolder(objectId, check.folderName)) {
    findings.warning(
      'CSIP1',
      {
        en: `mets/@OBJID "${objectId}" should be the name of the folder it describes, "${check.folderName}".`,
        vi: `mets/@OBJID "${objectId}" nên trùng với tên thư mục mà nó mô tả, "${check.folderName}".`,
      },
      path,
      at,
    );
  }
  const type = present(root, 'TYPE');
  if (!type)
    findings.error(
      'CSIP2',
      missingAttribute('mets', 'TYPE', { en: 'the content category', vi: 'loại nội dung' }),
      path,
      at,
    );
  else if (!check.circular && !CONTENT_CATEGORY_KEYS.has(contentCategoryKey(type))) {
    findings.error(
      'CSIP2',
      {
        en: `mets/@TYPE "${type}" is not in the CSIP content category vocabulary; use "OTHER" with csip:OTHERTYPE for another category.`,
        vi: `mets/@TYPE "${type}" không có trong bộ từ vựng loại nội dung của CSIP; với loại khác, hãy dùng "OTHER" cùng csip:OTHERTYPE.`,
      },
      path,
      at,
    );
  } else if (contentCategoryKey(type) === 'other') {
    // CSIP2 (MUST): "OTHER" and the category declared in csip:OTHERTYPE; CSIP3 (SHOULD): how
    // csip:OTHERTYPE is used. The E-ARK test corpus files a missing or empty OTHERTYPE under CSIP2.
    const otherType = present(root, 'csip:OTHERTYPE');
    if (!otherType) {
      findings.error(
        'CSIP2',
        {
          en: 'mets/@TYPE is "OTHER" but csip:OTHERTYPE does not name the category.',
          vi: 'mets/@TYPE là "OTHER" nhưng csip:OTHERTYPE không nêu tên loại nội dung.',
        },
        path,
        at,
      );
    } else if (CONTENT_CATEGORY_KEYS.has(contentCategoryKey(otherType))) {
      findings.warning(
        'CSIP3',
        {
          en: `csip:OTHERTYPE "${otherType}" is a term of the content category vocabulary: use it as mets/@TYPE.`,
          vi: `csip:OTHERTYPE "${otherType}" là một thuật ngữ của bộ từ vựng loại nội dung: hãy dùng nó làm mets/@TYPE.`,
        },
        path,
        at,
      );
    }
  } else if (attribute(root, 'csip:OTHERTYPE') !== undefined) {
    findings.warning(
      'CSIP3',
      {
        en: 'mets has csip:OTHERTYPE but its TYPE is not "OTHER".',
        vi: 'Phần tử mets có csip:OTHERTYPE nhưng TYPE của nó không phải "OTHER".',
      },
      path,
      at,
    );
  }
  const contentType = attribute(root, 'csip:CONTENTINFORMATIONTYPE');
  if (contentType === undefined) {
    // CSIP4 is a SHOULD (0..1) for the package METS, "mandatory for representation level METS
    // documents" (2.0.4, 2.1.1, 2.2.0). Under the Vietnamese profile the circular's root METS, which
    // declares none, is judged by TT05-TYPE1.
    if (!check.isRoot) {
      findings.warning(
        'CSIP4',
        {
          en: 'A representation METS should declare csip:CONTENTINFORMATIONTYPE.',
          vi: 'Tệp METS của một biểu diễn nên khai báo csip:CONTENTINFORMATIONTYPE.',
        },
        path,
        at,
      );
    } else if (!check.circular) {
      findings.warning(
        'CSIP4',
        {
          en: 'The package METS should declare csip:CONTENTINFORMATIONTYPE (the content information type specification; "MIXED" for several).',
          vi: 'Tệp METS của gói nên khai báo csip:CONTENTINFORMATIONTYPE (đặc tả kiểu thông tin nội dung; "MIXED" nếu có nhiều kiểu).',
        },
        path,
        at,
      );
    }
  } else if (!contentInformationTypes(check.version).has(contentType)) {
    findings.error(
      'CSIP4',
      {
        en: `csip:CONTENTINFORMATIONTYPE "${contentType}" is not in the CSIP ${check.version} vocabulary; use "OTHER" with csip:OTHERCONTENTINFORMATIONTYPE.`,
        vi: `csip:CONTENTINFORMATIONTYPE "${contentType}" không có trong bộ từ vựng CSIP ${check.version}; hãy dùng "OTHER" cùng csip:OTHERCONTENTINFORMATIONTYPE.`,
      },
      path,
      at,
    );
  } else if (contentType === 'OTHER') {
    const otherContentType = present(root, 'csip:OTHERCONTENTINFORMATIONTYPE');
    if (!otherContentType) {
      // CSIP5's text, but the E-ARK corpus files it under CSIP4 (mets-root/CSIP4/invalid/
      // CONTENTINFORMATIONTYPE_OTHER_and_OTHERCONTENTINFORMATIONTYPE_not_exist, …_no_value: "CSIP4
      // mets/@CONTENTINFORMATIONTYPE - INCORRECT"), as it files TYPE OTHER without OTHERTYPE under CSIP2.
      findings.error(
        'CSIP4',
        {
          en: 'csip:CONTENTINFORMATIONTYPE is "OTHER" but csip:OTHERCONTENTINFORMATIONTYPE does not name the specification.',
          vi: 'csip:CONTENTINFORMATIONTYPE là "OTHER" nhưng csip:OTHERCONTENTINFORMATIONTYPE không nêu tên đặc tả.',
        },
        path,
        at,
      );
    } else if (otherContentType !== 'OTHER' && contentInformationTypes(check.version).has(otherContentType)) {
      findings.warning(
        'CSIP5',
        {
          en: `csip:OTHERCONTENTINFORMATIONTYPE "${otherContentType}" is a term of the vocabulary: use it as csip:CONTENTINFORMATIONTYPE.`,
          vi: `csip:OTHERCONTENTINFORMATIONTYPE "${otherContentType}" là một thuật ngữ của bộ từ vựng: hãy dùng nó làm csip:CONTENTINFORMATIONTYPE.`,
        },
        path,
        at,
      );
    }
  }
  if (contentType !== 'OTHER' && attribute(root, 'csip:OTHERCONTENTINFORMATIONTYPE') !== undefined) {
    findings.warning(
      'CSIP5',
      {
        en: 'mets has csip:OTHERCONTENTINFORMATIONTYPE but its CONTENTINFORMATIONTYPE is not "OTHER".',
        vi: 'Phần tử mets có csip:OTHERCONTENTINFORMATIONTYPE nhưng CONTENTINFORMATIONTYPE của nó không phải "OTHER".',
      },
      path,
      at,
    );
  }
  const profile = present(root, 'PROFILE');
  if (!profile) findings.error('CSIP6', missingAttribute('mets', 'PROFILE'), path, at);
  if (!check.sip || !check.isRoot) return;
  const label = attribute(root, 'LABEL');
  if (label === undefined)
    findings.info(
      'SIP1',
      missingAttribute('mets', 'LABEL', {
        en: 'a short name of the package; MAY',
        vi: 'tên ngắn của gói; MAY: không bắt buộc',
      }),
      path,
      at,
    );
  else if (label.trim() === '')
    findings.warning('SIP1', { en: 'mets/@LABEL is empty.', vi: 'mets/@LABEL để trống.' }, path, at);
  if (profile && !SIP_PROFILE.test(profile)) {
    findings.error(
      'SIP2',
      {
        en: `mets/@PROFILE is "${profile}"; an E-ARK SIP declares "https://earksip.dilcis.eu/profile/E-ARK-SIP.xml".`,
        vi: `mets/@PROFILE là "${profile}"; một gói E-ARK SIP phải khai báo "https://earksip.dilcis.eu/profile/E-ARK-SIP.xml".`,
      },
      path,
      at,
    );
  }
}

/**
 * Whether the E-ARK SIP requirements apply to a package: its root METS names the E-ARK SIP profile,
 * or says `OAISPACKAGETYPE="SIP"` without naming another E-ARK profile (CSIP, AIP, DIP, or the
 * E-ARK project's IP profile `http://www.eark-project.com/METS/IP.xml` that the CSIP drafts and the
 * E-ARK corpus's `IP_18000_…` packages name: a package that declares one of them claims CSIP, not
 * the SIP specification). Not under the Vietnamese
 * profile, whose SIPs name the CSIP profile as Thông tư 05 requires (`TT05-PROFILE1` judges it).
 */
export function declaresSip(
  profile: string | undefined,
  oaisType: string | undefined,
  circular: boolean,
): boolean {
  if (profile !== undefined && /earksip\.dilcis\.eu/i.test(profile)) return true;
  const otherEarkProfile =
    profile !== undefined &&
    /^https?:\/\/(eark(csip|aip|dip)\.dilcis\.eu\/|www\.eark-project\.com\/METS\/IP\.xml$)/i.test(profile);
  return !circular && oaisType === 'SIP' && !otherEarkProfile;
}
