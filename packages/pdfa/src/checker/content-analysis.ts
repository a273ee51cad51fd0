import { PDFArray, PDFBool, PDFDict, PDFNumber, type PDFObject, PDFRawStream } from 'pdf-lib';
import { type ContentBudget, ContentWork, DEFAULT_CONTENT_BUDGET } from './content-budget.js';
import {
  type ContentOperation,
  type DictOperand,
  type HexStringViolation,
  type Operand,
  tokenizeContent,
} from './content-tokens.js';
import { deviceSpacesOf } from './device-spaces.js';
import type { LimitViolation } from './operand-limits.js';
import {
  arrayEntry,
  asDict,
  booleanEntry,
  decodeStream,
  dictEntry,
  entry,
  nameEntry,
  nameValue,
  numberEntry,
  resolveArray,
} from './pdf-values.js';

/** How a font is used by text-showing operators. */
export interface FontUsage {
  /** Text rendering modes (`Tr`) in force when the font showed text. */
  renderModes: Set<number>;
  /** The distinct shown strings, as raw character codes (each once, in the order first shown). */
  strings: Uint8Array[];
  /** The distinct strings shown in a rendering mode other than 3 (invisible), i.e. used for rendering. */
  renderedStrings: Uint8Array[];
  /** The content stream that uses it first. */
  object: string;
}

/** A device colour space used where a content stream paints. */
export interface DeviceColourUse {
  space: 'DeviceRGB' | 'DeviceGray' | 'DeviceCMYK';
  object: string;
  /** The stream's resources define the matching `Default…` colour space. */
  hasDefault: boolean;
}

/** What all content streams (pages, forms, appearances, patterns) do, gathered in one pass. */
export interface ContentAnalysis {
  fontUsages: Map<PDFDict, FontUsage>;
  deviceColours: DeviceColourUse[];
  /** The deepest q/Q nesting of each stream. */
  nesting: { object: string; depth: number }[];
  undefinedOperators: { operator: string; object: string }[];
  renderingIntents: { intent: string; object: string }[];
  inlineImages: { parameters: Map<string, Operand>; object: string }[];
  /** Streams that use named resources without a Resources dictionary of their own. */
  inheritedResources: string[];
  /** Hexadecimal string operands breaking 6.1.6 (each test once per stream). */
  hexStrings: (HexStringViolation & { object: string })[];
  /** Operands beyond the implementation limits of 6.1.13 (each test once per stream). */
  limits: (LimitViolation & { object: string })[];
  /** Streams that paint in an ICCBased CMYK space with overprint on and OPM 1 (6.2.4.2-2), once each. */
  cmykOverprint: { object: string; stroke: boolean }[];
}

const OPERATORS = new Set(
  `b B b* B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI EMC ET EX f F f* G g gs h i ID j J K k l m M MP n q Q re
  RG rg ri s S SC sc SCN scn sh T* Tc Td TD Tf Tj TJ TL Tm Tr Ts Tw Tz v w W W* y ' "`.split(/\s+/),
);
/** Operators veraPDF ignores where colour operators are disabled (uncoloured tiling patterns). */
const COLOUR_OPERATORS = new Set([
  'g',
  'G',
  'rg',
  'RG',
  'k',
  'K',
  'cs',
  'CS',
  'sc',
  'SC',
  'scn',
  'SCN',
  'sh',
  'ri',
]);
const RESOURCE_OPERATORS = new Set(['Do', 'Tf', 'gs', 'sh', 'cs', 'CS', 'BDC', 'DP']);
const DEVICE_OPERATORS: Record<string, DeviceColourUse['space']> = {
  rg: 'DeviceRGB',
  RG: 'DeviceRGB',
  g: 'DeviceGray',
  G: 'DeviceGray',
  k: 'DeviceCMYK',
  K: 'DeviceCMYK',
};
const DEFAULT_SPACES: Record<DeviceColourUse['space'], string> = {
  DeviceRGB: 'DefaultRGB',
  DeviceGray: 'DefaultGray',
  DeviceCMYK: 'DefaultCMYK',
};

/** The overprint part of the graphics state (ISO 32000-1 8.6.7), and whether the current spaces are ICCBased CMYK. */
interface OverprintState {
  fillIccCmyk: boolean;
  strokeIccCmyk: boolean;
  overprintFill: boolean;
  overprintStroke: boolean;
  opm: number;
}

const INITIAL_OVERPRINT: OverprintState = {
  fillIccCmyk: false,
  strokeIccCmyk: false,
  overprintFill: false,
  overprintStroke: false,
  opm: 0,
};

/**
 * The colour spaces painting uses, as far as 6.2.4.3 cares: the device space in force (`Default…`
 * already applied, so a space with a default is `undefined`), as veraPDF's graphics state holds them.
 */
interface PaintSpaces {
  fillDevice: DeviceColourUse['space'] | undefined;
  strokeDevice: DeviceColourUse['space'] | undefined;
}

/** The Pattern space set for filling or stroking, with the device space under it (uncoloured patterns paint in it). */
interface PatternSpaces {
  fillPattern: { underlying: DeviceColourUse['space'] | undefined } | undefined;
  strokePattern: { underlying: DeviceColourUse['space'] | undefined } | undefined;
}

/** How a content stream is run: the colour its painting starts with, and whether colour operators count. */
interface RunOptions {
  /** The caller's spaces for a form XObject; DeviceGray (the initial graphics state) otherwise. */
  inherited?: PaintSpaces;
  /** `false` in an uncoloured (PaintType 2) tiling pattern, whose colour operators are ignored, as in veraPDF. */
  colourOperators?: boolean;
  /**
   * The page's resources, where a form, pattern or glyph looks up a name its own resources lack
   * (veraPDF's extended resources; such a stream then uses page resources, which 6.2.2-2 judges).
   */
  pageResources?: PDFDict | undefined;
}

/** Text rendering modes that fill and that stroke the glyphs (ISO 32000-1 Table 106). */
const TEXT_FILLS = new Set([0, 2, 4, 6]);
const TEXT_STROKES = new Set([1, 2, 5, 6]);

/** Painting operators: whether each fills and strokes. */
const PAINTING: Record<string, { fill: boolean; stroke: boolean }> = {
  f: { fill: true, stroke: false },
  F: { fill: true, stroke: false },
  'f*': { fill: true, stroke: false },
  S: { fill: false, stroke: true },
  s: { fill: false, stroke: true },
  B: { fill: true, stroke: true },
  'B*': { fill: true, stroke: true },
  b: { fill: true, stroke: true },
  'b*': { fill: true, stroke: true },
};

/** `OP` sets stroke overprint (and fill overprint when `op` is absent), `op` fill overprint, `OPM` the mode. */
function applyOverprint(state: OverprintState, extGState: PDFDict): void {
  const stroke = entry(extGState, 'OP');
  const fill = entry(extGState, 'op');
  if (stroke instanceof PDFBool) {
    state.overprintStroke = stroke.asBoolean();
    if (!(fill instanceof PDFBool)) state.overprintFill = stroke.asBoolean();
  }
  if (fill instanceof PDFBool) state.overprintFill = fill.asBoolean();
  const mode = entry(extGState, 'OPM');
  if (mode instanceof PDFNumber) state.opm = mode.asNumber();
}

/** An `[/ICCBased stream]` space with four components. */
function isIccCmyk(space: PDFObject | undefined): boolean {
  if (!(space instanceof PDFArray) || nameValue(space.lookup(0)) !== 'ICCBased') return false;
  const stream = space.lookup(1);
  return stream instanceof PDFRawStream && numberEntry(stream.dict, 'N') === 4;
}

function isName(operand: Operand | undefined): operand is { name: string } {
  return typeof operand === 'object' && operand !== null && 'name' in operand;
}

function shownStrings(operation: ContentOperation): Uint8Array[] {
  const strings: Uint8Array[] = [];
  for (const operand of operation.operands) {
    const items = Array.isArray(operand) ? operand : [operand];
    for (const item of items) {
      if (typeof item === 'object' && item !== null && 'bytes' in item) strings.push(item.bytes);
    }
  }
  return strings;
}

function streamBytes(contents: PDFObject | undefined): Uint8Array {
  const streams = contents instanceof PDFArray ? resolveArray(contents) : [contents];
  const parts = streams.flatMap((stream) =>
    stream instanceof PDFRawStream ? (decodeStream(stream) ?? []) : [],
  );
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length + 1, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    joined[offset + part.length] = 0x0a;
    offset += part.length + 1;
  }
  return joined;
}

/** Graphics states kept for `Q` to restore: a stream of a million `q` would otherwise keep a million. */
const MAX_SAVED_STATES = 1024;

/** Analyses every content stream reachable from the pages, their annotations and their resources. */
export class ContentAnalyser {
  readonly result: ContentAnalysis = {
    fontUsages: new Map(),
    deviceColours: [],
    nesting: [],
    undefinedOperators: [],
    renderingIntents: [],
    inlineImages: [],
    inheritedResources: [],
    limits: [],
    hexStrings: [],
    cmykOverprint: [],
  };
  private readonly visited = new Set<PDFObject>();
  /** What was already recorded (operator, intent, colour space, inline image, per stream): each is kept once. */
  private readonly recorded = new Set<string>();
  /** The strings each font usage already holds, so that a word shown on every page is kept once. */
  private readonly shownStrings = new Map<FontUsage, { all: Set<string>; rendered: Set<string> }>();

  /** Whether each font shown is a Type 3 font (read once per font, not per text operator). */
  private readonly type3 = new Map<PDFDict, boolean>();

  /** The fonts `Tf` found, per resources dictionary and resource name. */
  private readonly fonts = new Map<PDFDict, Map<string, PDFDict | undefined>>();

  private readonly work: ContentWork;

  /**
   * @param label - names an object in findings.
   * @param budget - the content work allowed (`PDF_LIMIT_EXCEEDED` past it). @default DEFAULT_CONTENT_BUDGET
   */
  constructor(
    private readonly label: (object: PDFObject, fallback: string) => string,
    budget: ContentBudget = DEFAULT_CONTENT_BUDGET,
  ) {
    this.work = new ContentWork(budget);
  }

  /** Analyses a page: its content, then its annotations' appearance streams. */
  page(page: PDFDict, index: number, resources: PDFDict | undefined): void {
    const object = `page ${index + 1}`;
    // Resources is an inheritable page attribute (ISO 32000-1 Table 30): inherited through the page tree is explicit
    const ownResources = resources !== undefined;
    this.run(streamBytes(entry(page, 'Contents')), resources, object, ownResources, {
      pageResources: resources,
    });
    for (const annotation of arrayEntry(page, 'Annots') ?? []) {
      const appearances = annotation instanceof PDFDict ? dictEntry(annotation, 'AP') : undefined;
      for (const [, value] of appearances?.entries() ?? []) {
        const resolved = page.context.lookup(value);
        const streams =
          resolved instanceof PDFDict
            ? [...resolved.values()].map((item) => page.context.lookup(item))
            : [resolved];
        for (const stream of streams)
          if (stream instanceof PDFRawStream) this.form(stream, resources, { pageResources: resources });
      }
    }
  }

  private form(stream: PDFRawStream, parentResources: PDFDict | undefined, options: RunOptions): void {
    if (this.visited.has(stream)) return;
    this.visited.add(stream);
    const own = dictEntry(stream.dict, 'Resources');
    this.run(
      streamBytes(stream),
      own ?? parentResources,
      this.label(stream, 'form XObject'),
      own !== undefined,
      options,
    );
  }

  private run(
    bytes: Uint8Array,
    resources: PDFDict | undefined,
    object: string,
    ownResources: boolean,
    options: RunOptions,
  ): void {
    let colour = options.colourOperators !== false;
    const { pageResources } = options;
    /** A named resource of `category`: in this stream's resources, else in the page's. */
    const named = (category: string, name: string): PDFObject | undefined => {
      const own = resources ? dictEntry(resources, category) : undefined;
      const found = own ? entry(own, name) : undefined;
      if (found !== undefined || !pageResources || pageResources === resources) return found;
      const page = dictEntry(pageResources, category);
      return page ? entry(page, name) : undefined;
    };
    const initialGray = this.deviceInEffect('DeviceGray', resources) ? 'DeviceGray' : undefined;
    const state = {
      renderMode: 0,
      font: undefined as PDFDict | undefined,
      ...INITIAL_OVERPRINT,
      ...(options.inherited ?? { fillDevice: initialGray, strokeDevice: initialGray }),
      fillPattern: undefined as PatternSpaces['fillPattern'],
      strokePattern: undefined as PatternSpaces['strokePattern'],
    };
    const stack: (typeof state)[] = [];
    let depth = 0;
    let deepest = 0;
    let usesResources = false;
    this.work.stream(bytes.length);
    for (const operation of tokenizeContent(bytes)) {
      this.work.operation();
      const { operator, operands } = operation;
      for (const violation of operation.hexStrings ?? []) {
        if (this.once('hex', String(violation.test), object))
          this.result.hexStrings.push({ ...violation, object });
      }
      for (const violation of operation.limits ?? []) {
        if (this.once('limit', String(violation.test), object))
          this.result.limits.push({ ...violation, object });
      }
      if (!OPERATORS.has(operator) && this.once('op', operator, object))
        this.result.undefinedOperators.push({ operator, object });
      if (RESOURCE_OPERATORS.has(operator) && operator !== 'cs' && operator !== 'CS') usesResources = true;
      if (operator === 'q') {
        // Past MAX_SAVED_STATES (far past the 28 of 6.1.13) the depth is still counted, the states no longer kept.
        if (depth < MAX_SAVED_STATES) stack.push({ ...state });
        depth++;
        deepest = Math.max(deepest, depth);
      } else if (operator === 'Q') {
        if (depth <= MAX_SAVED_STATES) Object.assign(state, stack.pop() ?? state);
        depth = Math.max(0, depth - 1);
      } else if (operator === 'Tr' && typeof operands[0] === 'number') {
        state.renderMode = operands[0];
      } else if (operator === 'Tf' && isName(operands[0])) {
        state.font =
          this.font(resources, operands[0].name) ??
          (pageResources === resources ? undefined : this.font(pageResources, operands[0].name));
      } else if (operator === 'Tj' || operator === 'TJ' || operator === "'" || operator === '"') {
        this.recordText(state.font, state.renderMode, shownStrings(operation), object);
        if (state.font && this.isType3(state.font))
          this.glyphProcedures(state.font, resources, { ...state, pageResources });
        this.checkOverprint(state, state.renderMode !== 3, false, object);
        this.paint(state, TEXT_FILLS.has(state.renderMode), TEXT_STROKES.has(state.renderMode), object);
      } else if (PAINTING[operator]) {
        this.checkOverprint(state, PAINTING[operator].fill, PAINTING[operator].stroke, object);
        this.paint(state, PAINTING[operator].fill, PAINTING[operator].stroke, object);
      } else if (operator === 'd1') {
        // a Type 3 glyph described by its shape only: its colour operators are ignored, as in veraPDF
        colour = false;
      } else if (!colour && COLOUR_OPERATORS.has(operator)) {
        // ignored in an uncoloured pattern
      } else if (operator === 'gs' && isName(operands[0])) {
        const extGState = asDict(named('ExtGState', operands[0].name));
        if (extGState) applyOverprint(state, extGState);
      } else if (DEVICE_OPERATORS[operator]) {
        const device = DEVICE_OPERATORS[operator];
        const fill = operator === operator.toLowerCase();
        this.recordDevice(device, resources, object);
        state[fill ? 'fillIccCmyk' : 'strokeIccCmyk'] = false;
        state[fill ? 'fillDevice' : 'strokeDevice'] = this.deviceInEffect(device, resources)
          ? device
          : undefined;
      } else if ((operator === 'cs' || operator === 'CS') && isName(operands[0])) {
        const space = operands[0].name;
        const value = named('ColorSpace', space);
        state[operator === 'cs' ? 'fillIccCmyk' : 'strokeIccCmyk'] = isIccCmyk(value);
        const device =
          space === 'DeviceRGB' || space === 'DeviceGray' || space === 'DeviceCMYK' ? space : undefined;
        state[operator === 'cs' ? 'fillDevice' : 'strokeDevice'] =
          device && this.deviceInEffect(device, resources) ? device : undefined;
        state[operator === 'cs' ? 'fillPattern' : 'strokePattern'] = this.patternSpace(
          space,
          value,
          resources,
        );
        if (device) this.recordDevice(device, resources, object);
        else {
          usesResources = true;
          // a named space (Indexed, Separation, DeviceN, Pattern) may rest on a device space
          for (const device of deviceSpacesOf(value)) this.recordDevice(device, resources, object);
        }
      } else if ((operator === 'scn' || operator === 'SCN') && isName(operands.at(-1))) {
        // a pattern is used where scn selects it (veraPDF), not for being in the resources
        const selected = operator === 'scn' ? state.fillPattern : state.strokePattern;
        const name = (operands.at(-1) as { name: string }).name;
        const pattern = named('Pattern', name);
        if (selected && pattern) this.pattern(pattern, resources, selected.underlying, object, pageResources);
      } else if (operator === 'sh' && isName(operands[0])) {
        const shading = asDict(named('Shading', operands[0].name));
        if (shading) this.shading(shading, resources, this.label(shading, object));
      } else if (operator === 'ri' && isName(operands[0])) {
        if (this.once('ri', operands[0].name, object))
          this.result.renderingIntents.push({ intent: operands[0].name, object });
      } else if (operator === 'BI') {
        const parameters = operands[0] as DictOperand;
        const mask = parameters.dict.get('IM') ?? parameters.dict.get('ImageMask');
        if (colour || mask === true) this.inlineImage(parameters, resources, object);
        // an image mask paints in the fill colour (veraPDF's inheritedFillCS)
        if (mask === true) this.paint(state, true, false, object);
      } else if (operator === 'Do' && isName(operands[0])) {
        const target = named('XObject', operands[0].name);
        const subtype = target instanceof PDFRawStream ? nameEntry(target.dict, 'Subtype') : undefined;
        if (subtype === 'Form')
          this.form(target as PDFRawStream, resources, {
            inherited: { fillDevice: state.fillDevice, strokeDevice: state.strokeDevice },
            colourOperators: colour,
            pageResources,
          });
        if (subtype === 'Image') this.image(target as PDFRawStream, resources, object, state);
      }
    }
    this.result.nesting.push({ object, depth: deepest });
    if (usesResources && !ownResources) this.result.inheritedResources.push(object);
  }

  /** Records a stream that paints in an ICCBased CMYK space with overprinting on and OPM 1 (6.2.4.2-2). */
  private checkOverprint(state: OverprintState, fill: boolean, stroke: boolean, object: string): void {
    const fills = fill && state.fillIccCmyk && state.overprintFill;
    const strokes = stroke && state.strokeIccCmyk && state.overprintStroke;
    if ((fills || strokes) && state.opm === 1 && this.once('opm', object))
      this.result.cmykOverprint.push({ object, stroke: !fills });
  }

  /** The font a `Tf` operand names in `resources` (looked up once per resources dictionary and name). */
  private font(resources: PDFDict | undefined, name: string): PDFDict | undefined {
    if (!resources) return undefined;
    let fonts = this.fonts.get(resources);
    if (!fonts) {
      fonts = new Map();
      this.fonts.set(resources, fonts);
    }
    if (!fonts.has(name)) {
      const dict = dictEntry(resources, 'Font');
      fonts.set(name, dict ? dictEntry(dict, name) : undefined);
    }
    return fonts.get(name);
  }

  private isType3(font: PDFDict): boolean {
    let known = this.type3.get(font);
    if (known === undefined) {
      known = nameEntry(font, 'Subtype') === 'Type3';
      this.type3.set(font, known);
    }
    return known;
  }

  /**
   * The glyph procedures of a Type 3 font a text operator shows, run once each with the font's
   * `Resources` (else the resources of the stream showing it, which they then inherit).
   */
  private glyphProcedures(
    font: PDFDict,
    resources: PDFDict | undefined,
    state: PaintSpaces & { pageResources: PDFDict | undefined },
  ): void {
    const procedures = dictEntry(font, 'CharProcs');
    const own = dictEntry(font, 'Resources');
    for (const value of procedures?.values() ?? []) {
      const stream = font.context.lookup(value);
      if (!(stream instanceof PDFRawStream) || this.visited.has(stream)) continue;
      this.visited.add(stream);
      this.run(streamBytes(stream), own ?? resources, this.label(stream, 'Type 3 glyph'), own !== undefined, {
        inherited: { fillDevice: state.fillDevice, strokeDevice: state.strokeDevice },
        pageResources: state.pageResources,
      });
    }
  }

  /** The Pattern space `cs`/`CS` sets (`/Pattern` or `[/Pattern base]`), with its base device space; else `undefined`. */
  private patternSpace(
    name: string,
    named: PDFObject | undefined,
    resources: PDFDict | undefined,
  ): PatternSpaces['fillPattern'] {
    const isPattern =
      name === 'Pattern' ||
      nameValue(named) === 'Pattern' ||
      (named instanceof PDFArray && nameValue(named.lookup(0)) === 'Pattern');
    if (!isPattern) return undefined;
    const [base] = named instanceof PDFArray ? deviceSpacesOf(named) : [];
    return { underlying: base && this.deviceInEffect(base, resources) ? base : undefined };
  }

  /**
   * A pattern `scn` selects: a tiling pattern's content is run (from the initial graphics state; an
   * uncoloured one paints in the underlying space and its colour operators are ignored, as in veraPDF),
   * a shading pattern's shading is judged by its colour space.
   */
  private pattern(
    pattern: PDFObject,
    resources: PDFDict | undefined,
    underlying: DeviceColourUse['space'] | undefined,
    object: string,
    pageResources: PDFDict | undefined,
  ): void {
    if (pattern instanceof PDFRawStream) {
      this.form(
        pattern,
        resources,
        numberEntry(pattern.dict, 'PaintType') === 2
          ? {
              colourOperators: false,
              inherited: { fillDevice: underlying, strokeDevice: underlying },
              pageResources,
            }
          : { pageResources },
      );
    } else if (pattern instanceof PDFDict) {
      const shading = dictEntry(pattern, 'Shading');
      if (shading) this.shading(shading, resources, this.label(pattern, object));
    }
  }

  /** A shading painted (by `sh` or a shading pattern): the device spaces of its colour space are used. */
  private shading(shading: PDFDict, resources: PDFDict | undefined, object: string): void {
    for (const device of deviceSpacesOf(entry(shading, 'ColorSpace')))
      this.recordDevice(device, resources, object);
  }

  /** A painting operation: the device spaces in force for what it fills and strokes are used. */
  private paint(state: PaintSpaces, fill: boolean, stroke: boolean, object: string): void {
    if (fill && state.fillDevice) this.recordUse(state.fillDevice, object, false);
    if (stroke && state.strokeDevice) this.recordUse(state.strokeDevice, object, false);
  }

  /** `true` the first time these parts are seen together (so a stream repeating an operation costs nothing). */
  private once(...parts: string[]): boolean {
    const key = parts.join('\u0000');
    if (this.recorded.has(key)) return false;
    this.recorded.add(key);
    return true;
  }

  private inlineImage(parameters: DictOperand, resources: PDFDict | undefined, object: string): void {
    const key = JSON.stringify([...parameters.dict], (_, value) =>
      value instanceof Uint8Array ? [...value] : value,
    );
    if (this.once('BI', key, object)) this.result.inlineImages.push({ parameters: parameters.dict, object });
    const declared = parameters.dict.get('CS') ?? parameters.dict.get('ColorSpace');
    // an Indexed space ([/I base hival lookup]) uses its base
    const indexed =
      Array.isArray(declared) && isName(declared[0]) && ['I', 'Indexed'].includes(declared[0].name);
    const space = indexed ? (declared as Operand[])[1] : declared;
    const name = isName(space) ? space.name : undefined;
    const device = { G: 'DeviceGray', RGB: 'DeviceRGB', CMYK: 'DeviceCMYK' }[name ?? ''] ?? name;
    if (device === 'DeviceRGB' || device === 'DeviceGray' || device === 'DeviceCMYK')
      this.recordDevice(device, resources, object);
    else if (name !== undefined && !indexed) {
      // a colour space of the resources named by the inline image (veraPDF looks it up there)
      const colourSpaces = resources ? dictEntry(resources, 'ColorSpace') : undefined;
      const named = colourSpaces ? entry(colourSpaces, name) : undefined;
      for (const used of deviceSpacesOf(named)) this.recordUse(used, object, false);
    }
  }

  /** An image XObject drawn here: the device spaces its colour space uses, with this stream's defaults. */
  /**
   * An image XObject drawn here, as veraPDF's `imageCS`: an image mask paints in the fill colour; a
   * colour space named by a name goes through the resources (so `Default…` applies), one given as an
   * array (Indexed, Separation…) rests on its device space as such.
   */
  private image(
    image: PDFRawStream,
    resources: PDFDict | undefined,
    object: string,
    state: PaintSpaces,
  ): void {
    const label = this.label(image, object);
    if (booleanEntry(image.dict, 'ImageMask') === true) {
      this.paint(state, true, false, label);
      return;
    }
    const space = entry(image.dict, 'ColorSpace');
    for (const device of deviceSpacesOf(space)) {
      if (space instanceof PDFArray) this.recordUse(device, label, false);
      else this.recordDevice(device, resources, label);
    }
  }

  private recordText(
    font: PDFDict | undefined,
    renderMode: number,
    strings: Uint8Array[],
    object: string,
  ): void {
    if (!font) return;
    const usage = this.result.fontUsages.get(font) ?? {
      renderModes: new Set<number>(),
      strings: [],
      renderedStrings: [],
      object,
    };
    usage.renderModes.add(renderMode);
    const seen = this.shownStrings.get(usage) ?? { all: new Set<string>(), rendered: new Set<string>() };
    this.shownStrings.set(usage, seen);
    for (const string of strings) {
      const key =
        string.length < 1024
          ? String.fromCharCode.apply(null, string as unknown as number[])
          : Buffer.from(string.buffer, string.byteOffset, string.byteLength).toString('latin1');
      if (!seen.all.has(key)) usage.strings.push(string);
      seen.all.add(key);
      if (renderMode === 3 || seen.rendered.has(key)) continue;
      usage.renderedStrings.push(string);
      seen.rendered.add(key);
    }
    this.result.fontUsages.set(font, usage);
  }

  /** `true` when `resources` define no `Default…` space for `space`, so that the device space itself is used. */
  private deviceInEffect(space: DeviceColourUse['space'], resources: PDFDict | undefined): boolean {
    const colourSpaces = resources ? dictEntry(resources, 'ColorSpace') : undefined;
    return !(colourSpaces && entry(colourSpaces, DEFAULT_SPACES[space]) !== undefined);
  }

  private recordDevice(
    space: DeviceColourUse['space'],
    resources: PDFDict | undefined,
    object: string,
  ): void {
    this.recordUse(space, object, !this.deviceInEffect(space, resources));
  }

  private recordUse(space: DeviceColourUse['space'], object: string, hasDefault: boolean): void {
    if (this.once('device', space, object, String(hasDefault)))
      this.result.deviceColours.push({ space, object, hasDefault });
  }
}
