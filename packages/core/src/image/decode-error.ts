import { SohoaError } from '@sohoa/base';
import type { CoreErrorCode } from '../errors/core-error-codes.js';

/** The `IMAGE_CORRUPT` error for pixels of `source` that libvips could not decode. */
export function decodeError(source: string, cause: unknown): SohoaError<CoreErrorCode> {
  const reason = (cause as Error)?.message ?? cause;
  return new SohoaError<CoreErrorCode>({
    code: 'IMAGE_CORRUPT',
    message: {
      vi: `Không giải mã được ảnh "${source}": ${reason}.`,
      en: `Cannot decode the image "${source}": ${reason}.`,
    },
    fix: {
      vi: 'Tệp bị hỏng hoặc không đầy đủ: quét lại trang hoặc sao chép lại tệp từ máy quét.',
      en: 'The file is damaged or truncated: re-scan the page or copy the file again from the scanner.',
    },
    cause,
    details: { source },
  });
}
