/**
 * The sRGB colour profile written as the PDF/A OutputIntent: ICC v4.2 (allowed by PDF/A-2, whose
 * limit is ICC.1:2004-10), 480 bytes, made by lcms for libvips and released by libvips under CC0
 * (its copyright tag reads "CC0"). It is the profile libvips embeds with `withIccProfile('srgb')`.
 */
const SRGB_PROFILE_BASE64 =
  'AAAB4GxjbXMEIAAAbW50clJHQiBYWVogB+IAAwAUAAkADgAdYWNzcE1TRlQAAAAAc2F3c2N0cmwAAAAAAAAAAAAAAAAAAPbWAAEAAAAA0y1oYW5keem/Vlo+AbaDI4VVRvdPqgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKZGVzYwAAAPwAAAAkY3BydAAAASAAAAAid3RwdAAAAUQAAAAUY2hhZAAAAVgAAAAsclhZWgAAAYQAAAAUZ1hZWgAAAZgAAAAUYlhZWgAAAawAAAAUclRSQwAAAcAAAAAgZ1RSQwAAAcAAAAAgYlRSQwAAAcAAAAAgbWx1YwAAAAAAAAABAAAADGVuVVMAAAAIAAAAHABzAFIARwBCbWx1YwAAAAAAAAABAAAADGVuVVMAAAAGAAAAHABDAEMAMAAAWFlaIAAAAAAAAPbWAAEAAAAA0y1zZjMyAAAAAAABDD8AAAXd///zJgAAB5AAAP2S///7of///aIAAAPcAADAcVhZWiAAAAAAAABvoAAAOPIAAAOPWFlaIAAAAAAAAGKWAAC3iQAAGNpYWVogAAAAAAAAJKAAAA+FAAC2xHBhcmEAAAAAAAMAAAACZmkAAPKnAAANWQAAE9AAAApb';

/** The sRGB ICC profile bytes (a fresh copy on each call). */
export function srgbProfile(): Uint8Array {
  return Buffer.from(SRGB_PROFILE_BASE64, 'base64');
}

/** The OutputIntent's condition identifier for sRGB, as registered by the ICC. */
export const SRGB_CONDITION = 'sRGB IEC61966-2.1';
