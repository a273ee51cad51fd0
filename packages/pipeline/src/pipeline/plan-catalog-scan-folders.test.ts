import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_CATALOG_HEADINGS } from '../../../../fixtures/catalog-headings.js';
import { type CatalogPlan, planCatalog } from './plan-catalog.js';

/** A dossier row (fond G09, 2010) whose scan is `path`; the page count is left to the scans. */
const row = (notation: string, documents: number, path: string): string =>
  [
    ...['G09', 2010, notation, `Hồ sơ số ${notation}`, 'Vĩnh viễn', 'Công khai', 'Tiếng Việt'],
    ...['05/01/2010', '30/12/2010', documents, '', path],
  ].join(';');

describe('planCatalog on a catalog whose paths name a folder of page images per dossier', () => {
  let root: string;
  let plan: CatalogPlan;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sohoa-scan-folders-'));
    const page = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } });
    const png = await page.clone().png().toBuffer();
    const jpeg = await page.clone().jpeg().toBuffer();
    // Named by macOS (NFD) and in another case than the catalog writes them.
    const first = join(root, 'scans', 'Phông 5'.normalize('NFD'), 'HoSo01');
    await mkdir(first, { recursive: true });
    await writeFile(join(first, 'p10.JPG'), jpeg);
    await writeFile(join(first, 'p2.jpg'), jpeg);
    await writeFile(join(first, 'P1.png'), png);
    await writeFile(join(first, '.DS_Store'), 'x');
    await writeFile(join(first, 'ghi-chu.txt'), 'not a page');
    const second = join(root, 'scans', 'Phông 5'.normalize('NFD'), 'hoso02');
    await mkdir(second, { recursive: true });
    await writeFile(join(second, '001.png'), png);
    await writeFile(join(second, '002.png'), png);
    await mkdir(join(root, 'scans', 'Phông 5'.normalize('NFD'), 'hoso03'));
    const catalog = join(root, 'muc-luc.csv');
    await writeFile(
      catalog,
      [
        DOSSIER_CATALOG_HEADINGS.join(';'),
        row('01', 3, '\\Phông 5\\hoso01'),
        row('02', 4, 'D:\\SoHoa\\Phông 5\\HOSO02\\'),
        row('03', 1, 'Phông 5/hoso03'),
      ].join('\n'),
    );
    plan = await planCatalog(catalog, {
      scansRoot: join(root, 'scans'),
      fondCodes: { 'Bộ Nội vụ': 'G09' },
    });
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('takes the page images in natural order, counts them, and splits them as the row says', () => {
    const [one] = plan.planned;
    expect(one?.dossier).toMatchObject({ fileCode: 'G09.2010.01', totalDoc: 3, numberOfPage: 3 });
    // Three documents, three pages: one document per page, p1, p2, p10 (not p10 before p2).
    expect(one?.documents.map((document) => document.pages.map((page) => basename(page.file)))).toEqual([
      ['P1.png'],
      ['p2.jpg'],
      ['p10.JPG'],
    ]);
    const counted = one?.documents[0]?.derivations?.find((each) => each.field === 'numberOfPage');
    expect(counted).toMatchObject({ record: 'dossier', value: 3, how: 'scan-pages' });
  });

  it('makes a folder of pages holding several undescribed documents one whole-dossier document', () => {
    const whole = plan.planned[1];
    expect(whole?.dossier).toMatchObject({ fileCode: 'G09.2010.02', totalDoc: 1, numberOfPage: 2 });
    expect(whole?.documents.map((document) => document.pages.map((page) => basename(page.file)))).toEqual([
      ['001.png', '002.png'],
    ]);
    expect(whole?.documents[0]?.metadata).toMatchObject({ typeName: '32', organName: 'Bộ Nội vụ' });
  });

  it('fails alone a dossier whose folder holds no page, naming its row', () => {
    expect(plan.planned).toHaveLength(2);
    expect(plan.unplanned.map((each) => [each.key, each.error.code])).toEqual([
      ['G09.2010.03', 'INPUT_NOT_FOUND'],
    ]);
    const message = plan.unplanned[0]?.error.describe('en');
    expect(message).toContain('row 4');
    expect(message).toContain('holds no page files');
  });
});
