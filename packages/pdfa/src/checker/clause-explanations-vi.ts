/**
 * A one-line Vietnamese explanation of what each ISO 19005-2 clause requires, given with a failure
 * whose rule has no more precise Vietnamese message of its own.
 */
const CLAUSES_VI: Record<string, string> = {
  '6.1.2': 'Phần đầu tệp phải là "%PDF-1.n" ở byte 0, kèm dòng chú thích nhị phân.',
  '6.1.3': 'Phần trailer phải có ID, không có Encrypt, và đúng cấu trúc.',
  '6.1.4': 'Bảng tham chiếu chéo (xref) phải đúng định dạng.',
  '6.1.6': 'Chuỗi thập lục phân phải có số chữ số chẵn và chỉ chứa chữ số hex.',
  '6.1.7.1': 'Độ dài (Length) của luồng phải khớp dữ liệu; không dùng F, FFilter, FDecodeParms.',
  '6.1.7.2': 'Luồng chỉ dùng bộ lọc chuẩn, không LZW, Crypt chỉ với Identity.',
  '6.1.8': 'Tên (name) phải là UTF-8 hợp lệ.',
  '6.1.9': 'Tiêu đề đối tượng và endobj phải cách nhau đúng quy định.',
  '6.1.10': 'Ảnh nội tuyến chỉ dùng bộ lọc chuẩn, không LZW hay Crypt.',
  '6.1.12': 'Từ điển quyền (Perms) chỉ có UR3 và DocMDP.',
  '6.1.13':
    'Vượt giới hạn cài đặt của PDF (số, chuỗi, tên, độ sâu q/Q, số thành phần màu, CID, số đối tượng).',
  '6.2.2': 'Luồng nội dung chỉ dùng toán tử của ISO 32000-1.',
  '6.2.3': 'Output intent phải có hồ sơ ICC hợp lệ và thống nhất.',
  '6.2.4.2':
    'Không gian màu ICCBased phải nhúng hồ sơ ICC lớp prtr, mntr, scnr hoặc spac, không gian GRAY, RGB, CMYK hoặc Lab, phiên bản < 5.',
  '6.2.4.3':
    'Không gian màu thiết bị (DeviceRGB/CMYK/Gray) chỉ dùng khi có output intent hoặc không gian Default phù hợp.',
  '6.2.4.4': 'Không gian màu Separation/DeviceN phải nhất quán và đủ Colorants.',
  '6.2.4.5': 'Không gian màu Indexed/Pattern phải dùng không gian nền hợp lệ.',
  '6.2.5': 'Trạng thái đồ họa (ExtGState) không dùng TR, TR2 khác Default, HTP hay HTO.',
  '6.2.6': 'Ý định kết xuất (rendering intent) phải là một trong bốn giá trị chuẩn.',
  '6.2.8': 'Ảnh không có Alternates, OPI, Interpolate true và có BitsPerComponent hợp lệ.',
  '6.2.8.3': 'Dữ liệu JPEG 2000 phải có 1, 3 hoặc 4 kênh màu và thông tin màu hợp lệ.',
  '6.2.9': 'Form XObject không có OPI, PS hay Subtype2 /PS.',
  '6.2.10': 'Độ trong suốt: chế độ hòa trộn chuẩn, nhóm trong suốt có không gian màu phù hợp.',
  '6.2.11.2': 'Từ điển phông chữ phải đủ và đúng các khóa bắt buộc.',
  '6.2.11.3.1': 'Phông Type 0 phải có CIDSystemInfo tương thích với CMap.',
  '6.2.11.3.2': 'CIDFontType2 nhúng phải có CIDToGIDMap.',
  '6.2.11.3.3': 'CMap không chuẩn phải được nhúng và nhất quán.',
  '6.2.11.4.1': 'Chương trình phông của phông dùng để hiển thị phải được nhúng và chứa đủ glyph.',
  '6.2.11.4.2': 'CharSet/CIDSet của phông tập con phải liệt kê đúng các glyph có trong phông.',
  '6.2.11.5': 'Độ rộng glyph trong từ điển phông phải khớp chương trình phông.',
  '6.2.11.6': 'Bảng mã ký tự của phông TrueType phải đúng quy định.',
  '6.2.11.8': 'Không được hiển thị glyph .notdef.',
  '6.3.1': 'Loại chú thích (annotation) không được phép.',
  '6.3.2': 'Chú thích phải có cờ F đúng quy định (Print, không Hidden/Invisible/NoView).',
  '6.3.3': 'Chú thích phải có từ điển hiển thị (AP) đúng quy định.',
  '6.4.1': 'Trường biểu mẫu không được có hành động A hay AA.',
  '6.4.2': 'Biểu mẫu tương tác không được có XFA hay NeedsRendering.',
  '6.4.3': 'Chữ ký số phải phủ toàn bộ tệp và có đúng một người ký.',
  '6.5.1': 'Chỉ dùng các loại hành động được phép.',
  '6.5.2': 'Catalog và trang không được có AA.',
  '6.6.2.1': 'Luồng siêu dữ liệu XMP phải có, đúng định dạng gói XMP và mã hóa UTF-8.',
  '6.6.2.3.1': 'Thuộc tính XMP phải thuộc lược đồ định nghĩa sẵn hoặc lược đồ mở rộng, và đúng kiểu giá trị.',
  '6.6.2.3.2': 'Cấu trúc lược đồ mở rộng chỉ được chứa các trường mà ISO 19005-2 định nghĩa.',
  '6.6.2.3.3': 'Mô tả lược đồ mở rộng (pdfaExtension) phải đủ trường, đúng tiền tố và kiểu.',
  '6.6.4': 'Siêu dữ liệu phải khai báo đúng phần và mức phù hợp PDF/A (pdfaid).',
  '6.8': 'Tệp đính kèm phải đúng quy định của phần PDF/A.',
  '6.9': 'Nội dung tùy chọn (optional content) phải được cấu hình đúng.',
  '6.10': 'Không dùng trình diễn thay thế hay hiệu ứng chuyển trang không được phép.',
  '6.11': 'Catalog không được có Requirements.',
};

/**
 * The Vietnamese explanation of a clause (its nearest listed parent clause when not listed).
 *
 * @example
 * ```ts
 * clauseExplanationVi('6.6.2.3.1'); // 'Thuộc tính XMP phải thuộc lược đồ …'
 * ```
 */
export function clauseExplanationVi(clause: string): string {
  for (let key = clause; key.includes('.'); key = key.slice(0, key.lastIndexOf('.'))) {
    const text = CLAUSES_VI[key];
    if (text) return text;
  }
  return 'Vi phạm quy tắc PDF/A.';
}
