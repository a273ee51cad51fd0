import { SohoaError } from '@sohoa/base';
import type { PdfaErrorCode } from '../errors/pdfa-error-codes.js';

/**
 * How much content-stream work one {@link checkPdfA} call may do, all pages, forms, patterns and
 * appearances together: a page's content is analysed once per page that draws it, so a file of a
 * few pages all drawing one 64 MiB stream would otherwise cost minutes of CPU.
 */
export interface ContentBudget {
  /** Operators analysed. */
  maxOperations: number;
  /** Decoded content bytes tokenized. */
  maxBytes: number;
}

/**
 * The default {@link ContentBudget}: 50 million operators, 1 GiB of decoded content, far beyond
 * real archive files (the scanner PDFs of the test data, text layer included, hold about 1,900
 * operators and 33 KB of content a page: 50 million is some 25,000 such pages). On a 2-core
 * machine the checker analyses about 3.6 million operators a second, so the budget bounds a
 * check's content work to some 15 s, where 8 pages drawing one 60 MiB stream had taken 26 s.
 */
export const DEFAULT_CONTENT_BUDGET: ContentBudget = {
  maxOperations: 50_000_000,
  maxBytes: 1024 * 1024 * 1024,
};

/** Counts content work against a {@link ContentBudget}, throwing `PDF_LIMIT_EXCEEDED` past it. */
export class ContentWork {
  #operations = 0;
  #bytes = 0;

  constructor(private readonly budget: ContentBudget) {}

  /** Counts a content stream about to be tokenized. */
  stream(bytes: number): void {
    this.#bytes += bytes;
    if (this.#bytes > this.budget.maxBytes) throw budgetError('bytes', this.budget.maxBytes);
  }

  /** Counts one operator analysed. */
  operation(): void {
    this.#operations++;
    if (this.#operations > this.budget.maxOperations)
      throw budgetError('operations', this.budget.maxOperations);
  }
}

function budgetError(what: 'operations' | 'bytes', limit: number): SohoaError<PdfaErrorCode> {
  const amount =
    what === 'operations'
      ? { vi: `hơn ${limit} toán tử`, en: `more than ${limit} operators` }
      : {
          vi: `hơn ${Math.round(limit / 1024 / 1024)} MiB dữ liệu đã giải nén`,
          en: `more than ${Math.round(limit / 1024 / 1024)} MiB of decoded content`,
        };
  const option = what === 'operations' ? 'maxContentOperations' : 'maxContentBytes';
  return new SohoaError<PdfaErrorCode>({
    code: 'PDF_LIMIT_EXCEEDED',
    message: {
      vi: `[@sohoa/pdfa] checkPdfA: các luồng nội dung của tệp (mỗi trang tính riêng) chứa ${amount.vi}, vượt giới hạn cho một lần kiểm tra: có thể là tệp được dựng để làm treo trình kiểm tra; tệp chưa được kiểm tra xong.`,
      en: `[@sohoa/pdfa] checkPdfA: the file's content streams (each page counted on its own) hold ${amount.en}, the limit for one check: possibly a file built to stall the checker; the check was not finished.`,
    },
    fix: {
      vi: `Nếu tệp đáng tin cậy và thật sự lớn như vậy, hãy tăng giới hạn: checkPdfA(file, { ${option} }).`,
      en: `If the file is trusted and really this large, raise the limit: checkPdfA(file, { ${option} }).`,
    },
    details: { [option]: limit },
  });
}
