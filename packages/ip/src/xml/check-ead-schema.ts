import type { RecordKind } from '@sohoa/metadata';
import type { ValidatedPackageType } from '../build/package-types.js';
import { PACKAGE_TYPES } from '../build/package-types.js';
import { FindingList } from '../validate/finding.js';
import { parseXml, validateXsd } from '../validate/xml-reader.js';
import { eadValidator } from './schema-set.js';

/** The rule id of an `EAD.xml` or `EAD_doc` that breaks its simpledc schema. */
export const EAD_SCHEMA_RULE = 'TT05-EAD5';

/**
 * The record kinds whose generated schema (`schemas/EAD.xsd`, `schemas/EAD_doc.xsd` as
 * `buildPackage` writes them) an `EAD.xml` and an `EAD_doc` of a package type are held to. A
 * DIP's `EAD.xml` is the access request, which `@sohoa/metadata` has no record kind for (it is
 * checked element by element as `TT05-EAD1`), hence `undefined`.
 */
export function eadKinds(type: ValidatedPackageType): {
  packageRecord: RecordKind | undefined;
  documentRecord: RecordKind;
} {
  if (type === 'DIP') return { packageRecord: undefined, documentRecord: 'dipDocument' };
  const { packageRecord, documentRecord } = PACKAGE_TYPES[type];
  return { packageRecord, documentRecord };
}

/**
 * `TT05-EAD5`: an EAD file valid against the simpledc XSD of its record kind, one finding per
 * schema error with its line: a `<simpledc>` root in no namespace, only the circular's
 * elements, in its order, each at most once (`language` repeatable), text only (no child
 * elements, no attributes). Parsed like every package XML (no DTD, no network, no external
 * entities); a file that is not well-formed or declares a DOCTYPE is left to the metadata check
 * (`TT05-EAD1`/`TT05-EAD2`), which reports it.
 */
export function checkEadSchema(
  bytes: Uint8Array,
  path: string,
  kind: RecordKind,
  findings: FindingList,
): void {
  // Parsed as every package XML is; a refused or malformed file is the metadata check's to report
  // (TT05-EAD1/TT05-EAD2), so parseXml's own finding is dropped here.
  const document = parseXml(bytes, path, new FindingList());
  if (!document) return;
  try {
    validateXsd(document, eadValidator(kind), path, EAD_SCHEMA_RULE, findings);
  } finally {
    document.dispose();
  }
}
