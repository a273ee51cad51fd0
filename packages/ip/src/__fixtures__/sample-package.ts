/**
 * Test packages: small real PDF/A files (a generated 48×64 JPEG at 200 dpi through
 * `@sohoa/pdfa`'s `writePdfA`) and valid AIP/SIP records, shared by the tests and the benchmark.
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writePdfA } from '@sohoa/pdfa';
import sharp from 'sharp';
import type { PackageInput } from '../build/build-input.js';
import type { PackageType } from '../build/package-types.js';

export const PACKAGE_UUID = '9c13e70e-4c9f-4a3e-8d4b-1f2a3b4c5d6e';
export const CREATED_AT = new Date('2025-08-01T09:00:00+07:00');
export const FILE_CODE = 'H49.64.33.2001.160';
export const ARC_FILE_CODE = `TTLT1.${FILE_CODE}`;

let jpeg: Buffer | undefined;

/** A one-page PDF/A-2b (image only) made from a tiny generated JPEG; the title makes each one distinct. */
export async function tinyPdf(ordinal: number): Promise<Uint8Array> {
  jpeg ??= await sharp({ create: { width: 48, height: 64, channels: 3, background: '#f4efe3' } })
    .jpeg({ quality: 80 })
    .toBuffer();
  return writePdfA([{ image: { bytes: jpeg, format: 'jpeg', width: 48, height: 64, dpi: 200 } }], {
    title: `Quyết định thành lập trường số ${ordinal}`,
    createdAt: CREATED_AT,
  });
}

function aipDocument(ordinal: number): Record<string, unknown> {
  return {
    arcFileCode: ARC_FILE_CODE,
    mode: '01',
    language: ['01'],
    numberOfPage: 1,
    format: '02',
    confidenceLevel: '02',
    docCode: `${FILE_CODE}.${String(ordinal).padStart(7, '0')}`,
    docOrdinal: ordinal,
    typeName: '02',
    codeNumber: String(10 + ordinal),
    codeNotation: 'QĐ-UBND',
    issuedDate: `${String(((ordinal - 1) % 28) + 1).padStart(2, '0')}/01/2001`,
    organName: 'Ủy ban nhân dân tỉnh Quảng Ninh',
    subject: `Về việc thành lập Trường Trung học phổ thông số ${ordinal}`,
  };
}

function sipDocument(ordinal: number): Record<string, unknown> {
  return {
    docId: `${FILE_CODE}.${ordinal}`,
    docCode: `${FILE_CODE}.${String(ordinal).padStart(7, '0')}`,
    maintenance: '01',
    typeName: '02',
    codeNumber: String(10 + ordinal),
    codeNotation: 'QĐ-UBND',
    issuedDate: `${String(((ordinal - 1) % 28) + 1).padStart(2, '0')}/01/2001`,
    organName: 'Ủy ban nhân dân tỉnh Quảng Ninh',
    subject: `Về việc thành lập Trường Trung học phổ thông số ${ordinal}`,
    language: ['01'],
    numberOfPage: 1,
    mode: '01',
    confidenceLevel: '02',
    format: '02',
  };
}

function packageRecord(type: PackageType, documentCount: number): Record<string, unknown> {
  const dossier = {
    title: 'Hồ sơ thành lập các trường trung học phổ thông năm 2001',
    maintenance: '01',
    mode: '01',
    language: ['01'],
    startDate: '01/01/2001',
    endDate: '31/12/2001',
    totalDoc: documentCount,
    numberOfPaper: documentCount,
    numberOfPage: documentCount,
    format: '02',
    confidenceLevel: '02',
    paperFileCode: 'TTLT1.K1.G2.H3.160',
  };
  switch (type) {
    case 'AIP_hoso':
      return { arcFileCode: ARC_FILE_CODE, ...dossier };
    case 'SIP_hoso':
      return { fileCode: FILE_CODE, ...dossier };
    case 'AIP_tailieu':
      return { arcFileCode: ARC_FILE_CODE, title: 'Tài liệu rời năm 2001', source: 1 };
    case 'SIP_tailieu':
      return { fileCode: FILE_CODE, title: 'Tài liệu rời năm 2001', source: 1, totalDoc: documentCount };
  }
}

/**
 * A complete valid package input of the given type with `documentCount` documents. The PDFs are
 * made one after the other; with `dataFolder` each is written there and passed by path (the
 * builder then streams it), so a large sample never holds its PDFs in memory.
 */
export async function samplePackageInput(
  type: PackageType,
  documentCount = 2,
  dataFolder?: string,
): Promise<PackageInput> {
  const aip = type.startsWith('AIP');
  const documents: PackageInput['documents'][number][] = [];
  for (let ordinal = 1; ordinal <= documentCount; ordinal++) {
    const fileName = `${FILE_CODE}.${ordinal}.pdf`;
    const bytes = await tinyPdf(ordinal);
    const metadata = aip ? aipDocument(ordinal) : sipDocument(ordinal);
    if (dataFolder === undefined) documents.push({ file: bytes, fileName, metadata });
    else {
      await writeFile(join(dataFolder, fileName), bytes);
      documents.push({ file: join(dataFolder, fileName), metadata });
    }
  }
  return {
    type,
    uuid: PACKAGE_UUID,
    createdAt: CREATED_AT,
    organization: 'Trung tâm Lưu trữ lịch sử tỉnh Quảng Ninh',
    metadata: packageRecord(type, documentCount),
    documents,
    provenance: aip
      ? {
          digitization: { at: new Date('2025-07-20T08:00:00+07:00'), device: 'Fujitsu fi-7600', dpi: 200 },
          ocr: {
            at: new Date('2025-07-21T08:00:00+07:00'),
            engine: { name: 'tesseract.js', version: '7.0.0' },
            model: {
              name: 'vie.traineddata',
              version: '4.1.0',
              sha256: 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855',
            },
          },
          pdfConversion: {
            at: new Date('2025-07-21T09:00:00+07:00'),
            software: { name: 'sohoa @sohoa/pdfa', version: '0.0.0' },
          },
        }
      : undefined,
  };
}
