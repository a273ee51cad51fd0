import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePdfA } from '@sohoa/pdfa';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_CATALOG_HEADINGS } from '../../../fixtures/catalog-headings.js';
import type { DigitizeEvent } from '../src/index.js';
import { digitize } from '../src/pipeline/digitize.js';

describe('digitize on a catalog of dossiers whose issuer nothing gives', () => {
  let root: string;
  const events: DigitizeEvent[] = [];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sohoa-whole-issuer-'));
    // Two blank pages (no agency to read on the first), for a dossier of three documents.
    const blank = await sharp({ create: { width: 240, height: 120, channels: 3, background: '#ffffff' } })
      .jpeg()
      .toBuffer();
    const image = { bytes: blank, format: 'jpeg' as const, width: 240, height: 120, dpi: 300 };
    await writeFile(
      join(root, 'a.pdf'),
      await writePdfA([{ image }, { image }], {
        title: 'scan',
        createdAt: new Date('2025-01-20T08:00:00+07:00'),
      }),
    );
    const catalog = join(root, 'muc-luc.csv');
    await writeFile(
      catalog,
      `${DOSSIER_CATALOG_HEADINGS.join(';')}\nG09;2010;01.TH;Tập quyết định năm 2010;Vĩnh viễn;Công khai;Tiếng Việt;05/01/2010;30/12/2010;3;2;a.pdf\n`,
    );
    for await (const event of digitize({
      inputs: [catalog],
      out: join(root, 'out'),
      cleanup: false,
      ocr: { detectOrientation: false },
      createdAt: new Date('2026-12-07T03:00:00Z'),
      catalog: { fondCodes: { 'Sở Nội vụ': 'S12' } },
    })) {
      events.push(event);
    }
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('fails the document after its first page, naming catalog.fondCodes, and writes no PDF', async () => {
    const failed = events.find((event) => event.type === 'document-failed');
    expect(failed).toMatchObject({ type: 'document-failed', code: 'METADATA_INVALID', ordinal: 1 });
    const messages = failed?.type === 'document-failed' ? failed.messages : undefined;
    expect(messages?.en).toContain('has no issuer (organName)');
    expect(messages?.en).toContain('"catalog": { "fondCodes"');
    expect(messages?.vi).toContain('chưa có tác giả');
    // Only the first page was waited for; nothing of the dossier was written.
    const written = await readdir(join(root, 'out'), { recursive: true });
    expect(written.filter((path) => path.endsWith('.pdf') || path.endsWith('.zip'))).toEqual([]);
  });
});
