// Orchestrates the consolidated report: draft the body from the data once, then lay the same
// report out as PDF, as an editable Word document, or its appendices as a workbook.
import type { DocumentSettings, Plan, Report, Round, StatusResult } from '../../../shared/domain';
import { todayIso } from '../../../shared/dates';
import { buildReportDocx } from './docx/report-docx';
import { renderPdf } from './pdf-render';
import { buildReportDocument, type ReportDocumentInput } from './report-document';
import { tailKey, type UnitFigures } from './report-appendix';
import type { DraftSection } from './report-draft';
import { draftOf } from './report-body';
import { tinosMeasure } from './text-measure';
import { buildAppendixXlsx } from './xlsx/appendix-xlsx';

export { draftOf, quotesOf } from './report-body';

export type ExportInput = {
  plan: Plan;
  round: Round;
  status: StatusResult;
  reports: Report[];
  settings: DocumentSettings;
  issueDate: Date;
  resourcesDir: string;
  /** The body as the specialist edited it. */
  body?: DraftSection[] | null;
  /** "125-BC/TU" once the document is registered; empty leaves the gap. */
  number?: string | null;
};

/** Figures per reporting unit from its current report, for appendix 1. */
export function unitFiguresOf(status: StatusResult, reports: Report[]): UnitFigures[] {
  const current = new Map(reports.filter((r) => r.supersededBy === null).map((r) => [r.unit.code, r]));
  return status.reported.map((unit) => ({
    unit,
    values: Object.fromEntries((current.get(unit.code)?.figures ?? []).map((f) => [f.indicatorKey, f.value])),
  }));
}

export function reportInputOf(input: ExportInput): ReportDocumentInput {
  const { plan, round, status, reports, settings } = input;
  return {
    settings,
    plan,
    round,
    status,
    // The specialist's edited text when given, else the draft from the data.
    body: input.body ?? draftOf({ plan, round, status, reports }),
    number: input.number ?? '',
    issueDate: todayIso(input.issueDate),
    unitFigures: unitFiguresOf(status, reports),
  };
}

/**
 * The report as PDF. pdfmake cannot keep a table's last rows with what follows them, so the first
 * layout reports where each table ends (report-appendix.ts): when a totals row or a legend starts a
 * page away from the rows above it, the report is laid out again with those rows moved along. The
 * second rendering happens only then.
 */
export async function exportReportPdf(input: ExportInput): Promise<Uint8Array> {
  const report = reportInputOf(input);
  const measure = tinosMeasure(input.resourcesDir);
  const ends = new Map<string, Set<number>>();
  // A fixed creation date makes the same data give the same bytes.
  const opts = { resourcesDir: input.resourcesDir, creationDate: input.issueDate };
  const first = await renderPdf(buildReportDocument(report, measure), {
    ...opts,
    onPlaced: (id, place) => {
      const key = tailKey(id);
      if (key !== null) ends.set(key, (ends.get(key) ?? new Set()).add(place.page));
    },
  });
  const parted = new Set([...ends].filter(([, pages]) => pages.size > 1).map(([key]) => key));
  if (parted.size === 0) return first;
  return renderPdf(buildReportDocument(report, measure, { keepTails: parted }), opts);
}

/** The same report as an editable Word document. */
export async function exportReportDocx(input: ExportInput): Promise<Uint8Array> {
  // Tinos has Times New Roman's metrics, so the columns measured with it fit Word's text as well.
  return new Uint8Array(await buildReportDocx(reportInputOf(input), tinosMeasure(input.resourcesDir)));
}

/** The report's appendices as a formatted workbook. */
export async function exportReportXlsx(input: ExportInput): Promise<Uint8Array> {
  return new Uint8Array(await buildAppendixXlsx(reportInputOf(input)));
}
