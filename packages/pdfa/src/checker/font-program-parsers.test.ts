import { describe, expect, it } from 'vitest';
import { cffProgram, type1Program } from './__fixtures__/font-programs.js';
import { CffProgram } from './cff-program.js';
import { Type1Program } from './type1-program.js';

describe('Type 1 program parser', () => {
  it('reads glyph names, hsbw widths scaled by the FontMatrix, and the built-in encoding', () => {
    const { bytes } = type1Program({ glyphs: { A: 1200, B: -10 }, encoding: { 65: 'A' }, scale: 0.0005 });
    const program = Type1Program.parse(bytes);
    expect([...(program?.widths ?? [])]).toEqual([
      ['.notdef', 0],
      ['A', 600],
      ['B', -5],
    ]);
    expect([...(program?.encoding ?? [])]).toEqual([[65, 'A']]);
  });

  it('gives undefined for bytes that are not a Type 1 program, and survives a cut one', () => {
    expect(Type1Program.parse(new TextEncoder().encode('%!PS not a font'))).toBeUndefined();
    const { bytes, length1 } = type1Program({ glyphs: { A: 500 } });
    expect(() => Type1Program.parse(bytes.subarray(0, length1 + 40))).not.toThrow();
  });
});

describe('CFF program parser', () => {
  it('reads charset names, widths from nominalWidthX/defaultWidthX, and CIDs of a CID-keyed font', () => {
    const named = CffProgram.parse(
      cffProgram({
        glyphs: [
          { name: 'A', width: 650 },
          { name: 'B', width: 500 },
        ],
        nominalWidth: 600,
      }),
    );
    expect(named?.glyphNames).toEqual(['.notdef', 'A', 'B']);
    expect(named?.widths).toEqual([500, 650, 500]);
    expect(named?.encoding.get(65)).toBe(1);
    const cid = CffProgram.parse(cffProgram({ cidKeyed: true, glyphs: [{ cid: 9, width: 700 }] }));
    expect(cid?.cidKeyed).toBe(true);
    expect(cid?.glyphId(9)).toBe(1);
  });

  it('follows subroutines to the width, and stops a subroutine storm within its step budget', () => {
    // subr 0 pushes the width operand; the glyph calls it (operand −107 + bias 107 = subr 0), then hmoveto
    const viaSubr = CffProgram.parse(
      cffProgram({
        glyphs: [{ name: 'A', width: 0 }],
        subrs: [[139 + 50, 11]],
        charStrings: [[14], [32, 10, 139, 22, 14]],
      }),
    );
    expect(viaSubr?.widths[1]).toBe(50);
    // subr 0 calls itself 40 times at every level: 40^10 calls without a budget (the test would time out)
    const storm = [...Array.from({ length: 40 }, () => [32, 10]).flat(), 11];
    const stormy = CffProgram.parse(
      cffProgram({ glyphs: [{ name: 'A', width: 0 }], subrs: [storm], charStrings: [[14], [32, 10, 14]] }),
    );
    expect(stormy?.widths[1]).toBeUndefined();
  });

  it('gives undefined for bytes that are not CFF', () => {
    expect(CffProgram.parse(Uint8Array.from([2, 0, 4, 4]))).toBeUndefined();
    expect(
      CffProgram.parse(cffProgram({ glyphs: [{ name: 'A', width: 1 }] }).subarray(0, 30)),
    ).toBeUndefined();
  });
});
