import { SohoaError } from '@sohoa/base';

/** The `IMAGE_CORRUPT` error for pixels of `source` that libvips could not decode. */
export function decodeError(source: string, cause: unknown): SohoaError {
  return new SohoaError({
    code: 'IMAGE_CORRUPT',
    message: `Cannot decode the image "${source}": ${(cause as Error)?.message ?? cause}.`,
    fix: 'The file is damaged or truncated: re-scan the page or copy the file again from the scanner.',
    cause,
    details: { source },
  });
}
