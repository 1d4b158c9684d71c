// Pure: what the words right after a number do to it. "1,25 tỷ đồng" is a sum of money, 1.25 × 10⁹
// đồng, which a plan counting in "triệu đồng" reads as 1.250; "1,2 triệu lượt người" is 1.200.000
// people; "1 tỷ 250 triệu đồng" is one sum said in two numbers.
import { fold } from '../../../../shared/text';
import { SCALES } from '../../vocabulary/money-measures';

// Raw text right after a number: a scale word ("tỷ", "triệu", …) and/or a currency ("đồng", "đ",
// "VNĐ"). Unmarked "dong" counts only after a scale word: alone it may be "đông" or "đồng chí".
const SCALE_RAW = /^\s*(nghìn|ngàn|triệu|tỷ|tỉ|nghin|ngan|trieu|ty|ti)(?![\p{L}\p{N}])/iu;
// "đ/c" is "đồng chí".
const CURRENCY_RAW = /^\s*(đồng|đ|vnđ|vnd)(?![\p{L}\p{N}/])/iu;
const CURRENCY_AFTER_SCALE = /^\s*(đồng|đ|vnđ|vnd|dong)(?![\p{L}\p{N}])/iu;
const NEXT_PART = /^\s*(\d{1,3})\s*(?=(nghìn|ngàn|triệu|nghin|ngan|trieu)(?![\p{L}\p{N}]))/iu;
// Words that make "đồng …" or "tỷ …" another word: "đồng chí", "đồng bào", "tỷ lệ".
const NOT_MONEY_AFTER = new Set(['chi', 'bao', 'nghiep', 'doi', 'y', 'thoi', 'hanh', 'deu', 'loat', 'muc', 'bang', 'ho', 'tinh', 'huong', 'ruong', 'minh', 'tam', 'loai', 'nhat', 'bo', 'khoi', 'vien', 'ca', 'lua']);
const NOT_SCALE_AFTER = new Set(['le']);

export type Amount = {
  /** How many of the report's base unit the number is worth (đồng for money, ones for a count). */
  factor: number;
  /** Added after the factor: the later parts of "1 tỷ 250 triệu đồng", in the same base unit. */
  plus: number;
  money: boolean;
  /** Characters of the raw text after the number that the amount took. */
  length: number;
};

function nextWord(s: string): string {
  return fold(/^\s*([\p{L}]+)/u.exec(s)?.[1] ?? '');
}

/** What the words right after a number make of it; null when they are no scale and no currency. */
export function amountAfter(rest: string): Amount | null {
  let at = 0;
  let factor = 1;
  let plus = 0;
  const scale = SCALE_RAW.exec(rest);
  if (scale && !NOT_SCALE_AFTER.has(nextWord(rest.slice(scale[0].length)))) {
    factor = SCALES[fold(scale[1] ?? '')] ?? 1;
    at = scale[0].length;
    // "1 tỷ 250 triệu (đồng)": the smaller parts that follow, each with its own scale word.
    for (let last = factor; ; ) {
      const part = NEXT_PART.exec(rest.slice(at));
      if (!part) break;
      const after = SCALE_RAW.exec(rest.slice(at + part[0].length));
      const size = after ? (SCALES[fold(after[1] ?? '')] ?? 0) : 0;
      if (!after || size === 0 || size >= last) break;
      plus += Number(part[1]) * size;
      at += part[0].length + after[0].length;
      last = size;
    }
  }
  const currency = (at > 0 ? CURRENCY_AFTER_SCALE : CURRENCY_RAW).exec(rest.slice(at));
  const money = currency !== null && !NOT_MONEY_AFTER.has(nextWord(rest.slice(at + currency[0].length)));
  if (money && currency) at += currency[0].length;
  if (at === 0) return null;
  return { factor, plus, money, length: at };
}

/**
 * The value a number is worth to a figure, given the amount after it and the figure's money measure
 * (in đồng; undefined when it counts no money). Null when the two do not go together: a sum of
 * money is no count.
 */
export function valueFor(n: number, amount: Amount | null, measureScale: number | undefined): number | null {
  if (!amount) return n;
  const whole = n * amount.factor + amount.plus;
  if (measureScale === undefined) return amount.money ? null : whole;
  return rescaled(whole, 1, measureScale);
}

/** A sum given in units of `from` đồng, in units of `to` đồng; rounded, so "2,3 tỷ" is 2.300 triệu, not 2.299,9999999999995. */
export function rescaled(value: number, from: number, to: number): number {
  return Math.round(((value * from) / to) * 1e6) / 1e6;
}
