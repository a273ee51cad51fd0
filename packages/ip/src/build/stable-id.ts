import { createHash } from 'node:crypto';

/**
 * A METS/PREMIS identifier derived from the package UUID and a name (`uuid-<UUID>`), so that the
 * same input always gives the same identifiers and the same bytes (a name-based UUID in the
 * manner of RFC 9562 version 8, from SHA-256).
 */
export function stableId(packageUuid: string, name: string, prefix = 'uuid-'): string {
  const hex = createHash('sha256').update(`${packageUuid.toLowerCase()}\u0000${name}`).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return `${prefix}${uuid.toUpperCase()}`;
}
