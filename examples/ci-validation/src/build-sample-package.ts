/**
 * The package an archive's pipeline would deliver: the sample dossier of this repository
 * (`examples/sample-dossier`: three scanned first pages of real documents of the Quảng Ngãi
 * provincial People's Committee) as a SIP_hoso of Thông tư 05/2025/TT-BNV, one image-only
 * PDF/A-2b per document. A real pipeline would add the OCR text layer (`sohoa digitize`).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeForPdf, loadPageImage } from '@sohoa/core';
import { buildPackage } from '@sohoa/ip';
import { writePdfA } from '@sohoa/pdfa';

const SAMPLE = fileURLToPath(new URL('../../sample-dossier/', import.meta.url));

/** The three documents of the sample dossier, in the order of `dossier.json`. */
const DOCUMENTS = [
  {
    scan: 'qn_ttr01_TTr-UBND_20250106_p1.jpg',
    typeName: '15', // Tờ trình
    codeNumber: '01',
    codeNotation: 'TTr-UBND',
    issuedDate: '06/01/2025',
    subject: 'Về việc miễn nhiệm chức danh Ủy viên Ủy ban nhân dân tỉnh Quảng Ngãi nhiệm kỳ 2021 - 2026',
  },
  {
    scan: 'qn_cv299_UBND-TTHC_20250115_p1.jpg',
    typeName: '22', // Công văn
    codeNumber: '299',
    codeNotation: 'UBND-TTHC',
    issuedDate: '15/01/2025',
    subject: 'V/v công bố Danh mục TTHC và xây dựng quy trình nội bộ giải quyết TTHC',
  },
  {
    scan: 'qn_qd47_QD-UBND_20250117_p1.jpg',
    typeName: '02', // Quyết định
    codeNumber: '47',
    codeNotation: 'QĐ-UBND',
    issuedDate: '17/01/2025',
    subject:
      'Về việc kinh phí thực hiện hỗ trợ quà Tết cho hộ nghèo, cận nghèo trên địa bàn tỉnh nhân dịp Tết nguyên đán Ất Tỵ - năm 2025',
  },
];

/**
 * Builds the sample dossier as a SIP_hoso ZIP in `folder` (the PDFs are written to
 * `folder/documents/` first and streamed into the ZIP) and returns the ZIP's path. The same
 * input always gives the same bytes: the UUID and creation time are fixed.
 *
 * @example
 * ```ts
 * import { buildSamplePackage } from './build-sample-package.js';
 *
 * const zip = await buildSamplePackage('out/ci-validation');
 * // out/ci-validation/sample-sip.zip
 * ```
 */
export async function buildSamplePackage(folder: string): Promise<string> {
  const { dossier } = JSON.parse(await readFile(join(SAMPLE, 'dossier.json'), 'utf8')) as {
    dossier: Record<string, unknown> & { fileCode: string; title: string };
  };
  const createdAt = new Date('2025-02-03T09:00:00+07:00');
  await mkdir(join(folder, 'documents'), { recursive: true });
  const documents = [];
  for (const [index, document] of DOCUMENTS.entries()) {
    const ordinal = index + 1;
    const file = join(folder, 'documents', `${dossier.fileCode}.${ordinal}.pdf`);
    const image = await encodeForPdf(await loadPageImage(join(SAMPLE, document.scan)));
    await writeFile(file, await writePdfA([{ image }], { title: document.subject, createdAt }));
    documents.push({
      file,
      metadata: {
        docId: `${dossier.fileCode}.${ordinal}`,
        docCode: `${dossier.fileCode}.${String(ordinal).padStart(7, '0')}`,
        maintenance: '01',
        typeName: document.typeName,
        codeNumber: document.codeNumber,
        codeNotation: document.codeNotation,
        issuedDate: document.issuedDate,
        organName: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
        subject: document.subject,
        language: ['01'],
        numberOfPage: 1,
        mode: '01',
        confidenceLevel: '02',
        format: '01',
      },
    });
  }
  const built = await buildPackage(
    {
      type: 'SIP_hoso',
      uuid: '3f1c9a52-7d4e-4b8a-9c61-2e5f0a7b8d34',
      createdAt,
      organization: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
      metadata: dossier,
      documents,
    },
    { destination: join(folder, 'sample-sip.zip') },
  );
  return built.path;
}
