import { readFileSync } from 'node:fs';
import type { RecordKind } from '@sohoa/metadata';
import { XmlBufferInputProvider, XmlDocument, XsdValidator, xmlRegisterInputProvider } from 'libxml2-wasm';
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

const texts = new Map<string, Uint8Array>();
const validators = new Map<string, XsdValidator>();
let provider: XmlBufferInputProvider | undefined;

/** The bytes of a shipped schema. */
export function shippedSchemaBytes(name: ShippedSchema): Uint8Array {
  let bytes = texts.get(name);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(new URL(name, SCHEMA_DIRECTORY)));
    texts.set(name, bytes);
  }
  return bytes;
}

function ensureProvider(): void {
  if (provider) return;
  provider = new XmlBufferInputProvider(
    Object.fromEntries(
      SHIPPED_SCHEMAS.map((name) => [`${SCHEMA_URL_PREFIX}${name}`, shippedSchemaBytes(name)]),
    ),
  );
  xmlRegisterInputProvider(provider);
}

function compile(key: string, text: Uint8Array): XsdValidator {
  let validator = validators.get(key);
  if (!validator) {
    ensureProvider();
    const document = XmlDocument.fromBuffer(text, { url: `${SCHEMA_URL_PREFIX}${key}` });
    try {
      validator = XsdValidator.fromDoc(document);
    } finally {
      document.dispose();
    }
    validators.set(key, validator);
  }
  return validator;
}

/** The compiled validator of METS (with XLink and the CSIP extension) or PREMIS. */
export function shippedValidator(name: 'mets.xsd' | 'premis.xsd'): XsdValidator {
  return compile(name, shippedSchemaBytes(name));
}

/** The compiled validator of a `simpledc` record kind (see {@link eadSchema}). */
export function eadValidator(kind: RecordKind): XsdValidator {
  return compile(`ead-${kind}.xsd`, new TextEncoder().encode(eadSchema(kind)));
}
