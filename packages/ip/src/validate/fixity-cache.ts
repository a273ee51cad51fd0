import type { PackageSource } from './package-source.js';

/** A digest Node computes that METS names in `CHECKSUMTYPE`. */
export type ChecksumAlgorithm = 'md5' | 'sha1' | 'sha256' | 'sha384' | 'sha512';

/** The checksum (uppercase hex) and size of one file of a package. */
export interface Fixity {
  checksum: string;
  size: number;
}

/**
 * Streams each file of a package through a digest at most once per algorithm and validation and
 * remembers only the digest and size (about a hundred bytes per file), so that the METS references
 * and the PREMIS fixity (`TT05-PREMIS2`) share one read of every data file.
 */
export class FixityCache {
  private readonly known = new Map<string, Fixity>();

  constructor(private readonly source: PackageSource) {}

  /** The fixity of `path` by `algorithm`, read and hashed on the first call only. */
  async of(path: string, algorithm: ChecksumAlgorithm = 'sha256'): Promise<Fixity> {
    const key = `${algorithm}:${path}`;
    let fixity = this.known.get(key);
    if (!fixity) {
      fixity = await this.source.checksum(path, algorithm);
      this.known.set(key, fixity);
    }
    return fixity;
  }
}
