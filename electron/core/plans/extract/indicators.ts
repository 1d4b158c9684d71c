// Figures (chỉ tiêu) to collect: those the plan lists in a table of its own, or, when it lists none,
// those of the catalogue whose subject the tasks speak of.
import type { Indicator, PlanItem } from '../../../../shared/domain';
import { indicatorKey } from '../../../../shared/indicator-key';
import { fold } from '../../../../shared/text';
import { CATALOGUE } from '../../vocabulary/indicator-catalogue';
import { measureSort, sameSort } from '../../vocabulary/measure-sorts';
import { otherKindWords, synonymsInScope, withoutOtherKind } from '../../vocabulary/synonym-scope';
import type { FigureRow } from './figure-table';

/** Indicators whose subject the tasks mention (all items when none is a task), in catalogue order. */
export function proposeIndicators(items: PlanItem[]): Indicator[] {
  const tasks = items.filter((i) => i.kind === 'task');
  const f = fold((tasks.length > 0 ? tasks : items).map((i) => i.text).join(' \n '));
  return CATALOGUE.filter((e) => e.when(f)).map(({ key, name, measure, synonyms }) => ({ key, name, measure, synonyms }));
}

export const INDICATOR_CATALOGUE: readonly Indicator[] = CATALOGUE.map(({ key, name, measure, synonyms }) => ({ key, name, measure, synonyms }));

/**
 * The catalogue figure a plan's row is: the one whose subject the row's name speaks of, among those
 * measured as the row is ("Tin, bài" is the measure of two) — or, when the measure is the plan's
 * own word ("Cuộc", "Người"), the only one whose subject the name speaks of and that counts the same
 * sort of thing ("Camera giám sát … | Cái" is no "cuộc giám sát").
 */
function catalogueFigure(row: FigureRow, taken: ReadonlySet<string>): (typeof CATALOGUE)[number] | null {
  const name = fold(row.name);
  const fits = CATALOGUE.filter((c) => !taken.has(c.key) && c.when(name) && sameSort(c.measure, row.measure));
  const measured = fits.filter((c) => fold(c.measure) === fold(row.measure));
  if (measured.length === 1) return measured[0] ?? null;
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

// Words that count occasions or sets ("Số cuộc kiểm tra", "Số lớp bồi dưỡng"); "cái", "chiếc" say nothing in a name.
const COUNTING_WORDS = new Set(['cuoc', 'lop', 'buoi', 'dot', 'lan', 'luot', 'bo']);

/**
 * "Mô hình … được xây dựng" → "Số mô hình … được xây dựng"; an activity counted by a classifier says
 * it ("Kiểm tra tổ chức đảng", in "Cuộc" → "Số cuộc kiểm tra tổ chức đảng"); a name that already
 * counts stays.
 */
function countName(name: string, measure: string): string {
  if (/^(số|tổng số|tỷ lệ|tỉ lệ)(?![\p{L}])/iu.test(name)) return name;
  // A sum or a quantity is named as written ("Kinh phí đầu tư …", "Đường giao thông … | Km"), but
  // money itself is "Số tiền …".
  const sort = measureSort(measure);
  if ((sort === 'money' && !/^tiền(?![\p{L}])/iu.test(name)) || sort === 'quantity') return name;
  const first = name.charAt(0);
  // An abbreviation or a proper name keeps its capital ("MTTQ", "Báo Tây Sơn").
  const lower = /^\p{Lu}{2}/u.test(name) ? name : first.toLowerCase() + name.slice(1);
  const m = fold(measure);
  const classifier = COUNTING_WORDS.has(m) && !` ${fold(name)} `.includes(` ${m} `);
  return classifier ? `Số ${measure.toLowerCase()} ${lower}` : `Số ${lower}`;
}

/**
 * The figures a plan lists in its table, in its order and words. A row the catalogue knows keeps the
 * catalogue's key and words (so the reports' usual wordings are read), under the plan's own name.
 */
export function planFigures(rows: readonly FigureRow[]): Indicator[] {
  const out: Indicator[] = [];
  const keys = new Set<string>();
  for (const row of rows) {
    const known = catalogueFigure(row, keys);
    const name = countName(row.name, row.measure);
    const measure = row.measure.charAt(0).toLowerCase() + row.measure.slice(1);
    if (out.some((i) => fold(i.name) === fold(name))) continue;
    const key = known?.key ?? indicatorKey(name, keys);
    keys.add(key);
    // The row's name as written is a way reports name the figure too ("Tập thể được khen thưởng").
    const others = rows.filter((r) => r !== row).map((r) => r.name);
    const usual = known ? withoutOtherKind(synonymsInScope([row.name], known.synonyms, others), otherKindWords([row.name], row.measure, known)) : [];
    const synonyms = [...new Set([row.name, ...usual])].filter((s) => fold(s) !== fold(name));
    out.push({ key, name, measure, synonyms });
  }
  return out;
}
