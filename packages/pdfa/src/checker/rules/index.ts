import type { PdfARule } from '../rule.js';
import { ACTION_AND_FORM_RULES } from './actions-and-forms.js';
import { ANNOTATION_RULES } from './annotations.js';
import { COLOUR_RULES } from './colour.js';
import { DOCUMENT_RULES } from './document.js';
import { EXTENSION_SCHEMA_RULES } from './extension-schemas.js';
import { FILE_STRUCTURE_RULES } from './file-structure.js';
import { FONT_RULES } from './fonts.js';
import { GRAPHICS_STATE_RULES } from './graphics-state.js';
import { IMPLEMENTATION_LIMIT_RULES } from './implementation-limits.js';
import { METADATA_RULES } from './metadata.js';
import { XOBJECT_RULES } from './xobjects.js';

/** Every implemented PDF/A-2B rule, in the order of veraPDF's profile. */
export const PDFA_2B_RULES: PdfARule[] = [
  ...FILE_STRUCTURE_RULES,
  ...IMPLEMENTATION_LIMIT_RULES,
  ...XOBJECT_RULES.slice(0, 2),
  ...COLOUR_RULES,
  ...GRAPHICS_STATE_RULES.slice(0, 6),
  ...XOBJECT_RULES.slice(2),
  ...GRAPHICS_STATE_RULES.slice(6),
  ...FONT_RULES,
  ...ANNOTATION_RULES,
  ...ACTION_AND_FORM_RULES,
  ...METADATA_RULES.slice(0, 7),
  ...EXTENSION_SCHEMA_RULES,
  ...METADATA_RULES.slice(7),
  ...DOCUMENT_RULES,
];
