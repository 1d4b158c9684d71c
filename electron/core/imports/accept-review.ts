// A person confirmed a review item: record it as a report with what they decided.
import type { ImportResult, ReviewDecision } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { getStoredFile } from '../db/files';
import type { Db } from '../db/open';
import { getPlan } from '../db/plans';
import { getReview, resolveReview } from '../db/reviews';
import { listUnits } from '../db/units';
import { writeReport } from './write-report';

export function acceptReview(db: Db, d: ReviewDecision, at: string): ImportResult {
  const review = getReview(db, d.id);
  if (!review || review.resolved) throw new AppError('NOT_FOUND', `Không có mục cần xem lại số ${d.id}.`);
  const plan = getPlan(db, d.planId);
  const round = plan?.rounds.find((r) => r.id === d.roundId);
  if (!plan || !round) throw new AppError('NOT_FOUND', 'Kế hoạch hoặc kỳ báo cáo đã chọn không tồn tại.');
  const unit = listUnits(db).find((u) => u.code === d.unitCode);
  if (!unit) throw new AppError('UNKNOWN_UNIT', `Không có đơn vị mã ${d.unitCode} trong danh mục.`);
  const file = getStoredFile(db, review.fileSha);
  if (!file) throw new AppError('INTERNAL', 'Không tìm thấy tệp gốc của mục cần xem lại.');
  const { id, superseded } = writeReport(
    db,
    {
      original: { sha: file.sha256, fileName: file.originalName, size: file.size, format: file.format },
      reader: review.reader,
      unit,
      plan,
      round,
      reportNumber: d.reportNumber !== undefined ? d.reportNumber || null : review.reportNumber,
      reportDate: d.reportDate,
      receivedAt: d.receivedAt,
      entries: d.entries,
      figures: d.figures,
      notes: review.notes,
      sourceRow: review.sourceRow ?? null,
    },
    at,
    (reportId) => resolveReview(db, d.id, at, 'accepted', reportId),
  );
  return {
    file: file.originalName,
    outcome: superseded ? 'superseded' : 'imported',
    unit: { code: unit.code, name: unit.name },
    plan: { id: plan.id, number: plan.number },
    round: { id: round.id, label: round.label },
    error: null,
    reportId: id,
  };
}
