/** The fields of an ICC profile header that PDF/A looks at. */
export interface IccHeader {
  /** Major and minor version, e.g. `2.1` or `4.3`. */
  version: number;
  /** Profile/device class: `'mntr'`, `'prtr'`, `'scnr'`, `'spac'`, … */
  deviceClass: string;
  /** Data colour space, four characters: `'RGB '`, `'GRAY'`, `'CMYK'`, `'Lab '`, … */
  colorSpace: string;
}

const COMPONENTS: Record<string, number> = { GRAY: 1, 'RGB ': 3, CMYK: 4, 'Lab ': 3 };

/** Reads an ICC header, or `undefined` when the bytes are not an ICC profile (no `acsp` signature). */
export function readIccHeader(bytes: Uint8Array): IccHeader | undefined {
  if (bytes.length < 128) return undefined;
  const ascii = (start: number) => String.fromCharCode(...bytes.subarray(start, start + 4));
  if (ascii(36) !== 'acsp') return undefined;
  const major = bytes[8] ?? 0;
  const minor = (bytes[9] ?? 0) >> 4;
  return { version: major + minor / 10, deviceClass: ascii(12), colorSpace: ascii(16) };
}

/** The number of colour components of an ICC data colour space, when PDF supports it. */
export function iccComponents(colorSpace: string): number | undefined {
  return COMPONENTS[colorSpace];
}
