import {
  detectVietnameseEncoding,
  type EncodingDetection,
  type VietnameseEncoding,
} from './detect-encoding.js';
import { type CaseAmbiguity, decodeTcvn3 } from './tcvn3.js';
import { decodeViqr } from './viqr.js';
import { decodeVni } from './vni.js';

/** Options of {@link toUnicodeVietnamese}. */
export interface ToUnicodeOptions {
  /** The encoding of the text. Default: `'auto'`, detected with {@link detectVietnameseEncoding}. */
  from?: VietnameseEncoding | 'auto';
}

/** The outcome of {@link toUnicodeVietnamese}. */
export interface UnicodeConversion {
  /** The text in Unicode NFC. */
  text: string;
  /** The encoding the text was read as. */
  encoding: VietnameseEncoding;
  /** The evidence of detection, when the encoding was detected. */
  detection?: EncodingDetection;
  /** TCVN3 words whose capitals could not be read from the bytes alone, and what was decided. */
  ambiguities: CaseAmbiguity[];
}

/**
 * Converts Vietnamese text typed in a legacy encoding (TCVN3/ABC, VNI-Windows, VIQR) to Unicode
 * NFC, detecting the encoding unless told. The legacy text must already be a string of Latin-1
 * characters, as spreadsheet readers return cells typed in `.VnTime` or `VNI-Times`. Unicode text
 * is only normalized to NFC. TCVN3 has no uppercase toned vowels: words whose case had to be
 * guessed are listed in `ambiguities`.
 *
 * @example
 * ```ts
 * import { toUnicodeVietnamese } from '@sohoa/metadata';
 *
 * toUnicodeVietnamese('Uû ban nh©n d©n tØnh').text; // 'Uỷ ban nhân dân tỉnh'
 * toUnicodeVietnamese('Ñoäc laäp - Töï do - Haïnh phuùc').text; // 'Độc lập - Tự do - Hạnh phúc'
 * toUnicodeVietnamese('Vie^.t Nam', { from: 'viqr' }).text; // 'Việt Nam'
 * ```
 */
export function toUnicodeVietnamese(text: string, options: ToUnicodeOptions = {}): UnicodeConversion {
  const detection =
    options.from === undefined || options.from === 'auto' ? detectVietnameseEncoding(text) : undefined;
  const encoding = detection?.encoding ?? (options.from as VietnameseEncoding);
  const base = detection ? { encoding, detection } : { encoding };
  switch (encoding) {
    case 'tcvn3': {
      const decoded = decodeTcvn3(text);
      return { ...base, text: decoded.text, ambiguities: decoded.ambiguities };
    }
    case 'vni':
      return { ...base, text: decodeVni(text), ambiguities: [] };
    case 'viqr':
      return { ...base, text: decodeViqr(text), ambiguities: [] };
    default:
      return { ...base, text: text.normalize('NFC'), ambiguities: [] };
  }
}
