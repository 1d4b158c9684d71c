// Pure: which of the plan's figures (chỉ tiêu) a column header, a row label or the words after a
// number name, through the indicator's name, measure and synonyms.
import type { Indicator } from '../../../../shared/domain';
import { containsRun, dice, tokens } from './similarity';

export type IndicatorTerm = { key: string; words: string[] };
export type IndicatorMatch = { key: string; score: number };

// "Số hội nghị", "Số lượng tin bài", "Tổng số lượt người": the lead words only say "how many".
const LEADS = [['tong', 'so'], ['so', 'luong'], ['so']];

function stripLead(words: string[]): string[] {
  for (const lead of LEADS) {
    if (words.length > lead.length && lead.every((w, i) => words[i] === w)) return words.slice(lead.length);
  }
  return words;
}

export function indicatorTerms(indicators: readonly Indicator[]): IndicatorTerm[] {
  const out: IndicatorTerm[] = [];
  for (const ind of indicators) {
    const seen = new Set<string>();
    for (const raw of [ind.name, ind.measure, ...ind.synonyms]) {
      const words = stripLead(tokens(raw));
      const k = words.join(' ');
      if (words.length === 0 || seen.has(k)) continue;
      seen.add(k);
      out.push({ key: ind.key, words });
    }
  }
  return out;
}

function best(scored: { key: string; score: number; len: number }[], min: number): IndicatorMatch | null {
  // Equal scores: the longer term is the more specific ("hội nghị quán triệt" over "hội nghị").
  const top = scored.filter((s) => s.score >= min).sort((a, b) => b.score - a.score || b.len - a.len)[0];
  return top ? { key: top.key, score: top.score } : null;
}

/** A column header or a row label ("Số hội nghị", "Lượt người tham dự") against the terms. */
export function matchLabel(label: string, terms: readonly IndicatorTerm[], min = 0.75): IndicatorMatch | null {
  const L = stripLead(tokens(label));
  if (L.length === 0) return null;
  const scored = terms.map((t) => {
    const T = t.words;
    let score = dice(L, T) * 0.9;
    if (L.join(' ') === T.join(' ')) score = 1;
    else if (containsRun(L, T)) score = Math.max(score, 0.75 + (0.25 * T.length) / L.length);
    else if (L.length >= 2 && containsRun(T, L)) score = Math.max(score, 0.75 + (0.25 * L.length) / T.length);
    return { key: t.key, score, len: T.length };
  });
  return best(scored, min);
}

/** The words right after a number in prose ("lượt cán bộ, đảng viên tham dự") against the terms. */
export function matchPhrase(after: readonly string[], terms: readonly IndicatorTerm[], min = 0.6): IndicatorMatch | null {
  const window = after.slice(0, 8);
  if (window.length === 0) return null;
  const scored = terms.map((t) => {
    const T = t.words;
    let score = 0;
    if (T.every((w, i) => window[i] === w)) score = 1;
    else if (T.length >= 2 && window[0] === T[0]) {
      // The measure word follows the number; the rest of the name may come a few words later.
      const found = T.filter((w) => window.includes(w)).length / T.length;
      if (found >= 0.6) score = 0.9 * found;
    }
    return { key: t.key, score, len: T.length };
  });
  return best(scored, min);
}
