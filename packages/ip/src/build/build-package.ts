import { SohoaError } from '@sohoa/base';
import type { IpErrorCode } from '../errors/ip-error-codes.js';
import type { PackageInput } from './build-input.js';
import { planPackage } from './plan-package.js';
import { writePackageFolder } from './write-folder.js';
import { writePackageZip } from './write-zip.js';

/** Where and how {@link buildPackage} writes the package. */
export interface BuildPackageOptions {
  /**
   * `'zip'`: `destination` is the ZIP file to write, entries under `<folderName>/`. `'folder'`:
   * `destination` is the parent folder; the package goes to `<destination>/<folderName>/`.
   * @default 'zip'
   */
  format?: 'zip' | 'folder';
  /** The ZIP file, or the parent folder. */
  destination: string;
}

/** What {@link buildPackage} wrote. */
export interface BuiltPackage {
  /** `mets/@OBJID`, e.g. `urn:uuid:9c13e70e-…`. */
  objectId: string;
  /** The package folder name: the OBJID with `:` replaced by `_`. */
  folderName: string;
  /** The ZIP file or the package folder written. */
  path: string;
  /** Every file of the package with its size and uppercase SHA-256, root `METS.xml` first. */
  files: Array<{ path: string; size: number; checksum: string }>;
}

/**
 * Builds an information package of Thông tư 05/2025/TT-BNV (E-ARK CSIP 2.x with METS, `simpledc`
 * EAD and, for an AIP, PREMIS 3.0), as a folder or a ZIP:
 *
 * ```
 * <OBJID with : → _>/
 *   METS.xml
 *   metadata/descriptive/EAD.xml
 *   metadata/preservation/PREMIS.xml            (AIP)
 *   representations/rep1/METS.xml
 *   representations/rep1/metadata/descriptive/EAD_doc_<file>.xml
 *   representations/rep1/metadata/preservation/PREMIS_rep1.xml   (AIP)
 *   representations/rep1/data/<file>
 *   documentation/<file>                        (when `documentation` is given)
 *   schemas/ mets.xsd xlink.xsd DILCISExtensionMETS.xsd premis.xsd (AIP) EAD.xsd EAD_doc.xsd
 * ```
 *
 * Every record is validated by `@sohoa/metadata` first. Checksums are SHA-256 in uppercase
 * hexadecimal, times ISO 8601 with `+07:00`. Data files are streamed, never held in memory. With
 * `uuid` and `createdAt` given, the same input gives a byte-identical ZIP.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `METADATA_INVALID` for an invalid record, `OPTION_INVALID` for a bad
 * type, no documents or a bad or duplicate file name, `INPUT_NOT_FOUND` / `INPUT_UNREADABLE` for
 * a data file, `OUTPUT_WRITE_FAILED` when the package cannot be written.
 *
 * @example
 * ```ts
 * import { buildPackage } from '@sohoa/ip';
 *
 * const built = await buildPackage(
 *   {
 *     type: 'AIP_hoso',
 *     uuid: '9c13e70e-4c9f-4a3e-8d4b-1f2a3b4c5d6e',
 *     createdAt: new Date('2025-08-01T09:00:00+07:00'),
 *     organization: 'Trung tâm Lưu trữ lịch sử tỉnh Quảng Ninh',
 *     metadata: dossier, // an aipDossier record
 *     documents: [{ file: 'out/H49.64.33.2001.160.1.pdf', metadata: document1 }],
 *     provenance: { ocr: { at, engine: { name: 'tesseract.js', version: '7.0.0' }, model } },
 *   },
 *   { destination: 'out/package.zip' },
 * );
 * console.log(built.objectId); // 'urn:uuid:9c13e70e-4c9f-4a3e-8d4b-1f2a3b4c5d6e'
 * ```
 */
export async function buildPackage(input: PackageInput, options: BuildPackageOptions): Promise<BuiltPackage> {
  const plan = await planPackage(input);
  let path: string;
  try {
    path =
      (options.format ?? 'zip') === 'zip'
        ? await writePackageZip(plan, options.destination)
        : await writePackageFolder(plan, options.destination);
  } catch (cause) {
    if (SohoaError.isInstance(cause)) throw cause;
    const reason = (cause as Error).message;
    throw new SohoaError<IpErrorCode>({
      code: 'OUTPUT_WRITE_FAILED',
      message: {
        vi: `[@sohoa/ip] buildPackage: không ghi được gói vào "${options.destination}" (${reason}).`,
        en: `[@sohoa/ip] buildPackage: cannot write the package to "${options.destination}" (${reason}).`,
      },
      fix: {
        vi: 'Kiểm tra nơi ghi có cho phép ghi và các tệp dữ liệu vẫn còn không.',
        en: 'Check that the destination is writable and that the data files still exist.',
      },
      cause,
      details: { destination: options.destination },
    });
  }
  return {
    objectId: plan.objectId,
    folderName: plan.folderName,
    path,
    files: plan.files.map(({ path: filePath, size, checksum }) => ({ path: filePath, size, checksum })),
  };
}
