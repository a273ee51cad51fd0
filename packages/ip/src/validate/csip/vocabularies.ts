import type { CsipVersion } from './spec-version.js';

/**
 * The DILCIS Board vocabularies the CSIP and SIP requirements name (`DILCISBoard/E-ARK-CSIP`
 * `schema/*.xml`, `DILCISBoard/E-ARK-SIP` vocabularies), as sets of allowed values.
 */

/** `mets/@TYPE` (CSIP2, VocabularyContentCategory), compared by {@link contentCategoryKey}. */
const CONTENT_CATEGORIES = [
  'Textual works – Print',
  'Textual works – Digital',
  'Textual works – Electronic Serials',
  'Digital Musical Composition (score-based representations)',
  'Musical Scores - Print',
  'Musical Scores - Digital',
  'Photographs – Print',
  'Photographs – Digital',
  'Other Graphic Images – Print',
  'Other Graphic Images – Digital',
  'Microforms',
  'Audio – On Tangible Medium (digital or analog)',
  'Audio – Media-independent (digital)',
  'Motion Pictures – Digital and Physical Media',
  'Video – File-based and Physical Media',
  'Software',
  'Software and Video Games',
  'Email',
  'Datasets',
  'Geospatial Data',
  'Geographic Information System (GIS) - Vector Data',
  'GIS Raster and Georeferenced Images',
  'GIS Vector and Raster Combined',
  'Non-GIS Cartographic',
  '2D and 3D Computer Aided Design',
  'Design (schematics, architectural drawings) - Print',
  'Scanned 3D Objects (output from photogrammetry scanning)',
  'Databases',
  'Websites',
  'Web Archives',
  'Collection',
  'Event',
  'Image',
  'Interactive resource',
  'Moving image',
  'Sound',
  'Still image',
  'Text',
  'Physical object',
  'Service',
  'Mixed',
  'Other',
];

/** Case, dash and space differences do not make another category (`OTHER` is `Other`). */
export function contentCategoryKey(value: string): string {
  return value.normalize('NFC').toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
}

export const CONTENT_CATEGORY_KEYS: ReadonlySet<string> = new Set(CONTENT_CATEGORIES.map(contentCategoryKey));

/**
 * `csip:CONTENTINFORMATIONTYPE` (CSIP4, CSIP62) of CSIP 2.0 (VocabularyContentTypeSpecification):
 * the terms of the 2.0 text, and `ERMS`, which the vocabulary 2.0.4 points at
 * (CSIPVocabularyContentInformationType.xml) lists and the E-ARK test corpus's 2.0.4 packages use
 * as a valid term (`CONTENTINFORMATIONTYPE_not_OTHER_and_OTHERCONTENTINFORMATIONTYPE_exists`).
 */
const CONTENT_INFORMATION_TYPES_2_0 = [
  'ERMS',
  'SMURFERMS',
  'SMURFSFSB',
  'SIARD1',
  'SIARD2',
  'SIARDDK',
  'GeoVectorGML',
  'GeoRasterGeotiff',
  'MIXED',
  'OTHER',
];

/** `csip:CONTENTINFORMATIONTYPE` of CSIP 2.1 and 2.2 (VocabularyContentInformationType). */
const CONTENT_INFORMATION_TYPES_2_2 = [
  'ERMS',
  'SIARD1',
  'SIARD2',
  'SIARDDK',
  'GeoData',
  'citscarchival_v1_0',
  'citserms_v2_1',
  'citspremis_v1_0',
  'citsehpj_v1_0',
  'citsehcr_v1_0',
  'citssiard_v1_0',
  'citsgeospatial_v3_0',
  'MIXED',
  'OTHER',
];

/**
 * The `csip:CONTENTINFORMATIONTYPE` values of a version. 2.1 is given the union of both lists: its
 * vocabulary moved from the 2.0 terms to the `cits…` ones during its life.
 */
export function contentInformationTypes(version: CsipVersion): ReadonlySet<string> {
  if (version === '2.0') return new Set(CONTENT_INFORMATION_TYPES_2_0);
  if (version === '2.2') return new Set(CONTENT_INFORMATION_TYPES_2_2);
  return new Set([...CONTENT_INFORMATION_TYPES_2_0, ...CONTENT_INFORMATION_TYPES_2_2]);
}

/** `csip:OAISPACKAGETYPE` (CSIP9, VocabularyOAISPackageType). */
export const OAIS_PACKAGE_TYPES: ReadonlySet<string> = new Set(['SIP', 'AIP', 'DIP', 'AIU', 'AIC']);

/** `@STATUS` of metadata sections (CSIP20, CSIP34, CSIP47; VocabularyStatus). */
export const METADATA_STATUSES: ReadonlySet<string> = new Set(['CURRENT', 'SUPERSEDED']);

/** `metsHdr/@RECORDSTATUS` of a SIP (SIP3, VocabularyRecordStatus). */
export const RECORD_STATUSES: ReadonlySet<string> = new Set([
  'NEW',
  'SUPPLEMENT',
  'REPLACEMENT',
  'TEST',
  'VERSION',
  'OTHER',
]);

/** The top-level media types of the IANA registry (CSIP26, CSIP40, CSIP53, CSIP68). */
const MEDIA_TYPE =
  /^(application|audio|font|example|image|message|model|multipart|text|video)\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}(\s*;\s*[A-Za-z0-9!#$&^_.+-]+=("[^"]*"|[A-Za-z0-9!#$&^_.+-]+))*$/;

/** Whether `value` is written as an IANA media type (`type/subtype`, optional parameters). */
export function isMediaType(value: string): boolean {
  return MEDIA_TYPE.test(value);
}

/**
 * How a MIMETYPE that is not an IANA media type is reported (CSIP26, CSIP40, CSIP53, CSIP68): an
 * error in 2.0 and 2.1 ("The IANA mime type of the referenced file"), a warning in 2.2, whose
 * profile makes IANA "a strong recommendation" and allows another list agreed with the receiver.
 */
export function mediaTypeSeverity(version: CsipVersion): 'error' | 'warning' {
  return version === '2.2' ? 'warning' : 'error';
}
