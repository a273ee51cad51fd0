import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * PROFILE.md against the code: the ids a finding can name are the ids the validator's sources write
 * as string literals ('CSIP71', 'TT05-EAD1', …).
 */
const SOURCE = fileURLToPath(new URL('..', import.meta.url));
const PROFILE = fileURLToPath(new URL('../../PROFILE.md', import.meta.url));
const ID = /^(?:CSIPSTR|CSIP|SIP|IP-[A-Z]+|TT05-[A-Z]+)\d+$/;

/** The ids of a table's first cell: `CSIP10–16`, `CSIP18, 19`, `CSIP97–100, 118`, `SIP9, 11, 12, 14`. */
function idsOfCell(cell: string): string[] {
  const ids: string[] = [];
  let prefix = '';
  for (const part of cell.split(',').map((each) => each.trim())) {
    const match = /^([A-Z][A-Z0-9-]*?)?(\d+)(?:–(\d+))?$/.exec(part);
    if (!match) return [];
    prefix = match[1] ?? prefix;
    const [from, to] = [Number(match[2]), Number(match[3] ?? match[2])];
    for (let number = from; number <= to; number++) ids.push(`${prefix}${number}`);
  }
  return ids.every((id) => ID.test(id)) ? ids : [];
}

/** The ids PROFILE.md lists as checked (its rule tables) and as not checked (that section's table). */
async function profileIds(): Promise<{ checked: string[]; notChecked: string[] }> {
  const checked: string[] = [];
  const notChecked: string[] = [];
  let section = '';
  for (const line of (await readFile(PROFILE, 'utf8')).split('\n')) {
    if (line.startsWith('#')) section = line;
    const cell = /^\| ([^|]+?) \|/.exec(line)?.[1];
    if (cell === undefined) continue;
    (section.includes('not checked') ? notChecked : checked).push(...idsOfCell(cell));
  }
  return { checked, notChecked };
}

/** Every requirement id written as a string literal in the package's sources (tests and fixtures aside). */
async function codeIds(folder = SOURCE): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__fixtures__') for (const id of await codeIds(path)) ids.add(id);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      for (const match of (await readFile(path, 'utf8')).matchAll(/'([A-Z][A-Z0-9-]*\d+)'/g)) {
        if (ID.test(match[1] as string)) ids.add(match[1] as string);
      }
    }
  }
  return ids;
}

/** Every id of E-ARK CSIP 2.0–2.2 and E-ARK SIP 2.0–2.2 (their requirement tables). */
const SPECIFICATION_IDS = [
  ...Array.from({ length: 119 }, (_, index) => `CSIP${index + 1}`),
  ...Array.from({ length: 16 }, (_, index) => `CSIPSTR${index + 1}`),
  ...Array.from({ length: 35 }, (_, index) => `SIP${index + 1}`),
];

describe('PROFILE.md lists what the validator checks', () => {
  let listed: { checked: string[]; notChecked: string[] };
  let code: Set<string>;
  beforeAll(async () => {
    listed = await profileIds();
    code = await codeIds();
  });

  it('reads ids from the code and from the file (the test can fail)', () => {
    expect(code.size).toBeGreaterThan(150);
    expect(listed.checked).toContain('CSIP71');
    expect(listed.checked).toContain('TT05-EAD1');
    expect(listed.notChecked).toContain('CSIP45');
  });

  it('every id the code can report is listed as checked, and every id listed as checked is in the code', () => {
    expect([...code].filter((id) => !listed.checked.includes(id))).toEqual([]);
    expect(listed.checked.filter((id) => !code.has(id))).toEqual([]);
  });

  it('every CSIP, CSIPSTR and SIP id is listed once: checked, or not checked with why', () => {
    const all = [...listed.checked, ...listed.notChecked];
    expect(SPECIFICATION_IDS.filter((id) => !all.includes(id))).toEqual([]);
    expect(all.filter((id, index) => all.indexOf(id) !== index)).toEqual([]);
    expect(listed.notChecked.filter((id) => code.has(id))).toEqual([]);
  });
});
