import { describe, expect, it } from 'vitest';
import { importCatalog } from './import-catalog.js';

const HEADINGS =
  'Mã hồ sơ;Tiêu đề hồ sơ;Thời hạn bảo quản;Thời gian bắt đầu;Thời gian kết thúc;Số thứ tự văn bản;Tên loại văn bản;Ký hiệu văn bản;Ngày, tháng, năm văn bản;Tác giả;Trích yếu nội dung;Số trang';

const catalog = (rows: string[]) =>
  importCatalog({ bytes: new TextEncoder().encode([HEADINGS, ...rows].join('\n')), fileName: 'muc-luc.csv' });

const document = (ordinal: number, type = 'Quyết định') =>
  `;;;;;${ordinal};${type};QĐ-BNV;05/01/2010;Bộ Nội vụ;Về việc tổ chức bộ máy;2`;

describe('catalog import: codes the circular limits, and blank codes', () => {
  it('says once, on the dossier code, that the docIds built from a 24-character code pass the 25 characters of TT05', async () => {
    // A 13-character agency identifier (QĐ 20/2020) + year + number and symbol: 24 characters.
    const result = await catalog([
      `000.00.00.G09.2010.01.TH;Hồ sơ tổng hợp năm 2010;Vĩnh viễn;01/01/2010;31/12/2010;1;Quyết định;QĐ-BNV;05/01/2010;Bộ Nội vụ;Về việc tổ chức bộ máy;2`,
      document(2),
      document(10),
      `000.00.00.G09.2010.2;Hồ sơ khác năm 2010;Vĩnh viễn;01/01/2010;31/12/2010;1;Công văn;CV-BNV;06/01/2010;Bộ Nội vụ;Về việc nhân sự;1`,
    ]);
    expect(
      result.issues.map((issue) => [issue.row, issue.column, issue.field, issue.rule, issue.severity]),
    ).toEqual([[2, 'A', 'docId', 'docIdTooLong', 'error']]);
    expect(result.issues[0]?.message).toBe(
      'Mã định danh tài liệu (docId, document identifier) = "000.00.00.G09.2010.01.TH.10": is 27 characters long, more than the 25 Thông tư 05/2025 allows; it is built from the dossier code (fileCode) and the document ordinal, so 3 documents of the dossier are invalid. Fix: shorten the dossier\'s number and symbol so that its code has at most 22 characters.',
    );
    const [long, short] = result.dossiers;
    expect(long?.documents.map((each) => each.record)).toEqual([undefined, undefined, undefined]);
    expect(short?.documents[0]?.record).toMatchObject({ docId: '000.00.00.G09.2010.2.1' });
  });

  it('reports a blank type name as required on its cell, not as a wrong code', async () => {
    const result = await catalog([
      `H49.64.33.2001.160;Hồ sơ;Vĩnh viễn;01/01/2001;31/12/2001;1;Quyết định;QĐ-UBND;05/01/2001;UBND tỉnh;Về việc;2`,
      document(2, ''),
    ]);
    expect(result.issues.map((issue) => [issue.row, issue.column, issue.field, issue.rule])).toEqual([
      [3, 'G', 'typeName', 'required'],
    ]);
    expect(result.issues[0]?.messageVi).toBe(
      'Tên loại tài liệu (typeName) = (trống): trường bắt buộc nhưng bị bỏ trống. Cách sửa: nhập giá trị cho trường này.',
    );
  });
});
