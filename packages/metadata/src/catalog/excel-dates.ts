const DAY = 86_400_000;

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30, East Asian ones included). */
function isBuiltInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/**
 * Whether a number format shows a date: a built-in date format, or a custom format code with day,
 * month, year, hour or second letters outside quoted text, escapes, fill and spacing characters
 * and bracketed sections (`dd/mm/yyyy`, `d"/"m"/"yyyy`, `[$-42A]dd/mm/yyyy`, `mm/yyyy`).
 * Elapsed-time formats (`[h]:mm`) are durations, not dates.
 */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return isBuiltInDateFormat(id);
  if (/\[(h+|m+|s+)\]/i.test(code)) return false;
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return !/^general$/i.test(bare.trim()) && /[dmyhs]/i.test(bare.split(';')[0] ?? '');
}

/**
 * The date of an Excel serial number, at UTC midnight plus the day's fraction: days since
 * 1899-12-30 (with the 1900 leap-year bug below day 61), or since 1904-01-01 in workbooks that
 * use the 1904 date system.
 */
export function excelSerialToDate(serial: number, date1904: boolean): Date {
  if (date1904) return new Date(Date.UTC(1904, 0, 1) + Math.round(serial * DAY));
  const epoch = serial < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial * DAY));
}
