/**
 * Requirement-level agreement of `validatePackage` with the E-ARK IP test corpus
 * (https://github.com/DILCISBoard/eark-ip-test-corpus, `corpora/csip/…`): each case the corpus
 * stores as text is rebuilt as a folder (its METS from a base METS of the corpus and the case's
 * edits, see `corpus/cases.ts`), validated with the `csip` profile, and counted as agreeing when
 * its requirement is reported for a failing case and not reported for a passing one.
 *
 * The corpus stores the METS files but not the files they reference (EAD, PREMIS, schemas, data):
 * each is made as a placeholder of the `SIZE` the base METS declares (well-formed XML for `.xml`
 * and `.xsd`), and the base's `CHECKSUM` of that file is replaced by the placeholder's digest. A
 * checksum a case changed is kept (the case's defect stays); a file a case's edits add is not made.
 *
 * Run: `npm run bench:corpus -w @sohoa/ip`. Writes `bench/results/ip-corpus.json` at the
 * repository root.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeBenchResult } from '../../../bench/write-result.js';
import { validatePackage } from '../src/index.js';
import { CORPUS_CASES } from './corpus/cases.js';
import type { CorpusCase } from './corpus/corpus-case.js';

interface BaseFile {
  href: string;
  size: number;
  checksum: string | undefined;
  checksumType: string | undefined;
}

const HASHES: Record<string, string> = {
  MD5: 'md5',
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-512': 'sha512',
};

const attributeOf = (tag: string, name: string): string | undefined =>
  tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** Every file a base METS references (mdRef and file/FLocat), with the SIZE and sum it declares. */
function baseFiles(mets: string): BaseFile[] {
  const read = (tag: string, href: string): BaseFile => ({
    href,
    size: Number(attributeOf(tag, 'SIZE') ?? 64),
    checksum: attributeOf(tag, 'CHECKSUM'),
    checksumType: attributeOf(tag, 'CHECKSUMTYPE'),
  });
  const files = [...mets.matchAll(/<mdRef\b[^>]*>/g)].map((match) =>
    read(match[0], attributeOf(match[0], 'xlink:href') ?? ''),
  );
  for (const match of mets.matchAll(/<file\b[^>]*>\s*<FLocat\b[^>]*\sxlink:href="([^"]*)"/g)) {
    files.push(read(match[0].slice(0, match[0].indexOf('>') + 1), match[1] ?? ''));
  }
  return files.filter((file) => file.href !== '');
}

/** A placeholder of `size` bytes: well-formed XML for XML and XSD files. */
function placeholder(href: string, size: number): Buffer {
  const head = '<?xml version="1.0" encoding="UTF-8"?>\n<placeholder>';
  const tail = '</placeholder>\n';
  const xml = /\.(xml|xsd)$/i.test(href) && size >= head.length + tail.length;
  return Buffer.from(xml ? head + 'x'.repeat(size - head.length - tail.length) + tail : 'x'.repeat(size));
}

function applyEdits(text: string, corpusCase: CorpusCase): string {
  let mets = text.replaceAll('{{NAME}}', corpusCase.name);
  for (const [findText, replaceText] of corpusCase.edits) {
    const find = findText.replaceAll('{{NAME}}', corpusCase.name);
    const replace = replaceText.replaceAll('{{NAME}}', corpusCase.name);
    const count = mets.split(find).length - 1;
    if (count !== 1)
      throw new Error(`${corpusCase.name}: "${find}" occurs ${count} times in ${corpusCase.base}`);
    mets = mets.replace(find, () => replace);
  }
  return mets;
}

/** Builds the case's folder; returns its path. */
async function rebuild(corpusCase: CorpusCase, root: string): Promise<string> {
  const base = await readFile(new URL(`./corpus/${corpusCase.base}`, import.meta.url), 'utf8');
  let mets = applyEdits(base, corpusCase);
  const folder = join(root, corpusCase.requirement, corpusCase.name);
  const added = baseFiles(mets).filter((file) => corpusCase.added?.includes(file.href));
  const [from, to] = corpusCase.moved ?? ['', ''];
  const stored = (href: string) =>
    from !== '' && href.startsWith(from) ? to + href.slice(from.length) : href;
  for (const file of [...baseFiles(base), ...added]) {
    const bytes = placeholder(file.href, corpusCase.realSizes?.[file.href] ?? file.size);
    await mkdir(dirname(join(folder, stored(file.href))), { recursive: true });
    await writeFile(join(folder, stored(file.href)), bytes);
    const hash = HASHES[file.checksumType ?? ''];
    if (file.checksum && hash && !corpusCase.keptChecksums?.includes(file.href)) {
      mets = mets.replaceAll(
        `CHECKSUM="${file.checksum}"`,
        `CHECKSUM="${createHash(hash).update(bytes).digest('hex')}"`,
      );
    }
  }
  for (const href of corpusCase.unreferenced ?? []) {
    await mkdir(dirname(join(folder, href)), { recursive: true });
    await writeFile(join(folder, href), placeholder(href, 64));
  }
  const metsName = corpusCase.metsName ?? 'METS.xml';
  if (metsName !== '') await writeFile(join(folder, metsName), mets);
  return folder;
}

interface CaseResult {
  requirement: string;
  name: string;
  valid: boolean;
  source: string;
  /** The case's description its METS was derived from (not stored as text in the corpus). */
  derived: string | undefined;
  /** The verdict of the specification text where it departs from `valid`, and why. */
  decision: CorpusCase['decision'];
  /** The requirement reported for a failing case, not reported for a passing one. */
  agrees: boolean;
  /** The findings under the case's requirement. */
  reported: string[];
  /** Errors under other requirements. */
  otherErrors: string[];
}

const round = (values: number[]): number[] => values.map((value) => Number(value.toFixed(2)));
/**
 * The conforming cases: each base package (the corpus declares both conforming: "fulfils all MUST,
 * SHOULD and MAY requirements of CSIP", "Minimal IP with one representation"), checked not to be
 * reported under each requirement a failing case names.
 */
const BASES = [
  {
    base: 'base-2.0.4.xml',
    name: 'valid_IP_2.0.4_template',
    source:
      'corpora/csip/metadata/amdsec/CSIP34/invalid/IP_amdSec_missing_status_attribute/METS.xml with digiprovMD/@STATUS="CURRENT"',
  },
  {
    base: 'base-2.0.3-minimal.xml',
    name: 'minimal_IP_with_1_representation',
    source:
      'corpora/csip/metadata/structmap/CSIP86/invalid/different_OBJID_and_LABEL_value/METS.xml with the main div/@LABEL equal to @OBJID',
    /**
     * It meets the MUSTs only: it has no LASTMODDATE, which the corpus's case
     * metsHdr_LASTMODDATE_not_exist fails (CSIP8), and no csip:CONTENTINFORMATIONTYPE on its root
     * METS, which the corpus's CSIP4 case root_mets_file_…_CONTENTINFORMATIONTYPE_not_exist fails (a
     * SHOULD: its testCase.xml takes "minimal IP … plus all SHOULD requirements" as the conforming one).
     */
    notFor: ['CSIP8', 'CSIP4'],
  },
] as const;
const conforming: CorpusCase[] = [...new Set(CORPUS_CASES.map((entry) => entry.requirement))].flatMap(
  (requirement) =>
    BASES.filter(
      (base) => !('notFor' in base && (base.notFor as readonly string[]).includes(requirement)),
    ).map(({ base, name, source }) => ({ requirement, valid: true, edits: [], base, name, source })),
);

const root = await mkdtemp(join(tmpdir(), 'sohoa-ip-corpus-'));
const loadAverageBefore = round(loadavg());
const results: CaseResult[] = [];
try {
  for (const corpusCase of [...CORPUS_CASES, ...conforming]) {
    const report = await validatePackage(await rebuild(corpusCase, root), { profile: 'csip' });
    const named = report.findings.filter((finding) => finding.requirement === corpusCase.requirement);
    const reported = named.length > 0;
    const others = report.findings
      .filter((finding) => finding.requirement !== corpusCase.requirement && finding.severity === 'error')
      .map((finding) => `${finding.requirement}: ${finding.message}`);
    results.push({
      requirement: corpusCase.requirement,
      name: corpusCase.name,
      valid: corpusCase.valid,
      source: corpusCase.source,
      derived: corpusCase.derived,
      decision: corpusCase.decision,
      agrees: reported !== (corpusCase.decision?.valid ?? corpusCase.valid),
      reported: named.map((finding) => `${finding.severity}: ${finding.message}`),
      otherErrors: others,
    });
  }
} finally {
  await rm(root, { recursive: true, force: true });
}

const tally = (cases: typeof results) => ({
  cases: cases.length,
  agree: cases.filter((entry) => entry.agrees).length,
});
const byRequirement: Record<string, ReturnType<typeof tally>> = {};
for (const requirement of new Set(results.map((entry) => entry.requirement))) {
  byRequirement[requirement] = tally(results.filter((entry) => entry.requirement === requirement));
}
const stored = results.filter((entry) => !entry.derived);
const summary = {
  failing: tally(stored.filter((entry) => !entry.valid)),
  passing: tally(stored.filter((entry) => entry.valid)),
  overall: tally(stored),
  derivedFromDescriptions: tally(results.filter((entry) => entry.derived)),
  /** Cases whose verdict is the specification text's, not testCase.xml's isValid (each says why). */
  departures: tally(results.filter((entry) => entry.decision)),
};
for (const entry of results) {
  console.log(
    `${entry.agrees ? 'ok  ' : 'MISS'} ${entry.requirement} ${entry.valid ? 'valid  ' : 'invalid'} ${entry.name}`,
  );
  if (!entry.agrees || entry.otherErrors.length > 0) {
    for (const line of [...entry.reported, ...entry.otherErrors]) console.log(`       ${line}`);
  }
}
console.log(JSON.stringify(summary));
writeBenchResult('ip-corpus', {
  command: 'npm run bench:corpus -w @sohoa/ip',
  corpus: 'https://github.com/DILCISBoard/eark-ip-test-corpus (corpora/csip, METS text as stored)',
  loadAverageBefore,
  loadAverageAfter: round(loadavg()),
  summary,
  byRequirement,
  cases: results,
});
