// Appendix tables of the consolidated report: figures per unit, item statuses per unit, and the
// units that reported late or not at all. Each appendix starts on its own page.
import type { Content, TableCell } from 'pdfmake/interfaces';
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

/** Registered by the renderer (pdf-render.ts): thin rules and roomier cells than pdfmake's default. */
export const TABLE_LAYOUT_NAME = 'partyTable';

/** Short marks for the status matrix, explained in the legend under it. */
export const STATUS_MARKS: Record<CellStatus, string> = {
  done: 'x',
  in_progress: 'ĐTH',
  not_done: 'CTH',
  not_reported: 'CBC',
  not_assigned: '–',
};

const A = LAYOUT.appendix;

function headerCell(text: string, fontSize: number): TableCell {
  return { text, bold: true, alignment: 'center', fontSize, fillColor: A.headerFill };
}

function cell(text: string, fontSize: number, alignment: 'left' | 'center' | 'right' = 'left', bold = false): TableCell {
  return { text, fontSize, alignment, bold };
}

function appendixHeading(index: number, title: string, input: AppendixInput): Content[] {
  const attached = `(Kèm theo Báo cáo ${input.numberLine.replace(/^Số\s*/, 'số ')}, ngày ${formatViDate(input.issueDate)})`;
  return [
    { text: `PHỤ LỤC ${index}`, fontSize: A.heading.fontSize, bold: true, alignment: 'center' },
    { text: title.toLocaleUpperCase('vi'), fontSize: A.title.fontSize, bold: true, alignment: 'center' },
    { text: attached, fontSize: A.attachedTo.fontSize, italics: true, alignment: 'center' },
    { text: LAYOUT.title.rule.text, alignment: 'center', margin: [0, 0, 0, 8] },
  ];
}

function figuresTable(input: AppendixInput): Content {
  const { status } = input;
  const fs = A.tableFontSize;
  const inds = status.indicators;
  const byUnit = new Map((input.unitFigures ?? []).map((f) => [f.unit.code, f.values]));
  const missing = new Set(status.missing.map((u) => u.code));
  const header: TableCell[] = [
    headerCell('TT', fs),
    headerCell('Đơn vị', fs),
    ...inds.map((i) => headerCell(i.measure ? `${i.name} (${i.measure})` : i.name, fs)),
  ];
  const rows: TableCell[][] = [];
  if (input.unitFigures) {
    status.expected.forEach((u, n) => {
      const values = byUnit.get(u.code);
      rows.push([
        cell(String(n + 1), fs, 'center'),
        cell(u.name, fs),
        ...inds.map((i) => {
          const v = values?.[i.key];
          return cell(v === undefined ? (missing.has(u.code) ? 'CBC' : '') : formatViNumber(v), fs, 'right');
        }),
      ]);
    });
  }
  rows.push([
    cell('', fs),
    cell('Tổng cộng', fs, 'left', true),
    ...inds.map((i) => cell(formatViNumber(status.totals[i.key] ?? 0), fs, 'right', true)),
  ]);
  const widths = [24, '*', ...inds.map(() => Math.min(90, Math.max(60, 300 / Math.max(inds.length, 1))))];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body: [header, ...rows] },
    layout: TABLE_LAYOUT_NAME,
  };
}

function matrixTable(input: AppendixInput, fs: number): Content {
  const { status } = input;
  const header: TableCell[] = [headerCell('TT', fs), headerCell('Đơn vị', fs), ...status.items.map((i) => headerCell(i.code, fs))];
  const rows: TableCell[][] = status.matrix.map((row, n) => [
    cell(String(n + 1), fs, 'center'),
    cell(row.unit.name, fs),
    ...status.items.map((i) => cell(STATUS_MARKS[row.items[i.code] ?? 'not_assigned'], fs, 'center')),
  ]);
  const doneRow: TableCell[] = [
    cell('', fs),
    cell('Số đơn vị đã thực hiện / được giao', fs, 'left', true),
    ...status.items.map((i) => {
      const cells = status.matrix.map((r) => r.items[i.code] ?? 'not_assigned').filter((c) => c !== 'not_assigned');
      const done = cells.filter((c) => c === 'done').length;
      return cell(`${done}/${cells.length}`, fs, 'center', true);
    }),
  ];
  const codeWidth = Math.max(28, Math.min(48, fs * 3.2));
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [24, '*', ...status.items.map(() => codeWidth)],
      body: [header, ...rows, doneRow],
    },
    layout: TABLE_LAYOUT_NAME,
  };
}

function matrixLegend(status: StatusResult): Content[] {
  const order: CellStatus[] = ['done', 'in_progress', 'not_done', 'not_reported', 'not_assigned'];
  const marks = order.map((s) => `${STATUS_MARKS[s]}: ${CELL_STATUS_LABELS[s]}`).join('; ');
  const legend: Content[] = [
    { text: [{ text: 'Ghi chú: ', bold: true }, `${marks}.`], fontSize: A.legendFontSize, margin: [0, 6, 0, 2] },
  ];
  if (status.items.length) {
    legend.push({ text: 'Nội dung nhiệm vụ:', bold: true, fontSize: A.legendFontSize, margin: [0, 2, 0, 0] });
    legend.push({
      ul: status.items.map((i) => ({ text: [{ text: `${i.code}: `, bold: true }, i.text] })),
      fontSize: A.legendFontSize,
      alignment: 'justify',
    });
  }
  return legend;
}

function lateMissingTable(input: AppendixInput): Content {
  const fs = A.tableFontSize;
  const { status } = input;
  const due = formatViDate(status.round.dueDate);
  const entries: Array<[UnitRef, string, string]> = [
    ...status.missing.map((u): [UnitRef, string, string] => [u, 'Chưa gửi báo cáo', `Hạn ${due}`]),
    ...status.late.map((u): [UnitRef, string, string] => [u, 'Gửi báo cáo chậm', `Hạn ${due}`]),
  ];
  const header = [headerCell('TT', fs), headerCell('Đơn vị', fs), headerCell('Tình trạng', fs), headerCell('Ghi chú', fs)];
  const rows: TableCell[][] = entries.length
    ? entries.map(([u, state, note], n) => [cell(String(n + 1), fs, 'center'), cell(u.name, fs), cell(state, fs), cell(note, fs)])
    : [[cell('', fs), { text: 'Không có đơn vị chưa báo cáo hoặc báo cáo chậm.', colSpan: 3, fontSize: fs, italics: true }, '', '']];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [24, '*', 130, 100], body: [header, ...rows] },
    layout: TABLE_LAYOUT_NAME,
  };
}

/** The three appendices; the status matrix turns landscape when it has many item columns. */
export function buildAppendices(input: AppendixInput): Content[] {
  const { status } = input;
  const cols = status.items.length;
  const landscape = cols > A.landscapeAfterColumns;
  const matrixFont = cols > A.smallFontAfterColumns ? A.smallTableFontSize : A.tableFontSize;
  const out: Content[] = [];
  let n = 0;
  if (status.indicators.length) {
    out.push({
      stack: [...appendixHeading(++n, 'Tổng hợp số liệu các chỉ tiêu theo đơn vị', input), figuresTable(input)],
      pageBreak: 'before',
      pageOrientation: 'portrait',
    });
  }
  if (cols) {
    out.push({
      stack: [
        ...appendixHeading(++n, 'Tình hình thực hiện nhiệm vụ của các đơn vị', input),
        matrixTable(input, matrixFont),
        ...matrixLegend(status),
      ],
      pageBreak: 'before',
      pageOrientation: landscape ? 'landscape' : 'portrait',
    });
  }
  out.push({
    stack: [...appendixHeading(++n, 'Danh sách đơn vị chưa báo cáo, báo cáo chậm', input), lateMissingTable(input)],
    pageBreak: 'before',
    pageOrientation: 'portrait',
  });
  return out;
}
