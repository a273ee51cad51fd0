export { ERROR_CODES, type SohoaErrorCode } from './error-codes.js';
export { SohoaError, type SohoaErrorOptions } from './moved-to-base.js';
