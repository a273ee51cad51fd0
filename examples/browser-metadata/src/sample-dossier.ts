/** The dossier record the page opens with: a valid SIP dossier of Thông tư 05/2025. */
export const SAMPLE_DOSSIER = {
  fileCode: 'H49.64.33.2001.160',
  title: 'Hồ sơ về việc thành lập Trường Trung học phổ thông Bãi Cháy',
  maintenance: '01',
  mode: '01',
  language: ['01'],
  startDate: '05/01/2001',
  endDate: '28/12/2001',
  totalDoc: 3,
  numberOfPaper: 10,
  numberOfPage: 12,
  format: '02',
  confidenceLevel: '02',
  paperFileCode: 'TTLT1.K1-G2-H15.160',
  riskRecovery: 0,
};
