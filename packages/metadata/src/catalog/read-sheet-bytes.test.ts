import { describe, expect, it } from 'vitest';
import { CATALOG_LAYOUTS } from '../__fixtures__/catalog-layouts.js';
import { bombEntry, workbookWith } from './__fixtures__/xlsx-builder.js';
import { readSheetBytes } from './read-sheet-bytes.js';
import { readSheets } from './read-sheets.js';

describe('readSheetBytes: the reader with no Node built-in (fflate), as browsers run it', () => {
  it.each(CATALOG_LAYOUTS.map((layout) => [layout.fileName, layout] as const))(
    'reads %s exactly as the Node reader (yauzl) does',
    async (fileName, layout) => {
      const bytes = await layout.build();
      const options = { readHiddenSheets: true };
      expect(await readSheetBytes({ bytes, fileName }, options)).toEqual(
        await readSheets({ bytes, fileName }, options),
      );
    },
  );

  it('refuses a zip bomb by its compression ratio, before inflating', async () => {
    const bomb = workbookWith(
      bombEntry('xl/worksheets/sheet1.xml', 4, {
        prefix: '<worksheet><sheetData>',
        suffix: '</sheetData></worksheet>',
      }),
    );
    await expect(readSheetBytes({ bytes: bomb, fileName: 'bomb.xlsx' })).rejects.toMatchObject({
      code: 'CATALOG_LIMIT_EXCEEDED',
      message: expect.stringMatching(/compression ratio of "xl\/worksheets\/sheet1.xml" \(\d+:1\)/),
    });
  });

  it('inflates a part whose directory lies about its size no further than the declared size', async () => {
    const lying = workbookWith(
      bombEntry('xl/worksheets/sheet1.xml', 64, {
        prefix: '<worksheet><sheetData>',
        suffix: '</sheetData></worksheet>',
        declaredSize: 1024,
      }),
    );
    await expect(readSheetBytes({ bytes: lying, fileName: 'lying.xlsx' })).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
    });
  });

  it('refuses a damaged ZIP', async () => {
    const damaged = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]);
    await expect(readSheetBytes({ bytes: damaged, fileName: 'a.xlsx' })).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
      message: expect.stringContaining('ZIP structure is damaged'),
    });
  });
});
