// Pure: refuse files that are not a report on a plan being followed — a plan dropped on the import
// screen, a cover letter with no results, a report on another directive or period, a sender the
// directory does not hold — while a real report whose unit is only uncertain goes to review.
import { AppError } from '../../../../shared/errors';
import type { ErrorCode } from '../../../../shared/errors';
import type { NormalizedReport } from '../normalized-report';
import type { Refusal } from './detect-report';

// Document types that are never a unit's report on a plan.
const NOT_REPORTS = new Set(['Kế hoạch', 'Quyết định', 'Nghị quyết', 'Chỉ thị', 'Hướng dẫn', 'Chương trình']);
// Letters that may carry results (some units report by công văn) but usually only send a report along.
const LETTERS = new Set(['Công văn', 'Tờ trình', 'Thông báo']);

export type ReportCheck = { docType: string | null; title: string; refusal: Refusal | null };

export function assertIsReport(r: NormalizedReport, check: ReportCheck, fileName: string, code: ErrorCode = 'UNSUPPORTED_FORMAT'): NormalizedReport {
  const { docType, refusal } = check;
  if (docType !== null && NOT_REPORTS.has(docType)) {
    throw new AppError('NOT_A_REPORT', `Tệp ${fileName} là văn bản loại "${docType}", không phải báo cáo; hãy nhập nó ở mục "Kế hoạch" nếu đó là kế hoạch mới.`);
  }
  const hasResults = r.entries.length > 0 || r.figures.length > 0 || (r.unitRows?.length ?? 0) > 0;
  if (docType !== null && LETTERS.has(docType) && !hasResults) {
    const subject = check.title ? ` (V/v ${check.title})` : '';
    throw new AppError(
      'NOT_A_REPORT',
      `Tệp ${fileName} là ${docType.toLowerCase()}${subject}, không chứa kết quả thực hiện; hãy nhập chính bản báo cáo gửi kèm.`,
    );
  }
  if (refusal) {
    switch (refusal.code) {
      case 'WRONG_PLAN':
        throw new AppError('WRONG_PLAN', `Tệp ${fileName}: ${refusal.why}.`);
      case 'OUT_OF_PERIOD':
        throw new AppError('OUT_OF_PERIOD', `Tệp ${fileName}: ${refusal.why}; không tính vào kỳ báo cáo.`);
      case 'UNKNOWN_UNIT':
        throw new AppError('UNKNOWN_UNIT', `Tệp ${fileName}: ${refusal.why}. Nếu đây là đơn vị phải báo cáo, hãy thêm vào danh mục đơn vị rồi nhập lại.`);
      default: {
        const never: never = refusal.code;
        throw new AppError('INTERNAL', `Lý do từ chối lạ: ${String(never)}`);
      }
    }
  }
  const reportLike =
    docType === 'Báo cáo' ||
    /-BC\//u.test(r.reportNumber ?? '') ||
    r.unit.confidence > 0 ||
    hasResults;
  if (!reportLike) {
    throw new AppError(
      code,
      `Tệp ${fileName} không giống một báo cáo: không có tiêu đề "BÁO CÁO", không nêu đơn vị, kế hoạch, nhiệm vụ hay số liệu nào đang theo dõi.`,
    );
  }
  return r;
}
