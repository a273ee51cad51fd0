import { describe, expect, it } from 'vitest';
import { describeError } from './describe-error.js';
import { SohoaError } from './sohoa-error.js';

const notFound = {
  code: 'INPUT_NOT_FOUND',
  message: { vi: 'Không tìm thấy tệp "p1.jpg".', en: 'The file "p1.jpg" does not exist.' },
  fix: { vi: 'Kiểm tra lại đường dẫn.', en: 'Check the path.' },
} as const;

describe('SohoaError', () => {
  it('carries a stable code, the English message with its fix, the cause and details', () => {
    const cause = new Error('low level');
    const error = new SohoaError({ ...notFound, cause, details: { path: 'p1.jpg' } });
    expect(error.code).toBe('INPUT_NOT_FOUND');
    expect(error.message).toBe('The file "p1.jpg" does not exist. Fix: Check the path.');
    expect(error.fix).toBe('Check the path.');
    expect(error.cause).toBe(cause);
    expect(error.details).toEqual({ path: 'p1.jpg' });
    expect(error.name).toBe('SohoaError');
    expect(error).toBeInstanceOf(Error);
    expect(String(error.stack)).toContain('SohoaError: The file "p1.jpg"');
  });

  it('says the message and fix in the language asked for', () => {
    const error = new SohoaError(notFound);
    expect(error.describe('vi')).toBe('Không tìm thấy tệp "p1.jpg". Cách khắc phục: Kiểm tra lại đường dẫn.');
    expect(error.describe('en')).toBe(error.message);
    expect(error.texts.vi).toEqual({
      message: 'Không tìm thấy tệp "p1.jpg".',
      fix: 'Kiểm tra lại đường dẫn.',
    });
    const noFix = new SohoaError({ code: 'X', message: { vi: 'Hỏng.', en: 'Broken.' } });
    expect([noFix.describe('vi'), noFix.message, noFix.fix]).toEqual(['Hỏng.', 'Broken.', undefined]);
  });

  it('takes a plain string as the same text in both languages (messages not yet translated)', () => {
    const error = new SohoaError({ code: 'X', message: 'Bad page.', fix: 'Re-scan it.' });
    expect(error.describe('vi')).toBe('Bad page. Cách khắc phục: Re-scan it.');
    expect(error.message).toBe('Bad page. Fix: Re-scan it.');
  });

  it('recognises sohoa errors from another loaded copy of the module by their marker', async () => {
    // A second instance of the same source file: what two installed copies of the package are.
    const specifier = './sohoa-error.js?copy';
    const copy = (await import(/* @vite-ignore */ specifier)) as typeof import('./sohoa-error.js');
    expect(copy.SohoaError).not.toBe(SohoaError);
    const foreign = new copy.SohoaError(notFound);
    expect(foreign).not.toBeInstanceOf(SohoaError);
    expect(SohoaError.isInstance(foreign)).toBe(true);
    expect(copy.SohoaError.isInstance(new SohoaError(notFound))).toBe(true);
    expect(SohoaError.isInstance(new Error('plain'))).toBe(false);
    expect(SohoaError.isInstance('INPUT_NOT_FOUND')).toBe(false);
    expect(SohoaError.isInstance(null)).toBe(false);
    expect(describeError(foreign, 'vi')).toContain('Không tìm thấy tệp');
  });

  it('describes any thrown value: an old copy without languages, a plain error, a string', () => {
    const old = Object.assign(new Error('Old message. Fix: do this.'), { [Symbol.for('sohoa.error')]: true });
    expect(describeError(old, 'vi')).toBe('Old message. Fix: do this.');
    expect(describeError(new RangeError('out of range'), 'en')).toBe('out of range');
    expect(describeError('thrown text', 'vi')).toBe('thrown text');
  });
});
