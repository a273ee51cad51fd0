/**
 * Administrative texts in the wording and orthography of 1945–1990 (hyphenated compounds such as
 * `Việt-nam Dân-chủ Cộng-hòa`, `Cao-bằng`; tone marks of the time: `hoà`, `quí`; `Ty`, `Sở`,
 * `K.T.`, `T.M.`), written for sohoa's old-document test set in the style of the period's
 * letters, decisions and circulars. Persons, numbers and events are invented; Vietnamese
 * administrative texts are not protected by copyright (Law on Intellectual Property Art. 15).
 */

/** One typewritten document: the parts a typist laid out on the page. */
export interface PeriodText {
  name: string;
  /** The issuing body, typed at the top left (one entry a line). */
  issuer: string[];
  /** The national heading and motto, typed at the top right. */
  motto: string[];
  /** Number and symbol (left) and place and date (right), on one row under the heading. */
  numberLine: [string, string];
  /** The document's type and subject, centred. */
  title: string[];
  /** Paragraphs of the body, wrapped by the typist at the page width. */
  body: string[];
  /** Recipients (left) and the signer's block (right). */
  recipients: string[];
  signer: string[];
}

const DRVN = ['VIỆT-NAM DÂN-CHỦ CỘNG-HÒA', 'Độc-lập - Tự-do - Hạnh-phúc'];
const SRVN = ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

/** The set's texts, one a page. */
export const PERIOD_TEXTS: PeriodText[] = [
  {
    name: 'cv1972-caobang',
    issuer: ['ỦY-BAN HÀNH-CHÍNH', 'TỈNH CAO-BẰNG'],
    motto: DRVN,
    numberLine: ['Số: 215-UB/VP', 'Cao-bằng, ngày 14 tháng 3 năm 1972'],
    title: ['V/v chuẩn-bị vụ đông-xuân 1972-1973'],
    body: [
      'Kính gửi: Các Ủy-ban hành-chính huyện, thị-xã.',
      'Thi-hành chỉ-thị số 08-CT/TU của Tỉnh-ủy về việc đẩy mạnh sản-xuất nông-nghiệp, Ủy-ban hành-chính tỉnh yêu-cầu các huyện khẩn-trương chuẩn-bị giống, phân bón và nông-cụ cho vụ đông-xuân, bảo-đảm gieo cấy đúng thời-vụ.',
      'Các Ty Nông-nghiệp, Ty Thủy-lợi phối-hợp với các huyện kiểm-tra hệ-thống mương máng, tu-sửa đập, hồ chứa nước; nơi nào thiếu nước phải báo-cáo ngay về Ủy-ban tỉnh trước ngày 30 tháng 4 năm 1972.',
      'Các hợp-tác-xã cần quí trọng từng hạt giống, tổ-chức bảo-quản chu-đáo, chống mọt, chống ẩm; tuyệt-đối không để mất mùa vì thiếu giống.',
      'Nhận được công-văn này, các đồng-chí Chủ-tịch Ủy-ban hành-chính huyện, thị-xã có trách-nhiệm thi-hành và báo-cáo kết-quả đúng hạn.',
    ],
    recipients: ['Nơi nhận:', '- Như trên,', '- Tỉnh-ủy (để báo-cáo),', '- Lưu VP.'],
    signer: ['T.M. ỦY-BAN HÀNH-CHÍNH', 'TỈNH CAO-BẰNG', 'K.T. CHỦ-TỊCH', 'PHÓ CHỦ-TỊCH', '', 'Nông Văn Hoà'],
  },
  {
    name: 'qd1958-hanoi',
    issuer: ['BỘ GIÁO-DỤC', 'SỞ GIÁO-DỤC HÀ-NỘI'],
    motto: DRVN,
    numberLine: ['Số: 47-QĐ/GD', 'Hà-nội, ngày 2 tháng 9 năm 1958'],
    title: ['QUYẾT-ĐỊNH', 'về việc mở lớp bổ-túc văn-hóa'],
    body: [
      'GIÁM-ĐỐC SỞ GIÁO-DỤC HÀ-NỘI',
      'Căn-cứ sắc-lệnh số 146-SL ngày 10 tháng 8 năm 1950 của Chủ-tịch nước Việt-nam Dân-chủ Cộng-hòa về việc cải-cách giáo-dục;',
      'Xét nhu-cầu học tập của cán-bộ, công-nhân các xí-nghiệp trong thành-phố;',
      'QUYẾT-ĐỊNH:',
      'Điều 1. - Nay mở thêm mười hai lớp bổ-túc văn-hóa buổi tối tại các khu phố nội-thành, mỗi lớp không quá bốn mươi học-viên.',
      'Điều 2. - Học-viên được miễn học-phí; sách vở do Sở Giáo-dục cấp. Giáo-viên được hưởng phụ-cấp theo chế-độ hiện-hành.',
      'Điều 3. - Các ông Chánh văn-phòng, Trưởng phòng Bổ-túc văn-hóa và Hiệu-trưởng các trường có lớp chịu trách-nhiệm thi-hành quyết-định này.',
    ],
    recipients: ['Nơi nhận:', '- Bộ Giáo-dục,', '- Ủy-ban hành-chính', '  thành-phố,', '- Lưu.'],
    signer: ['GIÁM-ĐỐC', 'SỞ GIÁO-DỤC HÀ-NỘI', '', 'Trần Quí Khoa'],
  },
  {
    name: 'tt1965-thanhhoa',
    issuer: ['ỦY-BAN HÀNH-CHÍNH', 'TỈNH THANH-HÓA'],
    motto: DRVN,
    numberLine: ['Số: 09-TT/UB', 'Thanh-hóa, ngày 20 tháng 5 năm 1965'],
    title: ['THÔNG-TRI', 'về việc phòng không nhân-dân'],
    body: [
      'Trong tình-hình hiện nay, để bảo-vệ tính-mạng và tài-sản của nhân-dân, Ủy-ban hành-chính tỉnh thông-tri cho các cấp, các ngành một số việc cần làm ngay như sau:',
      '1. Mỗi gia-đình phải đào hầm trú ẩn chắc-chắn, có nắp che; các trường học, cơ-quan, xí-nghiệp đào hào giao-thông nối tới hầm.',
      '2. Các Ty Y-tế, Ty Giáo-dục tổ-chức sơ-tán bệnh-viện, trường học về nơi an-toàn, bảo-đảm việc học và việc chữa bệnh không bị gián-đoạn.',
      '3. Ủy-ban hành-chính các huyện kiểm-tra việc thực-hiện, báo-cáo về tỉnh mười ngày một lần.',
      'Nhận được thông-tri này, các cấp, các ngành phải phổ-biến rộng-rãi và thi-hành nghiêm-chỉnh.',
    ],
    recipients: ['Nơi nhận:', '- Các huyện, thị-xã,', '- Các Ty, ngành,', '- Lưu.'],
    signer: ['T.M. ỦY-BAN HÀNH-CHÍNH', 'TỈNH THANH-HÓA', 'CHỦ-TỊCH', '', 'Lê Văn Thuỷ'],
  },
  {
    name: 'bc1980-nghetinh',
    issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH NGHỆ TĨNH'],
    motto: SRVN,
    numberLine: ['Số: 132-BC/UB', 'Vinh, ngày 8 tháng 11 năm 1980'],
    title: ['BÁO CÁO', 'Tình hình khắc phục hậu quả bão số 7'],
    body: [
      'Cơn bão số 7 đổ bộ vào tỉnh ta đêm 24 rạng ngày 25 tháng 10 năm 1980, gió mạnh cấp 10, cấp 11, mưa to kéo dài làm ngập úng nhiều vùng trồng lúa.',
      'Theo số liệu các huyện gửi về, toàn tỉnh có 3.250 ngôi nhà bị đổ hoặc tốc mái, 18 trường học bị hư hỏng nặng, 6.400 héc-ta lúa mùa bị ngập.',
      'Ủy ban nhân dân tỉnh đã huy động lực lượng thanh niên, dân quân giúp đỡ các gia đình bị nạn dựng lại nhà cửa, khơi thông mương máng, tiêu úng cứu lúa.',
      'Đề nghị Hội đồng Chính phủ xét trợ cấp cho tỉnh 500 tấn lương thực và một số thuốc chữa bệnh để cứu đói và phòng dịch cho nhân dân vùng bị bão.',
    ],
    recipients: ['Nơi nhận:', '- Hội đồng Chính phủ,', '- Tỉnh ủy,', '- Lưu.'],
    signer: ['T.M. ỦY BAN NHÂN DÂN', 'TỈNH NGHỆ TĨNH', 'K.T. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Hồ Xuân Khoẻ'],
  },
  {
    name: 'cv1949-vietbac',
    issuer: ['ỦY-BAN KHÁNG-CHIẾN', 'HÀNH-CHÍNH LIÊN-KHU VIỆT-BẮC'],
    motto: DRVN,
    numberLine: ['Số: 61-VP', 'Ngày 15 tháng 7 năm 1949'],
    title: ['Về việc bình-dân học-vụ'],
    body: [
      'Kính gửi: Ủy-ban kháng-chiến hành-chính các tỉnh.',
      'Diệt giặc dốt cũng cần như diệt giặc đói, diệt giặc ngoại-xâm. Các tỉnh phải mở thêm lớp bình-dân học-vụ ở các làng, các bản, nhất là vùng cao và vùng mới giải-phóng.',
      'Mỗi người biết chữ dạy cho người chưa biết chữ; các cơ-quan giúp đỡ giấy, bút và đèn cho lớp học ban đêm.',
      'Các Ty Bình-dân học-vụ báo-cáo số người thoát nạn mù chữ về Liên-khu mỗi quí một lần.',
    ],
    recipients: ['Nơi nhận:', '- Các tỉnh,', '- Nha B.D.H.V.,', '- Lưu.'],
    signer: ['T.M. ỦY-BAN KHÁNG-CHIẾN', 'HÀNH-CHÍNH LIÊN-KHU', 'CHỦ-TỊCH', '', 'Hoàng Quốc Hoà'],
  },
  {
    name: 'qd1986-haiphong',
    issuer: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HẢI PHÒNG'],
    motto: SRVN,
    numberLine: ['Số: 1084/QĐ-UB', 'Hải Phòng, ngày 3 tháng 12 năm 1986'],
    title: ['QUYẾT ĐỊNH', 'Về việc thành lập Ban quản lý chợ Sắt'],
    body: [
      'ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG',
      'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 30 tháng 6 năm 1983;',
      'Xét đề nghị của Sở Thương nghiệp và Ban Tổ chức chính quyền thành phố,',
      'QUYẾT ĐỊNH:',
      'Điều 1. Thành lập Ban quản lý chợ Sắt trực thuộc Ủy ban nhân dân quận Hồng Bàng, có con dấu riêng và được mở tài khoản tại ngân hàng.',
      'Điều 2. Ban quản lý chợ có nhiệm vụ sắp xếp nơi buôn bán, thu lệ phí theo quy định, giữ gìn trật tự và vệ sinh trong chợ.',
      'Điều 3. Chánh Văn phòng Ủy ban nhân dân thành phố, Giám đốc Sở Thương nghiệp, Chủ tịch Ủy ban nhân dân quận Hồng Bàng chịu trách nhiệm thi hành Quyết định này.',
    ],
    recipients: ['Nơi nhận:', '- Như điều 3,', '- Lưu VP.'],
    signer: ['T.M. ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HẢI PHÒNG', 'CHỦ TỊCH', '', 'Đoàn Duy Thành'],
  },
];
