export { CORE_ERROR_CODES, type CoreErrorCode } from './core-error-codes.js';
export { ERROR_CODES, type SohoaErrorCode } from './error-codes.js';
export { SohoaError, type SohoaErrorOptions } from './moved-to-base.js';
