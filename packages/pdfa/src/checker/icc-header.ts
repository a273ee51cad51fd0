/**
 * The fields of an ICC profile header that PDF/A looks at, read as veraPDF's `ICCProfile` reads them:
 * from whatever header bytes the stream has (no `acsp` signature required), a field the bytes do not
 * reach or whose bytes are all zero being `undefined`.
 */
export interface IccHeader {
  /** Major and minor version, e.g. `2.1` or `4.3` (bytes 8–9). */
  version: number | undefined;
  /** Profile/device class (bytes 12–15): `'mntr'`, `'prtr'`, `'scnr'`, `'spac'`, … */
  deviceClass: string | undefined;
  /** Data colour space (bytes 16–19), four characters: `'RGB '`, `'GRAY'`, `'CMYK'`, `'Lab '`, … */
  colorSpace: string | undefined;
}

/** Reads the header fields of an ICC profile's decoded bytes. */
export function readIccHeader(bytes: Uint8Array): IccHeader {
  const field = (start: number) => {
    const slice = bytes.subarray(start, start + 4);
    return slice.length === 4 && slice.some((byte) => byte !== 0) ? String.fromCharCode(...slice) : undefined;
  };
  const version = bytes.length > 9 ? (bytes[8] as number) + ((bytes[9] as number) >> 4) / 10 : undefined;
  return { version, deviceClass: field(12), colorSpace: field(16) };
}
