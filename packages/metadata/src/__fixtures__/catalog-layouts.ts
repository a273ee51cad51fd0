import type { CatalogLayout } from './catalog-layout.js';
import { HD169_LAYOUT } from './layout-hd169.js';
import { MESSY_LAYOUT } from './layout-messy.js';
import { SPLIT_DATE_LAYOUT } from './layout-split-dates.js';
import { SYSTEM_CSV_LAYOUT } from './layout-system-csv.js';
import { TT02_LAYOUT } from './layout-tt02.js';
import { TT05_LAYOUT } from './layout-tt05.js';
import { TWO_SHEET_LAYOUT } from './layout-two-sheets.js';

export type { CatalogLayout } from './catalog-layout.js';
export {
  HD169_LAYOUT,
  MESSY_LAYOUT,
  SPLIT_DATE_LAYOUT,
  SYSTEM_CSV_LAYOUT,
  TT02_LAYOUT,
  TT05_LAYOUT,
  TWO_SHEET_LAYOUT,
};

/** Every catalog layout the importer is tested on, for tests and benchmarks that go through them all. */
export const CATALOG_LAYOUTS: readonly CatalogLayout[] = [
  TT05_LAYOUT,
  TT02_LAYOUT,
  HD169_LAYOUT,
  SPLIT_DATE_LAYOUT,
  SYSTEM_CSV_LAYOUT,
  MESSY_LAYOUT,
  TWO_SHEET_LAYOUT,
];
