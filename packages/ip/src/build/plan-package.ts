import { createHash, randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { type Bilingual, SohoaError, toVietnamTime } from '@sohoa/base';
import { createObjectId, eadFileName, packageFolderName, toEadXml, validateRecord } from '@sohoa/metadata';
import { fileChecksum } from '../checksum/file-checksum.js';
import type { IpErrorCode } from '../errors/ip-error-codes.js';
import { eadSchema } from '../xml/ead-schema.js';
import { SHIPPED_SCHEMAS, shippedSchemaBytes } from '../xml/schema-set.js';
import type { PackageInput } from './build-input.js';
import { mediaTypeOf } from './media-type.js';
import { PACKAGE_TYPES } from './package-types.js';
import type { PlannedFile } from './planned-file.js';
import { collectProvenance, packagePremis, representationPremis } from './premis-xml.js';
import { representationMets } from './representation-mets.js';
import { rootMets } from './root-mets.js';

/** A package ready to be written: its identity and every file, root `METS.xml` first. */
export interface PackagePlan {
  objectId: string;
  folderName: string;
  createdAt: Date;
  files: PlannedFile[];
}

function inMemory(path: string, content: string | Uint8Array, mimeType = 'text/xml'): PlannedFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    path,
    source: bytes,
    size: bytes.length,
    checksum: createHash('sha256').update(bytes).digest('hex').toUpperCase(),
    mimeType,
  };
}

function optionError(
  message: Bilingual,
  fix: Bilingual,
  details: Record<string, unknown>,
): SohoaError<IpErrorCode> {
  return new SohoaError<IpErrorCode>({
    code: 'OPTION_INVALID',
    message: { vi: `[@sohoa/ip] buildPackage: ${message.vi}`, en: `[@sohoa/ip] buildPackage: ${message.en}` },
    fix,
    details,
  });
}

function dataFileName(
  file: string | Uint8Array,
  fileName: string | undefined,
  index: number,
  what: Bilingual = { vi: 'tài liệu', en: 'document' },
): string {
  const name = fileName ?? (typeof file === 'string' ? basename(file) : undefined);
  if (name === undefined) {
    throw optionError(
      {
        vi: `${what.vi} thứ ${index + 1} được truyền dưới dạng dữ liệu byte nhưng không có fileName.`,
        en: `${what.en} ${index + 1} is given as bytes without a fileName.`,
      },
      { vi: 'Ghi tên tệp (fileName) cho nó.', en: 'Give its fileName.' },
      { index },
    );
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is rejected
  if (name === '' || name === '.' || name === '..' || /[/\\\u0000-\u001f]/.test(name)) {
    throw optionError(
      {
        vi: `"${name}" không dùng được làm tên tệp trong gói.`,
        en: `"${name}" cannot be a file name inside the package.`,
      },
      { vi: 'Dùng tên không chứa / hoặc \\.', en: 'Use a name without / or \\.' },
      { index, fileName: name },
    );
  }
  return name;
}

/** A file given by path (checksum streamed) or by bytes, placed at `path`. */
async function plannedInput(path: string, file: string | Uint8Array, mimeType: string): Promise<PlannedFile> {
  if (typeof file !== 'string') return inMemory(path, file, mimeType);
  const sum = await fileChecksum(file);
  return { path, source: file, size: sum.size, checksum: sum.value, mimeType };
}

/** The files of `documentation/`, each name used once. */
async function planDocumentation(input: PackageInput): Promise<PlannedFile[]> {
  const names = new Set<string>();
  const files: PlannedFile[] = [];
  for (const [index, item] of (input.documentation ?? []).entries()) {
    const name = dataFileName(item.file, item.fileName, index, {
      vi: 'tệp tài liệu kèm theo',
      en: 'documentation file',
    });
    if (names.has(name)) {
      throw optionError(
        {
          vi: `hai tệp tài liệu kèm theo cùng tên "${name}".`,
          en: `two documentation files are named "${name}".`,
        },
        { vi: 'Đặt cho mỗi tệp một tên riêng.', en: 'Give each its own file name.' },
        { fileName: name },
      );
    }
    names.add(name);
    files.push(await plannedInput(`documentation/${name}`, item.file, item.mimeType ?? mediaTypeOf(name)));
  }
  return files;
}

/**
 * Validates the input and computes every file of the package: the data files' checksums
 * (streamed), then the metadata, PREMIS, schema and METS files in memory.
 */
export async function planPackage(input: PackageInput): Promise<PackagePlan> {
  const profile = PACKAGE_TYPES[input.type];
  if (!profile) {
    const types = Object.keys(PACKAGE_TYPES).join(', ');
    throw optionError(
      {
        vi: `loại gói "${String(input.type)}" không được hỗ trợ.`,
        en: `unknown package type "${String(input.type)}".`,
      },
      { vi: `Dùng một trong các loại: ${types}.`, en: `Use one of ${types}.` },
      { type: input.type },
    );
  }
  if (input.documents.length === 0) {
    throw optionError(
      {
        vi: 'gói cần ít nhất một tài liệu; chưa có tài liệu nào.',
        en: 'a package needs at least one document; none was given.',
      },
      { vi: 'Truyền các tài liệu của gói.', en: 'Pass the documents.' },
      {},
    );
  }
  const uuid = input.uuid ?? randomUUID();
  const objectId = createObjectId({
    packageType: profile.oaisType,
    uuid,
    ...(input.fondCode === undefined ? {} : { fondCode: input.fondCode }),
  });
  const createdAt = input.createdAt ?? new Date();
  const created = toVietnamTime(createdAt);
  const recordStatus = input.recordStatus ?? 'NEW';
  const record = validateRecord(profile.packageRecord, input.metadata, 'EAD.xml') as Record<string, unknown>;

  const names = new Set<string>();
  const documents: Array<{ data: PlannedFile; ead: PlannedFile }> = [];
  for (const [index, document] of input.documents.entries()) {
    const name = dataFileName(document.file, document.fileName, index);
    if (names.has(name)) {
      throw optionError(
        { vi: `hai tài liệu cùng tên "${name}".`, en: `two documents are named "${name}".` },
        { vi: 'Đặt cho mỗi tài liệu một tên tệp riêng.', en: 'Give every document its own file name.' },
        { fileName: name },
      );
    }
    names.add(name);
    const path = `representations/rep1/data/${name}`;
    const mimeType = document.mimeType ?? mediaTypeOf(name);
    const data = await plannedInput(path, document.file, mimeType);
    const ead = inMemory(
      `representations/rep1/metadata/descriptive/${eadFileName('doc', name)}`,
      toEadXml(profile.documentRecord, document.metadata),
    );
    documents.push({ data, ead });
  }

  const aip = profile.oaisType === 'AIP';
  const provenance = aip
    ? collectProvenance(
        uuid,
        createdAt,
        input.provenance,
        input.organization,
        documents.map((document, index) => ({
          path: document.data.path,
          provenance: input.documents[index]?.provenance,
        })),
      )
    : undefined;
  const representationPremisFile = provenance
    ? inMemory(
        'representations/rep1/metadata/preservation/PREMIS_rep1.xml',
        representationPremis(
          documents.map((document) => document.data),
          provenance,
        ),
      )
    : undefined;
  const representationMetsFile = inMemory(
    'representations/rep1/METS.xml',
    representationMets({
      uuid,
      oaisType: profile.oaisType,
      metsType: profile.metsType,
      created,
      recordStatus,
      organization: input.organization,
      documents,
      premis: representationPremisFile,
    }),
  );
  const ead = inMemory('metadata/descriptive/EAD.xml', toEadXml(profile.packageRecord, record));
  const premis = provenance
    ? inMemory('metadata/preservation/PREMIS.xml', packagePremis(objectId, provenance))
    : undefined;
  const schemas = [
    ...SHIPPED_SCHEMAS.filter((name) => aip || name !== 'premis.xsd').map((name) =>
      inMemory(`schemas/${name}`, shippedSchemaBytes(name)),
    ),
    inMemory('schemas/EAD.xsd', eadSchema(profile.packageRecord)),
    inMemory('schemas/EAD_doc.xsd', eadSchema(profile.documentRecord)),
  ];
  const documentation = await planDocumentation(input);
  const title = typeof record.title === 'string' ? record.title : objectId;
  const mets = inMemory(
    'METS.xml',
    rootMets({
      uuid,
      objectId,
      label: title,
      profile,
      created,
      recordStatus,
      organization: input.organization,
      ead,
      premis,
      documentation,
      schemas,
      representationMets: representationMetsFile,
    }),
  );
  const files = [
    mets,
    ead,
    ...(premis ? [premis] : []),
    representationMetsFile,
    ...documents.map((document) => document.ead),
    ...(representationPremisFile ? [representationPremisFile] : []),
    ...documents.map((document) => document.data),
    ...documentation,
    ...schemas,
  ];
  return { objectId, folderName: packageFolderName(objectId), createdAt, files };
}
