/** Realistic valid records of each kind, shared by the tests. */

export const sipDocument = {
  docId: 'H49.64.33.2001.160.1',
  docCode: 'H49.64.33.2001.160.0000001',
  maintenance: '01',
  typeName: '02',
  codeNumber: '15',
  codeNotation: 'QĐ-UBND',
  issuedDate: '05/01/2001',
  organName: 'Ủy ban nhân dân tỉnh Quảng Ninh',
  subject: 'Về việc thành lập Trường Trung học phổ thông Bãi Cháy',
  language: ['01'],
  numberOfPage: 3,
  mode: '01',
  confidenceLevel: '02',
  format: '02',
};

export const aipDocument = {
  arcFileCode: 'TTLT1.H49.64.33.2001.160',
  mode: '01',
  language: ['01', '03'],
  numberOfPage: 4,
  confidenceLevel: '02',
  docCode: 'H49.64.33.2001.160.0000002',
  docOrdinal: 2,
  typeName: '14',
  codeNumber: '07',
  codeNotation: 'BC-SGD',
  issuedDate: '1952',
  organName: 'Ty Giáo dục Hồng Quảng',
  subject: 'Báo cáo tình hình giáo dục năm 1951',
};
