// What the appendices say, independent of the output format: the PDF, the Word document and the
// workbook all lay out these same tables, so their contents cannot drift apart.
import type { CellStatus, StatusResult, UnitRef } from '../../../shared/domain';
import { formatViDate } from '../../../shared/dates';
import { CELL_STATUS_LABELS } from '../../../shared/labels';
import { formatViNumber } from '../../../shared/text';
import { LAYOUT } from './layout-settings';

/** Figures one unit reported in the round, by indicator key. */
export type UnitFigures = { unit: UnitRef; values: Record<string, number> };

export type AppendixInput = {
  status: StatusResult;
  /** "Số 125-BC/TU" as printed in the header. */
  numberLine: string;
  issueDate: string;
  unitFigures?: UnitFigures[] | null;
};

/** Short marks for the status matrix, explained in the legend under it. */
export const STATUS_MARKS: Record<CellStatus, string> = {
  done: 'x',
  in_progress: 'ĐTH',
  not_done: 'CTH',
  not_reported: 'CBC',
  not_assigned: '–',
};

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

export type AppendixModel = {
  kind: AppendixKind;
  /** 1-based number in the order printed: an appendix with nothing to show is left out. */
  index: number;
  title: string;
  /** "(Kèm theo Báo cáo số 125-BC/TU, ngày 08/02/2026)". */
  attachedLine: string;
  landscape: boolean;
  smallFont: boolean;
  header: string[];
  rows: ModelCell[][];
  /** Totals (figures) or done/assigned counts (matrix), printed bold after the rows. */
  summaryRow: ModelCell[] | null;
  /** Under the matrix: what the marks mean and the text of each item. */
  legend: { marks: string; items: Array<{ code: string; text: string }> } | null;
};

const A = LAYOUT.appendix;

function cell(text: string, align: CellAlign = 'left', extra: Partial<ModelCell> = {}): ModelCell {
  return { text, align, ...extra };
}

function attachedLine(input: AppendixInput): string {
  return `(Kèm theo Báo cáo ${input.numberLine.replace(/^Số/, 'số')}, ngày ${formatViDate(input.issueDate)})`;
}

function figures(input: AppendixInput): Pick<AppendixModel, 'header' | 'rows' | 'summaryRow'> {
  const { status } = input;
  const inds = status.indicators;
  const byUnit = new Map((input.unitFigures ?? []).map((f) => [f.unit.code, f.values]));
  const missing = new Set(status.missing.map((u) => u.code));
  const rows = input.unitFigures
    ? status.expected.map((u, n) => {
        const values = byUnit.get(u.code);
        return [
          cell(String(n + 1), 'center'),
          cell(u.name),
          ...inds.map((i) => {
            const v = values?.[i.key];
            if (v === undefined) return cell(missing.has(u.code) ? STATUS_MARKS.not_reported : '', 'right');
            return cell(formatViNumber(v), 'right', { value: v });
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
  return {
    header: ['TT', 'Đơn vị', ...inds.map((i) => (i.measure ? `${i.name} (${i.measure})` : i.name))],
    rows,
    summaryRow,
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
  const marks = STATUS_ORDER.map((s) => `${STATUS_MARKS[s]}: ${CELL_STATUS_LABELS[s]}`).join('; ');
  return {
    header: ['TT', 'Đơn vị', ...status.items.map((i) => i.code)],
    rows,
    summaryRow,
    legend: { marks: `${marks}.`, items: status.items.map((i) => ({ code: i.code, text: i.text })) },
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

/** The appendices in print order; the status matrix turns landscape when it has many item columns. */
export function appendixModels(input: AppendixInput): AppendixModel[] {
  const { status } = input;
  const cols = status.items.length;
  const base = { attachedLine: attachedLine(input), landscape: false, smallFont: false, summaryRow: null, legend: null };
  const out: AppendixModel[] = [];
  if (status.indicators.length) {
    out.push({ ...base, kind: 'figures', index: out.length + 1, title: 'Tổng hợp số liệu các chỉ tiêu theo đơn vị', ...figures(input) });
  }
  if (cols) {
    out.push({
      ...base,
      kind: 'matrix',
      index: out.length + 1,
      title: 'Tình hình thực hiện nhiệm vụ của các đơn vị',
      landscape: cols > A.landscapeAfterColumns,
      smallFont: cols > A.smallFontAfterColumns,
      ...matrix(status),
    });
  }
  out.push({ ...base, kind: 'lateMissing', index: out.length + 1, title: 'Danh sách đơn vị chưa báo cáo, báo cáo chậm', ...lateMissing(status) });
  return out;
}

/** Table font size of an appendix, in points. */
export function appendixFontSize(model: AppendixModel): number {
  return model.smallFont ? A.smallTableFontSize : A.tableFontSize;
}

/** Column widths in points; '*' (the unit name) takes what is left of the line. */
export function appendixColumnWidths(model: AppendixModel): Array<number | '*'> {
  const c = A.columns;
  const extra = model.header.length - 2;
  if (model.kind === 'figures') {
    const w = Math.min(c.figure.max, Math.max(c.figure.min, c.figure.share / Math.max(extra, 1)));
    return [c.number, '*', ...Array.from({ length: extra }, () => w)];
  }
  if (model.kind === 'matrix') {
    const w = Math.max(c.itemCode.min, Math.min(c.itemCode.max, appendixFontSize(model) * c.itemCode.perFontSize));
    return [c.number, '*', ...Array.from({ length: extra }, () => w)];
  }
  return [c.number, '*', c.lateMissing.state, c.lateMissing.note];
}
