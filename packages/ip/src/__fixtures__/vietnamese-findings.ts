import { expect } from 'vitest';
import type { Finding } from '../validate/finding.js';

/** A letter only Vietnamese writes (a vowel with its tone or shape mark, or đ). */
const VIETNAMESE_LETTER = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;

/**
 * Asserts that every finding is also said in Vietnamese: `messageVi` is not blank, is in NFC, is
 * not the English `message`, and is Vietnamese (it has a letter only Vietnamese writes).
 *
 * @example
 * ```ts
 * const report = await validatePackage(folder);
 * expectVietnamese(report.findings);
 * ```
 */
export function expectVietnamese(findings: readonly Finding[]): void {
  for (const finding of findings) {
    const which = `${finding.requirement} ${finding.file ?? ''}: ${finding.message}`;
    expect(finding.messageVi.trim(), which).not.toBe('');
    expect(finding.messageVi, which).toBe(finding.messageVi.normalize('NFC'));
    expect(finding.messageVi, which).not.toBe(finding.message);
    expect(finding.messageVi, which).toMatch(VIETNAMESE_LETTER);
  }
}
