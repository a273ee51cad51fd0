const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  xml: 'text/xml',
  xsd: 'text/xml',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  png: 'image/png',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  mp4: 'video/mp4',
  avi: 'video/x-msvideo',
  wmv: 'video/x-ms-wmv',
  txt: 'text/plain',
};

/** The IANA media type of a file name by its extension; `application/octet-stream` when unknown. */
export function mediaTypeOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot >= 0 && MEDIA_TYPES[fileName.slice(dot + 1).toLowerCase()]) || 'application/octet-stream';
}
