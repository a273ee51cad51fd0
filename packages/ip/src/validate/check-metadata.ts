import { SohoaError } from '@sohoa/base';
import {
  checkDossierDocuments,
  type DocumentTotals,
  eadFileName,
  type MetadataIssue,
  parseDocCode,
  parseDocumentFileName,
  parseEadXml,
  type RecordKind,
} from '@sohoa/metadata';
import { PACKAGE_TYPES, type ValidatedPackageType } from '../build/package-types.js';
import { checkDipRequest } from './check-dip-request.js';
import type { FindingList } from './finding.js';

/** A document of the representation: its data file and its `EAD_doc` text. */
export interface DocumentFiles {
  dataPath: string;
  eadPath: string | undefined;
  eadText: string | undefined;
}

function parseRecord(
  kind: RecordKind,
  text: string,
  path: string,
  requirement: string,
  findings: FindingList,
): Record<string, unknown> | undefined {
  try {
    return parseEadXml(kind, text, { source: path, locale: 'en' }) as Record<string, unknown>;
  } catch (error) {
    if (!SohoaError.isInstance(error)) throw error;
    const issues = issuesOf(error);
    if (issues.length === 0) {
      findings.error(requirement, { en: error.message, vi: error.describe('vi') }, path);
      return undefined;
    }
    // The same issues worded in Vietnamese: parsing is deterministic, so they come in the same order.
    let issuesVi: MetadataIssue[] = [];
    try {
      parseEadXml(kind, text, { source: path, locale: 'vi' });
    } catch (errorVi) {
      if (SohoaError.isInstance(errorVi)) issuesVi = issuesOf(errorVi);
    }
    issues.forEach((issue, index) => {
      const message = { en: issue.message, vi: issuesVi[index]?.message ?? issue.message };
      if (issue.severity === 'error') findings.error(requirement, message, path);
      else findings.warning(requirement, message, path);
    });
    return undefined;
  }
}

function issuesOf(error: SohoaError): MetadataIssue[] {
  return (error.details?.issues as MetadataIssue[] | undefined) ?? [];
}

const PACKAGE_EAD = 'metadata/descriptive/EAD.xml';

/** What the metadata checks read, by package type. */
interface MetadataProfile {
  /** The record kind of `EAD.xml`; none for a DIP (its access request is checked here). */
  packageRecord: RecordKind | undefined;
  documentRecord: RecordKind;
  /** The element of `EAD.xml` holding the package code; none for a DIP. */
  codeField: 'fileCode' | 'arcFileCode' | undefined;
  /** The element of `EAD_doc` holding the document code. */
  docCodeField: 'docCode' | 'arcDocCode';
  /** Data files are named after their document code (`TT05-NAME1`); not said for a DIP. */
  namedAfterCode: boolean;
  /** A dossier: `TT05-EAD3` compares its totals with the documents. */
  dossier: boolean;
}

function metadataProfile(type: ValidatedPackageType): MetadataProfile {
  if (type === 'DIP') {
    return {
      packageRecord: undefined,
      documentRecord: 'dipDocument',
      codeField: undefined,
      docCodeField: 'arcDocCode',
      namedAfterCode: false,
      dossier: false,
    };
  }
  const profile = PACKAGE_TYPES[type];
  return {
    packageRecord: profile.packageRecord,
    documentRecord: profile.documentRecord,
    codeField: profile.codeField,
    docCodeField: 'docCode',
    namedAfterCode: true,
    dossier: type.endsWith('hoso'),
  };
}

/**
 * The metadata rules of Thông tư 05/2025/TT-BNV (PROFILE.md), one document at a time so that
 * validation streams: `EAD.xml` valid by `@sohoa/metadata` (`TT05-EAD1`), each `EAD_doc` valid
 * (`TT05-EAD2`), `docCode` prefix and ordinals (`TT05-EAD4`), file names (`TT05-NAME1`), and at
 * the end the dossier totals against the documents (`TT05-EAD3`). Of each document only its
 * `docCode`, date and page count are kept.
 */
export class MetadataChecker {
  private packageRecord: Record<string, unknown> | undefined;
  private readonly totals: DocumentTotals[] = [];
  private readonly seenCodes = new Set<string>();
  private documentCount = 0;
  private readonly profile: MetadataProfile;

  constructor(
    type: ValidatedPackageType,
    private readonly findings: FindingList,
  ) {
    this.profile = metadataProfile(type);
  }

  /** Checks `metadata/descriptive/EAD.xml`; call it before the documents (their prefix needs its code). */
  checkPackageRecord(eadText: string): void {
    const kind = this.profile.packageRecord;
    if (kind === undefined) {
      checkDipRequest(eadText, PACKAGE_EAD, this.findings);
      return;
    }
    this.packageRecord = parseRecord(kind, eadText, PACKAGE_EAD, 'TT05-EAD1', this.findings);
  }

  /** Checks one document: its `EAD_doc`, its `docCode` and the names of both files. */
  checkDocument(document: DocumentFiles): void {
    const { findings } = this;
    this.documentCount += 1;
    const fileName = document.dataPath.slice(document.dataPath.lastIndexOf('/') + 1);
    if (document.eadPath === undefined || document.eadText === undefined) {
      findings.error(
        'TT05-EAD2',
        {
          en: `The data file "${fileName}" has no EAD_doc metadata (DMDID).`,
          vi: `Tệp dữ liệu "${fileName}" không có siêu dữ liệu EAD_doc (DMDID).`,
        },
        document.dataPath,
      );
      return;
    }
    const eadName = document.eadPath.slice(document.eadPath.lastIndexOf('/') + 1);
    if (eadName !== eadFileName('doc', fileName)) {
      findings.error(
        'TT05-NAME1',
        {
          en: `The metadata of "${fileName}" is named "${eadName}"; expected "${eadFileName('doc', fileName)}".`,
          vi: `Tệp siêu dữ liệu của "${fileName}" có tên "${eadName}"; tên đúng là "${eadFileName('doc', fileName)}".`,
        },
        document.eadPath,
      );
    }
    const record = parseRecord(
      this.profile.documentRecord,
      document.eadText,
      document.eadPath,
      'TT05-EAD2',
      findings,
    );
    if (!record) return;
    this.totals.push({
      issuedDate: String(record.issuedDate ?? ''),
      numberOfPage: Number(record.numberOfPage ?? 0),
    });
    this.checkDocCode(record, fileName, document);
  }

  private checkDocCode(record: Record<string, unknown>, fileName: string, document: DocumentFiles): void {
    const { findings } = this;
    const eadPath = document.eadPath;
    const { codeField, docCodeField } = this.profile;
    const code =
      codeField === undefined ? undefined : (this.packageRecord?.[codeField] as string | undefined);
    const docCode = String(record[docCodeField]);
    const parts = parseDocCode(docCode);
    if (this.seenCodes.has(docCode))
      findings.error(
        'TT05-EAD4',
        {
          en: `${docCodeField} "${docCode}" is used twice.`,
          vi: `${docCodeField} "${docCode}" bị dùng hai lần.`,
        },
        eadPath,
      );
    this.seenCodes.add(docCode);
    if (!parts || !/\.\d{7}$/.test(docCode)) {
      findings.error(
        'TT05-EAD4',
        {
          en: `${docCodeField} "${docCode}" does not end in a 7-digit ordinal.`,
          vi: `${docCodeField} "${docCode}" không kết thúc bằng số thứ tự 7 chữ số.`,
        },
        eadPath,
      );
      return;
    }
    if (code !== undefined && code !== parts.fileCode && !code.endsWith(`.${parts.fileCode}`)) {
      findings.error(
        'TT05-EAD4',
        {
          en: `docCode "${docCode}" does not start with the package code "${code}".`,
          vi: `docCode "${docCode}" không bắt đầu bằng mã của gói "${code}".`,
        },
        eadPath,
      );
    }
    if (record.docOrdinal !== undefined && Number(record.docOrdinal) !== parts.ordinal) {
      findings.error(
        'TT05-EAD4',
        {
          en: `docOrdinal ${record.docOrdinal} differs from the ordinal of docCode "${docCode}".`,
          vi: `docOrdinal ${record.docOrdinal} khác số thứ tự trong docCode "${docCode}".`,
        },
        eadPath,
      );
    }
    if (!this.profile.namedAfterCode) return;
    const name = parseDocumentFileName(fileName);
    if (!name || name.ordinal !== parts.ordinal || name.fileCode !== parts.fileCode) {
      findings.error(
        'TT05-NAME1',
        {
          en: `"${fileName}" is not named <fileCode>.<ordinal> after its docCode "${docCode}" (Art. 8.1.d).`,
          vi: `"${fileName}" không được đặt tên theo dạng <fileCode>.<số thứ tự> theo docCode "${docCode}" của nó (điểm d khoản 1 Điều 8).`,
        },
        document.dataPath,
      );
    }
  }

  /** `TT05-EAD3`: dossier totals, when the dossier and every document were readable. */
  finish(): void {
    const dossier = this.packageRecord;
    if (!dossier || !this.profile.dossier || this.totals.length !== this.documentCount) return;
    const issuesVi = checkDossierDocuments(dossier as never, this.totals, 'vi');
    checkDossierDocuments(dossier as never, this.totals, 'en').forEach((issue, index) => {
      const message = { en: issue.message, vi: issuesVi[index]?.message ?? issue.message };
      if (issue.severity === 'error') this.findings.error('TT05-EAD3', message, PACKAGE_EAD);
    });
  }
}
