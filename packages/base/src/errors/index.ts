export { BASE_ERROR_CODES, type BaseErrorCode } from './base-error-codes.js';
export type { Bilingual, MessageLanguage } from './bilingual.js';
export { describeError } from './describe-error.js';
export { SohoaError, type SohoaErrorOptions, type SohoaErrorText } from './sohoa-error.js';
