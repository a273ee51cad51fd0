/**
 * A seeded mutator of bytes, as coverage-blind fuzzers mutate (radamsa, zzuf): bit flips, bytes set
 * to boundary values, runs deleted, duplicated or inserted, numbers in the text made huge or
 * negative, the file cut short. The same seed gives the same mutation.
 */

const BOUNDARY = [0x00, 0xff, 0x7f, 0x80, 0x20, 0x0a, 0x28, 0x29, 0x3c, 0x3e, 0x2f, 0x5b, 0x5d];
const HUGE_NUMBERS = ['99999999999', '-1', '0', '2147483648', '1e308', '4294967295', '65536'];

/** The names of the mutations, in the order {@link mutate} picks them. */
export const MUTATIONS = ['flip', 'boundary', 'delete', 'duplicate', 'insert', 'number', 'truncate'] as const;

/** One mutation of `bytes` chosen by `random`, with its name. */
export function mutate(bytes: Uint8Array, random: () => number): { bytes: Uint8Array; how: string } {
  const out = Buffer.from(bytes);
  const at = Math.floor(random() * out.length);
  const span = 1 + Math.floor(random() * Math.min(4096, out.length / 8));
  const how = MUTATIONS[Math.floor(random() * MUTATIONS.length)] as (typeof MUTATIONS)[number];
  switch (how) {
    case 'flip':
      for (let count = 0; count < 1 + random() * 16; count++) {
        const index = Math.floor(random() * out.length);
        out[index] = (out[index] as number) ^ (1 << Math.floor(random() * 8));
      }
      return { bytes: out, how };
    case 'boundary':
      out[at] = BOUNDARY[Math.floor(random() * BOUNDARY.length)] as number;
      return { bytes: out, how };
    case 'delete':
      return { bytes: Buffer.concat([out.subarray(0, at), out.subarray(at + span)]), how };
    case 'duplicate':
      return {
        bytes: Buffer.concat([
          out.subarray(0, at + span),
          out.subarray(at, at + span),
          out.subarray(at + span),
        ]),
        how,
      };
    case 'insert': {
      const noise = Buffer.alloc(span);
      for (let index = 0; index < span; index++) noise[index] = Math.floor(random() * 256);
      return { bytes: Buffer.concat([out.subarray(0, at), noise, out.subarray(at)]), how };
    }
    case 'number': {
      // A run of ASCII digits near `at` made huge, negative or zero.
      const text = out.toString('latin1');
      const match = /\d+/g;
      match.lastIndex = at;
      const found = match.exec(text);
      if (!found) return { bytes: out, how: 'number (none)' };
      const replacement = HUGE_NUMBERS[Math.floor(random() * HUGE_NUMBERS.length)] as string;
      return {
        bytes: Buffer.from(
          text.slice(0, found.index) + replacement + text.slice(found.index + found[0].length),
          'latin1',
        ),
        how,
      };
    }
    default:
      return { bytes: out.subarray(0, at), how };
  }
}
