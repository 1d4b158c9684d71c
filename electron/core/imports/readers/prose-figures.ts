// Pure: figures written in prose ("12 hội nghị với 1.450 lượt cán bộ, đảng viên tham dự",
// "35 tin, bài", "mở 2 chuyên mục"): each number and the words after it, matched to the indicators.
import { fold, parseViNumber } from '../../../../shared/text';
import { matchPhrase } from './indicator-match';
import type { IndicatorTerm } from './indicator-match';
import { tokens } from './similarity';

export type ProseFigure = { indicatorKey: string; value: number; cumulative: boolean; phrase: string; score: number };

const NUMBER = /(?<![\p{L}\d.,/–-])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d/%]|[.,]\d|\s*%|\s*[-–]\s*\p{Lu})/gu;
// Numbers that are part of a date, a document symbol or a numbering, not a count.
const NOT_A_COUNT = /(?:^|\s)(?:ngay|thang|nam|so|quy|khoa|lan thu|thu|chi thi|nghi quyet|ket luan|ke hoach|quyet dinh|dieu|khoan|muc|phan|diem|giai doan)\s*$/u;
const CUMULATIVE = /\b(?:luy ke|tu dau nam|tinh tu dau nam)\b/u;
const CLAUSE_END = /[.;:!?()\n]|\s[-–]\s/u;

export function figuresInText(text: string, terms: readonly IndicatorTerm[]): ProseFigure[] {
  const out: ProseFigure[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    const before = fold(text.slice(Math.max(0, m.index - 24), m.index));
    if (NOT_A_COUNT.test(before)) continue;
    const rest = text.slice(m.index + m[0].length);
    const end = rest.search(CLAUSE_END);
    const phrase = (end < 0 ? rest : rest.slice(0, end)).slice(0, 80);
    const match = matchPhrase(tokens(phrase), terms);
    if (!match) continue;
    const value = parseViNumber(m[0]);
    if (value === null) continue;
    // The sentence so far: '.' alone would stop inside "1.450", so a stop must be followed by a space.
    const head = text.slice(0, m.index);
    const sentenceStart = Math.max(...['. ', '; ', '! ', '? ', '\n'].map((stop) => head.lastIndexOf(stop)));
    const cumulative = CUMULATIVE.test(fold(text.slice(sentenceStart + 1, m.index + m[0].length + phrase.length)));
    out.push({ indicatorKey: match.key, value, cumulative, phrase: `${m[0]} ${phrase.trim()}`.trim(), score: match.score });
  }
  return out;
}
