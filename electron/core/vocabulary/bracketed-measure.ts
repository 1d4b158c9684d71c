// "Tiền ủng hộ Quỹ (triệu đồng)", "Nhà Đại đoàn kết (căn)": a measure in brackets closing a figure's
// name or a table's label, as plans and reports write it where no column gives one.
import { fold } from '../../../shared/text';
import { CLASSIFIERS } from './figure-words';
import { moneyMeasure } from './money-measures';

// Measures written so besides the counting words and sums: "(căn)", "(hộ)", "(lượt người)".
const MEASURE_WORDS = new Set([
  'luot nguoi', 'nguoi', 'hoi nghi', 'tin bai', 'van ban', 'mo hinh', 'can', 'ho', 'dang vien', 'doan', 'vu', 'don', 'chi bo', 'to chuc', 'kien nghi',
]);
const CLOSING = /^(.*\S)\s*\(([^()\d]{1,20})\)\s*$/u;

/** The name and its measure when brackets close it with one; null otherwise ("Chỉ tiêu khác (nếu có)"). */
export function bracketedMeasure(text: string): { name: string; measure: string } | null {
  const m = CLOSING.exec(text);
  if (!m) return null;
  const measure = m[2] ?? '';
  const words = fold(measure).split(' ').filter(Boolean);
  const known = moneyMeasure(measure) !== null || MEASURE_WORDS.has(words.join(' ')) || (words.length > 0 && words.length <= 2 && CLASSIFIERS.has(words[0] ?? ''));
  return known ? { name: m[1] ?? text, measure } : null;
}
