// What the appendices say, independent of the output format: the PDF, the Word document and the
// workbook all lay out these same tables, so their contents cannot drift apart.
import type { CellStatus, StatusResult, UnitRef } from '../../../shared/domain';
import { formatViDate } from '../../../shared/dates';
import { CELL_STATUS_LABELS } from '../../../shared/labels';
import { formatViNumber } from '../../../shared/text';
import { isNumbered, itemReference } from './item-reference';

/** Figures one unit reported in the round, by indicator key. */
export type UnitFigures = { unit: UnitRef; values: Record<string, number> };

export type AppendixInput = {
  status: StatusResult;
  /** "Số 125-BC/TU" as printed in the header. */
  numberLine: string;
  issueDate: string;
  unitFigures?: UnitFigures[] | null;
  /**
   * Keys of the figures the plan names. A figure of the status not among them is one units reported
   * on their own: its column is marked (*) and the legend says so. Null marks none.
   */
  planIndicatorKeys?: readonly string[] | null;
};

/** Short marks for the status matrix, explained in the legend under it. */
export const STATUS_MARKS: Record<CellStatus, string> = {
  done: 'x',
  in_progress: 'ĐTH',
  not_done: 'CTH',
  not_reported: 'CBC',
  not_assigned: '—',
};

/** Marks of the figures table, and what the legend says of each. */
export const FIGURE_MARKS = {
  notReported: { mark: STATUS_MARKS.not_reported, meaning: 'đơn vị chưa báo cáo' },
  blank: { mark: 'Ô để trống', meaning: 'đơn vị có báo cáo nhưng không nêu số liệu của chỉ tiêu này' },
  notInPlan: { mark: '(*)', meaning: 'chỉ tiêu đơn vị báo cáo thêm, không có trong kế hoạch' },
} as const;

export const STATUS_ORDER: readonly CellStatus[] = ['done', 'in_progress', 'not_done', 'not_reported', 'not_assigned'];

export type CellAlign = 'left' | 'center' | 'right';

/** One table cell: the printed text plus what a spreadsheet needs (the number, the status). */
export type ModelCell = {
  text: string;
  align: CellAlign;
  bold?: boolean;
  italics?: boolean;
  /** Columns this cell spans (the cells it covers follow as empty placeholders). */
  colSpan?: number;
  value?: number;
  status?: CellStatus;
};

export type AppendixKind = 'figures' | 'matrix' | 'lateMissing';

export type LegendMark = { mark: string; meaning: string };

/** Under a table: what each mark it uses means and, for the matrix, the text of each item. */
export type AppendixLegend = {
  marks: LegendMark[];
  /** `reference` names an item the plan did not number ("gạch đầu dòng thứ nhất của mục III.2.2"). */
  items: Array<{ code: string; text: string; reference?: string }>;
};

export type AppendixModel = {
  kind: AppendixKind;
  /** 1-based number in the order printed: an appendix with nothing to show is left out. */
  index: number;
  title: string;
  /** "(Kèm theo Báo cáo số 125-BC/TU, ngày 08/02/2026)". */
  attachedLine: string;
  /** The first two columns are TT and Đơn vị; the rest hold data (figures, items, states). */
  header: string[];
  rows: ModelCell[][];
  /** Totals (figures) or done/assigned counts (matrix), printed bold after the rows. */
  summaryRow: ModelCell[] | null;
  legend: AppendixLegend | null;
  /** What one data column is, for the caption of a table split into parts ("chỉ tiêu 1–8"). */
  columnNoun: string;
};

function cell(text: string, align: CellAlign = 'left', extra: Partial<ModelCell> = {}): ModelCell {
  return { text, align, ...extra };
}

function attachedLine(input: AppendixInput): string {
  return `(Kèm theo Báo cáo ${input.numberLine.replace(/^Số/, 'số')}, ngày ${formatViDate(input.issueDate)})`;
}

function figures(input: AppendixInput): Pick<AppendixModel, 'header' | 'rows' | 'summaryRow' | 'legend'> {
  const { status } = input;
  const inds = status.indicators;
  const byUnit = new Map((input.unitFigures ?? []).map((f) => [f.unit.code, f.values]));
  const missing = new Set(status.missing.map((u) => u.code));
  const inPlan = input.planIndicatorKeys ? new Set(input.planIndicatorKeys) : null;
  const notInPlan = (key: string) => inPlan !== null && !inPlan.has(key);
  const used = { notReported: false, blank: false };
  const rows = input.unitFigures
    ? status.expected.map((u, n) => {
        const values = byUnit.get(u.code);
        return [
          cell(String(n + 1), 'center'),
          cell(u.name),
          ...inds.map((i) => {
            const v = values?.[i.key];
            if (v !== undefined) return cell(formatViNumber(v), 'right', { value: v });
            const notReported = missing.has(u.code);
            used.notReported ||= notReported;
            used.blank ||= !notReported;
            return cell(notReported ? FIGURE_MARKS.notReported.mark : '', 'right');
          }),
        ];
      })
    : [];
  const summaryRow = [
    cell(''),
    cell('Tổng cộng', 'left', { bold: true }),
    ...inds.map((i) => {
      const total = status.totals[i.key] ?? 0;
      return cell(formatViNumber(total), 'right', { bold: true, value: total });
    }),
  ];
  const marks: LegendMark[] = [];
  if (used.notReported) marks.push({ ...FIGURE_MARKS.notReported });
  if (used.blank) marks.push({ ...FIGURE_MARKS.blank });
  if (inds.some((i) => notInPlan(i.key))) marks.push({ ...FIGURE_MARKS.notInPlan });
  return {
    header: ['TT', 'Đơn vị', ...inds.map((i) => `${i.measure ? `${i.name} (${i.measure})` : i.name}${notInPlan(i.key) ? ` ${FIGURE_MARKS.notInPlan.mark}` : ''}`)],
    rows,
    summaryRow,
    legend: marks.length ? { marks, items: [] } : null,
  };
}

function matrix(status: StatusResult): Pick<AppendixModel, 'header' | 'rows' | 'summaryRow' | 'legend'> {
  const rows = status.matrix.map((row, n) => [
    cell(String(n + 1), 'center'),
    cell(row.unit.name),
    ...status.items.map((i) => {
      const s = row.items[i.code] ?? 'not_assigned';
      return cell(STATUS_MARKS[s], 'center', { status: s });
    }),
  ]);
  const summaryRow = [
    cell(''),
    cell('Số đơn vị đã thực hiện / được giao', 'left', { bold: true }),
    ...status.items.map((i) => {
      const cells = status.matrix.map((r) => r.items[i.code] ?? 'not_assigned').filter((c) => c !== 'not_assigned');
      return cell(`${cells.filter((c) => c === 'done').length}/${cells.length}`, 'center', { bold: true });
    }),
  ];
  // Only the marks the table shows: a legend line for a mark nobody finds only puzzles the reader.
  const shown = new Set(rows.flatMap((r) => r.map((c) => c.status)));
  const marks = STATUS_ORDER.filter((s) => shown.has(s)).map((s) => ({ mark: STATUS_MARKS[s], meaning: CELL_STATUS_LABELS[s].toLocaleLowerCase('vi') }));
  const items = status.items.map((i) => (isNumbered(i.code) ? { code: i.code, text: i.text } : { code: i.code, text: i.text, reference: itemReference(i.code) }));
  return {
    header: ['TT', 'Đơn vị', ...status.items.map((i) => i.code)],
    rows,
    summaryRow,
    legend: { marks, items },
  };
}

function lateMissing(status: StatusResult): Pick<AppendixModel, 'header' | 'rows'> {
  const due = `Hạn ${formatViDate(status.round.dueDate)}`;
  const entries: Array<[UnitRef, string]> = [
    ...status.missing.map((u): [UnitRef, string] => [u, 'Chưa gửi báo cáo']),
    ...status.late.map((u): [UnitRef, string] => [u, 'Gửi báo cáo chậm']),
  ];
  const rows = entries.length
    ? entries.map(([u, state], n) => [cell(String(n + 1), 'center'), cell(u.name), cell(state), cell(due)])
    : [[cell(''), cell('Không có đơn vị chưa báo cáo hoặc báo cáo chậm.', 'left', { italics: true, colSpan: 3 }), cell(''), cell('')]];
  return { header: ['TT', 'Đơn vị', 'Tình trạng', 'Ghi chú'], rows };
}

/** The appendices in print order; how each fits the page is table-layout.ts's job. */
export function appendixModels(input: AppendixInput): AppendixModel[] {
  const { status } = input;
  const base = { attachedLine: attachedLine(input), summaryRow: null, legend: null };
  const out: AppendixModel[] = [];
  if (status.indicators.length) {
    out.push({ ...base, kind: 'figures', index: out.length + 1, title: 'Tổng hợp số liệu các chỉ tiêu theo đơn vị', columnNoun: 'chỉ tiêu', ...figures(input) });
  }
  if (status.items.length) {
    out.push({ ...base, kind: 'matrix', index: out.length + 1, title: 'Tình hình thực hiện nhiệm vụ của các đơn vị', columnNoun: 'nhiệm vụ', ...matrix(status) });
  }
  out.push({ ...base, kind: 'lateMissing', index: out.length + 1, title: 'Danh sách đơn vị chưa báo cáo, báo cáo chậm', columnNoun: 'cột', ...lateMissing(status) });
  return out;
}
