/** One file of a package being built: where it goes, where its bytes come from, and its fixity. */
export interface PlannedFile {
  /** Path inside the package, `/`-separated, e.g. `representations/rep1/data/H49.64.33.2001.160.1.pdf`. */
  path: string;
  /** The bytes, or the path of the source file (streamed when written). */
  source: Uint8Array | string;
  size: number;
  /** Uppercase hexadecimal SHA-256. */
  checksum: string;
  mimeType: string;
}
