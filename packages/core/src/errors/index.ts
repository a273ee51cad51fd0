export { ERROR_CODES, type SohoaErrorCode } from './error-codes.js';
export { SohoaError, type SohoaErrorOptions } from './sohoa-error.js';
