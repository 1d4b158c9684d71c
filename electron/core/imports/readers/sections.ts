// Pure: a narrative report's paragraphs as sections ("I. KẾT QUẢ …", "2. Công tác …: …"), each
// paragraph knowing what kind of section it is in (results, context, limits, plans ahead, requests),
// and, in a general report ("lồng ghép"), which paragraphs speak of the plan at all.
import type { Plan } from '../../../../shared/domain';
import { fold } from '../../../../shared/text';
import { AHEAD_YEAR, SECTION_WORDS } from '../../vocabulary/section-words';
import type { SectionKind } from '../../vocabulary/section-words';
import { directiveSymbols, symbolKey } from './detect-plan';
import { topicCoverage } from './similarity';

export type Heading = { level: number; text: string; kind: SectionKind };
/** `heading`: the paragraph as a heading, if it is one; `under`: the words of the nearest heading over it (its own, if it is one). */
export type Paragraph = { index: number; text: string; heading: Heading | null; under: string; kind: SectionKind; inScope: boolean };

const ROMAN = /^([IVX]+)\s*[.)-]\s*/u;
const DECIMAL = /^(\d{1,2}(?:\.\d{1,2}){0,3})\s*[.)]\s*/u;
const LETTER = /^([a-zđ])\s*\)\s*/u;
const RESULT_WORDS = ['ket qua', 'tinh hinh thuc hien', 'tinh hinh trien khai', 'viec thuc hien', 'cong tac'];

/** What a heading's words say of the numbers under it. */
export function sectionKind(heading: string, reportYear: number | null = null): SectionKind {
  const f = fold(heading);
  const has = (w: string): boolean => ` ${f} `.includes(` ${w} `);
  const ahead = AHEAD_YEAR.exec(f);
  if (ahead && reportYear !== null && Number(ahead[1]) > reportYear) return 'ahead';
  for (const [kind, words] of SECTION_WORDS) {
    if (kind === 'context' && RESULT_WORDS.some(has)) continue;
    if (words.some(has)) return kind;
  }
  return 'results';
}

/** A paragraph that opens a section: its level and its heading words ("2. Công tác tuyên truyền: …" → "Công tác tuyên truyền"). */
export function headingOf(text: string, reportYear: number | null = null): Heading | null {
  const t = text.trim();
  const roman = ROMAN.exec(t);
  const decimal = roman ? null : DECIMAL.exec(t);
  const letter = roman || decimal ? null : LETTER.exec(t);
  let level: number;
  let rest: string;
  if (roman) [level, rest] = [1, t.slice(roman[0].length)];
  else if (decimal) [level, rest] = [2 + (decimal[1] ?? '').split('.').length - 1, t.slice(decimal[0].length)];
  else if (letter) [level, rest] = [4, t.slice(letter[0].length)];
  else {
    // An unnumbered line in capitals ("SỐ LIỆU KÈM THEO") heads what follows.
    const letters = t.replace(/[^\p{L}]/gu, '');
    if (t.length > 100 || letters.length < 4 || letters !== letters.toUpperCase()) return null;
    level = 1;
    rest = t;
  }
  const colon = rest.indexOf(':');
  // "1. Công tác quán triệt: Các cấp ủy đã …": the words before the colon are the heading.
  const words = colon > 0 && colon <= 100 ? rest.slice(0, colon) : rest.length <= 120 && !/[.;]$/u.test(rest) ? rest : null;
  if (words === null) return { level, text: '', kind: 'results' };
  return { level, text: words.trim(), kind: sectionKind(words, reportYear) };
}

/** Does this text name the plan: its number, or a directive the plan carries out? */
export function citesPlan(text: string, plan: Plan): boolean {
  const keys = new Set<string>();
  if (plan.number) keys.add(symbolKey(plan.number));
  for (const c of plan.cites) for (const s of directiveSymbols(c)) keys.add(s.key);
  return directiveSymbols(text).some((s) => keys.has(s.key));
}

// Title words that say "a report on results", not on what: a title of only these names no subject.
const GENERIC_TITLE = new Set(['ket', 'qua', 'bao', 'cao', 'cong', 'tac', 'thuc', 'hien', 'tinh', 'hinh', 'nhiem', 'vu', 'phuong', 'huong', 'nam', 'thang', 'quy', 'dau', 'cuoi', 'trien', 'khai', 'so', 'ket', 'tong', 'trong', 'toi', 'va', 've', 'cua', 'giai', 'doan']);

/**
 * A general report ("lồng ghép"): its title names a subject other than the plan's, and it does not
 * open by citing the plan — so the plan is only one of its sections.
 */
function isGeneralReport(paras: readonly string[], title: string, plan: Plan): boolean {
  if (citesPlan(title, plan)) return false;
  const subject = fold(title).split(' ').filter((w) => w !== '' && !/^\d+$/u.test(w) && !GENERIC_TITLE.has(w));
  if (subject.length < 2 || topicCoverage(title, plan.title) >= 0.3) return false;
  // "Thực hiện Kế hoạch số … " before the first heading: the whole report answers the plan.
  const firstHeading = paras.findIndex((p) => headingOf(p) !== null && (headingOf(p)?.text ?? '') !== '');
  const opening = paras.slice(0, firstHeading < 0 ? Math.min(paras.length, 3) : firstHeading).join('\n');
  return !citesPlan(opening, plan);
}

/**
 * The paragraphs with their sections. In a general report — its title about something else — with
 * a section headed by the plan's number or directive, only that section is in scope.
 */
export function sectionsOf(paras: readonly string[], opts: { plan: Plan; title: string; reportYear: number | null }): Paragraph[] {
  const stack: Heading[] = [];
  const out: Paragraph[] = paras.map((text, index) => {
    const h = headingOf(text, opts.reportYear);
    if (h) {
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= h.level) stack.pop();
      stack.push(h);
    }
    // The first section that is not about results decides (a "Phương hướng" over its "1. …").
    const kind = stack.find((s) => s.kind !== 'results')?.kind ?? 'results';
    const under = [...stack].reverse().find((s) => s.text !== '')?.text ?? '';
    return { index, text, heading: h, under, kind, inScope: true };
  });
  if (!isGeneralReport(paras, opts.title, opts.plan)) return out;
  // The scope: from a heading that cites the plan to the next heading of its level or above.
  let scopeLevel: number | null = null;
  let any = false;
  for (const p of out) {
    if (p.heading && p.heading.text !== '') {
      if (scopeLevel !== null && p.heading.level <= scopeLevel) scopeLevel = null;
      if (scopeLevel === null && citesPlan(p.text.slice(0, 300), opts.plan)) {
        scopeLevel = p.heading.level;
        any = true;
      }
    }
    p.inScope = scopeLevel !== null;
  }
  if (!any) for (const p of out) p.inScope = true;
  return out;
}
