import { fileURLToPath } from 'node:url';
import { SohoaError } from '@sohoa/base';
import { FileSystemStorage } from './file-system-storage.js';
import type { Storage } from './storage.js';

/**
 * Opens the storage a URL names: `file:///mnt/sohoa/out` or a plain path (absolute, or relative
 * to the current folder) is a {@link FileSystemStorage}. Other schemes (`s3://…`) are the place
 * to plug another {@link Storage} implementation.
 *
 * @throws `SohoaError` `STORAGE_UNSUPPORTED` for a scheme without an implementation.
 *
 * @example
 * ```ts
 * import { openStorage } from '@sohoa/queue';
 *
 * const out = openStorage('file:///mnt/sohoa/out');
 * console.log(await out.list(''));
 * ```
 */
export function openStorage(url: string): Storage {
  const scheme = /^([a-z][a-z0-9+.-]+):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return new FileSystemStorage(url);
  if (scheme === 'file') return new FileSystemStorage(fileURLToPath(url));
  throw new SohoaError({
    code: 'STORAGE_UNSUPPORTED',
    message: {
      vi: `Nơi lưu trữ "${url}" dùng lược đồ "${scheme}:", sohoa chưa hỗ trợ loại lưu trữ này.`,
      en: `The storage "${url}" uses the scheme "${scheme}:", which sohoa has no storage for.`,
    },
    fix: {
      vi: 'Chỉ ra một thư mục dùng chung (đường dẫn hoặc URL file://) được gắn ở cùng một đường dẫn trên mọi máy xử lý.',
      en: 'Give a shared folder (a path or a file:// URL) mounted at the same path on every worker.',
    },
    details: { url },
  });
}
