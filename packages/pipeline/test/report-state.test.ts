import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../src/pipeline/journal.js';
import { readReportState } from '../src/report/read-report-state.js';
import { renderReport } from '../src/report/render-report.js';
import type { ReportRecord } from '../src/report/report-state.js';

const AT = '2026-11-27T03:00:00.000Z';
const INJECTED = '<img src=x onerror="alert(1)">';

function record(fileCode: string, ordinal: number, subject: string): ReportRecord {
  return {
    fileCode,
    ordinal,
    pdf: `${fileCode}.${ordinal}.pdf`,
    metadata: { subject, codeNotation: 'UBND-VP' },
    filled: [],
    suggested: [{ field: 'codeNumber', value: `${INJECTED}42`, raw: '42', confidence: 0.6 }],
    disagreements: [{ field: 'codeNotation', given: 'UBND-VP', read: `UBND-${INJECTED}`, confidence: 0.8 }],
    pages: [
      {
        source: `${INJECTED}.jpg`,
        width: 2400,
        height: 950,
        dpi: 300,
        confidence: 71.5,
        text: '',
        skewAngle: 1.2,
        deskewAngle: 1.2,
        blank: false,
        violations: [],
        warnings: [INJECTED],
        lowConfidenceWords: [{ text: INJECTED, confidence: 12, box: [10, 20, 110, 60] }],
      },
    ],
  };
}

/** An output folder with the given journal entries and document records. */
async function outputFolder(entries: JournalEntry[], records: ReportRecord[]): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'sohoa-report-state-'));
  await writeFile(
    join(out, 'sohoa-journal.jsonl'),
    `${entries.map((entry) => JSON.stringify(entry)).join('\n')}\n`,
  );
  for (const item of records) {
    await mkdir(join(out, item.fileCode), { recursive: true });
    await writeFile(join(out, item.fileCode, `${item.fileCode}.${item.ordinal}.json`), JSON.stringify(item));
  }
  return out;
}

function documentEntry(dossier: string, ordinal: number): JournalEntry {
  return {
    type: 'document',
    at: AT,
    dossier,
    ordinal,
    input: 'fingerprint',
    files: [
      { path: `${dossier}/${dossier}.${ordinal}.pdf`, sha256: 'a' },
      { path: `${dossier}/${dossier}.${ordinal}.json`, sha256: 'b' },
    ],
  };
}

describe('the report state read from the journal', () => {
  it('keeps the latest entry of each document and dossier, and planning failures of the latest run only', async () => {
    const out = await outputFolder(
      [
        { type: 'run', at: AT, createdAt: AT },
        { type: 'failed', at: AT, dossier: 'H.1', ordinal: 1, code: 'IMAGE_CORRUPT', message: 'first try' },
        documentEntry('H.1', 2),
        { type: 'failed', at: AT, dossier: '/scans/stale', code: 'METADATA_INVALID', message: 'fixed since' },
        { type: 'run', at: AT, createdAt: AT },
        documentEntry('H.1', 1),
        {
          type: 'dossier',
          at: AT,
          dossier: 'H.1',
          documents: [],
          files: [{ path: 'H.1/H.1.aip.zip', sha256: 'c' }],
          findings: [
            { severity: 'warning', requirement: 'TT05-9', message: 'a warning', messageVi: 'một cảnh báo' },
          ],
        },
        documentEntry('H.2', 1),
        { type: 'failed', at: AT, dossier: 'H.2', ordinal: 2, code: 'OCR_TIMEOUT', message: 'too slow' },
        documentEntry('H.3', 1),
        { type: 'failed', at: AT, dossier: '/scans/bad', code: 'METADATA_INVALID', message: 'no title' },
      ],
      [record('H.1', 1, 'one'), record('H.1', 2, 'two'), record('H.2', 1, 'three'), record('H.3', 1, 'four')],
    );
    const state = await readReportState(out);
    expect(state.createdAt).toBe(AT);
    expect(
      state.dossiers.map((dossier) => [dossier.key, dossier.status, dossier.failure?.code, dossier.package]),
    ).toEqual([
      ['/scans/bad', 'failed', 'METADATA_INVALID', undefined],
      ['H.1', 'done', undefined, 'H.1/H.1.aip.zip'],
      ['H.2', 'failed', 'DOSSIER_INCOMPLETE', undefined],
      ['H.3', 'pending', undefined, undefined],
    ]);
    const [, first, second] = state.dossiers;
    expect(first?.findings).toEqual([
      { severity: 'warning', requirement: 'TT05-9', message: 'a warning', messageVi: 'một cảnh báo' },
    ]);
    // The page shows the finding and its severity in Vietnamese, the English in small print.
    const html = renderReport(state);
    expect(html).toContain('cảnh báo <small lang="en">warning</small>');
    expect(html).toContain('một cảnh báo <small lang="en">a warning</small>');
    expect(first?.documents.map((document) => [document.ordinal, document.record?.metadata.subject])).toEqual(
      [
        [1, 'one'],
        [2, 'two'],
      ],
    );
    expect(second?.documents.map((document) => [document.ordinal, document.failure?.code])).toEqual([
      [1, undefined],
      [2, 'OCR_TIMEOUT'],
    ]);
  });

  it('reports a finished document whose record is gone as unreadable, and a folder without journal as not found', async () => {
    const out = await outputFolder([{ type: 'run', at: AT, createdAt: AT }, documentEntry('H.9', 1)], []);
    const [dossier] = (await readReportState(out)).dossiers;
    expect(dossier?.status).toBe('failed');
    expect(dossier?.documents[0]?.failure).toMatchObject({ code: 'INPUT_UNREADABLE' });
    expect(dossier?.documents[0]?.failure?.message).toContain('H.9/H.9.1.json');
    await expect(readReportState(join(out, 'H.9'))).rejects.toMatchObject({ code: 'INPUT_NOT_FOUND' });
  });
});

describe('the report page', () => {
  it('escapes every string from records, journal and findings, and allows no resource but its own', async () => {
    const out = await outputFolder(
      [
        { type: 'run', at: AT, createdAt: INJECTED },
        documentEntry('H.1', 1),
        {
          type: 'failed',
          at: AT,
          dossier: `H.1`,
          code: 'PACKAGE_INVALID',
          message: INJECTED,
          findings: [
            {
              severity: 'error',
              requirement: INJECTED,
              message: INJECTED,
              messageVi: INJECTED,
              file: INJECTED,
            },
          ],
        },
        {
          type: 'failed',
          at: AT,
          dossier: `/scans/${INJECTED}`,
          code: 'METADATA_INVALID',
          message: INJECTED,
        },
      ],
      [record('H.1', 1, INJECTED)],
    );
    const html = renderReport(await readReportState(out));
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/onerror="/);
    // Each injected string shows as text: the subject (table and metadata), the reading and the suggestion,
    // the page's source (caption and alt), its warning and low-confidence word (list and box title), the
    // dossier's failure and finding, the planning failure, and the creation time.
    const escaped = '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;';
    expect(html.split(escaped).length - 1).toBeGreaterThanOrEqual(15);
    // Page images are data: URIs; styles and scripts only the page's own, by hash.
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(policy).toMatch(
      /^default-src 'none'; img-src data:; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+'$/,
    );
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<style/g)).toHaveLength(1);
  });
});
