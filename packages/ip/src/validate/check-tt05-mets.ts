import { VIETNAM_TIME_PATTERN } from '@sohoa/base';
import { packageFolderName, parseObjectId } from '@sohoa/metadata';
import {
  DIP_PROFILE,
  PACKAGE_TYPES,
  packageTypeOf,
  type ValidatedPackageType,
} from '../build/package-types.js';
import type { MetsFacts } from './check-mets.js';
import type { FindingList } from './finding.js';

/**
 * The Thông tư 05/2025/TT-BNV rules on the root METS (PROFILE.md): package type (`TT05-TYPE1`),
 * profile (`TT05-PROFILE1`), OBJID form and folder name (`TT05-OBJID1`), times in `+07:00`
 * (`TT05-TIME1`, every METS), SHA-256 only (`TT05-SUM1`, every METS). Returns the package type:
 * one of the four, or `DIP` for `csip:OAISPACKAGETYPE="DIP"` (Appendix V).
 */
export function checkTt05RootMets(
  facts: MetsFacts,
  rootName: string | undefined,
  findings: FindingList,
): ValidatedPackageType | undefined {
  const dip = facts.oaisType === 'DIP' && (facts.type === 'Mixed' || facts.type === 'Collection');
  const type = dip ? 'DIP' : packageTypeOf(facts.oaisType, facts.type);
  if (!type) {
    findings.error(
      'TT05-TYPE1',
      {
        en: `mets/@TYPE "${facts.type}" with OAISPACKAGETYPE "${facts.oaisType}" is none of AIP_hoso, SIP_hoso (Mixed), AIP_tailieu, SIP_tailieu (Collection), or a DIP (Mixed or Collection).`,
        vi: `mets/@TYPE "${facts.type}" với OAISPACKAGETYPE "${facts.oaisType}" không thuộc loại gói nào: AIP_hoso, SIP_hoso (Mixed), AIP_tailieu, SIP_tailieu (Collection), hoặc DIP (Mixed hoặc Collection).`,
      },
      'METS.xml',
    );
    return undefined;
  }
  const expectedProfile = type === 'DIP' ? DIP_PROFILE : PACKAGE_TYPES[type].profile;
  if (facts.profile !== undefined && facts.profile !== expectedProfile) {
    findings.error(
      'TT05-PROFILE1',
      {
        en: `mets/@PROFILE is "${facts.profile}"; a ${type} uses "${expectedProfile}".`,
        vi: `mets/@PROFILE là "${facts.profile}"; gói ${type} phải dùng "${expectedProfile}".`,
      },
      'METS.xml',
    );
  }
  if (facts.objectId !== undefined) {
    const parsed = parseObjectId(facts.objectId);
    const oaisType = type === 'DIP' ? 'DIP' : PACKAGE_TYPES[type].oaisType;
    // The circular gives no OBJID form for a DIP: any of the SIP and AIP forms is accepted.
    const formOk =
      parsed !== undefined &&
      (oaisType === 'DIP' || (oaisType === 'SIP' ? parsed.form === 'uuid' : parsed.form !== 'uuid'));
    if (!formOk) {
      findings.error(
        'TT05-OBJID1',
        {
          en: `OBJID "${facts.objectId}" is not of the form ${oaisType === 'SIP' ? 'uuid-<UUID>' : oaisType === 'AIP' ? 'urn:uuid:<uuid> or urn:<fond>:uuid-<UUID>' : 'uuid-<UUID>, urn:uuid:<uuid> or urn:<fond>:uuid-<UUID>'}.`,
          vi: `OBJID "${facts.objectId}" không có dạng ${oaisType === 'SIP' ? 'uuid-<UUID>' : oaisType === 'AIP' ? 'urn:uuid:<uuid> hoặc urn:<fond>:uuid-<UUID>' : 'uuid-<UUID>, urn:uuid:<uuid> hoặc urn:<fond>:uuid-<UUID>'}.`,
        },
        'METS.xml',
      );
    } else if (rootName !== undefined && rootName !== packageFolderName(facts.objectId)) {
      findings.error(
        'TT05-OBJID1',
        {
          en: `The package folder is "${rootName}"; it must be the OBJID with ":" replaced by "_": "${packageFolderName(facts.objectId)}".`,
          vi: `Thư mục của gói là "${rootName}"; tên thư mục phải là OBJID với ":" thay bằng "_": "${packageFolderName(facts.objectId)}".`,
        },
        'METS.xml',
      );
    }
  }
  return type;
}

/** `TT05-TIME1` and `TT05-SUM1` on any METS document of the package. */
export function checkTt05Mets(facts: MetsFacts, path: string, findings: FindingList): void {
  for (const time of facts.times) {
    if (!VIETNAM_TIME_PATTERN.test(time.value)) {
      findings.error(
        'TT05-TIME1',
        {
          en: `"${time.value}" is not ISO 8601 with the offset +07:00.`,
          vi: `"${time.value}" không theo ISO 8601 với múi giờ +07:00.`,
        },
        path,
        time.line,
      );
    }
  }
  for (const reference of facts.references) {
    if (reference.checksumType !== undefined && reference.checksumType !== 'SHA-256') {
      findings.error(
        'TT05-SUM1',
        {
          en: `"${reference.href}" is summed with ${reference.checksumType}; use SHA-256.`,
          vi: `Giá trị băm của "${reference.href}" được tính bằng ${reference.checksumType}; hãy dùng SHA-256.`,
        },
        path,
        reference.line,
      );
    }
  }
}
