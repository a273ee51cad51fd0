import { codeError } from './code-error.js';

/** What a package OBJID is made for. */
export interface ObjectIdOptions {
  /** The package type. SIP: `uuid-<UUID>`; AIP and DIP: `urn:uuid:<uuid>`, or `urn:<fondCode>:uuid-<UUID>` with a fond code. */
  packageType: 'SIP' | 'AIP' | 'DIP';
  /** The fond code to put in an AIP or DIP OBJID, e.g. `G09`. Default: none. */
  fondCode?: string;
  /** The UUID to use. Default: a new random one (`globalThis.crypto.randomUUID()`: Node, or a browser page served over https or from localhost). */
  uuid?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Makes the METS `OBJID` of an information package (standards reference §3.6): SIP
 * `uuid-<UPPERCASE-UUID>`; AIP/DIP `urn:uuid:<uuid>` or, with a fond code, `urn:<fond>:uuid-<UUID>`.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `METADATA_INVALID` for a malformed UUID or a fond code with `:` or spaces.
 *
 * @example
 * ```ts
 * import { createObjectId } from '@sohoa/metadata';
 *
 * const uuid = '9c13e70e-4c9f-4a3e-8d4b-1f2a3b4c5d6e';
 * createObjectId({ packageType: 'SIP', uuid }); // 'uuid-9C13E70E-4C9F-4A3E-8D4B-1F2A3B4C5D6E'
 * createObjectId({ packageType: 'AIP', fondCode: 'G09', uuid }); // 'urn:G09:uuid-9C13E70E-…'
 * ```
 */
export function createObjectId(options: ObjectIdOptions): string {
  const uuid = options.uuid ?? globalThis.crypto.randomUUID();
  if (!UUID.test(uuid)) {
    throw codeError(
      { vi: `"${uuid}" không phải UUID.`, en: `"${uuid}" is not a UUID.` },
      {
        vi: 'Cung cấp một UUID như 9c13e70e-4c9f-4a3e-8d4b-1f2a3b4c5d6e, hoặc bỏ trống.',
        en: 'Give a UUID such as 9c13e70e-4c9f-4a3e-8d4b-1f2a3b4c5d6e, or none.',
      },
      { uuid },
    );
  }
  if (options.packageType === 'SIP') return `uuid-${uuid.toUpperCase()}`;
  if (options.fondCode === undefined) return `urn:uuid:${uuid.toLowerCase()}`;
  if (!/^[^\s:]+$/.test(options.fondCode)) {
    throw codeError(
      {
        vi: `Mã phông "${options.fondCode}" không dùng được trong OBJID.`,
        en: `The fond code "${options.fondCode}" cannot go into an OBJID.`,
      },
      { vi: 'Dùng mã phông không có dấu ":" hoặc dấu cách.', en: 'Use a fond code without ":" or spaces.' },
      { fondCode: options.fondCode },
    );
  }
  return `urn:${options.fondCode}:uuid-${uuid.toUpperCase()}`;
}

/**
 * Reads an OBJID made by {@link createObjectId} (or by another tool following the circular).
 *
 * @example
 * ```ts
 * import { parseObjectId } from '@sohoa/metadata';
 *
 * parseObjectId('urn:G09:uuid-9C13E70E-4C9F-4A3E-8D4B-1F2A3B4C5D6E');
 * // { form: 'urn-fond', fondCode: 'G09', uuid: '9c13e70e-4c9f-4a3e-8d4b-1f2a3b4c5d6e' }
 * ```
 */
export function parseObjectId(
  objectId: string,
): { form: 'uuid' | 'urn-uuid' | 'urn-fond'; uuid: string; fondCode?: string } | undefined {
  const match = /^(?:uuid-(?<plain>.+)|urn:uuid:(?<urn>.+)|urn:(?<fond>[^:\s]+):uuid-(?<fondUuid>.+))$/.exec(
    objectId,
  );
  const groups = match?.groups;
  if (!groups) return undefined;
  const uuid = groups.plain ?? groups.urn ?? groups.fondUuid ?? '';
  if (!UUID.test(uuid)) return undefined;
  if (groups.plain) return { form: 'uuid', uuid: uuid.toLowerCase() };
  if (groups.urn) return { form: 'urn-uuid', uuid: uuid.toLowerCase() };
  return { form: 'urn-fond', uuid: uuid.toLowerCase(), fondCode: groups.fond as string };
}

/**
 * The folder name of a package: its OBJID with every `:` replaced by `_`.
 *
 * @example
 * ```ts
 * import { packageFolderName } from '@sohoa/metadata';
 *
 * packageFolderName('urn:G09:uuid-9C13E70E-4C9F-4A3E-8D4B-1F2A3B4C5D6E'); // 'urn_G09_uuid-9C13E70E-…'
 * ```
 */
export function packageFolderName(objectId: string): string {
  return objectId.replaceAll(':', '_');
}
