import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import {
  type AipDossier,
  type CatalogSummary,
  type Dossier,
  importCatalog,
  summarizeCatalog,
} from '@sohoa/metadata';
import { writePdfA } from '@sohoa/pdfa';
import type { DigitizedDocumentRecord } from '@sohoa/pipeline';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from '../../../fixtures/index.js';
import { zipTexts } from '../../../fixtures/zip-texts.js';
import {
  CATALOG_LAYOUTS,
  type CatalogLayout,
  HD169_LAYOUT,
  SPLIT_DATE_LAYOUT,
} from '../../metadata/src/__fixtures__/catalog-layouts.js';
import { type CapturedRun, runCaptured } from './run-captured.js';

const CREATED_AT = '2026-12-07T03:00:00Z';

/** One tiny real page: the top left corner of the sample tờ trình (its agency header), 300 dpi. */
async function tinyPage(): Promise<Buffer> {
  const [page] = SAMPLE_PAGES;
  if (!page) throw new Error('no sample page');
  return sharp(page.image)
    .extract({ left: 200, top: 150, width: 300, height: 120 })
    .withMetadata({ density: 300 })
    .jpeg({ quality: 85 })
    .toBuffer();
}

/**
 * Where a scan the catalog names is put on disk: under the scans folder, without the drive or
 * leading backslash, folders named in NFD (as macOS names them) and the extension in upper case,
 * so the catalog's paths match only as Windows and macOS users expect them to.
 */
function diskPath(scans: string, written: string): string {
  const segments = written
    .replaceAll('\\', '/')
    .replace(/^[A-Za-z]:/, '')
    .split('/')
    .filter((segment) => segment !== '');
  const name = segments.pop() as string;
  const extension = extname(name);
  return join(
    scans,
    ...segments.map((segment) => segment.normalize('NFD')),
    `${name.slice(0, name.length - extension.length)}${extension.toUpperCase()}`,
  );
}

/** Writes each scan of the layout with its page count: a scanned PDF of tiny pages, or one image. */
async function writeScans(layout: CatalogLayout, scans: string): Promise<void> {
  const jpeg = await tinyPage();
  for (const [written, pages] of Object.entries(layout.scans)) {
    const path = diskPath(scans, written);
    await mkdir(dirname(path), { recursive: true });
    if (extname(written).toLowerCase() !== '.pdf') {
      expect(pages, written).toBe(1);
      await writeFile(path, jpeg);
      continue;
    }
    const image = { bytes: jpeg, format: 'jpeg' as const, width: 300, height: 120, dpi: 300 };
    await writeFile(
      path,
      await writePdfA(
        Array.from({ length: pages }, () => ({ image })),
        { title: 'scan', createdAt: new Date('2025-01-20T08:00:00+07:00') },
      ),
    );
  }
}

/** The layout's options as a sohoa.config.json: the archive code at the top, the importer's in "catalog". */
function configOf(layout: CatalogLayout): Record<string, unknown> {
  const { archiveCode, packageType: _, locale: __, countPages: ___, ...catalog } = layout.options;
  return { ...(archiveCode ? { archiveCode } : {}), catalog };
}

describe.each(CATALOG_LAYOUTS)('sohoa digitize on the $name layout, scans elsewhere', (layout) => {
  let root: string;
  let out: string;
  let run: CapturedRun;
  let summary: CatalogSummary;
  /** The codes of the dossiers the import finds ready, and whether the catalog describes their documents. */
  let ready: string[];
  let readyDocuments: number;
  let describesDocuments: boolean;
  /** The archival code (arcFileCode) the import gives each ready dossier (with its catalog number), by fileCode. */
  const arcFileCodes = new Map<string, string>();
  /** The pages of the scan of each ready dossier that names one (a catalog of dossiers). */
  const scanPages = new Map<string, number | undefined>();

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sohoa-layout-'));
    const catalogs = join(root, 'catalogs');
    const scans = join(root, 'scans');
    await mkdir(catalogs);
    const catalog = join(catalogs, layout.fileName);
    await writeFile(catalog, await layout.build());
    await writeScans(layout, scans);
    const config = join(root, 'sohoa.config.json');
    await writeFile(config, JSON.stringify(configOf(layout), null, 2));
    // As sohoa digitize plans it: AIP records (dates by year alone accepted) when the archive code is known.
    const packageType = layout.options.archiveCode ? 'aip' : 'sip';
    const imported = await importCatalog(catalog, { ...layout.options, packageType });
    summary = summarizeCatalog(imported);
    const readyDossiers = imported.dossiers.filter(
      (dossier) => dossier.record && dossier.documents.every((document) => document.record),
    );
    ready = readyDossiers.map((dossier) => String(dossier.fileCode));
    for (const dossier of readyDossiers) {
      const record = dossier.record as Dossier | AipDossier;
      arcFileCodes.set(
        String(dossier.fileCode),
        'arcFileCode' in record ? record.arcFileCode : record.fileCode,
      );
    }
    const written = new Map(
      Object.entries(layout.scans).map(([path, pages]) => [path.replaceAll('\\', '/'), pages]),
    );
    for (const dossier of readyDossiers) {
      if (dossier.filePath) scanPages.set(String(dossier.fileCode), written.get(dossier.filePath));
    }
    describesDocuments = imported.sheets.some((sheet) => sheet.layout === 'document');
    // A catalog of dossiers: each scanned dossier is one document (every layout's here holds several).
    readyDocuments = readyDossiers.reduce(
      (sum, dossier) => sum + (describesDocuments ? dossier.documents.length : 1),
      0,
    );
    out = join(root, 'out');
    // In this process, as `sohoa` runs it (runCli): the seven runs share one load of the modules
    // instead of paying a Node start and the sources' loading each (about 6 s of CPU a run).
    run = await runCaptured(
      ['digitize', catalog, '--out', out, '--scans', scans, '--config', config].concat(
        ['--jobs', '2', '--created-at', CREATED_AT],
        // Tiny pages: neither cleanup nor the orientation check has anything to do.
        ['--no-cleanup', '--no-detect-orientation'],
      ),
    );
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('prints how many dossiers and documents are ready and need fixes when planning', () => {
    expect(ready.length).toBe(summary.dossiers.ready);
    expect(run.stdout).toContain(
      `${summary.dossiers.ready} of ${summary.dossiers.total} dossier(s) ready, ${summary.dossiers.needFixes} need fixes; ${summary.documents.ready} of ${summary.documents.total} document(s) ready`,
    );
    // Rows with real errors fail alone.
    expect(run.exitCode).toBe(summary.dossiers.needFixes === 0 ? 0 : 1);
  });

  it('packages every ready dossier as an AIP that sohoa validate --profile vn-tt05 accepts', async () => {
    const packages = (await readdir(out, { recursive: true })).filter((path) => path.endsWith('.aip.zip'));
    // Dated by years alone (1963-1965): a SIP could not take it, an AIP does.
    if (layout === HD169_LAYOUT) expect(packages).toContain('P5.1963.11.1/P5.1963.11.1.aip.zip');
    expect(packages.sort(), run.stderr).toEqual(ready.map((code) => `${code}/${code}.aip.zip`).sort());
    for (const path of packages) {
      const validated = await runCaptured(['validate', join(out, path), '--profile', 'vn-tt05']);
      expect(validated.stdout, path).toMatch(/AIP_hoso .* — valid \(vn-tt05[^:]*: 0 errors/);
      expect(validated.exitCode).toBe(0);
    }
  });

  it("writes the catalog's archival code, with its catalog number (Mục lục), into the dossier's and every document's record", async () => {
    // The split-date layout's "Mục lục" column says 1: arcFileCode = archive code . fileCode . catalog number.
    if (layout === SPLIT_DATE_LAYOUT) expect(arcFileCodes.get('P45.1995.01.1')).toBe('TTLT.P45.1995.01.1');
    for (const code of ready) {
      const zip = await readFile(join(out, code, `${code}.aip.zip`));
      const written = zipTexts(zip, '.xml').flatMap((xml) =>
        [...xml.matchAll(/<arcFileCode>([^<]*)<\/arcFileCode>/g)].map((match) => match[1]),
      );
      // The dossier's EAD.xml and one EAD_doc per document.
      expect(written.length, code).toBeGreaterThan(1);
      expect(new Set(written), code).toEqual(new Set([arcFileCodes.get(code)]));
    }
  });

  it("records each document's derived values with their source cells in its JSON", async () => {
    const records = (await readdir(out, { recursive: true })).filter((path) => /\.\d+\.json$/.test(path));
    expect(records.length).toBe(readyDocuments);
    for (const path of records) {
      const record: DigitizedDocumentRecord = JSON.parse(await readFile(join(out, path), 'utf8'));
      expect(record.derivations?.length, path).toBeGreaterThan(0);
      if (!describesDocuments) {
        // The whole scan is one document, described by its dossier's row: type 32, title, start date,
        // a note, and as issuer the fond's name the layout's fondCodes gives for the creator code;
        // the dossier counts the one document its package holds.
        const whole = record.derivations?.filter((each) => each.how === 'whole-dossier');
        expect(
          whole?.map((each) => [
            each.record,
            each.field,
            each.record === 'document' ? each.value === record.metadata[each.field] : each.value,
          ]),
        ).toEqual([
          ['dossier', 'totalDoc', 1],
          ['document', 'typeName', true],
          ['document', 'subject', true],
          ['document', 'issuedDate', true],
          ['document', 'description', true],
          ['document', 'organName', true],
        ]);
        expect(record.metadata.typeName).toBe('32');
        expect(record.pages.length).toBe(scanPages.get(record.fileCode));
      }
      for (const derivation of record.derivations ?? []) {
        expect(['dossier', 'document']).toContain(derivation.record);
        expect(
          derivation.from.every((source) => source.sheet !== ''),
          derivation.field,
        ).toBe(true);
      }
    }
  });
});
