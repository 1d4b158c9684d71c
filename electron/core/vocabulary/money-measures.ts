// Money measures as plans and tables write them ("Triệu đồng", "Tr.đ", "Tỷ đồng", "1.000 đồng") and
// the scale words of numbers ("nghìn", "triệu", "tỷ"): data the plan's figures and the readers share.
import { fold } from '../../../shared/text';

/** The word every money measure and every sum of money in a report is read as, so they meet. */
export const MONEY_WORD = 'vnd';

// Folded: "nghìn", "ngàn", "triệu", "tỷ"/"tỉ" and the short forms tables use ("Tr.đ", "Trđ").
export const SCALES: Readonly<Record<string, number>> = { nghin: 1e3, ngan: 1e3, trieu: 1e6, tr: 1e6, ty: 1e9, ti: 1e9 };
const CURRENCY = new Set(['dong', 'd', 'vnd']);
const JOINED: Readonly<Record<string, number>> = { trd: 1e6, ngd: 1e3, vnd: 1 };

/**
 * The size in đồng of a money measure as a plan or a table's "ĐVT" writes it ("Triệu đồng", "Tr.đ",
 * "tỷ đồng", "1.000 đồng", "VNĐ"); null when it measures no money.
 */
export function moneyMeasure(measure: string): number | null {
  const words = fold(measure).split(' ').filter(Boolean);
  if (words.length === 1) {
    const w = words[0] ?? '';
    if (w in JOINED) return JOINED[w] ?? null;
    return w === 'dong' ? 1 : null;
  }
  if (words.length === 2 && CURRENCY.has(words[1] ?? '')) {
    const lead = words[0] ?? '';
    if (lead === '1000') return 1e3;
    return SCALES[lead] ?? null;
  }
  if (words.length === 3 && words[0] === '1' && words[1] === '000' && CURRENCY.has(words[2] ?? '')) return 1e3;
  return null;
}

