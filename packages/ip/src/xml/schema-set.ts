import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Bilingual, SohoaError } from '@sohoa/base';
import type { RecordKind } from '@sohoa/metadata';
import {
  XmlBufferInputProvider,
  XmlDocument,
  XmlLibError,
  XsdValidator,
  xmlRegisterInputProvider,
} from 'libxml2-wasm';
import type { IpErrorCode } from '../errors/ip-error-codes.js';
import { SCHEMA_DIRECTORY } from '../schema-directory.js';
import { eadSchema } from './ead-schema.js';

/** The XSD files shipped in `packages/ip/schemas/`, written into every package's `schemas/`. */
export const SHIPPED_SCHEMAS = ['mets.xsd', 'xlink.xsd', 'DILCISExtensionMETS.xsd', 'premis.xsd'] as const;

/** A schema shipped with the package, by file name. */
export type ShippedSchema = (typeof SHIPPED_SCHEMAS)[number];

/**
 * Schemas are served to libxml2 from memory under this prefix only: no file system or network
 * access happens while compiling or validating.
 */
const SCHEMA_URL_PREFIX = '/sohoa-ip-schemas/';

/** At most this many `.xsd` files, of at most this size each, are read from a schema directory. */
const MAX_DIRECTORY_SCHEMAS = 64;
const MAX_SCHEMA_BYTES = 8 * 1024 ** 2;

/**
 * Serves the schemas from memory and stands between libxml2 and every URL: an import by an
 * absolute URL (`http://www.loc.gov/standards/xlink/xlink.xsd`, as the official METS and PREMIS
 * schemas write it) is answered with the file of the same name from the directory being compiled,
 * or with the shipped one; a URL it cannot answer fails the import. libxml2 never reaches the
 * network or the file system through a schema.
 */
class LocalSchemaProvider extends XmlBufferInputProvider {
  /** The folder prefix (under {@link SCHEMA_URL_PREFIX}) whose files answer absolute URLs. */
  urlFolder = SCHEMA_URL_PREFIX;

  constructor() {
    super({});
  }

  private resolve(filename: string): string {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(filename)) return filename;
    const name = filename.slice(filename.lastIndexOf('/') + 1);
    const own = `${this.urlFolder}${name}`;
    return super.match(own) ? own : `${SCHEMA_URL_PREFIX}${name}`;
  }

  /** The bytes served under `filename`, if any. */
  bytes(filename: string): Uint8Array | undefined {
    return super.match(filename) ? this.served.get(filename) : undefined;
  }

  private readonly served = new Map<string, Uint8Array>();

  override addBuffer(filename: string, buffer: Uint8Array): void {
    super.addBuffer(filename, buffer);
    this.served.set(filename, buffer);
  }

  override match(filename: string): boolean {
    return filename.startsWith(SCHEMA_URL_PREFIX) || /^[a-z][a-z0-9+.-]*:/i.test(filename);
  }

  override open(filename: string): number | undefined {
    return super.open(this.resolve(filename));
  }
}

const texts = new Map<string, Uint8Array>();
const validators = new Map<string, XsdValidator>();
/** Schema directories already read into the provider, by their folder prefix. */
const loadedFolders = new Set<string>();
let provider: LocalSchemaProvider | undefined;

/** The bytes of a shipped schema. */
export function shippedSchemaBytes(name: ShippedSchema): Uint8Array {
  let bytes = texts.get(name);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(new URL(name, SCHEMA_DIRECTORY)));
    texts.set(name, bytes);
  }
  return bytes;
}

function ensureProvider(): LocalSchemaProvider {
  if (provider) return provider;
  provider = new LocalSchemaProvider();
  for (const name of SHIPPED_SCHEMAS)
    provider.addBuffer(`${SCHEMA_URL_PREFIX}${name}`, shippedSchemaBytes(name));
  xmlRegisterInputProvider(provider);
  return provider;
}

function compile(url: string, text: Uint8Array, urlFolder = SCHEMA_URL_PREFIX): XsdValidator {
  let validator = validators.get(url);
  if (!validator) {
    const local = ensureProvider();
    local.urlFolder = urlFolder;
    const document = XmlDocument.fromBuffer(text, { url });
    try {
      validator = XsdValidator.fromDoc(document);
    } finally {
      document.dispose();
      local.urlFolder = SCHEMA_URL_PREFIX;
    }
    validators.set(url, validator);
  }
  return validator;
}

/** The compiled validator of METS (with XLink and the CSIP extension) or PREMIS. */
export function shippedValidator(name: 'mets.xsd' | 'premis.xsd'): XsdValidator {
  return compile(`${SCHEMA_URL_PREFIX}${name}`, shippedSchemaBytes(name));
}

/**
 * The compiled simpledc schema of a record kind: the text `buildPackage` writes as
 * `schemas/EAD.xsd` / `schemas/EAD_doc.xsd` ({@link eadSchema}), compiled once per kind.
 */
export function eadValidator(kind: RecordKind): XsdValidator {
  return compile(`${SCHEMA_URL_PREFIX}ead-${kind}.xsd`, new TextEncoder().encode(eadSchema(kind)));
}

function schemaDirectoryError(
  directory: string,
  message: Bilingual,
  cause?: unknown,
): SohoaError<IpErrorCode> {
  const detail = cause instanceof XmlLibError ? cause.details[0]?.message.trim() : (cause as Error)?.message;
  const after = detail ? ` (${detail})` : '';
  return new SohoaError<IpErrorCode>({
    code: 'OPTION_INVALID',
    message: {
      vi: `[@sohoa/ip] validatePackage: thư mục lược đồ schemaDirectory "${directory}": ${message.vi}${after}`,
      en: `[@sohoa/ip] validatePackage: schemaDirectory "${directory}": ${message.en}${after}`,
    },
    fix: {
      vi: 'Chỉ ra thư mục chứa mets.xsd (và premis.xsd, xlink.xsd, các lược đồ chúng nhập vào) đúng như bản đã công bố.',
      en: 'Give a folder holding mets.xsd (and premis.xsd, xlink.xsd, the schemas they import) as published.',
    },
    cause,
    details: { schemaDirectory: directory },
  });
}

/**
 * The validator of `mets.xsd` or `premis.xsd` from a folder of the caller's (e.g. the official
 * METS 1.12.1 and PREMIS 3.0 files of the Library of Congress), or the shipped one when the folder
 * has no such file. Every `.xsd` of the folder is read into memory once; imports resolve against
 * them by file name, then against the shipped files (`xlink.xsd`), never over the network.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `OPTION_INVALID` when the folder cannot be
 * read or the schema does not compile.
 */
export function directoryValidator(directory: string, name: 'mets.xsd' | 'premis.xsd'): XsdValidator {
  const folder = `${SCHEMA_URL_PREFIX}dir-${createHash('sha256').update(directory).digest('hex').slice(0, 16)}/`;
  const local = ensureProvider();
  if (!loadedFolders.has(folder)) {
    let names: string[];
    try {
      names = readdirSync(directory).filter((file) => file.toLowerCase().endsWith('.xsd'));
    } catch (cause) {
      throw schemaDirectoryError(directory, { vi: 'không đọc được', en: 'cannot be read' }, cause);
    }
    if (names.length > MAX_DIRECTORY_SCHEMAS)
      throw schemaDirectoryError(directory, {
        vi: `chứa hơn ${MAX_DIRECTORY_SCHEMAS} tệp .xsd`,
        en: `holds more than ${MAX_DIRECTORY_SCHEMAS} .xsd files`,
      });
    for (const file of names) {
      const bytes = new Uint8Array(readFileSync(join(directory, file)));
      if (bytes.length > MAX_SCHEMA_BYTES)
        throw schemaDirectoryError(directory, {
          vi: `${file} lớn hơn ${MAX_SCHEMA_BYTES} byte`,
          en: `${file} is larger than ${MAX_SCHEMA_BYTES} bytes`,
        });
      local.addBuffer(`${folder}${file}`, bytes);
    }
    loadedFolders.add(folder);
  }
  const url = `${folder}${name}`;
  const text = local.bytes(url);
  if (!text) return shippedValidator(name);
  try {
    return compile(url, text, folder);
  } catch (cause) {
    throw schemaDirectoryError(
      directory,
      { vi: `${name} không biên dịch được`, en: `${name} does not compile` },
      cause,
    );
  }
}
