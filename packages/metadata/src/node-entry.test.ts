import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCatalogTemplate as deprecatedWriter, importCatalog as importFromMain } from './index.js';
import { importCatalog, readSheets, writeCatalogTemplate } from './node.js';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sohoa-metadata-node-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('@sohoa/metadata/node and the Node names kept in @sohoa/metadata for one minor version', () => {
  it('writes the same catalog template through the deprecated re-export as through ./node', async () => {
    const [fromNode, fromMain] = [join(folder, 'node.xlsx'), join(folder, 'main.xlsx')];
    await writeCatalogTemplate(fromNode);
    await deprecatedWriter(fromMain);
    const [a, b] = [await readFile(fromNode), await readFile(fromMain)];
    expect(await readSheets({ bytes: b, fileName: 'main.xlsx' })).toEqual(
      await readSheets({ bytes: a, fileName: 'node.xlsx' }),
    );
  });

  it('imports a catalog path through @sohoa/metadata in Node, as through ./node, and bytes alike', async () => {
    const path = join(folder, 'template.xlsx');
    await writeCatalogTemplate(path);
    const viaNode = await importCatalog(path);
    expect(viaNode.dossiers).toHaveLength(1);
    expect(await importFromMain(path)).toEqual(viaNode);
    const bytes = new Uint8Array(await readFile(path));
    const fromBytes = await importFromMain({ bytes, fileName: path });
    expect(fromBytes.dossiers.map((dossier) => dossier.record)).toEqual(
      viaNode.dossiers.map((dossier) => dossier.record),
    );
  });
});
