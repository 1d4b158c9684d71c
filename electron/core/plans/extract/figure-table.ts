// Plans that say which figures to report in a table of their own ("Biểu số liệu kèm theo Kế hoạch":
// TT | Nội dung | Đơn vị tính | Số lượng | Ghi chú): each row is a figure (chỉ tiêu) with its unit of
// measure, not a task. The column of measure is what tells this table from a task table, whose
// "Đơn vị thực hiện" column also starts with "đơn vị".
import { fold } from '../../../../shared/text';
import { bracketedMeasure } from '../../vocabulary/bracketed-measure';

export interface FigureRow {
  /** The figure as the plan names it: "Mô hình, điển hình học tập và làm theo Bác được xây dựng". */
  name: string;
  /** Its unit of measure as written: "Mô hình", "Lượt người". */
  measure: string;
}

export interface FigureColumns {
  name: number;
  measure: number;
}

const MEASURE_HEAD = /^(don vi tinh|dvt|d v t|don vi do)$/;
const CONTENT_HEAD = /\b(?:noi dung|chi tieu|tieu chi|hoat dong|cong viec|danh muc|hang muc)\b/;
const NAME_HEAD = /^(noi dung|chi tieu|ten chi tieu|noi dung chi tieu|tieu chi|danh muc|noi dung bao cao|so lieu|cac chi tieu|noi dung thong ke|chi tieu thong ke)$/;

/** The name and measure columns of a figure table's header row, or null when it heads no such table. */
export function figureColumns(cells: readonly string[]): FigureColumns | null {
  const f = cells.map((c) => fold(c));
  const measure = f.findIndex((c) => MEASURE_HEAD.test(c));
  // "Đơn vị" alone is a unit column in a task table; it measures only beside a name column and no lead column.
  const bare = measure < 0 ? f.findIndex((c) => c === 'don vi') : -1;
  // With a column of measure no task table has, any column naming contents names the figures.
  const name = measure >= 0 ? f.findIndex((c) => NAME_HEAD.test(c) || CONTENT_HEAD.test(c)) : f.findIndex((c) => NAME_HEAD.test(c));
  if (name < 0) return null;
  if (measure >= 0) return { name, measure };
  if (bare > name && f.some((c) => /^(so luong|ket qua|so lieu|thuc hien)\b/.test(c)) && !f.some((c) => /\b(chu tri|phoi hop|thoi gian|thoi han)\b/.test(c))) return { name, measure: bare };
  return null;
}

/** A body row of a figure table; null for a group row ("I | CÔNG TÁC TUYÊN TRUYỀN") or an empty one. */
export function figureRow(cells: readonly string[], cols: FigureColumns): FigureRow | null {
  const written = (cells[cols.name] ?? '').replace(/\s+/gu, ' ').replace(/[\s:;.,]+$/u, '').trim();
  const cell = (cells[cols.measure] ?? '').replace(/\s+/gu, ' ').trim();
  // "Số tiền ủng hộ (triệu đồng)" with its measure cell left empty: the brackets give it.
  const bracketed = cell === '' ? bracketedMeasure(written) : null;
  const name = bracketed?.name ?? written;
  const measure = bracketed?.measure ?? cell;
  if (name === '' || measure === '' || !/\p{L}/u.test(measure)) return null;
  return { name, measure };
}

