// Plans that assign their work in a table ("Phụ lục phân công nhiệm vụ": TT | Nội dung | Cơ quan
// chủ trì | Cơ quan phối hợp | Thời gian hoàn thành): each row is an item with its lead units and
// its deadline in their own columns, not in a sentence.
import { fold } from '../../../../shared/text';

/** How an item's text names the units helping with a table row: "Phối hợp: Văn phòng Tỉnh ủy". */
export const SUPPORT_LINE = 'Phối hợp:';

export interface TaskRow {
  /** The row's number as written ("1", "2.3", "I"), or null. */
  number: string | null;
  text: string;
  /** Who leads (chủ trì / thực hiện): they owe the report. */
  lead: string;
  /** Who helps (phối hợp), kept with the item's text. */
  support: string;
  when: string;
  /** A row that only heads the rows under it ("I | CÔNG TÁC TUYÊN TRUYỀN | | |"). */
  group: boolean;
}

export interface Columns {
  number: number | null;
  text: number;
  lead: number | null;
  support: number | null;
  when: number | null;
}

const NUMBER_HEAD = /^(tt|stt|so tt|so thu tu)$/;
const TEXT_HEAD = /\b(noi dung|nhiem vu|cong viec|ten nhiem vu|hoat dong|de an|chuong trinh)\b/;
const SUPPORT_HEAD = /\bphoi hop\b/;
const LEAD_HEAD = /\b(chu tri|thuc hien|phu trach|trach nhiem|phan cong|don vi|co quan|giao cho)\b/;
const WHEN_HEAD = /\b(thoi gian|thoi han|tien do|hoan thanh|thoi diem)\b/;

/** The roles of a header row's columns, or null when the row does not head a task table. */
export function taskColumns(cells: readonly string[]): Columns | null {
  const f = cells.map((c) => fold(c));
  let number: number | null = null;
  let text: number | null = null;
  let lead: number | null = null;
  let support: number | null = null;
  let when: number | null = null;
  f.forEach((c, i) => {
    if (c === '') return;
    if (number === null && NUMBER_HEAD.test(c)) number = i;
    else if (support === null && SUPPORT_HEAD.test(c)) support = i;
    else if (when === null && WHEN_HEAD.test(c)) when = i;
    else if (text === null && TEXT_HEAD.test(c)) text = i;
    else if (lead === null && LEAD_HEAD.test(c)) lead = i;
  });
  if (text === null || (lead === null && when === null)) return null;
  return { number, text, lead, support, when };
}

const at = (cells: readonly string[], i: number | null): string => (i === null ? '' : (cells[i] ?? '').trim());

/** A body row read through the header's column roles. */
export function taskRow(cells: readonly string[], cols: Columns): TaskRow | null {
  const text = at(cells, cols.text);
  if (text === '') return null;
  const rawNumber = at(cells, cols.number).replace(/[.)]+$/u, '');
  const number = rawNumber === '' ? null : rawNumber;
  const lead = at(cells, cols.lead);
  const when = at(cells, cols.when);
  const romanNumber = number !== null && /^[IVX]+$/u.test(number);
  const heading = lead === '' && when === '' && (romanNumber || (text === text.toUpperCase() && /\p{Lu}/u.test(text)));
  return { number, text, lead, support: at(cells, cols.support), when, group: heading };
}
