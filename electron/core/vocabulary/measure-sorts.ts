// What a figure's measure counts, where it tells figures apart: occasions, people, money, things, or
// a quantity measured rather than counted (km, ha, tấn).
import { fold } from '../../../shared/text';
import { moneyMeasure } from './money-measures';

export type MeasureSort = 'occasion' | 'people' | 'money' | 'quantity' | 'thing';

/** Counting words of occasions: "15 tổ chức đảng" is no occasion, though "tổ" counts groups. */
export const OCCASION_WORDS: ReadonlySet<string> = new Set(['cuoc', 'buoi', 'lop', 'dot', 'lan']);

/** Measures that count people: many figures do, so the measure alone does not say which. */
export const PERSONS: ReadonlySet<string> = new Set(['dang vien', 'can bo', 'nguoi', 'hoi vien', 'doan vien', 'quan chung', 'hoc vien', 'dong chi', 'thanh nien', 'cu tri', 'nhan vien', 'cong nhan', 'chien si', 'hoc sinh', 'sinh vien']);

// Measures of gatherings and courses ("Cuộc", "Lớp", "Hội nghị") and of people ("Người", "Lượt người").
const OCCASIONS = new Set([...OCCASION_WORDS, 'khoa', 'hoi nghi', 'hoi thao', 'cuoc hop']);
const QUANTITIES = new Set(['km', 'm', 'met', 'ha', 'hecta', 'hec ta', 'm2', 'm3', 'tan', 'kg', 'lit', 'mw', 'kw', 'kwh']);
const PEOPLE = new Set([...PERSONS, 'luot', 'luot nguoi']);

/** The sort of thing `measure` counts; null when no measure is given. */
export function measureSort(measure: string): MeasureSort | null {
  const m = fold(measure);
  if (m === '') return null;
  if (OCCASIONS.has(m)) return 'occasion';
  if (PEOPLE.has(m)) return 'people';
  // "m²" folds to "m": still a quantity.
  if (QUANTITIES.has(m)) return 'quantity';
  return moneyMeasure(measure) === null ? 'thing' : 'money';
}

/** Two measures that may count the same figure: "Cuộc" and "Hội nghị" may, "Cái" and "Cuộc" may not. */
export function sameSort(a: string, b: string): boolean {
  const x = measureSort(a);
  const y = measureSort(b);
  return x === null || y === null || x === y;
}
