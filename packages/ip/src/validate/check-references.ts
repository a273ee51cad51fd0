import { posix } from 'node:path';
import type { MetsReference } from './check-mets.js';
import type { FindingList } from './finding.js';
import type { FixityCache } from './fixity-cache.js';

/** Resolves an `xlink:href` written in `metsPath` to a package path, or `undefined` if it escapes. */
export function resolveHref(metsPath: string, href: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURI(href.replace(/^file:(\/\/)?/, ''));
  } catch {
    return undefined;
  }
  if (decoded.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(decoded)) return undefined;
  const joined = posix.normalize(posix.join(posix.dirname(metsPath), decoded));
  return joined.startsWith('../') || joined === '..' ? undefined : joined;
}

/**
 * Checks that every file a METS points at exists with the declared size and SHA-256 (`IP-REF1`–
 * `IP-REF3`, streamed through the shared {@link FixityCache}), and records it as referenced.
 */
export async function checkReferences(
  metsPath: string,
  references: readonly MetsReference[],
  files: ReadonlyMap<string, number>,
  fixity: FixityCache,
  referenced: Set<string>,
  findings: FindingList,
): Promise<void> {
  for (const reference of references) {
    const target = resolveHref(metsPath, reference.href);
    if (target === undefined || !files.has(target)) {
      findings.error(
        'IP-REF1',
        `"${reference.href}" is referenced but ${target === undefined ? 'points outside the package' : 'not in the package'}.`,
        metsPath,
        reference.line,
      );
      continue;
    }
    referenced.add(target);
    if (reference.kind === 'mptr') continue;
    const actual = await fixity.of(target);
    if (reference.size !== undefined && String(actual.size) !== reference.size) {
      findings.error(
        'IP-REF2',
        `"${target}" has ${actual.size} bytes; the METS declares ${reference.size}.`,
        metsPath,
        reference.line,
      );
    }
    if (
      reference.checksum !== undefined &&
      reference.checksumType === 'SHA-256' &&
      reference.checksum.toUpperCase() !== actual.checksum
    ) {
      findings.error(
        'IP-REF3',
        `"${target}" has SHA-256 ${actual.checksum}; the METS declares ${reference.checksum}.`,
        metsPath,
        reference.line,
      );
    }
  }
}
