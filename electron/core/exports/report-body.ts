// The drafted body of the consolidated report, from the data alone: light enough for the screen
// that edits it, which must not load the PDF, Word and Excel writers.
import type { Report, StatusResult } from '../../../shared/domain';
import type { ExportInput } from './export-report';
import { draftReportBody } from './report-draft';
import type { DraftSection, ReportQuote } from './report-draft';

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

/**
 * What every output lays out: the drafted body, the figures per unit, the date. One function, so
 * the PDF, the .docx and the .xlsx of one round say the same thing.
 */
export function draftOf(input: Pick<ExportInput, 'plan' | 'round' | 'status' | 'reports'>): DraftSection[] {
  const { plan, round, status, reports } = input;
  return draftReportBody({ plan, round, status, previousTotals: status.previousTotals, quotes: quotesOf(status, reports) });
}
