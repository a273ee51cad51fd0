import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cffProgram, type1Program } from './__fixtures__/font-programs.js';
import { CffProgram } from './cff-program.js';
import { readCMapCodes } from './cmap-codes.js';
import { readPredefinedCMap } from './predefined-cmaps.js';
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

describe('embedded CMap codes', () => {
  it('splits mixed one- and two-byte codes by the code space ranges and maps them to CIDs', () => {
    const reader = readCMapCodes(`2 begincodespacerange <00> <80> <8140> <9FFC> endcodespacerange
1 begincidrange <20> <7E> 1 endcidrange
1 begincidchar <8140> 633 endcidchar`);
    expect(reader?.codes(Uint8Array.from([0x41, 0x81, 0x40, 0xa0]))).toEqual([
      { code: 0x41, cid: 34 },
      { code: 0x8140, cid: 633 },
      // outside every code space: a one-byte code, not mapped
      { code: 0xa0, cid: undefined },
    ]);
  });

  it('falls back to Identity under usecmap Identity-H, to a predefined parent’s mappings, and refuses unknown parents', () => {
    const identity = readCMapCodes(
      '/Identity-H usecmap 1 begincodespacerange <0000> <FFFF> endcodespacerange',
    );
    expect(identity?.codes(Uint8Array.from([0, 9]))).toEqual([{ code: 9, cid: 9 }]);
    // UniJIS-UCS2-H (Adobe-Japan1): U+0041 → CID 34, U+3042 → CID 843, unless the child maps it
    const japanese = readCMapCodes('/UniJIS-UCS2-H usecmap 1 begincidchar <0041> 7 endcidchar');
    expect(japanese?.codes(Uint8Array.from([0, 0x41, 0x30, 0x42]))).toEqual([
      { code: 0x41, cid: 7 },
      { code: 0x3042, cid: 843 },
    ]);
    expect(
      readCMapCodes('/Made-Up-H usecmap 1 begincodespacerange <0000> <FFFF> endcodespacerange'),
    ).toBeUndefined();
  });
});

describe('predefined CMaps', () => {
  it('reads every CMap of Table 118 from pdfjs-dist, and names no other', () => {
    expect(readPredefinedCMap('UniGB-UCS2-H')?.spaces.length).toBeGreaterThan(0);
    expect(readPredefinedCMap('Identity-H')).toBeUndefined();
    expect(readPredefinedCMap('Made-Up-H')).toBeUndefined();
  });

  it('throws PDF_CHECKER_DATA_MISSING for a .bcmap that is missing or unreadable, never skipping it', () => {
    const empty = mkdtempSync(join(tmpdir(), 'sohoa-cmaps-'));
    try {
      expect(() => readPredefinedCMap('90ms-RKSJ-H', empty)).toThrow(
        expect.objectContaining({ code: 'PDF_CHECKER_DATA_MISSING' }),
      );
      // a code space record cut short
      writeFileSync(join(empty, '90ms-RKSJ-H.bcmap'), Uint8Array.from([0x00, 0x00]));
      expect(() => readPredefinedCMap('90ms-RKSJ-H', empty)).toThrow(/90ms-RKSJ-H/);
      expect(() => readPredefinedCMap('90ms-RKSJ-H', null)).toThrow(
        expect.objectContaining({ code: 'PDF_CHECKER_DATA_MISSING' }),
      );
    } finally {
      rmSync(empty, { recursive: true });
    }
  });
});
