import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { type Bilingual, characterErrorRate, SohoaError } from '@sohoa/base';

/** A scan found: its absolute path, and whether it is a folder of page files. */
export interface FoundScan {
  path: string;
  directory: boolean;
}

/** What a catalog path led to: the file, or why there is none. */
type Located =
  | { file: string; directory: boolean }
  | { problem: 'outside' }
  | { problem: 'ambiguous'; folder: string; names: string[] }
  | { problem: 'missing'; closest: string | undefined };

/** What is wrong with a catalog path that names no single file inside the scans folder. */
function problemOf(found: Exclude<Located, { file: string }>): Bilingual {
  if (found.problem === 'outside') {
    return { vi: 'dẫn ra ngoài thư mục bản quét', en: 'leads outside the scans folder' };
  }
  if (found.problem === 'ambiguous') {
    const names = `${found.names.map((name) => `"${name}"`).join(', ')} in "${found.folder}"`;
    const namesVi = `${found.names.map((name) => `"${name}"`).join(', ')} trong "${found.folder}"`;
    return {
      vi: `khớp với nhiều tệp chỉ khác nhau ở chữ hoa, chữ thường (${namesVi})`,
      en: `matches several files that differ only in letter case (${names})`,
    };
  }
  return found.closest === undefined
    ? { vi: 'không khớp với tệp nào', en: 'matches no file' }
    : {
        vi: `không khớp với tệp nào; tên có sẵn gần nhất là "${found.closest}"`,
        en: `matches no file; the closest existing name is "${found.closest}"`,
      };
}

/** A walk down the scans folder along some segments of a catalog path. */
interface Walk {
  /** How many segments matched an existing name. */
  matched: number;
  /** The folder reached, the segment that matched nothing there, and the folder's names. */
  folder: string;
  segment: string;
  names: string[];
}

/** A name for comparing: NFC, lower case. */
const fold = (name: string): string => name.normalize('NFC').toLowerCase();

/** What a folder entry is, as its listing says (a symbolic link is followed only when met). */
type EntryKind = 'file' | 'directory' | 'link' | 'other';

/**
 * A folder's names with what each is (read once per folder); indexed by their NFC and folded forms
 * only when a name is first looked up that is not written exactly as on disk.
 */
class Listing {
  #byNfc: Map<string, string[]> | undefined;
  #byFold: Map<string, string[]> | undefined;

  constructor(readonly kinds: ReadonlyMap<string, EntryKind>) {}

  /** The names, sorted. */
  get names(): string[] {
    return [...this.kinds.keys()].sort();
  }

  /** The names equal to `segment` in NFC, and those equal to it folded (NFC, lower case), sorted. */
  like(segment: string): { same: string[]; folded: string[] } {
    if (!this.#byNfc || !this.#byFold) {
      const byNfc = new Map<string, string[]>();
      const byFold = new Map<string, string[]>();
      for (const name of this.names) {
        for (const [index, key] of [
          [byNfc, name.normalize('NFC')],
          [byFold, fold(name)],
        ] as const) {
          const known = index.get(key);
          if (known) known.push(name);
          else index.set(key, [name]);
        }
      }
      this.#byNfc = byNfc;
      this.#byFold = byFold;
    }
    return { same: this.#byNfc.get(segment) ?? [], folded: this.#byFold.get(fold(segment)) ?? [] };
  }
}

/**
 * Finds the scans a catalog names ("Đường dẫn file": a file, or a folder of page images) under one scans folder, however the path
 * was written: Windows backslashes, a path from a disk's root (a leading backslash as in
 * `\Phông X\hopso01\hoso01\a.pdf`, a drive letter as in `D:\SoHoa\…`, or a network path as in
 * `\\nas01\SoHoa\…`: the drive (or server and share) and as many
 * leading folders as needed are dropped, the longest tail that exists under the scans folder
 * wins; a relative path is taken whole), another letter case, or another Unicode
 * normalisation than the disk's (NFD names written by macOS, NFC in the catalog, or the
 * reverse). A name matching several files that differ only in case is ambiguous unless one
 * matches exactly. Nothing outside the scans folder is ever returned: `..` cannot climb out of
 * it, and symbolic links are followed to check where they really lead. Folder listings are read
 * once and kept, with what each entry is: a path through no symbolic link needs no further call to
 * the file system.
 *
 * @example
 * ```ts
 * import { ScanPathResolver } from '@sohoa/pipeline';
 *
 * const scans = new ScanPathResolver('/mnt/scans');
 * await scans.resolve('D:\\SoHoa\\Phông 12\\hoso01\\0001.PDF', 'Sheet1, row 5');
 * // '/mnt/scans/Phông 12/HoSo01/0001.pdf'
 * ```
 */
export class ScanPathResolver {
  /** The scans folder, absolute. */
  readonly root: string;
  #realRoot: Promise<string> | undefined;
  readonly #listings = new Map<string, Promise<Listing>>();
  readonly #located = new Map<string, Promise<Located>>();

  /** @param root The scans folder the catalog's paths are relative to. */
  constructor(root: string) {
    this.root = resolve(root);
  }

  /**
   * The absolute path of the scan `catalogPath` names: a file, or a folder of page images.
   *
   * @param where The catalog row naming it (`file, sheet S, row R`; `{ vi, en }` from {@link catalogPlace}), put into the messages.
   * @throws {@link @sohoa/core!SohoaError | SohoaError} `INPUT_NOT_FOUND` when the scans folder
   *   does not exist, when no file matches (the message names the closest existing name), when
   *   several do, or when the path leads outside the scans folder.
   */
  async resolve(catalogPath: string, where: string | Bilingual): Promise<string> {
    return (await this.find(catalogPath, where)).path;
  }

  /**
   * As {@link ScanPathResolver.resolve}, with whether the scan is a folder of page files (known
   * from the folder's listing, so callers need not ask the file system again).
   *
   * @throws {@link @sohoa/core!SohoaError | SohoaError} `INPUT_NOT_FOUND`, as {@link ScanPathResolver.resolve}.
   *
   * @example
   * ```ts
   * const { path, directory } = await scans.find('D:\\SoHoa\\Phông 12\\hoso01', 'Sheet1, row 5');
   * ```
   */
  async find(catalogPath: string, where: string | Bilingual): Promise<FoundScan> {
    const place = typeof where === 'string' ? { vi: where, en: where } : where;
    let located = this.#located.get(catalogPath);
    if (!located) {
      located = this.#locate(catalogPath);
      this.#located.set(catalogPath, located);
    }
    const found = await located;
    if ('file' in found) return { path: found.file, directory: found.directory };
    const problem = problemOf(found);
    throw new SohoaError({
      code: 'INPUT_NOT_FOUND',
      message: {
        vi: `${place.vi}: bản quét "${catalogPath}" ${problem.vi} (thư mục bản quét "${this.root}").`,
        en: `${place.en}: the scan "${catalogPath}" ${problem.en} (scans folder "${this.root}").`,
      },
      fix: {
        vi: 'Sửa đường dẫn trong mục lục ("Đường dẫn file"), hoặc chỉ ra thư mục gốc của các đường dẫn bằng --scans (catalog.scansRoot trong sohoa.config.json).',
        en: 'Correct the path in the catalog ("Đường dẫn file"), or give the folder the paths start from with --scans (catalog.scansRoot in sohoa.config.json).',
      },
      details: { source: place.en, path: catalogPath, scans: this.root },
    });
  }

  async #locate(catalogPath: string): Promise<Located> {
    const root = await this.#root();
    const segments: string[] = [];
    const written = catalogPath
      .trim()
      .normalize('NFC')
      .replaceAll('\\', '/')
      .replace(/^[A-Za-z]:/, '');
    // Only a path from some disk's root (drive letter, leading slash) may lose its leading folders.
    const anchored = written.startsWith('/');
    for (const segment of written.split('/')) {
      if (segment === '' || segment === '.') continue;
      if (segment !== '..') segments.push(segment);
      else if (segments.pop() === undefined) return { problem: 'outside' };
    }
    if (segments.length === 0) return { problem: 'missing', closest: undefined };
    let deepest: Walk | undefined;
    // The whole path first, then ever shorter tails: the longest one that exists wins.
    for (let start = 0; start < (anchored ? segments.length : 1); start++) {
      const walk = await this.#walk(root, segments.slice(start));
      if ('file' in walk) return walk;
      if ('problem' in walk) return walk;
      if (!deepest || walk.matched > deepest.matched) deepest = walk;
    }
    return { problem: 'missing', closest: deepest && closestName(root, deepest) };
  }

  /** Follows `segments` from the scans folder: the file's path, an ambiguity, or where it stopped. */
  async #walk(root: string, segments: string[]): Promise<Located | Walk> {
    let folder = root;
    let kind: EntryKind = 'directory';
    let linked = false;
    for (const [index, segment] of segments.entries()) {
      const listing = await this.#list(folder);
      const { kinds } = listing;
      let name = kinds.has(segment) ? segment : undefined;
      if (name === undefined) {
        const { same, folded } = listing.like(segment);
        name = same.length === 1 ? same[0] : folded.length === 1 ? folded[0] : undefined;
        if (name === undefined && folded.length > 1) {
          return { problem: 'ambiguous', folder: relative(root, folder) || '.', names: folded };
        }
        if (name === undefined) return { matched: index, folder, segment, names: listing.names };
      }
      folder = join(folder, name);
      kind = kinds.get(name) ?? 'other';
      linked ||= kind === 'link';
    }
    const missing = { matched: segments.length - 1, folder, segment: '', names: [] };
    // A file, or a folder of the dossier's page images, reached through no link: the listings said so.
    if (!linked)
      return kind === 'file' || kind === 'directory'
        ? { file: folder, directory: kind === 'directory' }
        : missing;
    const directory = await stat(folder).then(
      (info) => (info.isFile() || info.isDirectory() ? info.isDirectory() : undefined),
      () => undefined,
    );
    return directory === undefined ? missing : this.#inside(root, folder, directory);
  }

  /** The file's real path when it is inside the scans folder (symbolic links followed). */
  async #inside(root: string, file: string, directory: boolean): Promise<Located> {
    const real = await realpath(file);
    return real.startsWith(`${root}${sep}`) ? { file: real, directory } : { problem: 'outside' };
  }

  #root(): Promise<string> {
    this.#realRoot ??= realpath(this.root).catch((cause) => {
      throw new SohoaError({
        code: 'INPUT_NOT_FOUND',
        message: {
          vi: `Không tìm thấy thư mục bản quét "${this.root}".`,
          en: `The scans folder "${this.root}" does not exist.`,
        },
        fix: {
          vi: 'Chỉ ra thư mục chứa các bản quét bằng --scans (catalog.scansRoot trong sohoa.config.json); mặc định là thư mục của mục lục.',
          en: 'Give the folder holding the scans with --scans (catalog.scansRoot in sohoa.config.json); by default it is the catalog’s folder.',
        },
        cause,
        details: { path: this.root },
      });
    });
    return this.#realRoot;
  }

  #list(folder: string): Promise<Listing> {
    let listing = this.#listings.get(folder);
    if (!listing) {
      listing = readdir(folder, { withFileTypes: true }).then(
        (entries) => {
          const kinds = new Map<string, EntryKind>();
          for (const entry of entries) {
            kinds.set(
              entry.name,
              entry.isSymbolicLink()
                ? 'link'
                : entry.isDirectory()
                  ? 'directory'
                  : entry.isFile()
                    ? 'file'
                    : 'other',
            );
          }
          return new Listing(kinds);
        },
        () => new Listing(new Map()),
      );
      this.#listings.set(folder, listing);
    }
    return listing;
  }
}

/** The existing name nearest (by edit distance) to the segment that matched nothing, relative to the scans folder, in NFC. */
function closestName(root: string, walk: Walk): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of walk.names) {
    const distance = characterErrorRate(fold(walk.segment), fold(name));
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && relative(root, join(walk.folder, best.name)).replaceAll(sep, '/').normalize('NFC');
}
