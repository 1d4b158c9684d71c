// The last step of filing, shared by a file and by each row of a table of several units: once the
// targets are resolved, the report is queued for a person when anything is uncertain, else written.
import type { Db } from '../db/open';
import { olderThanCurrent, reviewReason } from './filing-rules';
import type { NormalizedReport } from './normalized-report';
import type { Targets } from './resolve-targets';
import type { StoredOriginal } from './write-report';
import { writeReport, writeReview } from './write-report';

export type Filed = { outcome: 'review'; reviewId: number; reason: string } | { outcome: 'imported' | 'superseded'; reportId: number };

/**
 * `unitId`: the resolved unit's row id (null when it has none); `where`: what the review reason
 * starts with ("Dòng 7 (…): " for a table row); `sourceRow`: the table row the report comes from.
 */
export function fileResolved(
  db: Db,
  original: StoredOriginal,
  report: NormalizedReport,
  t: Targets,
  opts: { unitId: number | null; receivedAt: string; at: string; where?: string; sourceRow?: string },
): Filed {
  const { unitId, receivedAt, at, sourceRow } = opts;
  const dated = { reader: report.reader, reportNumber: report.reportNumber, reportDate: report.reportDate, receivedAt, figures: t.figures, notes: t.notes };
  if (t.reasons.length > 0 || !t.unit || !t.plan || !t.round) {
    const reason = `${opts.where ?? ''}${reviewReason(t)}`;
    const reviewId = writeReview(
      db,
      original,
      {
        ...dated,
        reason,
        unitCode: t.unit?.code ?? null,
        unitEvidence: report.unit.evidence,
        planId: t.plan?.id ?? null,
        roundId: t.round?.id ?? null,
        createdAt: at,
        entries: t.entries.map((e) => ({ ...e })),
        ...(sourceRow !== undefined ? { sourceRow } : {}),
      },
      at,
      report.scan,
    );
    return { outcome: 'review', reviewId, reason };
  }
  const { id, superseded } = writeReport(
    db,
    {
      ...dated,
      original,
      unit: t.unit,
      plan: t.plan,
      round: t.round,
      entries: t.entries,
      olderThan: unitId !== null ? olderThanCurrent(db, unitId, t.round.id, report) : null,
      ...(sourceRow !== undefined ? { sourceRow } : {}),
    },
    at,
  );
  return { outcome: superseded ? 'superseded' : 'imported', reportId: id };
}
