import type { XmlElement } from 'libxml2-wasm';
import { attribute, elements } from '../xml-reader.js';

/**
 * A version of E-ARK CSIP (and of the E-ARK SIP specification published with it): `2.0` (2.0.0 to
 * 2.0.4), `2.1` (2.1.0 to 2.1.x) or `2.2` (2.2.x). The requirements that differ between them:
 * `CSIP86` (the top division's `LABEL` is the `OBJID`) exists in 2.0 only; 2.0 also accepts the
 * structMap label of its drafts (`CSIP structMap`); the values of `csip:CONTENTINFORMATIONTYPE`
 * (2.0: `SMURFERMS`, `SIARD2`, … ; 2.1 and later: the `cits…` specifications).
 *
 * @example
 * ```ts
 * import { type CsipVersion, validatePackage } from '@sohoa/ip';
 *
 * const version: CsipVersion = '2.2';
 * await validatePackage('package.zip', { profile: 'csip', specVersion: version });
 * ```
 */
export type CsipVersion = '2.0' | '2.1' | '2.2';

/**
 * Every version `validatePackage` can validate against, oldest first.
 *
 * @example
 * ```ts
 * import { CSIP_VERSIONS } from '@sohoa/ip';
 *
 * CSIP_VERSIONS.includes('2.1'); // true
 * ```
 */
export const CSIP_VERSIONS: readonly CsipVersion[] = ['2.0', '2.1', '2.2'];

/**
 * The version used when a package declares none (`@PROFILE` is the unversioned
 * `https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml`, first published with 2.0, and nothing else
 * tells): 2.0, the stricter reading where the versions disagree (`CSIP86`). A package made to 2.1
 * or 2.2 under the unversioned URL is validated as such with `specVersion` (`--spec-version`).
 *
 * @example
 * ```ts
 * import { DEFAULT_CSIP_VERSION, validatePackage } from '@sohoa/ip';
 *
 * const report = await validatePackage('package.zip', { profile: 'csip' });
 * report.specVersion === DEFAULT_CSIP_VERSION; // when the package declares no version
 * ```
 */
export const DEFAULT_CSIP_VERSION: CsipVersion = '2.0';

const PROFILE_VERSION = /E-ARK-(?:CSIP|SIP|AIP|DIP)-v?(\d)[-.](\d)/i;
/**
 * The CSIP structMap labels of the 2.0 drafts, accepted for 2.0 (`CSIP82`): "CSIP structMap", and
 * "CSIP StructMap" as the E-ARK test corpus quotes the 2.0 draft's CSIP82 ("The label attribute is
 * set to value “CSIP StructMap”") and labels its packages made from the SIARD 2 examples.
 */
export const DRAFT_STRUCT_MAP_LABELS: readonly string[] = ['CSIP structMap', 'CSIP StructMap'];

/** `csip:CONTENTINFORMATIONTYPE` values that only CSIP 2.0 lists. */
const CONTENT_TYPES_2_0 = new Set(['SMURFERMS', 'SMURFSFSB', 'GeoVectorGML', 'GeoRasterGeotiff']);

/**
 * The CSIP version a root METS declares: the version in its `@PROFILE` URL
 * (`…/E-ARK-CSIP-v2-0-4.xml`), else the vocabulary of its `csip:CONTENTINFORMATIONTYPE` values (a
 * 2.0 term such as `SIARD2`… `SMURFERMS`, or a `cits…_vX_Y` term of 2.2), else a `NOTETYPE`
 * `IDENTIFICATIONCODE` of the csip extension (2.1 and later), else a `LABEL="CSIP structMap"`
 * (2.0 drafts). Returns `undefined` when nothing tells.
 */
export function declaredCsipVersion(root: XmlElement): CsipVersion | undefined {
  const fromProfile = PROFILE_VERSION.exec(attribute(root, 'PROFILE') ?? '');
  if (fromProfile) {
    const version = `${fromProfile[1]}.${fromProfile[2]}`;
    if ((CSIP_VERSIONS as readonly string[]).includes(version)) return version as CsipVersion;
  }
  const contentTypes = elements(root, '//@csip:CONTENTINFORMATIONTYPE').map((node) => node.content);
  if (contentTypes.some((value) => CONTENT_TYPES_2_0.has(value))) return '2.0';
  if (contentTypes.some((value) => /^cits[a-z]+_v\d+_\d+$/.test(value))) return '2.2';
  if (elements(root, "mets:metsHdr/mets:agent/mets:note[@csip:NOTETYPE='IDENTIFICATIONCODE']").length > 0) {
    return '2.1';
  }
  const mapLabels = elements(root, 'mets:structMap').map((map) => attribute(map, 'LABEL') ?? '');
  if (mapLabels.some((label) => DRAFT_STRUCT_MAP_LABELS.includes(label))) return '2.0';
  return undefined;
}
