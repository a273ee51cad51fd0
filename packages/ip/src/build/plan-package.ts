import { createHash, randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { SohoaError, toVietnamTime } from '@sohoa/base';
import { createObjectId, eadFileName, packageFolderName, toEadXml, validateRecord } from '@sohoa/metadata';
import { fileChecksum } from '../checksum/file-checksum.js';
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

function optionError(message: string, fix: string, details: Record<string, unknown>): SohoaError {
  return new SohoaError({
    code: 'OPTION_INVALID',
    message: `[@sohoa/ip] buildPackage: ${message}`,
    fix,
    details,
  });
}

function dataFileName(
  file: string | Uint8Array,
  fileName: string | undefined,
  index: number,
  what = 'document',
): string {
  const name = fileName ?? (typeof file === 'string' ? basename(file) : undefined);
  if (name === undefined) {
    throw optionError(`${what} ${index + 1} is given as bytes without a fileName.`, 'Give its fileName.', {
      index,
    });
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is rejected
  if (name === '' || name === '.' || name === '..' || /[/\\\u0000-\u001f]/.test(name)) {
    throw optionError(`"${name}" cannot be a file name inside the package.`, 'Use a name without / or \\.', {
      index,
      fileName: name,
    });
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
    const name = dataFileName(item.file, item.fileName, index, 'documentation file');
    if (names.has(name)) {
      throw optionError(`two documentation files are named "${name}".`, 'Give each its own file name.', {
        fileName: name,
      });
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
    throw optionError(
      `unknown package type "${String(input.type)}".`,
      `Use one of ${Object.keys(PACKAGE_TYPES).join(', ')}.`,
      {
        type: input.type,
      },
    );
  }
  if (input.documents.length === 0) {
    throw optionError('a package needs at least one document; none was given.', 'Pass the documents.', {});
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
      throw optionError(`two documents are named "${name}".`, 'Give every document its own file name.', {
        fileName: name,
      });
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
