// Orchestrates the consolidated report: draft the body from the data, lay it out, render the PDF.
import type { DocumentSettings, Plan, Report, Round, StatusResult } from '../../../shared/domain';
import { todayIso } from '../../../shared/dates';
import { renderPdf } from './pdf-render';
import { buildReportDocument } from './report-document';
import type { UnitFigures } from './report-appendix';
import { draftReportBody } from './report-draft';
import type { ReportQuote } from './report-draft';

export type ExportInput = {
  plan: Plan;
  round: Round;
  status: StatusResult;
  reports: Report[];
  settings: DocumentSettings;
  issueDate: Date;
  resourcesDir: string;
};

/** Figures per reporting unit from its current report, for appendix 1. */
export function unitFiguresOf(status: StatusResult, reports: Report[]): UnitFigures[] {
  const current = new Map(reports.filter((r) => r.supersededBy === null).map((r) => [r.unit.code, r]));
  return status.reported.map((unit) => ({
    unit,
    values: Object.fromEntries((current.get(unit.code)?.figures ?? []).map((f) => [f.indicatorKey, f.value])),
  }));
}

/** The first result text each unit wrote for an item, as examples the body may quote. */
export function quotesOf(status: StatusResult, reports: Report[]): ReportQuote[] {
  const expected = new Set(status.expected.map((u) => u.code));
  const quotes: ReportQuote[] = [];
  for (const r of reports) {
    if (r.supersededBy !== null || !expected.has(r.unit.code)) continue;
    const e = r.entries.find((x) => x.resultText.trim() !== '');
    if (e) quotes.push({ unitName: r.unit.name, itemCode: e.itemCode, text: e.resultText });
  }
  return quotes;
}

export async function exportReportPdf(input: ExportInput): Promise<Uint8Array> {
  const { plan, round, status, reports, settings } = input;
  const body = draftReportBody({ plan, round, status, previousTotals: null, quotes: quotesOf(status, reports) });
  const def = buildReportDocument({
    settings,
    plan,
    round,
    status,
    body,
    number: '',
    issueDate: todayIso(input.issueDate),
    unitFigures: unitFiguresOf(status, reports),
  });
  // A fixed creation date makes the same data give the same bytes.
  return renderPdf(def, { resourcesDir: input.resourcesDir, creationDate: input.issueDate });
}
