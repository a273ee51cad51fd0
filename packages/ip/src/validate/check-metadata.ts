import { SohoaError } from '@sohoa/core';
import {
  checkDossierDocuments,
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

/**
 * The metadata rules of Thông tư 05/2025/TT-BNV (PROFILE.md): `EAD.xml` valid by
 * `@sohoa/metadata` (`TT05-EAD1`), each `EAD_doc` valid (`TT05-EAD2`), dossier totals against the
 * documents (`TT05-EAD3`), `docCode` prefix and ordinals (`TT05-EAD4`), file names (`TT05-NAME1`).
 */
export function checkMetadata(
  type: PackageType,
  eadText: string,
  documents: readonly DocumentFiles[],
  findings: FindingList,
): void {
  const profile = PACKAGE_TYPES[type];
  const packageRecord = parseRecord(
    profile.packageRecord,
    eadText,
    'metadata/descriptive/EAD.xml',
    'TT05-EAD1',
    findings,
  );
  const code = packageRecord?.[profile.codeField] as string | undefined;
  const records: Array<Record<string, unknown>> = [];
  const seenCodes = new Set<string>();
  for (const document of documents) {
    const fileName = document.dataPath.slice(document.dataPath.lastIndexOf('/') + 1);
    if (document.eadPath === undefined || document.eadText === undefined) {
      findings.error(
        'TT05-EAD2',
        `The data file "${fileName}" has no EAD_doc metadata (DMDID).`,
        document.dataPath,
      );
      continue;
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
      profile.documentRecord,
      document.eadText,
      document.eadPath,
      'TT05-EAD2',
      findings,
    );
    if (!record) continue;
    records.push(record);
    const docCode = String(record.docCode);
    const parts = parseDocCode(docCode);
    if (seenCodes.has(docCode))
      findings.error('TT05-EAD4', `docCode "${docCode}" is used twice.`, document.eadPath);
    seenCodes.add(docCode);
    if (!parts || !/\.\d{7}$/.test(docCode)) {
      findings.error(
        'TT05-EAD4',
        `docCode "${docCode}" does not end in a 7-digit ordinal.`,
        document.eadPath,
      );
    } else {
      if (code !== undefined && code !== parts.fileCode && !code.endsWith(`.${parts.fileCode}`)) {
        findings.error(
          'TT05-EAD4',
          `docCode "${docCode}" does not start with the package code "${code}".`,
          document.eadPath,
        );
      }
      if (record.docOrdinal !== undefined && Number(record.docOrdinal) !== parts.ordinal) {
        findings.error(
          'TT05-EAD4',
          `docOrdinal ${record.docOrdinal} differs from the ordinal of docCode "${docCode}".`,
          document.eadPath,
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
  }
  if (packageRecord && type.endsWith('hoso') && records.length === documents.length) {
    for (const issue of checkDossierDocuments(packageRecord as never, records as never, 'en')) {
      if (issue.severity === 'error')
        findings.error('TT05-EAD3', issue.message, 'metadata/descriptive/EAD.xml');
    }
  }
}
