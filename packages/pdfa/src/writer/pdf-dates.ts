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
export function formatPdfDates(date: Date, offsetMinutes = 420): PdfDates {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  const year = local.getUTCFullYear();
  const month = pad(local.getUTCMonth() + 1);
  const day = pad(local.getUTCDate());
  const hours = pad(local.getUTCHours());
  const minutes = pad(local.getUTCMinutes());
  const seconds = pad(local.getUTCSeconds());
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offsetHours = pad(Math.floor(Math.abs(offsetMinutes) / 60));
  const offsetRest = pad(Math.abs(offsetMinutes) % 60);
  return {
    info: `D:${year}${month}${day}${hours}${minutes}${seconds}${sign}${offsetHours}'${offsetRest}'`,
    xmp: `${year}-${month}-${day}T${hours}:${minutes}:${seconds}${sign}${offsetHours}:${offsetRest}`,
  };
}
