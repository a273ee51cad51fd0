/**
 * One test case of the E-ARK IP test corpus (https://github.com/DILCISBoard/eark-ip-test-corpus),
 * rebuilt from the METS text the corpus stores: a base METS of the corpus (`base`, a file of this
 * folder) with the case's name as `OBJID` and main `div` label, and the edits that turn it into the
 * case's METS (each `find` must occur exactly once in the base).
 */
export interface CorpusCase {
  /** The requirement the case is made for (`testCase.xml` `id/@requirementId`). */
  requirement: string;
  /** The package's name in the corpus (its folder, its `OBJID`). */
  name: string;
  /** `isValid` of the package in `testCase.xml`. */
  valid: boolean;
  /** The corpus file the case's METS was read from (repository DILCISBoard/eark-ip-test-corpus). */
  source: string;
  /**
   * For a case whose METS the corpus does not store as text: the description of the case its page
   * (`source`, an `index.html`) gives, which the edits follow. Counted apart in the results.
   * @default none (the METS was read)
   */
  derived?: string;
  /** The base METS of this folder the edits apply to. */
  base: 'base-2.0.4.xml' | 'base-2.0.3-minimal.xml' | 'ip-18000-csip17-1.xml';
  /** `[find, replace]` pairs applied in order. */
  edits: readonly (readonly [string, string])[];
  /**
   * Files the edits reference that the corpus package holds (a conforming case): made as
   * placeholders like the base's. A file an edit references that is not listed is not made.
   * @default none
   */
  added?: readonly string[];
  /**
   * The name the root METS is written under (E-ARK corpus CSIPSTR4 cases: `Mets.xml`, `aMETS.xml`…);
   * an empty name writes no METS at all.
   * @default 'METS.xml'
   */
  metsName?: string;
  /**
   * Folders of the package stored under another name than its METS says (E-ARK corpus CSIPSTR11
   * cases: `representations/rep1/data/` as `Data/`): `[folder, stored as]`, applied to the files
   * made; the METS is not changed. `''` as the new name puts the folder's files in its parent.
   * @default none
   */
  moved?: readonly [string, string];
  /**
   * Files the corpus package holds that its METS does not reference (the case's description or
   * METS comment says so; their names are not stored, so they are named here): 64-byte placeholders.
   * @default none
   */
  unreferenced?: readonly string[];
  /**
   * Files made at this size (their real size in the corpus package) while the case's METS declares
   * another (E-ARK corpus `IP_18000_CSIP27_2`); their declared checksum is still made to match.
   * @default none
   */
  realSizes?: Readonly<Record<string, number>>;
  /**
   * Files whose declared CHECKSUM the case breaks (E-ARK corpus `IP_18000_CSIP29_2`…`_4`): kept as
   * the case writes it, not replaced by the placeholder's digest.
   * @default none
   */
  keptChecksums?: readonly string[];
  /**
   * The verdict of the specification text where it departs from `valid` (`testCase.xml`'s
   * `isValid`), and why; the case then agrees when it follows this verdict, and is counted among the
   * departures.
   * @default none (the case follows `valid`)
   */
  decision?: { valid: boolean; why: string };
}
