import { readFile } from 'node:fs/promises';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from '../../../../fixtures/index.js';
import { writePdfA } from '../writer/write-pdfa.js';
import { checkPdfA } from './check-pdfa.js';

const failedRules = async (bytes: Uint8Array) =>
  (await checkPdfA(bytes)).failures.map((failure) => failure.rule);

/** The PDF with its (only) associated file's specification edited, saved again by pdf-lib. */
async function editFileSpec(
  pdf: Uint8Array,
  edit: (spec: PDFDict, document: PDFDocument) => void,
): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  edit(document.catalog.lookup(PDFName.of('AF'), PDFArray).lookup(0, PDFDict), document);
  return document.save({ useObjectStreams: false });
}

describe('checkPdfA on PDF/A-3B files', () => {
  let pdf: Uint8Array;

  beforeAll(async () => {
    const bytes = await readFile(SAMPLE_PAGES[2]?.image as string);
    pdf = await writePdfA([{ image: { bytes, format: 'jpeg', width: 2461, height: 3508, dpi: 300 } }], {
      title: 'Quyết định 47/QĐ-UBND',
      createdAt: new Date('2025-06-01T08:00:00+07:00'),
      part: 3,
      attachments: [
        {
          name: 'qd47.ead.xml',
          bytes: new TextEncoder().encode('<ead><eadheader/></ead>'),
          mimeType: 'application/xml',
          relationship: 'Source',
        },
      ],
    });
  });

  it('checks a part 3 claim against the PDF/A-3B rules: our file with an XML attachment passes', async () => {
    const report = await checkPdfA(pdf);
    expect(report.profile).toBe('PDF/A-3B');
    expect(report.claimed).toEqual({ part: 3, conformance: 'B' });
    expect(report.failures).toEqual([]);
    expect(report.rulesChecked).toEqual(expect.arrayContaining(['6.8-1', '6.8-2', '6.8-3', '6.8-4']));
    expect(report.rulesChecked).not.toContain('6.8-5');
  });

  it('fails the same file against PDF/A-2B: part 3, and an embedded file that is not PDF/A', async () => {
    const report = await checkPdfA(pdf, { part: 2 });
    expect(report.profile).toBe('PDF/A-2B');
    expect(report.failures.map((failure) => failure.rule)).toEqual(['6.6.4-2', '6.8-5']);
    expect(report.rulesChecked).not.toContain('6.8-3');
  });

  it('fails 6.8-1, 6.8-3 and 6.8-4 when the MIME type, AFRelationship or the AF entry is missing', async () => {
    expect(await failedRules(await editFileSpec(pdf, () => {}))).toEqual([]);
    const withoutMime = await editFileSpec(pdf, (spec) => {
      const stream = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'), PDFStream);
      stream.dict.delete(PDFName.of('Subtype'));
    });
    expect(await failedRules(withoutMime)).toEqual(['6.8-1']);
    const withoutRelationship = await editFileSpec(
      pdf,
      (spec) => void spec.delete(PDFName.of('AFRelationship')),
    );
    expect(await failedRules(withoutRelationship)).toEqual(['6.8-3']);
    const notAssociated = await editFileSpec(
      pdf,
      (_spec, document) => void document.catalog.delete(PDFName.of('AF')),
    );
    expect(await failedRules(notAssociated)).toEqual(['6.8-4']);
  });
});
