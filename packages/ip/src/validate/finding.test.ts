import { describe, expect, it } from 'vitest';
import { FindingList } from './finding.js';

describe('FindingList', () => {
  it('keeps the English sentence as message and the Vietnamese one, in NFC, as messageVi', () => {
    const findings = new FindingList();
    const decomposed = 'Phần tử file không có thuộc tính @CHECKSUM.'.normalize('NFD');
    findings.warning(
      'CSIP71',
      { en: 'file has no @CHECKSUM.', vi: decomposed },
      'representations/rep1/METS.xml',
      42,
    );
    expect(findings.items).toEqual([
      {
        severity: 'warning',
        requirement: 'CSIP71',
        message: 'file has no @CHECKSUM.',
        messageVi: 'Phần tử file không có thuộc tính @CHECKSUM.',
        file: 'representations/rep1/METS.xml',
        line: 42,
      },
    ]);
    expect(findings.items[0]?.messageVi).not.toBe(decomposed);
    expect(findings.hasAt('representations/rep1/METS.xml', 42)).toBe(true);
  });
});
