import { SohoaError } from '@sohoa/core';
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
import { PACKAGE_TYPES, type PackageType } from '../build/package-types.js';
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
    const issues = (error.details?.issues as MetadataIssue[] | undefined) ?? [];
    if (issues.length === 0) findings.error(requirement, error.message, path);
    for (const issue of issues) {
      if (issue.severity === 'error') findings.error(requirement, issue.message, path);
      else findings.warning(requirement, issue.message, path);
    }
    return undefined;
  }
}

const PACKAGE_EAD = 'metadata/descriptive/EAD.xml';

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

  constructor(
    private readonly type: PackageType,
    private readonly findings: FindingList,
  ) {}

  /** Checks `metadata/descriptive/EAD.xml`; call it before the documents (their prefix needs its code). */
  checkPackageRecord(eadText: string): void {
    this.packageRecord = parseRecord(
      PACKAGE_TYPES[this.type].packageRecord,
      eadText,
      PACKAGE_EAD,
      'TT05-EAD1',
      this.findings,
    );
  }

  /** Checks one document: its `EAD_doc`, its `docCode` and the names of both files. */
  checkDocument(document: DocumentFiles): void {
    const { findings } = this;
    this.documentCount += 1;
    const fileName = document.dataPath.slice(document.dataPath.lastIndexOf('/') + 1);
    if (document.eadPath === undefined || document.eadText === undefined) {
      findings.error(
        'TT05-EAD2',
        `The data file "${fileName}" has no EAD_doc metadata (DMDID).`,
        document.dataPath,
      );
      return;
    }
    const eadName = document.eadPath.slice(document.eadPath.lastIndexOf('/') + 1);
    if (eadName !== eadFileName('doc', fileName)) {
      findings.error(
        'TT05-NAME1',
        `The metadata of "${fileName}" is named "${eadName}"; expected "${eadFileName('doc', fileName)}".`,
        document.eadPath,
      );
    }
    const record = parseRecord(
      PACKAGE_TYPES[this.type].documentRecord,
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
    const code = this.packageRecord?.[PACKAGE_TYPES[this.type].codeField] as string | undefined;
    const docCode = String(record.docCode);
    const parts = parseDocCode(docCode);
    if (this.seenCodes.has(docCode))
      findings.error('TT05-EAD4', `docCode "${docCode}" is used twice.`, eadPath);
    this.seenCodes.add(docCode);
    if (!parts || !/\.\d{7}$/.test(docCode)) {
      findings.error('TT05-EAD4', `docCode "${docCode}" does not end in a 7-digit ordinal.`, eadPath);
      return;
    }
    if (code !== undefined && code !== parts.fileCode && !code.endsWith(`.${parts.fileCode}`)) {
      findings.error(
        'TT05-EAD4',
        `docCode "${docCode}" does not start with the package code "${code}".`,
        eadPath,
      );
    }
    if (record.docOrdinal !== undefined && Number(record.docOrdinal) !== parts.ordinal) {
      findings.error(
        'TT05-EAD4',
        `docOrdinal ${record.docOrdinal} differs from the ordinal of docCode "${docCode}".`,
        eadPath,
      );
    }
    const name = parseDocumentFileName(fileName);
    if (!name || name.ordinal !== parts.ordinal || name.fileCode !== parts.fileCode) {
      findings.error(
        'TT05-NAME1',
        `"${fileName}" is not named <fileCode>.<ordinal> after its docCode "${docCode}" (Art. 8.1.d).`,
        document.dataPath,
      );
    }
  }

  /** `TT05-EAD3`: dossier totals, when the dossier and every document were readable. */
  finish(): void {
    const dossier = this.packageRecord;
    if (!dossier || !this.type.endsWith('hoso') || this.totals.length !== this.documentCount) return;
    for (const issue of checkDossierDocuments(dossier as never, this.totals, 'en')) {
      if (issue.severity === 'error') this.findings.error('TT05-EAD3', issue.message, PACKAGE_EAD);
    }
  }
}
