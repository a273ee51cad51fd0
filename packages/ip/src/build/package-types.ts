import type { RecordKind } from '@sohoa/metadata';

/**
 * The information packages of Thông tư 05/2025/TT-BNV that `@sohoa/ip` builds and validates
 * (standards reference §3.7): a dossier (`hoso`) or loose documents (`tailieu`), as a submission
 * (`SIP`, from another system) or an archival package (`AIP`, digitized records and records kept
 * by the archive).
 */
export type PackageType = 'AIP_hoso' | 'SIP_hoso' | 'AIP_tailieu' | 'SIP_tailieu';

/** What the circular fixes for each package type. */
export interface PackageTypeProfile {
  /** `csip:OAISPACKAGETYPE`. */
  oaisType: 'AIP' | 'SIP';
  /** `mets/@TYPE`: `Mixed` for a dossier, `Collection` for loose documents. */
  metsType: 'Mixed' | 'Collection';
  /** `mets/@PROFILE` of the root METS. */
  profile: string;
  /** The `@sohoa/metadata` record kind of `metadata/descriptive/EAD.xml`. */
  packageRecord: RecordKind;
  /** The record kind of each `EAD_doc_*.xml`. */
  documentRecord: RecordKind;
  /** The element of the package record that holds its code: `fileCode` or `arcFileCode`. */
  codeField: 'fileCode' | 'arcFileCode';
}

/** `mets/@PROFILE` of an AIP root METS in the circular's examples (standards reference §3.7). */
export const AIP_PROFILE = 'http://www.ra.ee/METS/v01/IP.xml';
/** `mets/@PROFILE` of a SIP and of every representation METS: the E-ARK CSIP METS profile. */
export const CSIP_PROFILE = 'https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml';
/** `mets/@PROFILE` of a DIP root METS (Appendix V of the circular): the E-ARK DIP METS profile. */
export const DIP_PROFILE = 'https://earkdip.dilcis.eu/profile/E-ARK-DIP.xml';

/**
 * What `validatePackage` recognises: the four package types `buildPackage` makes, and the DIP of
 * Appendix V (`csip:OAISPACKAGETYPE="DIP"`), which it validates but does not build.
 *
 * @example
 * ```ts
 * import { validatePackage } from '@sohoa/ip';
 *
 * const { packageType } = await validatePackage('dip.zip'); // 'DIP'
 * ```
 */
export type ValidatedPackageType = PackageType | 'DIP';

/**
 * The profile of every package type.
 *
 * @example
 * ```ts
 * import { PACKAGE_TYPES } from '@sohoa/ip';
 *
 * PACKAGE_TYPES.AIP_hoso.metsType; // 'Mixed'
 * PACKAGE_TYPES.SIP_tailieu.packageRecord; // 'sipLooseDocuments'
 * ```
 */
export const PACKAGE_TYPES: Readonly<Record<PackageType, PackageTypeProfile>> = {
  AIP_hoso: {
    oaisType: 'AIP',
    metsType: 'Mixed',
    profile: AIP_PROFILE,
    packageRecord: 'aipDossier',
    documentRecord: 'aipDocument',
    codeField: 'arcFileCode',
  },
  SIP_hoso: {
    oaisType: 'SIP',
    metsType: 'Mixed',
    profile: CSIP_PROFILE,
    packageRecord: 'dossier',
    documentRecord: 'document',
    codeField: 'fileCode',
  },
  AIP_tailieu: {
    oaisType: 'AIP',
    metsType: 'Collection',
    profile: AIP_PROFILE,
    packageRecord: 'aipLooseDocuments',
    documentRecord: 'aipDocument',
    codeField: 'arcFileCode',
  },
  SIP_tailieu: {
    oaisType: 'SIP',
    metsType: 'Collection',
    profile: CSIP_PROFILE,
    packageRecord: 'sipLooseDocuments',
    documentRecord: 'document',
    codeField: 'fileCode',
  },
};

/** The package type that a root METS declares, or `undefined` when it fits none. */
export function packageTypeOf(
  oaisType: string | undefined,
  metsType: string | undefined,
): PackageType | undefined {
  for (const [type, profile] of Object.entries(PACKAGE_TYPES) as Array<[PackageType, PackageTypeProfile]>) {
    if (profile.oaisType === oaisType && profile.metsType === metsType) return type;
  }
  return undefined;
}
