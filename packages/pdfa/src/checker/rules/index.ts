import type { PdfAPart, PdfARule } from '../rule.js';
import { ACTION_AND_FORM_RULES } from './actions-and-forms.js';
import { ANNOTATION_RULES } from './annotations.js';
import { CMAP_RULES } from './cmaps.js';
import { COLOUR_RULES } from './colour.js';
import { DOCUMENT_RULES } from './document.js';
import { EXTENSION_SCHEMA_RULES } from './extension-schemas.js';
import { FILE_STRUCTURE_RULES } from './file-structure.js';
import { FONT_PROGRAM_RULES } from './font-programs.js';
import { FONT_RULES } from './fonts.js';
import { GLYPH_RULES } from './glyph-rules.js';
import { GRAPHICS_STATE_RULES } from './graphics-state.js';
import { IMPLEMENTATION_LIMIT_RULES } from './implementation-limits.js';
import { JPEG2000_RULES } from './jpeg2000.js';
import { METADATA_RULES } from './metadata.js';
import { SEPARATION_RULES } from './separations.js';
import { SIGNATURE_RULES } from './signatures.js';
import { XMP_PROPERTY_RULES } from './xmp-properties.js';
import { XOBJECT_RULES } from './xobjects.js';

/** Clause numbers compared part by part (`6.2.9` before `6.2.10`), then the test number. */
function profileOrder(a: PdfARule, b: PdfARule): number {
  const left = a.clause.split('.').map(Number);
  const right = b.clause.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return a.test - b.test;
}

const ALL_RULES: PdfARule[] = [
  ...FILE_STRUCTURE_RULES,
  ...IMPLEMENTATION_LIMIT_RULES,
  ...XOBJECT_RULES,
  ...COLOUR_RULES,
  ...SEPARATION_RULES,
  ...GRAPHICS_STATE_RULES,
  ...FONT_RULES,
  ...FONT_PROGRAM_RULES,
  ...GLYPH_RULES,
  ...CMAP_RULES,
  ...JPEG2000_RULES,
  ...ANNOTATION_RULES,
  ...ACTION_AND_FORM_RULES,
  ...SIGNATURE_RULES,
  ...METADATA_RULES,
  ...EXTENSION_SCHEMA_RULES,
  ...XMP_PROPERTY_RULES,
  ...DOCUMENT_RULES,
].sort(profileOrder);

/** Every implemented rule of the PDF/A-2B or PDF/A-3B profile, in clause order. */
export function rulesOfPart(part: PdfAPart): PdfARule[] {
  return ALL_RULES.filter((rule) => rule.parts.includes(part));
}
