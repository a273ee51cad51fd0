import { posix } from 'node:path';
import type { MetsReference } from './csip/mets-check.js';
import type { FindingList } from './finding.js';
import type { ChecksumAlgorithm, FixityCache } from './fixity-cache.js';

/** How a reference was resolved when it does not name its file exactly. */
export type Approximation = 'backslash' | 'case';

/** A reference resolved to a file of the package. */
export interface ResolvedReference {
  target: string;
  /** Set when the reference had to be read leniently (Windows separators, letter case). */
  approximations: Approximation[];
}

/** `CHECKSUMTYPE` values of METS that Node can compute, with their algorithm. */
const ALGORITHMS: Record<string, ChecksumAlgorithm> = {
  MD5: 'md5',
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

/**
 * The package path an `xlink:href` written in `metsPath` names (relative to the METS' folder,
 * `file:` prefix and URL escapes removed), or `undefined` when it is absolute, another scheme, or
 * climbs out of the package. Backslashes are read as `/` (reported by {@link checkReferences}).
 */
export function resolveHref(metsPath: string, href: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURI(href.replace(/^file:(\/\/)?/, '')).replaceAll('\\', '/');
  } catch {
    return undefined;
  }
  if (decoded.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(decoded)) return undefined;
  const joined = posix.normalize(posix.join(posix.dirname(metsPath), decoded));
  return joined.startsWith('../') || joined === '..' ? undefined : joined;
}

/** A lookup of package files by their case-folded NFC name, for references that differ in case. */
export class FileIndex {
  private readonly folded = new Map<string, string[]>();

  constructor(readonly files: ReadonlyMap<string, number>) {
    for (const file of files.keys()) {
      const key = fold(file);
      this.folded.set(key, [...(this.folded.get(key) ?? []), file]);
    }
  }

  /** Resolves `href` of `metsPath` to a file, exactly or, failing that, leniently. */
  resolve(metsPath: string, href: string): ResolvedReference | undefined {
    const target = resolveHref(metsPath, href);
    if (target === undefined) return undefined;
    const approximations: Approximation[] = href.includes('\\') ? ['backslash'] : [];
    if (this.files.has(target)) return { target, approximations };
    const candidates = this.folded.get(fold(target)) ?? [];
    const only = candidates.length === 1 ? candidates[0] : undefined;
    return only === undefined ? undefined : { target: only, approximations: [...approximations, 'case'] };
  }
}

function fold(path: string): string {
  return path.normalize('NFC').toLowerCase();
}

/**
 * Checks that every file a METS points at exists with the declared size and checksum (MD5, SHA-1,
 * SHA-256, SHA-384 or SHA-512, streamed through the shared {@link FixityCache}), each under the
 * requirement of the element that declares it (`CSIP79`/`CSIP69`/`CSIP71` for a file,
 * `CSIP24`/`CSIP27`/`CSIP29` for a dmdSec reference, …, `CSIP110` for an mptr), and records it as
 * referenced. A reference written with Windows separators (`IP-REF5`) or differing from its file in
 * letter case or Unicode normalization only (`IP-REF6`) is resolved, warned about, and checked.
 * Returns the resolved file references. With `algorithms: 'sha256'` only SHA-256 checksums are
 * verified (the Vietnamese profile reports any other type as `TT05-SUM1`).
 */
export async function checkReferences(
  metsPath: string,
  references: readonly MetsReference[],
  index: FileIndex,
  fixity: FixityCache,
  referenced: Set<string>,
  findings: FindingList,
  algorithms: 'any' | 'sha256' = 'any',
): Promise<Array<{ reference: MetsReference; target: string }>> {
  const resolved: Array<{ reference: MetsReference; target: string }> = [];
  for (const reference of references) {
    const found = index.resolve(metsPath, reference.href);
    if (found === undefined) {
      const outside = resolveHref(metsPath, reference.href) === undefined;
      findings.error(
        reference.requirements.href,
        {
          en: `"${reference.href}" is referenced but ${outside ? 'points outside the package' : 'not in the package'}.`,
          vi: `"${reference.href}" được tham chiếu nhưng ${outside ? 'trỏ ra ngoài gói' : 'không có trong gói'}.`,
        },
        metsPath,
        reference.line,
      );
      continue;
    }
    const { target, approximations } = found;
    if (approximations.includes('backslash')) {
      findings.warning(
        'IP-REF5',
        {
          en: `"${reference.href}" uses Windows separators; read as "${target}". Write URL paths with "/": xlink:href="${reference.href.replaceAll('\\', '/')}".`,
          vi: `"${reference.href}" dùng dấu phân cách của Windows; được đọc là "${target}". Hãy viết đường dẫn URL bằng "/": xlink:href="${reference.href.replaceAll('\\', '/')}".`,
        },
        metsPath,
        reference.line,
      );
    }
    if (approximations.includes('case')) {
      findings.warning(
        'IP-REF6',
        {
          en: `"${reference.href}" differs from the package file "${target}" only in letter case or Unicode form; read as that file, which a case-sensitive system would not find. Write xlink:href="${posix.relative(posix.dirname(metsPath), target)}" or rename the file.`,
          vi: `"${reference.href}" chỉ khác tệp "${target}" của gói ở chữ hoa, chữ thường hoặc dạng chuẩn hóa Unicode; được đọc là tệp đó, nhưng một hệ thống phân biệt chữ hoa, chữ thường sẽ không tìm thấy. Hãy viết xlink:href="${posix.relative(posix.dirname(metsPath), target)}" hoặc đổi tên tệp.`,
        },
        metsPath,
        reference.line,
      );
    }
    referenced.add(target);
    resolved.push({ reference, target });
    if (reference.kind === 'mptr') continue;
    const algorithm = ALGORITHMS[reference.checksumType?.toUpperCase() ?? ''];
    // Under the Vietnamese profile a checksum type other than SHA-256 is TT05-SUM1: not also a mismatch.
    const verified = algorithms === 'any' || algorithm === 'sha256' ? algorithm : undefined;
    const actual = await fixity.of(target, verified ?? 'sha256');
    if (reference.size !== undefined && String(actual.size) !== reference.size.trim()) {
      findings.error(
        reference.requirements.size,
        {
          en: `"${target}" has ${actual.size} bytes; the METS declares ${reference.size}.`,
          vi: `"${target}" có ${actual.size} byte; tệp METS khai báo ${reference.size}.`,
        },
        metsPath,
        reference.line,
      );
    }
    if (
      verified !== undefined &&
      reference.checksum !== undefined &&
      reference.checksum.trim().toUpperCase() !== actual.checksum
    ) {
      findings.error(
        reference.requirements.checksum,
        {
          en: `"${target}" has ${reference.checksumType} ${actual.checksum}; the METS declares ${reference.checksum}.`,
          vi: `"${target}" có giá trị băm ${reference.checksumType} ${actual.checksum}; tệp METS khai báo ${reference.checksum}.`,
        },
        metsPath,
        reference.line,
      );
    }
  }
  return resolved;
}
