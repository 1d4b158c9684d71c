// Pure: refuse files that are not reports at all (a plan dropped on the import screen, a shopping
// list), while a real report whose unit is unknown still goes through, to the review queue.
import { AppError } from '../../../../shared/errors';
import type { ErrorCode } from '../../../../shared/errors';
import type { NormalizedReport } from '../normalized-report';

// Document types that are never a unit's report on a plan.
const NOT_REPORTS = new Set(['Kế hoạch', 'Quyết định', 'Nghị quyết', 'Chỉ thị', 'Hướng dẫn']);

export function assertIsReport(r: NormalizedReport, docType: string | null, fileName: string, code: ErrorCode = 'UNSUPPORTED_FORMAT'): NormalizedReport {
  if (docType !== null && NOT_REPORTS.has(docType)) {
    throw new AppError(code, `Tệp ${fileName} là văn bản loại "${docType}", không phải báo cáo; hãy nhập nó ở mục "Kế hoạch" nếu đó là kế hoạch mới.`);
  }
  const reportLike =
    docType === 'Báo cáo' ||
    /-BC\//u.test(r.reportNumber ?? '') ||
    r.unit.confidence > 0 ||
    r.entries.length > 0 ||
    r.figures.length > 0;
  if (!reportLike) {
    throw new AppError(
      code,
      `Tệp ${fileName} không giống một báo cáo: không có tiêu đề "BÁO CÁO", không nêu đơn vị, kế hoạch, nhiệm vụ hay số liệu nào đang theo dõi.`,
    );
  }
  return r;
}
