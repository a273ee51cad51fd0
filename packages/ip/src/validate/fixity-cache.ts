import type { PackageSource } from './package-source.js';

/** The SHA-256 (uppercase) and size of one file of a package. */
export interface Fixity {
  checksum: string;
  size: number;
}

/**
 * Streams each file of a package through SHA-256 at most once per validation and remembers only
 * the digest and size (about a hundred bytes per file), so that the METS references (`IP-REF2`,
 * `IP-REF3`) and the PREMIS fixity (`TT05-PREMIS2`) share one read of every data file.
 */
export class FixityCache {
  private readonly known = new Map<string, Fixity>();

  constructor(private readonly source: PackageSource) {}

  /** The fixity of `path`, read and hashed on the first call only. */
  async of(path: string): Promise<Fixity> {
    let fixity = this.known.get(path);
    if (!fixity) {
      fixity = await this.source.checksum(path);
      this.known.set(path, fixity);
    }
    return fixity;
  }
}
