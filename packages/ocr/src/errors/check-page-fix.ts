import type { Bilingual } from '@sohoa/base';

/** The fix of an engine failure on one page: look at the page, report it if it is an ordinary one. */
export const CHECK_PAGE: Bilingual = {
  vi: 'Kiểm tra ảnh của trang; nếu lỗi lặp lại trên các trang bình thường, hãy báo lỗi kèm ảnh.',
  en: 'Check the page image; if the failure repeats on good pages, report it with the image.',
};
