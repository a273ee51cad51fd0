import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from './error-codes.js';
import { SohoaError } from './sohoa-error.js';

describe('SohoaError', () => {
  it('carries a stable code, the fix in its message, and the cause', () => {
    const cause = new Error('low level');
    const error = new SohoaError({ code: 'IMAGE_CORRUPT', message: 'Bad page.', fix: 'Re-scan it.', cause });
    expect(error.code).toBe('IMAGE_CORRUPT');
    expect(error.message).toBe('Bad page. Fix: Re-scan it.');
    expect(error.cause).toBe(cause);
    expect(error.name).toBe('SohoaError');
    expect(error).toBeInstanceOf(Error);
  });

  it('recognises sohoa errors from another copy of the package by their marker', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('sohoa.error')]: true, code: 'USAGE_ERROR' });
    expect(SohoaError.isInstance(foreign)).toBe(true);
    expect(SohoaError.isInstance(new Error('plain'))).toBe(false);
    expect(SohoaError.isInstance('IMAGE_CORRUPT')).toBe(false);
  });

  it('documents every code', () => {
    for (const [code, meaning] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[A-Z][A-Z_]+$/);
      expect(meaning.length).toBeGreaterThan(20);
    }
  });
});
