/**
 * Text folded for matching free-text values and column headings: NFC, tone and shape marks
 * removed (đ → d), lowercase, punctuation turned into spaces, spaces collapsed. `Thời hạn bảo
 * quản`, `THỜI HẠN  BẢO QUẢN` and `Thoi han bao quan` all fold to `thoi han bao quan`.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
