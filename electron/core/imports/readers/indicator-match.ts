// Pure: which figure (chỉ tiêu) a column header, a row label or the words after a number name,
// through the indicator's name, measure and synonyms — the plan's own figures first, then the
// catalogue's others ("số liệu khác": what units report that the plan does not name).
import type { Indicator } from '../../../../shared/domain';
import { fold } from '../../../../shared/text';
import { CATALOGUE, widerFigureOf } from '../../vocabulary/indicator-catalogue';
import { AFTER_A_NOUN, CLASSIFIERS, LEAD_FILLERS, NOT_FOLLOWED_BY } from '../../vocabulary/figure-words';
import { OCCASION_WORDS, PERSONS, measureSort } from '../../vocabulary/measure-sorts';
import { MONEY_WORD, moneyMeasure } from '../../vocabulary/money-measures';
import { otherKindWords, synonymsInScope, withoutOtherKind } from '../../vocabulary/synonym-scope';
import { saysOtherDeed, saysOwnDeed } from './figure-deeds';
import { containsRun, dice, inOrder, markedForm, tokens } from './similarity';

/**
 * `fromPlan`: false for a catalogue figure the plan does not have. `money`: the size in đồng of a
 * money measure ("Triệu đồng" is 10⁶), whose words are then MONEY_WORD, as every sum in a report is.
 */
export type IndicatorTerm = {
  key: string;
  words: string[];
  fromPlan: boolean;
  measure?: boolean;
  money?: number;
  marked?: string;
  /** Words that make the term another kind of thing when they follow it ("hội nghị" | "quán triệt"). */
  notBefore?: ReadonlySet<string>;
  /** How many first words name the thing counted, before what is said of it ("nhà Đại đoàn kết" | "được xây mới"). */
  head?: number;
};
/** `tied`: another figure fits as well (same score, same length of words). */
export type IndicatorMatch = { key: string; score: number; fromPlan: boolean; tied?: boolean };

// A figure the plan does not name wins only when it fits clearly better than the plan's own.
const OTHER_WEIGHT = 0.9;
// The thing a name counts, said whole: as good as most of the name.
const HEAD_SCORE = 0.85;

// "Số hội nghị", "Số lượng tin bài", "Tổng số lượt người": the lead words only say "how many".
const LEADS = [['tong', 'so'], ['so', 'luong'], ['so']];

function stripLead(words: string[]): string[] {
  for (const lead of LEADS) {
    if (words.length > lead.length && lead.every((w, i) => words[i] === w)) return words.slice(lead.length);
  }
  return words;
}

function termsOf(ind: Indicator, fromPlan: boolean, extra: readonly string[] = []): IndicatorTerm[] {
  const out: IndicatorTerm[] = [];
  const seen = new Set<string>();
  for (const raw of [ind.name, ind.measure, ...ind.synonyms, ...extra]) {
    const words = stripLead(tokens(raw));
    const k = words.join(' ');
    if (words.length === 0 || seen.has(k)) continue;
    seen.add(k);
    const marked = markedWord(raw, words);
    if (raw !== ind.measure) out.push({ key: ind.key, words, fromPlan, ...marked, ...headOf(words) });
    else {
      const money = moneyMeasure(raw);
      out.push(money === null ? { key: ind.key, words, fromPlan, measure: true, ...marked } : { key: ind.key, words: [MONEY_WORD], fromPlan, measure: true, money });
    }
  }
  return out;
}

// Where the thing a name counts ends: what was done to it ("được", "bị"), or whose or where it is.
const HEAD_ENDS = new Set(['duoc', 'bi', 'cua', 'voi', 'tai', 'tren', 'cho', 'trong', 'theo']);

/** "Nhà Đại đoàn kết được xây mới, sửa chữa": its first four words name what is counted. */
function headOf(words: readonly string[]): { head?: number } {
  const end = words.findIndex((w, i) => i >= 2 && HEAD_ENDS.has(w));
  return end < 0 ? {} : { head: end };
}

/** How many words after the number the figure's best term took. */
function topLenOf(top: readonly { key: string; len: number }[], key: string): number {
  return Math.max(0, ...top.filter((c) => c.key === key).map((c) => c.len));
}

/** A term of one word keeps it as marked ("căn"), so that "450 cán bộ" is not read as so many houses. */
function markedWord(raw: string, words: readonly string[]): { marked?: string } {
  if (words.length !== 1) return {};
  let marked = markedCache.get(raw);
  if (marked === undefined) {
    const last = raw.split(/[^\p{L}\p{N}]+/u).filter(Boolean).pop() ?? '';
    marked = fold(last) === words[0] ? markedForm(last) : null;
    markedCache.set(raw, marked);
  }
  return marked === null ? {} : { marked };
}
// The plan's and the catalogue's words, the same from file to file: each looked at once.
const markedCache = new Map<string, string | null>();

/** The size in đồng of the figure's money measure; undefined when it counts no money. */
export function moneyScaleOf(key: string, terms: readonly IndicatorTerm[]): number | undefined {
  return terms.find((t) => t.key === key && t.money !== undefined)?.money;
}

/**
 * The plan's indicators as terms. An indicator the catalogue also knows (same key) gains the
 * catalogue's current words, so plans saved earlier read reports as well as new ones.
 */
export function indicatorTerms(indicators: readonly Indicator[]): IndicatorTerm[] {
  return indicators.flatMap((ind) => {
    const known = CATALOGUE.find((c) => c.key === ind.key);
    const usual = known?.synonyms ?? [];
    if (!known || usual.length === 0) return termsOf(ind, true);
    // The catalogue's words (stored with the plan or current) only where no other figure of the plan
    // claims them, and none of another kind than the plan's figure counts.
    const others = indicators.filter((o) => o !== ind).map((o) => o.name);
    const own = [ind.name, ...ind.synonyms.filter((s) => !usual.includes(s))];
    const other = otherKindWords(own, ind.measure, known);
    const inScope = new Set(withoutOtherKind(synonymsInScope(own, usual, others), other));
    const synonyms = ind.synonyms.filter((s) => !usual.includes(s) || inScope.has(s));
    const terms = termsOf({ ...ind, synonyms }, true, [...inScope]);
    return other === null ? terms : terms.map((t) => ({ ...t, notBefore: other }));
  });
}

/**
 * A plan that counts things the catalogue does not know (its table of them, or figures the
 * specialist wrote) says which figures it wants; one whose figures are all the catalogue's kinds,
 * guessed from its tasks or named in its table, leaves room for the catalogue's others.
 */
function countsOwnFigures(indicators: readonly Indicator[]): boolean {
  return indicators.some((i) => !CATALOGUE.some((c) => c.key === i.key));
}

/**
 * Catalogue figures the plan has no indicator for (neither by key nor by name), kept as other
 * figures of a report — none beside figures of the plan's own kinds: "15.230 văn bản điện tử" is no
 * "Số kế hoạch, văn bản triển khai", and "320 lượt cán bộ" is the plan's people trained.
 */
export function otherIndicators(indicators: readonly Indicator[]): Indicator[] {
  const hit = otherCache.get(indicators);
  if (hit) return hit;
  const own = indicatorTerms(indicators);
  const built = countsOwnFigures(indicators) ? [] : CATALOGUE.filter((c) => !c.plannedOnly && !indicators.some((i) => i.key === c.key) && matchLabel(c.name, own, 0.85) === null).map(({ key, name, measure, synonyms }) => ({
    key,
    name,
    measure,
    synonyms,
  }));
  otherCache.set(indicators, built);
  return built;
}

// Plans stay the same objects from one file to the next in the readers' catalog: terms built once.
const termCache = new WeakMap<readonly Indicator[], IndicatorTerm[]>();
const otherCache = new WeakMap<readonly Indicator[], Indicator[]>();

/** The plan's terms, then the other figures' terms. */
export function readingTerms(indicators: readonly Indicator[]): IndicatorTerm[] {
  const hit = termCache.get(indicators);
  if (hit) return hit;
  const built = [...indicatorTerms(indicators), ...otherIndicators(indicators).flatMap((i) => termsOf(i, false))];
  termCache.set(indicators, built);
  return built;
}

function best(scored: { key: string; score: number; len: number; fromPlan: boolean }[], min: number): IndicatorMatch | null {
  // Equal scores: the longer term is the more specific ("hội nghị quán triệt" over "hội nghị"); then the plan's own.
  // One pass, not a sort: this runs for every number and every label. The first of equals wins, as a stable sort's would.
  let top: (typeof scored)[number] | undefined;
  for (const s of scored) {
    if (s.score < min) continue;
    if (!top || s.score > top.score || (s.score === top.score && (s.len > top.len || (s.len === top.len && s.fromPlan && !top.fromPlan)))) top = s;
  }
  if (!top) return null;
  const t = top;
  const tied = scored.some((s) => s.key !== t.key && s.score === t.score && s.len === t.len && s.fromPlan === t.fromPlan);
  return tied ? { key: t.key, score: t.score, fromPlan: t.fromPlan, tied } : { key: t.key, score: t.score, fromPlan: t.fromPlan };
}

// Headers and labels repeat across rows and files: each label is scored once per set of terms.
const labelCache = new WeakMap<readonly IndicatorTerm[], Map<string, IndicatorMatch | null>>();

/** A column header or a row label ("Số hội nghị", "Lượt người tham dự") against the terms. */
export function matchLabel(label: string, terms: readonly IndicatorTerm[], min = 0.75): IndicatorMatch | null {
  let cache = labelCache.get(terms);
  if (!cache) {
    cache = new Map();
    labelCache.set(terms, cache);
  }
  const key = `${min}\u0000${label}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const found = scoreLabel(label, terms, min);
  if (cache.size < 50_000) cache.set(key, found);
  return found;
}

// A word written in capitals that may stand for a run of the figure's words: "NTM", "GTNT", "TTHC".
const NO_VOWEL = /^[b-df-hj-np-tv-xz]{2,6}$/u;
const INITIALS = /(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu;

/**
 * The label's initials spelled out in the term's own words where a run of them has those initials:
 * "Xã đạt chuẩn NTM" against "xã đạt chuẩn nông thôn mới", "Hồ sơ TTHC" against "hồ sơ thủ tục hành
 * chính". Initials the term has as a word ("OCOP") stay as they are.
 */
function spelledOut(L: readonly string[], initials: readonly string[], T: readonly string[]): readonly string[] {
  let out = L;
  for (const a of initials) {
    const at = out.indexOf(a);
    if (at < 0 || T.includes(a)) continue;
    const start = T.findIndex((_, i) => i + a.length <= T.length && [...a].every((ch, k) => T[i + k]?.[0] === ch));
    if (start >= 0) out = [...out.slice(0, at), ...T.slice(start, start + a.length), ...out.slice(at + 1)];
  }
  return out;
}

function scoreLabel(label: string, terms: readonly IndicatorTerm[], min: number): IndicatorMatch | null {
  const written = stripLead(tokens(label));
  if (written.length === 0) return null;
  // Capitals as written, or words no Vietnamese syllable spells (no vowel: "ntm", "gtnt") once folded.
  const initials = [...new Set([...(label.match(INITIALS) ?? []).map((w) => fold(w)), ...written.filter((w) => NO_VOWEL.test(w))])].filter((w) => written.includes(w));
  const scored = terms.map((t) => {
    const T = t.words;
    const L = initials.length === 0 ? written : spelledOut(written, initials, T);
    let score = dice(L, T) * 0.9;
    if (L.join(' ') === T.join(' ')) score = 1;
    else if (containsRun(L, T)) score = Math.max(score, 0.75 + (0.25 * T.length) / L.length);
    else if (L.length >= 2 && containsRun(T, L)) score = Math.max(score, 0.75 + (0.25 * L.length) / T.length);
    // "Hội nghị học tập chuyên đề" for "hội nghị học tập, quán triệt chuyên đề": its words, in order, from the same head.
    else if (L.length >= 3 && L[0] === T[0] && inOrder(L, T)) score = Math.max(score, 0.75 + (0.25 * L.length) / T.length);
    // "Kiểm tra đảng viên" for "Đảng viên được kiểm tra": every word of the label, in another order —
    // above the measure alone ("đảng viên", shared by several figures), below the name in order.
    else if (L.length >= 3 && L.every((w) => T.includes(w))) score = Math.max(score, 0.88 + (0.05 * L.length) / T.length);
    return { key: t.key, score: t.fromPlan ? score : score * OTHER_WEIGHT, len: T.length, fromPlan: t.fromPlan };
  });
  const found = best(scored, min);
  if (!found?.tied) return found;
  // Figures tied on words they share ("Số đảng viên chuyển chính thức": "đảng viên", the measure of
  // two): the one whose own words the label says, if it fits the label at all.
  const named = namedByOwnPairs(written, planPairs(terms));
  const fit = Math.max(0, ...scored.filter((x) => x.key === named).map((x) => x.score));
  return named !== null && fit >= LABEL_FIT ? { key: named, score: found.score, fromPlan: true } : found;
}

// How well a label must fit the figure its own words name, when others tie on shared words.
const LABEL_FIT = 0.6;

/**
 * A table's row whose label names no figure in words enough, but is measured as one is: "Camera lắp
 * đặt mới | Cái" for "Số camera giám sát an ninh trật tự được lắp đặt | cái" — the one plan figure
 * whose name starts with the label's first word (no counting word) and whose measure is the row's.
 */
export function matchHeadAndMeasure(label: string, measure: string, terms: readonly IndicatorTerm[]): IndicatorMatch | null {
  const head = stripLead(tokens(label))[0];
  const m = tokens(measure).join(' ');
  if (head === undefined || m === '' || CLASSIFIERS.has(head)) return null;
  const measured = new Set(terms.filter((t) => t.fromPlan && t.measure && t.words.join(' ') === m).map((t) => t.key));
  const keys = new Set(terms.filter((t) => t.fromPlan && !t.measure && measured.has(t.key) && t.words[0] === head).map((t) => t.key));
  const [key] = keys;
  return keys.size === 1 && key !== undefined ? { key, score: 0.85, fromPlan: true } : null;
}

/** Word pairs of each figure's terms: "cuộc kiểm tra" makes "cuộc" + "kiểm" a pair of that figure. */
function pairsByKey(terms: readonly IndicatorTerm[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const t of terms) {
    const set = out.get(t.key) ?? new Set<string>();
    for (let i = 0; i + 1 < t.words.length; i++) set.add(`${t.words[i]} ${t.words[i + 1]}`);
    out.set(t.key, set);
  }
  return out;
}

const pairCache = new WeakMap<readonly IndicatorTerm[], Map<string, Set<string>>>();
const namePairCache = new WeakMap<readonly IndicatorTerm[], Map<string, Set<string>>>();
const measurePairCache = new WeakMap<readonly IndicatorTerm[], Map<string, Set<string>>>();

/** Each figure's word pairs (of all its terms, of its names alone, of its measure alone), built once per set of terms. */
function pairsOfTerms(terms: readonly IndicatorTerm[], which: 'all' | 'names' | 'measure' = 'all'): Map<string, Set<string>> {
  const cache = which === 'all' ? pairCache : which === 'names' ? namePairCache : measurePairCache;
  let m = cache.get(terms);
  if (!m) {
    m = pairsByKey(which === 'all' ? terms : terms.filter((t) => (which === 'measure') === (t.measure === true)));
    cache.set(terms, m);
  }
  return m;
}

/** The words start with a measure of another sort than the figure's own (people for a count of classes, …). */
export function otherSortSaid(words: readonly string[], key: string, terms: readonly IndicatorTerm[]): boolean {
  const own = terms.find((x) => x.key === key && x.measure === true);
  if (!own) return false;
  const said = [words.slice(0, 2).join(' '), words[0] ?? ''].map(measureSort).find((x) => x !== null && x !== 'thing') ?? null;
  const mine = measureSort(own.words.join(' '));
  return said !== null && mine !== null && mine !== 'thing' && said !== mine;
}

/** The figure's terms say this two-word noun ("đối thoại"), as a pair of their words. */
function namesNoun(key: string, noun: readonly string[], pairs: Map<string, Set<string>>): boolean {
  return noun.length === 2 && (pairs.get(key)?.has(noun.join(' ')) ?? false);
}

/**
 * Occasions counted with another counting word than the plan's ("03 buổi đối thoại" for "Số cuộc hội
 * nghị đối thoại với Nhân dân"): the one figure counted in occasions whose name has the noun.
 */
function occasionsOf(window: readonly string[], terms: readonly IndicatorTerm[], pairs: Map<string, Set<string>>): IndicatorMatch | null {
  if (!OCCASION_WORDS.has(window[0] ?? '') || window.length < 3) return null;
  const noun = window.slice(1, 3);
  const key = soleKey(terms.filter((t) => t.fromPlan && t.measure && OCCASION_WORDS.has(t.words.join(' ')) && namesNoun(t.key, noun, pairs)));
  return key === null ? null : { key, score: HEAD_SCORE, fromPlan: true };
}

/** The one figure these terms are of, or null when none or several. */
export function soleKey(terms: readonly IndicatorTerm[]): string | null {
  const keys = new Set(terms.map((t) => t.key));
  return keys.size === 1 ? ([...keys][0] ?? null) : null;
}

const firstCache = new WeakMap<readonly IndicatorTerm[], Map<string, IndicatorTerm[]>>();

/** Terms by their first word: a term matches a phrase only when the phrase starts with that word. */
function byFirstWord(terms: readonly IndicatorTerm[]): Map<string, IndicatorTerm[]> {
  let m = firstCache.get(terms);
  if (!m) {
    m = new Map();
    for (const t of terms) m.set(t.words[0] ?? '', [...(m.get(t.words[0] ?? '') ?? []), t]);
    firstCache.set(terms, m);
  }
  return m;
}

/**
 * Among figures tied on the words after a number ("27 tin, bài" is the measure of both "Số tin,
 * bài" and "Số tin, bài trên trang thông tin điện tử"), the one another of whose terms the sentence
 * says around the number ("Trang thông tin điện tử huyện đăng tải 27 tin, bài"); null when none or
 * several are.
 */
function namedAround(tied: readonly string[], around: readonly string[], terms: readonly IndicatorTerm[]): string | null {
  // A term of two words or more: one word ("tin" in "trang thông tin") says too little — unless no
  // other tied figure has that word in any of its terms ("Fanpage … đăng tải 46 tin, bài").
  const others = (key: string): Set<string> => new Set(terms.filter((t) => t.key !== key && tied.includes(t.key)).flatMap((t) => t.words));
  const says = (t: IndicatorTerm, key: string): boolean => (t.words.length >= 2 ? containsRun(around, t.words) : !t.measure && around.includes(t.words[0] ?? '') && !others(key).has(t.words[0] ?? ''));
  const named = tied.filter((key) => terms.some((t) => t.key === key && says(t, key)));
  return named.length === 1 ? (named[0] ?? null) : null;
}

/** What may break a tie between figures named alike after a number. */
export type PhraseContext = {
  /** The words of the clause before the number. */
  before?: readonly string[];
  /** The first word after the number as written, marks and all. */
  firstWord?: string;
  /** The figure a name before the number gives ("Kiểm tra, giám sát: 02 cuộc"). */
  named?: string | null;
  /** The few words right before the number, whatever stands before them ("… đã giải quyết" 132). */
  lead?: readonly string[];
  /** The words of the number's sentence before and after it, numbers and all; asked for only on a tie. */
  sentence?: () => { before: readonly string[]; after: readonly string[] };
  /** The words between the number before this one in its sentence and this one. */
  sincePrevious?: readonly string[];
  /** The people were asked about again as an attendance ("lượt người …"): not to be asked a third time. */
  attending?: boolean;
  /** The words of the number's own clause, back to the number or mark before it and on to the next; asked for only for people. */
  clause?: () => { before: readonly string[]; after: readonly string[] };
};

/**
 * Among figures measured alike, the one whose own word pair stands nearest before the number, back to
 * the number before it: "xây mới 12 căn nhà Đại đoàn kết với tổng kinh phí 980 triệu đồng" is the
 * houses' cost, not the fund's sum, in a plan counting both in "triệu đồng".
 */
function namedSincePrevious(tied: readonly string[], since: readonly string[], terms: readonly IndicatorTerm[]): string | null {
  const pairs = pairsOfTerms(terms);
  for (let i = since.length - 1; i > 0; i--) {
    const named = ownerOf(`${since[i - 1]} ${since[i]}`, tied, pairs);
    if (named !== null) return named;
  }
  return null;
}

/**
 * "Báo Tây Sơn đăng 24 tin, bài" between "Số tin, bài" and its narrower kind "Số tin, bài trên mạng xã
 * hội" when nothing around names the narrower: the wider figure.
 */
function widerOf(tied: readonly string[]): string | null {
  if (tied.length !== 2) return null;
  const [a, b] = tied;
  return isNarrower(a, b) ? (b ?? null) : isNarrower(b, a) ? (a ?? null) : null;
}

/** `x` counts a narrower kind of what `y` counts (catalogue data: websites' articles of articles). */
function isNarrower(x: string | undefined, y: string | undefined): boolean {
  return x !== undefined && y !== undefined && widerFigureOf(x) === y;
}

/**
 * Among figures measured alike ("ý kiến, kiến nghị được tiếp nhận", "… đã được giải quyết"), the one
 * whose own word pair — one the others' names do not have — is the verb right before the number
 * ("tiếp nhận 145 ý kiến", "đã giải quyết được 132 ý kiến"); null when none is. Only that verb: "báo
 * điện tử, đăng 45 tin, bài" is no "trang thông tin điện tử".
 */
function namedByLead(tied: readonly string[], lead: readonly string[], terms: readonly IndicatorTerm[]): string | null {
  const words = [...lead];
  while (words.length > 0 && LEAD_FILLERS.has(words[words.length - 1] ?? '')) words.pop();
  if (words.length < 2) return null;
  const verb = words.slice(-2).join(' ');
  const pairs = pairsOfTerms(terms);
  const named = tied.filter((key) => pairs.get(key)?.has(verb) && tied.every((k) => k === key || !pairs.get(k)?.has(verb)));
  return named.length === 1 ? (named[0] ?? null) : null;
}

// Measures that count people or households: the measure alone does not say which figure.
const PEOPLE = new Set([...PERSONS, 'ho', 'ho gia dinh']);

// Said of a conference or a briefing: what its people did (a training's trainees are counted apart).
const BRIEFED = /^duoc (?:hoc tap|quan triet|pho bien)\b/u;
// The last of these before "cho"/"với" says what the people were there for.
const GATHERINGS = /\b(hoi nghi|quan triet|hoc tap|tap huan|boi duong|dao tao)\b/gu;
const CONFERENCE = new Set(['hoi nghi', 'quan triet', 'hoc tap']);
const ATTENDANCE = ['luot', 'nguoi', 'tham', 'du'];

/** People counted after the number who attended a conference, by the words before or after them. */
function attended(window: readonly string[], context: PhraseContext): boolean {
  const n = PERSONS.has(window.slice(0, 2).join(' ')) ? 2 : PERSONS.has(window[0] ?? '') ? 1 : 0;
  if (n === 0) return false;
  if (BRIEFED.test(window.slice(n, n + 3).join(' '))) return true;
  const before = context.sentence?.().before ?? [...(context.before ?? []), ...(context.lead ?? [])];
  const last = before[before.length - 1];
  if (last !== 'cho' && last !== 'voi') return false;
  const gatherings = [...before.slice(-16).join(' ').matchAll(GATHERINGS)];
  return CONFERENCE.has(gatherings[gatherings.length - 1]?.[1] ?? '');
}

/** The sentence says a word pair of the figure's name or synonyms beyond its measure ("… đăng ký làm theo"). */
function saysMoreOf(key: string, sentence: { before: readonly string[]; after: readonly string[] } | undefined, terms: readonly IndicatorTerm[], besides: readonly string[] = []): boolean {
  if (!sentence) return true;
  const own = pairsOfTerms(terms, 'names').get(key) ?? new Set<string>();
  const measure = pairsOfTerms(terms, 'measure').get(key) ?? new Set<string>();
  // Beyond the words that matched too ("cán bộ, đảng viên" of "Cán bộ, đảng viên bị xử lý").
  const said = new Set(besides.slice(1).map((w, i) => `${besides[i]} ${w}`));
  // The words after the next number are its own: "25.600 hộ đăng ký …; giúp đỡ 320 hộ thoát nghèo".
  const next = sentence.after.findIndex((w, i) => i > 0 && /^\d/u.test(w));
  const words = [...sentence.before, '', ...(next < 0 ? sentence.after : sentence.after.slice(0, next))];
  for (let i = 1; i < words.length; i++) {
    const pair = `${words[i - 1]} ${words[i]}`;
    if (own.has(pair) && !measure.has(pair) && !said.has(pair)) return true;
  }
  return false;
}

/**
 * People an occasion of the figure's own deed was held for: "03 lớp tập huấn … cho 210 cán bộ, công
 * chức" for "Cán bộ, công chức được bồi dưỡng" (tập huấn and bồi dưỡng are one kind of deed).
 */
function givenTo(key: string, sincePrevious: readonly string[], terms: readonly IndicatorTerm[]): boolean {
  const last = sincePrevious[sincePrevious.length - 1];
  return (last === 'cho' || last === 'voi') && saysOwnDeed(key, sincePrevious, terms);
}

// Words that join a name's parts and say nothing of which figure: "bài trên" of "tin, bài trên mạng"
// names no website ("Tin, bài trên Báo Quân khu: 9 tin, bài" is articles).
const CONNECTIVES = new Set(['tren', 'duoi', 'cua', 'tai', 'o', 've', 'va', 'cac', 'nhung']);

/** The one figure among `tied` with this word pair, or null. */
function ownerOf(pair: string, tied: readonly string[], pairs: Map<string, Set<string>>): string | null {
  if (pair.split(' ').some((w) => CONNECTIVES.has(w))) return null;
  const named = tied.filter((key) => pairs.get(key)?.has(pair));
  return named.length === 1 ? (named[0] ?? null) : null;
}

/**
 * Among figures measured alike, the one the sentence names where it tells which: by its own word
 * pair in the words before the sentence's first number, nearest first — the verb said once for a
 * list ("kiểm tra 12 tổ chức đảng và 27 đảng viên", "thi hành kỷ luật … khiển trách 02 đảng viên,
 * cảnh cáo 01 đảng viên"); else the one left when the others are named for other numbers ("nêu 78
 * ý kiến, kiến nghị, đã được giải quyết 70 ý kiến": 70 is the resolved, so 78 the received).
 */
function namedInSentence(tied: readonly string[], sentence: { before: readonly string[]; after: readonly string[] } | undefined, terms: readonly IndicatorTerm[]): string | null {
  if (!sentence) return null;
  const pairs = pairsOfTerms(terms);
  const firstNumber = sentence.before.findIndex((w) => /^\d/u.test(w));
  const lead = firstNumber < 0 ? sentence.before : sentence.before.slice(0, firstNumber);
  for (let i = lead.length - 1; i > 0 && i >= lead.length - 24; i--) {
    const named = ownerOf(`${lead[i - 1]} ${lead[i]}`, tied, pairs);
    if (named !== null) return named;
  }
  // The number itself stands between the words before it and after it: no pair across it.
  const elsewhere = [...(firstNumber < 0 ? [] : sentence.before.slice(firstNumber)), '', ...sentence.after];
  const others = new Set<string>();
  for (let i = 1; i < elsewhere.length; i++) {
    const owner = ownerOf(`${elsewhere[i - 1]} ${elsewhere[i]}`, tied, pairs);
    if (owner !== null) others.add(owner);
  }
  const left = tied.filter((k) => !others.has(k));
  const only = others.size > 0 && left.length === 1 ? (left[0] ?? null) : null;
  // A wider figure named for another number says nothing of this one: "60 tin, bài, 12 phóng sự"
  // are both articles, the 60 none on a website for it.
  return only !== null && [...others].some((k) => isNarrower(only, k)) ? null : only;
}


// Words that join others and tell no figure: "viên được" of "Đảng viên được tặng Huy hiệu Đảng" names none.
const JOINING = new Set([...CONNECTIVES, 'duoc', 'bi', 'da', 'cho', 'voi', 'la', 'de', 'tu', 'den', 'trong', 'theo']);

/** The people the words after a number count ("09 đồng chí", "11 đảng viên"): how many words say them, 0 when none. */
function peopleWords(window: readonly string[]): number {
  return PEOPLE.has(window.slice(0, 2).join(' ')) ? 2 : PEOPLE.has(window[0] ?? '') ? 1 : 0;
}

/** Word pairs of the names of these figures, each kept where one figure alone has it (no joining word in it). */
function ownPairs(terms: readonly IndicatorTerm[], keys: ReadonlySet<string>): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const t of terms) {
    if (!keys.has(t.key) || t.measure) continue;
    for (let i = 1; i < t.words.length; i++) {
      const [a, b] = [t.words[i - 1] ?? '', t.words[i] ?? ''];
      if (JOINING.has(a) || JOINING.has(b)) continue;
      const pair = `${a} ${b}`;
      owners.set(pair, (owners.get(pair) ?? new Set()).add(t.key));
    }
  }
  return new Map([...owners].flatMap(([pair, owned]) => (owned.size === 1 ? [[pair, [...owned][0] ?? '']] : [])));
}

const peoplePairCache = new WeakMap<readonly IndicatorTerm[], Map<string, string>>();
const planPairCache = new WeakMap<readonly IndicatorTerm[], Map<string, string>>();

/**
 * The word pairs of the plan's figures that count people, each where one of them alone has it
 * ("công nhận", "chính thức" of "Đảng viên dự bị được công nhận chính thức"; not "đảng viên").
 */
function peoplePairs(terms: readonly IndicatorTerm[]): Map<string, string> {
  let out = peoplePairCache.get(terms);
  if (out) return out;
  const counted = new Set(terms.filter((t) => t.fromPlan && ((t.measure === true && PEOPLE.has(t.words.join(' '))) || (!t.measure && peopleWords(t.words) > 0))).map((t) => t.key));
  out = counted.size < 2 ? new Map<string, string>() : ownPairs(terms, counted);
  peoplePairCache.set(terms, out);
  return out;
}

/** The word pairs of the plan's figures, each where one of them alone has it. */
function planPairs(terms: readonly IndicatorTerm[]): Map<string, string> {
  let out = planPairCache.get(terms);
  if (!out) {
    out = ownPairs(terms, new Set(terms.filter((t) => t.fromPlan).map((t) => t.key)));
    planPairCache.set(terms, out);
  }
  return out;
}

/** The one figure whose own word pairs these words say; null when none or several. */
function namedByOwnPairs(words: readonly string[], pairs: ReadonlyMap<string, string>): string | null {
  const named = new Set(pairsOf(words).flatMap((pair) => pairs.get(pair) ?? []));
  return named.size === 1 ? ([...named][0] ?? null) : null;
}

/**
 * People counted after a number, in a plan with several figures that count people: the figure the
 * number's own clause names by a word pair no other of them has, nearest the number first (before
 * it, then after) — "công nhận đảng viên chính thức cho 09 đồng chí" are the members confirmed, though
 * another figure counts in "đồng chí"; "trao tặng Huy hiệu Đảng cho 11 đảng viên" are the badges'.
 */
function peopleNamedInClause(window: readonly string[], terms: readonly IndicatorTerm[], clause: PhraseContext['clause']): string | null {
  if (!clause || peopleWords(window) === 0) return null;
  const pairs = peoplePairs(terms);
  if (pairs.size === 0) return null;
  const { before, after: all } = clause();
  // Past the people themselves: "quần chúng" of "05 quần chúng" says whom, not what was done.
  const after = all.slice(peopleWords(all));
  return firstOwner(pairsOf(before).reverse(), pairs) ?? firstOwner(pairsOf(after), pairs);
}

/** The word pairs of these words, in order. */
function pairsOf(words: readonly string[]): string[] {
  return words.slice(1).map((w, i) => `${words[i]} ${w}`);
}

/** The figure owning the first of these pairs that one owns, or null. */
function firstOwner(pairs: readonly string[], owners: ReadonlyMap<string, string>): string | null {
  for (const pair of pairs) {
    const key = owners.get(pair);
    if (key !== undefined) return key;
  }
  return null;
}

/**
 * The words right after a number in prose ("lượt cán bộ, đảng viên tham dự") against the terms.
 * A tie between figures ("cuộc" is the measure of two) goes to the one `context` names.
 */
export function matchPhrase(after: readonly string[], terms: readonly IndicatorTerm[], min = 0.6, context: PhraseContext = {}): IndicatorMatch | null {
  const before = context.before ?? [];
  // Up to the next number: the words after it are its own ("09 cuộc đối với 15 tổ chức đảng").
  const nextNumber = after.findIndex((w, i) => i > 0 && w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57);
  const window = after.slice(0, Math.min(10, nextNumber < 0 ? 10 : nextNumber));
  if (window.length === 0) return null;
  const pairs = pairsOfTerms(terms);
  const candidates = byFirstWord(terms).get(window[0] ?? '') ?? [];
  // "45 tổ CNSCĐ": initials, spelled out against each term's words.
  const initials = window.filter((w) => NO_VOWEL.test(w));
  // A counting word with no noun after it: alone, or before what follows a noun ("1.500 bản gửi …").
  const bare = window.length === 1 || AFTER_A_NOUN.has(window[1] ?? '');
  const scored = candidates.map((t) => {
    const T = t.words;
    let score = 0;
    let len = T.length;
    if (T.every((w, i) => window[i] === w)) score = 1;
    else if (T.length >= 2 && window[0] === T[0]) {
      // The measure word follows the number; the rest of the name may come a few words later.
      const said = initials.length === 0 ? window : spelledOut(window, initials, T);
      const found = T.filter((w) => said.includes(w)).length / T.length;
      if (found >= 0.6) score = 0.9 * found;
      len = 1;
      // What the name counts, said whole without the rest ("05 nhà Đại đoàn kết" for "Nhà Đại đoàn kết được xây mới").
      const head = t.head ?? 0;
      if (score < HEAD_SCORE && head > 0 && T.slice(0, head).every((w, i) => window[i] === w)) {
        score = HEAD_SCORE;
        len = head;
      }
      // Its first word alone after the name's own deed: "đã lắp đặt được 32 camera" for "Camera giám
      // sát … được lắp đặt" (people are named so only with more of their name).
      if (score < HEAD_SCORE && head > 0 && !CLASSIFIERS.has(T[0] ?? '') && !PEOPLE.has(T[0] ?? '') && saysOwnDeed(t.key, context.lead ?? [], terms)) score = HEAD_SCORE;
    }
    // Both marked and not alike: "cán bộ" is not "căn".
    if (score > 0 && t.marked !== undefined && context.firstWord !== undefined && T.length === 1) {
      const said = markedForm(context.firstWord);
      if (said !== null && said !== t.marked) score = 0;
    }
    const head = T[0] ?? '';
    // "04 cuộc hội đàm" is no "số cuộc kiểm tra": a counting word alone needs its noun — right after
    // it in the figure's words, or a two-word noun the figure names ("04 cuộc đối thoại" for "Số cuộc
    // tiếp xúc, đối thoại").
    if (score > 0 && T.length === 1 && CLASSIFIERS.has(head) && !bare && !pairs.get(t.key)?.has(`${head} ${window[1]}`) && !namesNoun(t.key, window.slice(1, 3), pairs)) score = 0;
    // "120 đoàn viên" is no "đoàn": a following word that makes another noun.
    const last = score === 1 ? T[T.length - 1] : undefined;
    if (last !== undefined && ((NOT_FOLLOWED_BY[last] ?? []).includes(window[T.length] ?? '') || t.notBefore?.has(window[T.length] ?? ''))) score = 0;
    return { key: t.key, score: t.fromPlan ? score : score * OTHER_WEIGHT, len, fromPlan: t.fromPlan, measure: t.measure === true, head: len < T.length && len > 1 };
  });
  const found = best(scored, min);
  if (!found) {
    // "37 đoàn viên được cử đi học lớp bồi dưỡng nhận thức về Đảng": people no figure's words start
    // with, of whom the clause says what was done to them ("được …"), given to the one figure that
    // counts people it names ("giới thiệu 52 đoàn viên … xem xét kết nạp" were not admitted).
    const whom = peopleWords(window);
    const subject = whom > 0 && window.slice(whom, whom + 3).includes('duoc');
    const said = window[0] === 'luot' || !subject ? null : peopleNamedInClause(window, terms, context.clause);
    if (said !== null && !saysOtherDeed(said, context.lead ?? [], window, terms)) return { key: said, score: HEAD_SCORE, fromPlan: true };
    // "320 lượt cán bộ, công chức": "lượt" counts the people's attendances; the people name the figure.
    if (window[0] === 'luot' && (PEOPLE.has(window[1] ?? '') || PEOPLE.has(window.slice(1, 3).join(' ')))) {
      const people = { ...context };
      delete people.firstWord;
      const named = matchPhrase(after.slice(1), terms, min, people);
      if (named || context.attending) return named;
      // "9.200 lượt đoàn viên, thanh niên tham gia" for a plan's "Lượt người xem, tham gia": whoever
      // the people are, they are its "người".
      let n = 1;
      while (n < after.length && (PERSONS.has(after.slice(n, n + 2).join(' ')) || PERSONS.has(after[n] ?? ''))) n += PERSONS.has(after.slice(n, n + 2).join(' ')) ? 2 : 1;
      return after[n] === undefined || /^\d/u.test(after[n] ?? '') ? null : matchPhrase(['luot', 'nguoi', ...after.slice(n)], terms, min, { ...people, attending: true });
    }
    // "01 hội nghị quán triệt cho 132 cán bộ chủ chốt", "2.140 đảng viên được quán triệt": the people
    // a conference was held for, or who were briefed, attended it.
    if (!context.attending && window[0] !== 'luot' && attended(window, context)) {
      const people: PhraseContext = { ...context, attending: true };
      delete people.firstWord;
      const attendance = matchPhrase(ATTENDANCE, terms, min, people);
      if (attendance) return attendance;
    }
    const occasions = occasionsOf(window, terms, pairs);
    return occasions && !saysOtherDeed(occasions.key, context.lead ?? [], window, terms) ? occasions : null;
  }
  const sameScore = scored.filter((c) => c.score === found.score);
  const topLen = Math.max(...sameScore.map((c) => c.len));
  const top = sameScore.filter((c) => c.len === topLen);
  const tied = [...new Set(top.map((c) => c.key))];
  if (tied.length < 2) {
    // People the words after the number name only by a measure or the head of a name: the clause says
    // which figure they are, or the name written before the number ("Kết nạp đảng viên mới: 06 đồng chí").
    if (peopleWords(window) > 0 && top.every((c) => c.key !== found.key || c.measure || c.head)) {
      if (context.named != null && context.named !== found.key) return null;
      const said = peopleNamedInClause(window, terms, context.clause);
      if (said !== null) return said === found.key ? found : { key: said, score: found.score, fromPlan: true };
    }
    // "thi hành kỷ luật 02 đảng viên" in a plan whose one figure counted in đảng viên is those who
    // pledged: people counted by the measure alone are that figure only when the sentence says more of
    // it. So is a sum of money: "tổng kinh phí 980 triệu đồng" is no "Số tiền vận động ủng hộ Quỹ".
    // So are occasions counted by their counting word alone: "sinh hoạt chuyên đề … được 38 cuộc" is no
    // "Số cuộc kiểm tra, giám sát".
    const byMeasure = top.every((c) => c.key !== found.key || (c.measure && (PEOPLE.has(window.slice(0, c.len).join(' ')) || window[0] === MONEY_WORD || (c.len === 1 && bare && OCCASION_WORDS.has(window[0] ?? '')))));
    if (byMeasure && context.named !== found.key && !saysMoreOf(found.key, context.sentence?.(), terms)) return null;
    // People named by what a name counts, without the rest ("450 cán bộ, đảng viên" for "Cán bộ, đảng
    // viên bị xử lý"): only where the sentence says more of it, or its deed is said before the number.
    const byPeople = top.every((c) => c.key !== found.key || (c.head && PEOPLE.has(window.slice(0, 2).join(' '))));
    if (byPeople && context.named !== found.key && !saysMoreOf(found.key, context.sentence?.(), terms, window.slice(0, topLenOf(top, found.key))) && !saysOwnDeed(found.key, context.lead ?? [], terms) && !givenTo(found.key, context.sincePrevious ?? [], terms)) return null;
    // A sum, by its own clause: "phát hiện sai phạm về kinh tế 1,35 tỷ đồng, … đã thu hồi 720 triệu
    // đồng" has one sum recovered, though the sentence says "thu hồi" for the whole of it. A sum after
    // another in its clause ("500 triệu đồng tiền mặt và 150 triệu đồng hiện vật") goes with the sentence.
    if (byMeasure && window[0] === MONEY_WORD && context.named !== found.key) {
      const before = context.before?.length ? context.before : (context.lead ?? []);
      if (before.length > 0 && !saysMoreOf(found.key, { before, after: window.slice(1) }, terms)) return null;
    }
    if (context.named !== found.key && saysOtherDeed(found.key, context.lead ?? [], window, terms)) return null;
    return found;
  }
  // Around: the clause before the number, and the words after those the tied terms matched up to
  // the next number (whose words are its own).
  const rest = window.slice(topLen);
  const next = rest.findIndex((w) => /\d/u.test(w));
  const named = context.named ?? null;
  const key =
    named !== null && tied.includes(named)
      ? named
      : (peopleNamedInClause(window, terms, context.clause) ??
        namedAround(tied, [...before, ...(next < 0 ? rest : rest.slice(0, next))], terms) ??
        namedByLead(tied, context.lead ?? [], terms) ??
        namedInSentence(tied, context.sentence?.(), terms) ??
        namedSincePrevious(tied, context.sincePrevious ?? [], terms) ??
        widerOf(tied));
  // Nothing tells them apart ("đối với 15 tổ chức đảng và 20 đảng viên" of three figures counted in
  // đảng viên): no figure rather than the first.
  const pick = key === null ? undefined : (top.find((c) => c.key === key) ?? { key, score: found.score, fromPlan: true });
  if (pick && context.named !== pick.key && saysOtherDeed(pick.key, context.lead ?? [], window, terms)) return null;
  return pick ? { key: pick.key, score: pick.score, fromPlan: pick.fromPlan } : null;
}
