import type { Bilingual } from '@sohoa/base';
import type { XmlElement } from 'libxml2-wasm';
import { lineOf } from '../element-lines.js';
import type { FindingList } from '../finding.js';
import { attribute, elements } from '../xml-reader.js';
import type { CsipVersion } from './spec-version.js';

/** Requirement ids of a file reference: its location, declared size and declared checksum. */
export interface ReferenceRequirements {
  href: string;
  size: string;
  checksum: string;
}

/** One file a METS document points at, with what it declares about it. */
export interface MetsReference {
  /** `file` (fileSec), `mdRef` (dmdSec/amdSec) or `mptr` (structMap). */
  kind: 'file' | 'mdRef' | 'mptr';
  /** The section of an `mdRef`: `dmdSec`, `digiprovMD`, `rightsMD`, `techMD` or `sourceMD`. */
  section?: string;
  /** `USE` of the file group of a `file`. */
  use?: string;
  /** `xlink:href` as written. */
  href: string;
  size: string | undefined;
  checksum: string | undefined;
  checksumType: string | undefined;
  line: number;
  /** The requirements a missing target, a wrong size and a wrong checksum break. */
  requirements: ReferenceRequirements;
}

/** What one METS document is checked with. */
export interface MetsCheck {
  root: XmlElement;
  /** The METS file, relative to the package root. */
  path: string;
  findings: FindingList;
  version: CsipVersion;
  /** The package's root METS (not a representation's). */
  isRoot: boolean;
  /** The E-ARK SIP requirements apply (the root METS declares an E-ARK SIP). */
  sip: boolean;
  /**
   * Validating with the Vietnamese profile, whose stricter rules judge the package type
   * (`TT05-TYPE1`) and checksum type (`TT05-SUM1`): CSIP2's vocabulary is then not checked, so that
   * one cause gives one finding.
   */
  circular: boolean;
  /** The folder the METS describes: the package root folder, or the representation folder. */
  folderName: string | undefined;
  /** Every file and folder of the package, relative to its root. */
  files: ReadonlyMap<string, number>;
  folders: ReadonlySet<string>;
}

/** An attribute's value when present and not blank. */
export function present(element: XmlElement, name: string): string | undefined {
  const value = attribute(element, name);
  return value === undefined || value.trim() === '' ? undefined : value;
}

/**
 * The message of a finding on an element without a required attribute, in both languages:
 * "`element` has no @`name`." / "Phần tử `element` không có thuộc tính @`name`.". An element named
 * other than by its tag (a div by its label) is given as `{ en, vi }`; `note` says what the
 * attribute holds or how to fix it, in brackets before the full stop.
 *
 * @example
 * ```ts
 * missingAttribute('file', 'CHECKSUM');
 * // { en: 'file has no @CHECKSUM.', vi: 'Phần tử file không có thuộc tính @CHECKSUM.' }
 * missingAttribute({ en: 'The Metadata div', vi: 'Div Metadata' }, 'ID');
 * // { en: 'The Metadata div has no @ID.', vi: 'Div Metadata không có thuộc tính @ID.' }
 * missingAttribute('mets', 'OBJID', { en: 'the package identifier', vi: 'mã định danh của gói' });
 * // { en: 'mets has no @OBJID (the package identifier).', vi: 'Phần tử mets không có thuộc tính @OBJID (mã định danh của gói).' }
 * ```
 */
export function missingAttribute(element: string | Bilingual, name: string, note?: Bilingual): Bilingual {
  const subject = elementNamed(element);
  return {
    en: `${subject.en} has no @${name}${note === undefined ? '' : ` (${note.en})`}.`,
    vi: `${subject.vi} không có thuộc tính @${name}${note === undefined ? '' : ` (${note.vi})`}.`,
  };
}

/**
 * The message of a finding on an element whose attribute holds another value than the one
 * required, in both languages: "`element` has `name`="`found`"; it must be "`expected`"." /
 * "Phần tử `element` có `name`="`found`"; giá trị phải là "`expected`".". An absent attribute is
 * shown empty. `element` is named as in {@link missingAttribute}; several allowed values are given
 * as `{ en, vi }` (written out, unquoted).
 *
 * @example
 * ```ts
 * wrongAttribute('FLocat', 'LOCTYPE', 'OTHER', 'URL');
 * // { en: 'FLocat has LOCTYPE="OTHER"; it must be "URL".', vi: 'Phần tử FLocat có LOCTYPE="OTHER"; giá trị phải là "URL".' }
 * ```
 */
export function wrongAttribute(
  element: string | Bilingual,
  name: string,
  found: string | undefined,
  expected: string | Bilingual,
): Bilingual {
  const subject = elementNamed(element);
  const allowed = typeof expected === 'string' ? { en: `"${expected}"`, vi: `"${expected}"` } : expected;
  return {
    en: `${subject.en} has ${name}="${found ?? ''}"; it must be ${allowed.en}.`,
    vi: `${subject.vi} có ${name}="${found ?? ''}"; giá trị phải là ${allowed.vi}.`,
  };
}

/** An element as a finding names it: by its tag ("Phần tử file" in Vietnamese), or as given. */
function elementNamed(element: string | Bilingual): Bilingual {
  return typeof element === 'string' ? { en: element, vi: `Phần tử ${element}` } : element;
}

/** The space-separated IDs of an IDREFS attribute. */
export function idList(element: XmlElement, name: string): string[] {
  return (attribute(element, name) ?? '').split(/\s+/).filter((id) => id !== '');
}

/**
 * `@ADMID`/`@DMDID` of `element` checked against the sections of the kind they must name (`known`).
 * An ID of another kind of section breaks `requirement`, whose level is MAY or SHOULD (the package
 * would conform without the attribute): a warning. An ID that names no element of the document at
 * all is an error whatever that level: an IDREF must name an ID of its document (XML Schema's
 * ID/IDREF rule, which the METS schema's IDREFS attributes carry and libxml2 does not check).
 */
export function checkIdReferences(
  check: MetsCheck,
  element: XmlElement,
  name: 'ADMID' | 'DMDID',
  requirement: string,
  known: ReadonlySet<string>,
  documentIds: ReadonlySet<string>,
  what: Bilingual,
): void {
  const wrong = idList(element, name).filter((id) => !known.has(id));
  const dangling = wrong.filter((id) => !documentIds.has(id));
  const other = wrong.filter((id) => documentIds.has(id));
  const where = `${element.name}/@${name}`;
  const at = lineOf(element);
  if (dangling.length > 0) {
    check.findings.error(
      requirement,
      {
        en: `${where} names ${dangling.join(', ')}, which no element of this METS has as ID (an IDREF must name an ID of its document).`,
        vi: `${where} trỏ tới ${dangling.join(', ')}, nhưng không phần tử nào của tệp METS này có ID đó (một IDREF phải trỏ tới một ID trong chính tài liệu).`,
      },
      check.path,
      at,
    );
  }
  if (other.length > 0) {
    check.findings.warning(
      requirement,
      {
        en: `${where} names ${other.join(', ')}, which is no ${what.en} of this METS: list only ${what.en} IDs there.`,
        vi: `${where} trỏ tới ${other.join(', ')}, không phải ${what.vi} nào của tệp METS này: chỉ liệt kê ID của ${what.vi} ở đó.`,
      },
      check.path,
      at,
    );
  }
}

/** Every `@ID` of a METS document. */
export function documentIds(root: XmlElement): ReadonlySet<string> {
  return new Set(elements(root, '//@ID').map((node) => node.content));
}

/** The folder of `path` (`''` at the package root). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}
