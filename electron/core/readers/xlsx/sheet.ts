// One worksheet's cells that hold something, and its merged ranges — nothing else. Whole-column data
// validations, conditional formats and styles are passed over without being built into cells, so a
// sheet costs what its values cost.
import { excelSerialToIso } from '../../../../shared/dates';
import { edgeText } from '../edge-text';
import { scanXml } from './sax';

export type Cell = { text: string; value: string | number | null };
export type Range = { r1: number; c1: number; r2: number; c2: number };
export type SheetCells = {
  name: string;
  hidden: boolean;
  /** Row → column → cell, 0-based; only cells that hold something. */
  cells: Map<number, Map<number, Cell>>;
  maxRow: number;
  maxCol: number;
  merges: Range[];
  /** Rows past the reading limit were left unread. */
  truncated: boolean;
  /** Cells whose text was too long and was cut. */
  cutCells: string[];
};

export type SheetLimits = { maxRows: number; maxCols: number };

/** "AB12" → [11, 27]; a bare column "C" or row "12" leaves the other part null. */
export function parseRef(ref: string): { row: number | null; col: number | null } {
  const m = /^\$?([A-Z]{0,3})\$?(\d*)$/u.exec(ref.toUpperCase());
  if (!m) return { row: null, col: null };
  let col = 0;
  for (const ch of m[1] ?? '') col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: m[2] ? Number(m[2]) - 1 : null, col: m[1] ? col - 1 : null };
}

function parseRange(ref: string): Range | null {
  const [a = '', b = a] = ref.split(':');
  const p = parseRef(a);
  const q = parseRef(b);
  // Whole columns ("A:A") and whole rows ("3:3") are open-ended: the reader clips them to the data.
  return { r1: p.row ?? 0, c1: p.col ?? 0, r2: q.row ?? Number.MAX_SAFE_INTEGER, c2: q.col ?? Number.MAX_SAFE_INTEGER };
}

export function readSheet(
  xml: string,
  meta: { name: string; hidden: boolean },
  shared: readonly string[],
  dateStyles: readonly boolean[],
  limits: SheetLimits,
  where: { file: string; part: string },
): SheetCells {
  const out: SheetCells = { ...meta, cells: new Map(), maxRow: -1, maxCol: -1, merges: [], truncated: false, cutCells: [] };
  let row = -1;
  let col = -1;
  let cell: { type: string; style: number; row: number; col: number; v: string[]; inline: string[]; f: boolean } | null = null;
  let inV = false;
  let inIs = 0;
  let inT = false;
  const put = (r: number, c: number, text: string, value: string | number | null): void => {
    if (text === '' && value === null) return;
    if (r >= limits.maxRows) {
      // Rows past the limit are passed over; the merges after the sheet data are still read.
      out.truncated = true;
      return;
    }
    if (c >= limits.maxCols) return;
    const t = edgeText(text);
    if (t.cut) out.cutCells.push(`${meta.name}!${String.fromCharCode(65 + (c % 26))}${r + 1}`);
    const rowMap = out.cells.get(r) ?? new Map<number, Cell>();
    rowMap.set(c, { text: t.text, value: typeof value === 'string' ? t.text : value });
    out.cells.set(r, rowMap);
    out.maxRow = Math.max(out.maxRow, r);
    out.maxCol = Math.max(out.maxCol, c);
  };
  const finishCell = (): void => {
    if (!cell) return;
    const raw = cell.v.join('');
    const { type } = cell;
    if (type === 's') {
      const s = shared[Number(raw)] ?? '';
      put(cell.row, cell.col, s.trim(), s.trim() === '' ? null : s);
    } else if (type === 'inlineStr') {
      const s = cell.inline.join('');
      put(cell.row, cell.col, s.trim(), s.trim() === '' ? null : s);
    } else if (type === 'str' || type === 'e') {
      // A formula's cached text; an error cell ("#REF!") holds nothing a report says.
      if (type === 'str') put(cell.row, cell.col, raw.trim(), raw.trim() === '' ? null : raw);
    } else if (type === 'b') {
      put(cell.row, cell.col, raw === '1' ? 'TRUE' : 'FALSE', raw === '1' ? 'TRUE' : 'FALSE');
    } else if (raw !== '') {
      const n = Number(raw);
      if (!Number.isFinite(n)) put(cell.row, cell.col, raw, raw);
      else if (dateStyles[cell.style] === true) {
        const iso = excelSerialToIso(n);
        put(cell.row, cell.col, iso ?? raw, iso ?? n);
      } else put(cell.row, cell.col, String(n), n);
    }
    cell = null;
  };
  scanXml(xml, where, {
      open: (t) => {
        switch (t.name) {
          case 'row': {
            const r = Number(t.attributes.r);
            row = Number.isFinite(r) && r > 0 ? r - 1 : row + 1;
            col = -1;
            break;
          }
          case 'c': {
            const ref = parseRef(t.attributes.r ?? '');
            col = ref.col ?? col + 1;
            cell = { type: t.attributes.t ?? 'n', style: Number(t.attributes.s ?? 0), row: ref.row ?? row, col, v: [], inline: [], f: false };
            break;
          }
          case 'v':
            inV = true;
            break;
          case 'is':
            inIs++;
            break;
          case 't':
            inT = inIs > 0;
            break;
          case 'mergeCell': {
            const range = parseRange(t.attributes.ref ?? '');
            if (range) out.merges.push(range);
            break;
          }
          default:
        }
      },
      close: (name) => {
        if (name === 'c') finishCell();
        else if (name === 'v') inV = false;
        else if (name === 'is') inIs--;
        else if (name === 't') inT = false;
      },
      text: (s) => {
        if (!cell) return;
        if (inV) cell.v.push(s);
        else if (inT) cell.inline.push(s);
      },
  });
  return out;
}
