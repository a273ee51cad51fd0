import { toOffsetTime, VIETNAM_UTC_OFFSET_MINUTES } from '@sohoa/base';

/**
 * One instant written both ways PDF/A requires them to agree: as a PDF date string for the Info
 * dictionary (`D:20250117093000+07'00'`) and as an ISO 8601 date for XMP
 * (`2025-01-17T09:30:00+07:00`), in the given UTC offset (Vietnam: +7 h).
 */
export interface PdfDates {
  info: string;
  xmp: string;
}

/** Formats `date` in the UTC offset `offsetMinutes` (default +420, Vietnam time), to the second. */
export function formatPdfDates(date: Date, offsetMinutes = VIETNAM_UTC_OFFSET_MINUTES): PdfDates {
  // xmp: YYYY-MM-DDThh:mm:ss±HH:MM; the Info date holds the same digits: D:YYYYMMDDhhmmss±HH'MM'
  const xmp = toOffsetTime(date, offsetMinutes);
  return { info: `D:${xmp.slice(0, 19).replace(/[-T:]/g, '')}${xmp.slice(19, 22)}'${xmp.slice(23)}'`, xmp };
}
