// Importing reports, correcting them, and the review queue.
import path from 'node:path';
import type { ApiHandlers } from '../../../shared/api';
import type { ImportProgress } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { ErrorCode } from '../../../shared/errors';
import { writeAudit } from '../db/audit';
import { listReportsForRound, setReceivedAt } from '../db/reports';
import { getReview, listOpenReviews, resolveReview } from '../db/reviews';
import { getScanImage } from '../db/scans';
import { acceptReview } from '../imports/accept-review';
import { importReport } from '../imports/import-report';
import type { ServiceContext } from './context';

type Methods = 'reports.import' | 'reports.progress' | 'reports.list' | 'reports.setReceivedAt' | 'reviews.list' | 'reviews.page' | 'reviews.accept' | 'reviews.discard';

/** The OCR model ships in the install's resources (resources/ocr/vie.traineddata). */
export const OCR_DIR = 'ocr';

export function reportHandlers(ctx: ServiceContext): Pick<ApiHandlers, Methods> {
  // Imports asked for together are read together and filed one after another, in the order asked.
  let filed: Promise<unknown> = Promise.resolve();
  // How far each running import has got, by the key its caller chose; gone when the import ends.
  const progress = new Map<string, ImportProgress>();
  return {
    'reports.import': async ({ file, planId, roundId, receivedAt, progressKey }) => {
      let bytes: Buffer;
      try {
        bytes = ctx.readInput(file);
      } catch (e) {
        const err = e as { code?: ErrorCode; message: string };
        return { file: file.name, outcome: 'rejected', unit: null, plan: null, round: null, reportId: null, error: { code: err.code ?? 'INTERNAL', message: err.message } };
      }
      const onProgress = progressKey === undefined ? undefined : (p: { page: number; pages: number }): void => void progress.set(progressKey, { stage: 'ocr', ...p });
      const turn = filed;
      const result = importReport(
        { db: ctx.db, store: ctx.store, now: ctx.now, parse: ctx.parse, catalog: ctx.catalog, read: { ocrModelDir: path.join(ctx.resourcesDir, OCR_DIR), onProgress } },
        { bytes, fileName: file.name, planId, roundId, receivedAt },
        turn,
      );
      filed = result.catch(() => undefined);
      try {
        return await result;
      } finally {
        if (progressKey !== undefined) progress.delete(progressKey);
      }
    },
    'reports.progress': ({ progressKey }) => progress.get(progressKey) ?? null,
    'reports.list': ({ planId, roundId }) => {
      ctx.round(planId, roundId);
      return listReportsForRound(ctx.db, roundId);
    },
    'reports.setReceivedAt': ({ planId, roundId, reportId, receivedAt }) => {
      ctx.round(planId, roundId);
      const db = ctx.db;
      if (!listReportsForRound(db, roundId).some((r) => r.id === reportId)) {
        throw new AppError('NOT_FOUND', `Không có báo cáo số ${reportId} trong kỳ này.`);
      }
      db.transaction(() => {
        const before = setReceivedAt(db, reportId, receivedAt);
        writeAudit(db, ctx.stamp(), 'update', 'report', reportId, `ngày nhận ${before ?? ''} → ${receivedAt}`);
      }).immediate();
      return listReportsForRound(db, roundId).find((r) => r.id === reportId)!;
    },
    'reviews.list': () => listOpenReviews(ctx.db),
    'reviews.page': ({ id, page }) => {
      const r = getReview(ctx.db, id);
      const img = r ? getScanImage(ctx.db, r.fileSha, page) : null;
      if (!img) throw new AppError('NOT_FOUND', `Mục cần xem lại số ${id} không có ảnh trang ${page}.`);
      return { page, mime: img.mime, dataBase64: img.image.toString('base64'), width: img.width, height: img.height };
    },
    'reviews.accept': (decision) => acceptReview(ctx.db, decision, ctx.stamp()),
    'reviews.discard': ({ id }) => {
      const db = ctx.db;
      const r = getReview(db, id);
      if (!r || r.resolved) throw new AppError('NOT_FOUND', `Không có mục cần xem lại số ${id}.`);
      db.transaction(() => {
        resolveReview(db, id, ctx.stamp(), 'discarded', null);
        writeAudit(db, ctx.stamp(), 'discard', 'review_item', id, r.fileName);
      }).immediate();
      return { id };
    },
  };
}
