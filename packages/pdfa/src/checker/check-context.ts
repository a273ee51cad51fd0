import {
  PDFArray,
  type PDFContext,
  PDFDict,
  type PDFDocument,
  type PDFObject,
  PDFRawStream,
  PDFRef,
} from 'pdf-lib';
import { ContentAnalyser, type ContentAnalysis } from './content-analysis.js';
import { type ContentBudget, DEFAULT_CONTENT_BUDGET } from './content-budget.js';
import { readIccHeader } from './icc-header.js';
import type { PdfSource } from './pdf-source.js';
import { arrayEntry, asDict, decodeStream, dictEntry, entry, nameEntry, refLabel } from './pdf-values.js';
import { type RawStructure, scanRawStructure } from './raw-structure.js';
import { labelStream } from './stream-budget.js';
import { readXmpPacket, type XmpPacket } from './xmp-packet.js';

/** A dictionary (or a stream's dictionary) found anywhere in the file. */
export interface DictRecord {
  dict: PDFDict;
  /** The stream, when the dictionary is a stream's. */
  stream: PDFRawStream | undefined;
  /** The indirect object it is, or lies in: `'12 0 obj'`. */
  label: string;
  /** The keys under which it is referenced (`'Annots'`, `'A'`, `'Font'`…). */
  keys: Set<string>;
}

/** The document catalog's metadata stream, read as XMP. */
export interface MainMetadata {
  stream: PDFRawStream;
  label: string;
  packet: XmpPacket | undefined;
}

/** A metadata stream of another object than the catalog (page, image, font…), read as XMP. */
export interface ObjectMetadata {
  label: string;
  packet: XmpPacket;
}

/** Everything a rule needs, parsed once: raw structure, objects, pages, metadata and content. */
export class CheckContext {
  readonly pdf: PDFContext;
  readonly raw: RawStructure;
  readonly catalog: PDFDict;
  readonly dicts: DictRecord[] = [];
  readonly pages: PDFDict[];
  readonly metadata: MainMetadata | undefined;
  /** The colour space of the first GTS_PDFA1 output intent's profile (`'RGB '`…), veraPDF's `gOutputCS`. */
  readonly outputColourSpace: string | undefined;
  private readonly labels = new Map<PDFObject, string>();
  private analysis: ContentAnalysis | undefined;
  private otherMetadata: ObjectMetadata[] | undefined;

  constructor(
    /** The file's bytes, read on demand (stream data stays there until a rule reads it). */
    readonly source: PdfSource,
    readonly document: PDFDocument,
    /** The content-stream work one check may do. */
    private readonly contentBudget: ContentBudget = DEFAULT_CONTENT_BUDGET,
  ) {
    this.pdf = document.context;
    this.raw = scanRawStructure(source, this.pdf);
    this.catalog = document.catalog;
    this.collectDicts();
    this.pages = this.collectPages();
    this.metadata = this.readMetadata();
    this.outputColourSpace = this.readOutputColourSpace();
  }

  /** The label of an indirect object (`'12 0 obj'`), or `fallback` for a direct one. */
  label(object: PDFObject, fallback: string): string {
    return this.labels.get(object) ?? fallback;
  }

  /** The Info dictionary named by the trailer, if any. */
  get info(): PDFDict | undefined {
    const info = this.pdf.trailerInfo.Info;
    return asDict(info instanceof PDFRef ? this.pdf.lookup(info) : info);
  }

  /** The content-stream analysis of every page, form, appearance and pattern (computed once). */
  get content(): ContentAnalysis {
    if (!this.analysis) {
      const analyser = new ContentAnalyser(
        (object, fallback) => this.label(object, fallback),
        this.contentBudget,
      );
      this.pages.forEach((page, index) => {
        analyser.page(page, index, this.pageResources(page));
      });
      this.analysis = analyser.result;
    }
    return this.analysis;
  }

  /**
   * The XMP packets of every `/Metadata` stream but the catalog's (read once, when first asked). Only
   * a stream with `Type /Metadata` and `Subtype /XML` is one, as veraPDF's `GFCosDict.getMetadata`
   * (`GFPDMetadata.isMetadataObject`) decides: another stream under `/Metadata` is no XMP package there.
   */
  get objectMetadata(): ObjectMetadata[] {
    if (!this.otherMetadata) {
      this.otherMetadata = this.dictsUnder('Metadata').flatMap((record) => {
        if (!record.stream || record.stream === this.metadata?.stream) return [];
        const dict = record.stream.dict;
        if (nameEntry(dict, 'Type') !== 'Metadata' || nameEntry(dict, 'Subtype') !== 'XML') return [];
        const bytes = decodeStream(record.stream);
        return bytes ? [{ label: record.label, packet: readXmpPacket(bytes) }] : [];
      });
    }
    return this.otherMetadata;
  }

  /** Calls `visit` for every value of every indirect object, nested ones included. */
  walkValues(visit: (value: PDFObject, label: string) => void): void {
    const walk = (value: PDFObject, label: string): void => {
      visit(value, label);
      if (value instanceof PDFRawStream) walk(value.dict, label);
      else if (value instanceof PDFDict) for (const item of value.values()) walk(item, label);
      else if (value instanceof PDFArray) for (const item of value.asArray()) walk(item, label);
    };
    for (const [ref, object] of this.pdf.enumerateIndirectObjects()) walk(object, refLabel(ref));
  }

  /** The dictionaries found under one of these keys (e.g. the values of `/A` and `/OpenAction`). */
  dictsUnder(...keys: string[]): DictRecord[] {
    return this.dicts.filter((record) => keys.some((key) => record.keys.has(key)));
  }

  /** A page's resources, its own or inherited from the page tree. */
  pageResources(page: PDFDict): PDFDict | undefined {
    let node: PDFDict | undefined = page;
    for (let depth = 0; node && depth < 64; depth++) {
      const resources = dictEntry(node, 'Resources');
      if (resources) return resources;
      node = dictEntry(node, 'Parent');
    }
    return undefined;
  }

  private collectDicts(): void {
    const records = new Map<PDFDict, DictRecord>();
    const keysOf = new Map<PDFObject, Set<string>>();
    const addKey = (object: PDFObject, key: string | undefined) => {
      if (key === undefined) return;
      const keys = keysOf.get(object) ?? new Set<string>();
      keys.add(key);
      keysOf.set(object, keys);
    };
    const visit = (value: PDFObject, label: string, key: string | undefined): void => {
      if (value instanceof PDFRef) {
        const target = this.pdf.lookup(value);
        if (target) addKey(target, key);
        return;
      }
      if (value instanceof PDFArray) {
        for (const item of value.asArray()) visit(item, label, key);
        return;
      }
      const dict = asDict(value);
      if (!dict || records.has(dict)) return;
      addKey(value, key);
      const keys = keysOf.get(value) ?? new Set<string>();
      keysOf.set(value, keys);
      records.set(dict, { dict, stream: value instanceof PDFRawStream ? value : undefined, label, keys });
      for (const [name, item] of dict.entries()) visit(item, label, name.decodeText());
    };
    for (const [ref, object] of this.pdf.enumerateIndirectObjects()) {
      this.labels.set(object, refLabel(ref));
      if (object instanceof PDFRawStream) labelStream(object, refLabel(ref));
      visit(object, refLabel(ref), undefined);
    }
    for (const record of records.values()) {
      const owner: PDFObject = record.stream ?? record.dict;
      record.keys = keysOf.get(owner) ?? record.keys;
      this.dicts.push(record);
    }
  }

  private collectPages(): PDFDict[] {
    try {
      return this.document.getPages().map((page) => page.node);
    } catch {
      return [];
    }
  }

  private readMetadata(): MainMetadata | undefined {
    const stream = entry(this.catalog, 'Metadata');
    if (!(stream instanceof PDFRawStream)) return undefined;
    const bytes = decodeStream(stream);
    return {
      stream,
      label: this.label(stream, 'metadata stream'),
      packet: bytes ? readXmpPacket(bytes) : undefined,
    };
  }

  private readOutputColourSpace(): string | undefined {
    for (const intent of arrayEntry(this.catalog, 'OutputIntents') ?? []) {
      const dict = asDict(intent);
      if (!dict || nameEntry(dict, 'S') !== 'GTS_PDFA1') continue;
      const profile = entry(dict, 'DestOutputProfile');
      const bytes = profile instanceof PDFRawStream ? decodeStream(profile) : undefined;
      return bytes ? readIccHeader(bytes)?.colorSpace : undefined;
    }
    return undefined;
  }
}
