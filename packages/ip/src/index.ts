export type {
  DocumentationInput,
  PackageDocumentInput,
  PackageInput,
  ProvenanceInput,
  SoftwareInput,
} from './build/build-input.js';
export { type BuildPackageOptions, type BuiltPackage, buildPackage } from './build/build-package.js';
export {
  PACKAGE_TYPES,
  type PackageType,
  type PackageTypeProfile,
  type ValidatedPackageType,
} from './build/package-types.js';
export { type FileChecksum, fileChecksum } from './checksum/file-checksum.js';
export { IP_ERROR_CODES, type IpErrorCode } from './errors/ip-error-codes.js';
export { toJsonReport } from './report/json-report.js';
export { toJunitReport } from './report/junit-report.js';
export { toVietnamTime } from './time/moved-to-base.js';
export { CSIP_VERSIONS, type CsipVersion, DEFAULT_CSIP_VERSION } from './validate/csip/spec-version.js';
export { FINDING_SEVERITY_NAMES, type Finding, type ValidationProfile } from './validate/finding.js';
export { DEFAULT_LIMITS, type PackageLimits } from './validate/package-source.js';
export {
  type ValidatePackageOptions,
  type ValidationReport,
  validatePackage,
} from './validate/validate-package.js';
export { VERSION } from './version.js';
