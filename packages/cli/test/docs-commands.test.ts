import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerBand } from '../../../fixtures/digitize-fixtures.js';
import { REPO_ROOT, SAMPLE_DOSSIER, SAMPLE_PAGES } from '../../../fixtures/index.js';
import { runCaptured } from './run-captured.js';

/**
 * Every `sohoa …` command shown in a code block of README.md and docs/*.md works (issue 17: guide
 * 01 showed a `pdfa check` that matched no file). A command with placeholders or optional parts
 * (`<file>`, `[--json]`, `a|b`, `…`) is a synopsis: its command must exist and every option it
 * names must be an option of that command (checked in its `--help`). Any other command is run as
 * written, in document order, in a folder holding the files the guides assume (FIXTURES), and
 * must exit 0; a command shown again word for word (the Vietnamese guides repeat the English ones)
 * is run once. The `sohoa queue` commands need a Redis server, so they are checked as synopses
 * (their command and options in `--help`); `packages/queue/test` runs them against real Redis.
 */
const DOCUMENTS = [
  'README.md',
  ...(await readdir(join(REPO_ROOT, 'docs')))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

/** The files the guides' commands take as given, made in the working folder before the commands run. */
const FIXTURES: Record<string, string> = {
  'my-dossier, ho-so-cua-toi':
    'a dossier folder: dossier.json and one page, the header band of the sample dossier’s qd47 scan',
  'scans/*.jpg': 'the three scans of the sample dossier',
  'p1.jpg': 'the header band of the sample dossier’s qd47 scan',
  'delivery/package.zip': 'the AIP that guide 01’s `sohoa digitize my-dossier --out out/my-dossier` wrote',
};

interface DocumentedCommand {
  /** Where it is shown: file and line. */
  where: string;
  /** The words after `sohoa`, the comment (after `  #`) removed, continuation lines joined. */
  words: string[];
}

/** The `sohoa` commands in the fenced code blocks of a Markdown file. */
function commandsOf(file: string, text: string): DocumentedCommand[] {
  const commands: DocumentedCommand[] = [];
  let fenced = false;
  let current: DocumentedCommand | undefined;
  for (const [index, line] of text.split('\n').entries()) {
    if (line.startsWith('```')) {
      fenced = !fenced;
      current = undefined;
      continue;
    }
    if (!fenced) continue;
    const body = line.replace(/\s{2,}(#|\().*$/, '').trim();
    const start = /^(?:npx )?sohoa(?: (.*))?$/.exec(body);
    if (start) {
      current = { where: `${file}:${index + 1}`, words: (start[1] ?? '').split(/\s+/).filter(Boolean) };
      commands.push(current);
    } else if (current && /^\s+\[/.test(line)) {
      current.words.push(...body.split(/\s+/));
    } else {
      current = undefined;
    }
  }
  return commands;
}

const documented = (
  await Promise.all(
    DOCUMENTS.map(async (file) => commandsOf(file, await readFile(join(REPO_ROOT, file), 'utf8'))),
  )
).flat();

/** A synopsis names placeholders, optional parts or alternatives; queue commands need Redis. */
function isSynopsis(command: DocumentedCommand): boolean {
  return command.words[0] === 'queue' || command.words.some((word) => /[<>[\]|…]/.test(word));
}

describe('the sohoa commands of README.md and docs/*.md', () => {
  let folder: string;
  let cwd: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sohoa-docs-'));
    // The pages the guides digitize, turn into a PDF and clean: the header band of qd47 (real
    // 300 dpi pixels, about a quarter of the page): the commands run alike on fewer pixels to read.
    const qd47 = await headerBand(SAMPLE_PAGES.findIndex((page) => page.name === 'qd47'));
    const sample = JSON.parse(await readFile(join(SAMPLE_DOSSIER, 'dossier.json'), 'utf8'));
    for (const name of ['my-dossier', 'ho-so-cua-toi']) {
      await mkdir(join(folder, name));
      await writeFile(join(folder, name, 'p1.jpg'), qd47);
      const dossier = {
        dossier: {
          ...sample.dossier,
          startDate: '17/01/2025',
          totalDoc: 1,
          numberOfPaper: 1,
          numberOfPage: 1,
        },
        pages: ['p1.jpg'],
      };
      await writeFile(join(folder, name, 'dossier.json'), JSON.stringify(dossier, null, 2));
    }
    await mkdir(join(folder, 'scans'));
    for (const page of SAMPLE_PAGES) await copyFile(page.image, join(folder, 'scans', `${page.name}.jpg`));
    await writeFile(join(folder, 'p1.jpg'), qd47);
    cwd = process.cwd();
    process.chdir(folder);
  });

  afterAll(() => {
    if (cwd) process.chdir(cwd);
  });

  it('finds the commands of the guides', () => {
    expect(documented.length).toBeGreaterThan(30);
    expect(documented.filter((command) => !isSynopsis(command)).length).toBeGreaterThan(8);
    expect(Object.keys(FIXTURES).length).toBeGreaterThan(0);
  });

  // A command shown again word for word (the Vietnamese guides repeat the English ones) is one
  // test, named with every place it is shown.
  const places = new Map<string, DocumentedCommand[]>();
  for (const command of documented) {
    const line = `sohoa ${command.words.join(' ')}`;
    places.set(line, [...(places.get(line) ?? []), command]);
  }
  // Global options (--messages) are options of every command: the top-level help lists them.
  let globalHelp: Promise<string> | undefined;
  const topLevelHelp = () => {
    globalHelp ??= runCaptured(['--help']).then((help) => help.stdout);
    return globalHelp;
  };
  for (const [line, shown] of places) {
    const command = shown[0] as DocumentedCommand;
    const where = shown.map((place) => place.where).join(', ');
    if (isSynopsis(command)) {
      it(`${where}: ${line} (synopsis: command and options exist)`, async () => {
        const global = await topLevelHelp();
        for (const path of commandPaths(command.words)) {
          const help = await runCaptured([...path, '--help']);
          expect(help.exitCode, `sohoa ${path.join(' ')} --help`).toBe(0);
          const parent = path.length > 1 ? await runCaptured([path[0] ?? '', '--help']) : undefined;
          if (parent)
            expect(parent.stdout, `${path[1]} is a command of sohoa ${path[0]}`).toMatch(
              new RegExp(`^\\s+${path[1]}\\b`, 'm'),
            );
          for (const option of optionsOf(command.words)) {
            expect(`${help.stdout}\n${global}`, `${option} is an option of sohoa ${path.join(' ')}`).toMatch(
              new RegExp(`(^|[\\s,])${option}(?=[\\s,=]|$)`, 'm'),
            );
          }
        }
      });
    } else {
      it(`${where}: ${line} (run, exits 0)`, { timeout: 600_000 }, async () => {
        await prepareFixtures(command.words);
        const argv = (await Promise.all(command.words.map(expandGlob))).flat();
        const result = await runCaptured(argv);
        expect(result.exitCode, `${line}\n${result.stdout}\n${result.stderr}`).toBe(0);
      });
    }
  }
});

/** The command paths a synopsis names (`queue submit|work` names two), e.g. `['pdfa', 'check']`. */
function commandPaths(words: string[]): string[][] {
  const plain = (word: string) => /^[a-z][a-z|-]*$/.test(word);
  const [first, second] = words;
  if (first === undefined || first.startsWith('-')) return [[]];
  if (!plain(first)) throw new Error(`not a command: ${first}`);
  if (second === undefined || !plain(second) || !['pdfa', 'catalog', 'queue'].includes(first))
    return [[first]];
  return second.split('|').map((sub) => [first, sub]);
}

/** The options a synopsis names: `--json`, `--no-pdf`, `-j`. */
function optionsOf(words: string[]): string[] {
  return words.flatMap((word) => /^\[?(-{1,2}[a-zA-Z][\w-]*)/.exec(word)?.[1] ?? []);
}

/** Expands a relative argument with `*` as a shell does (sorted matches; none: left as is). */
async function expandGlob(word: string): Promise<string[]> {
  if (!word.includes('*')) return [word];
  let paths = [''];
  for (const part of word.split('/')) {
    if (!part.includes('*')) {
      paths = paths.map((path) => join(path, part));
      continue;
    }
    const pattern = new RegExp(`^${part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
    const next: string[] = [];
    for (const path of paths) {
      const names = await readdir(path || '.').catch(() => []);
      next.push(...names.filter((name) => pattern.test(name)).map((name) => join(path, name)));
    }
    paths = next;
  }
  return paths.length > 0 ? paths.sort() : [word];
}

/** Makes the fixtures made from earlier commands' outputs (see FIXTURES). */
async function prepareFixtures(words: string[]): Promise<void> {
  if (words.includes('delivery/package.zip')) {
    const [aip] = await expandGlob('out/my-dossier/*/*.aip.zip');
    if (aip === undefined || aip.includes('*')) throw new Error('guide 01 made no AIP in out/my-dossier');
    await mkdir(dirname('delivery/package.zip'), { recursive: true });
    await cp(aip, 'delivery/package.zip');
  }
}
