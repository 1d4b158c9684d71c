// Pure: figures written in prose ("12 hội nghị với 1.450 lượt cán bộ, đảng viên tham dự", "35 tin,
// bài"): each number and the words after it, matched to the figures, with what the sentence makes
// of it — the figure itself, its total, a part after "trong đó", a change ("tăng 02"), a target
// ("phấn đấu"), or a plain "không tổ chức đoàn ra" that reports zero.
import { fold, parseCount, parseViNumber } from '../../../../shared/text';
import { countsPieces, DELTA_MARKERS, LABEL_VERBS, PART_MARKERS, PROPOSAL_MARKERS, SPELLED_NUMBER_WORDS, TARGET_MARKERS, TOTAL_MARKERS, ZERO_VERBS } from '../../vocabulary/figure-words';
import { MONEY_WORD } from '../../vocabulary/money-measures';
import { amountAfter, valueFor } from './amounts';
import { matchLabel, matchPhrase, moneyScaleOf, otherSortSaid, soleKey } from './indicator-match';
import type { IndicatorMatch, IndicatorTerm } from './indicator-match';
import { inOrder, tokens } from './similarity';

export type FigureRole = 'main' | 'total' | 'part' | 'delta' | 'target' | 'zero';
export type ProseFigure = {
  indicatorKey: string;
  value: number;
  cumulative: boolean;
  phrase: string;
  score: number;
  role: FigureRole;
  /** Which sentence of the text it is in (a stop is '.', ';', '!', '?'). */
  sentence: number;
  /**
   * Which statement it is in (up to a full stop, ';' aside): figures of one statement add up, a list
   * parted by ';' too ("Báo … đăng 24 tin, bài; Đài … phát sóng 18 phóng sự"). Sentence when unset.
   */
  statement?: number;
  /** Copies said by their counting word alone ("1.500 bản", "1.500 bản gửi các đơn vị"). */
  copies?: boolean;
  /**
   * A running total over years: the year it counts from ("từ năm 2012 đến nay"), 0 when it counts
   * from the directive or over several years without saying which ("từ khi ban hành Chỉ thị", "sau
   * 5 năm"); null for any other figure.
   */
  since: number | null;
  /** A running total over a whole year or half-year ("lũy kế cả năm", "lũy kế 6 tháng"): its months. */
  over: number | null;
};

// Thousands grouped with dots (the Vietnamese way), commas, or spaces ("1 200", as a number format
// or a PDF may give them).
const NUMBER = /(?<![\p{L}\d.,–-])(?<![\d.,]\/)(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|\d+(?:,\d+)?)(?![\d%]|\/(?!\s*\d{1,3}(?:\.\d{3})*\s+\p{L})|[.,]\d|\s*%|\s*[-–]\s*\p{Lu})/gu;
// Numbers that are part of a date, a document symbol or a numbering, not a count.
const NOT_A_COUNT = /(?:^|\s)(?:ngay|thang|nam|(?<!tong )so|quy|khoa|lan thu|thu|chi thi|nghi quyet|ket luan|ke hoach|quyet dinh|dieu|khoan|muc|phan|diem|giai doan|luc|gio|kenh|nhiem ky|lop)\s*$/u;
// "không", "chưa" before a figure's whole name: none of it ("Không kết nạp được đảng viên mới").
const NEGATIONS = ['khong', 'chua'];
// "không", "không có", "chưa có" as the whole value after a figure's name and its colon.
const NONE_AS_VALUE = /(?<=:)\s*(?:không(?: có)?|chưa có)(?=\s*(?:[.;,\n]|$))/giu;
// "… đã giải quyết 132 ý kiến, còn 13 ý kiến đang xem xét": what is left of a figure is a part of it.
const REMAINDER = /\bcon(?: lai)?$/u;
const CUMULATIVE = /\b(?:luy ke|tu dau nam|tinh tu dau nam)\b/u;
// A running total over years: from a year ("từ năm 2012 đến nay", "giai đoạn 2016 - 2020"), or from
// the directive or over years left unsaid ("từ khi ban hành Chỉ thị", "sau 5 năm").
const SINCE_YEAR = /\b(?:tu|giai doan) (?:nam )?((?:19|20)\d\d)\b/u;
const SINCE_START = /\btu khi (?:ban hanh|trien khai|thuc hien|co)\b|\bsau (?:\d+|hai|ba|bon|nam|muoi) nam\b/u;
// "nâng tổng số mô hình toàn tỉnh lên 47": what there is now, counted over the years too.
const STOCK = /\bnang (?:tong )?so\b(?: [a-z0-9]+){0,8} len$/u;
// "duy trì 30 mô hình", "hiện có 45 câu lạc bộ", "30 mô hình cũ": what was there before, kept.
const KEPT = /\b(?:duy tri|hien co|hien nay co|hien dang co)(?: (?:hoat dong|on dinh|duoc))*$/u;
const OLD = /^\s*(?:\p{L}+\s+){1,3}cũ(?![\p{L}])/u;

/** "duy trì 30 mô hình", "30 mô hình cũ": the words before the number since the last mark or number, or the phrase after it. */
function keptFromBefore(text: string, at: number, phrase: string): boolean {
  if (phrase.includes('cũ') && OLD.test(phrase)) return true;
  const lead = sinceLastMark(text, at, 40).split(/\d/u).pop() ?? '';
  // Most leads say neither: the cheap look first.
  return /duy|hiện|hien/iu.test(lead) && KEPT.test(fold(lead));
}
// "lũy kế cả năm", "lũy kế 6 tháng đầu năm": a running total over a whole year or half-year.
const RUNNING_OVER = /\bluy ke (?:(?:trong |ca )nam|(?:6|sau) thang)\b/u;

function sinceOf(folded: string): number | null {
  const y = SINCE_YEAR.exec(folded);
  if (y) return Number(y[1]);
  return SINCE_START.test(folded) ? 0 : null;
}

function overOf(folded: string): number | null {
  const m = RUNNING_OVER.exec(folded);
  return m === null ? null : m[0].includes('nam') ? 12 : 6;
}

const CLAUSE_END = /[.;:!?()\n]|\s[-–]\s/u;
// The words after a number end with its clause, or where a comma opens another predicate ("78 ý
// kiến, kiến nghị, đã được giải quyết 70 ý kiến": the 78 were raised, not resolved).
const PHRASE_END = /[.;:!?()\n]|\s[-–]\s|,\s*(?:đã|đang|được|bị|sẽ|còn|đến nay|trong đó)(?![\p{L}])/iu;
// A delta marker that is a word of something else once folded: "tăng cường", "gia tăng", "tầng
// lớp", "tăng trưởng", "giám sát", "giám đốc", "giảm nghèo" (a programme's name), "tặng Bằng khen".
const NOT_DELTA =
  /\btang cuong\b|\bgia tang\b|\btang lop\b|\btang truong\b|\bgiam (?:sat|doc|dinh|khao|muc|ngheo)\b|\bbo sung hoan thien\b|\b(?:trao |duoc )?tang (?:bang khen|giay khen|co thi dua|ky niem chuong|danh hieu|qua|thuong|hoa)\b/gu;

// "tặng" (given) folds as "tăng" (rose) does: written with its dot below, it is no change.
const GIVEN = /^tặng/iu;

const foldedChars = new Map<string, string>();

/**
 * One character folded to a letter or digit, a space to a space, and a mark to '#', each as long as
 * it is (positions stay put). Marks stay: "cơ sở) với" is no "so với", "tăng, giảm" no "tăng giảm".
 */
function foldChar(ch: string): string {
  let c = foldedChars.get(ch);
  if (c === undefined) {
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();
    c = base.length === 1 && /[a-z0-9]/u.test(base) ? base : (/\s/u.test(ch) ? ' ' : '#').repeat(ch.length);
    foldedChars.set(ch, c);
  }
  return c;
}

/** Folds letter by letter, so positions in the result are positions in the (NFC) text. */
export function foldInPlace(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

const listPatterns = new Map<readonly string[], RegExp>();

/** Where any phrase of a word list occurs in folded text, as [start, end) positions. */
function occurrences(f: string, words: readonly string[]): [number, number][] {
  let re = listPatterns.get(words);
  if (!re) {
    const alternatives = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /gu, ' +'));
    re = new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})(?![a-z0-9])`, 'gu');
    listPatterns.set(words, re);
  }
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(f); m !== null; m = re.exec(f)) out.push([m.index, m.index + m[0].length]);
  return out;
}

// The end of a statement: '.', '!' or '?' followed by a space, or a line break.
const FULL_STOP = /[.!?](?=\s)|\n/gu;

/** Sentences as [start, end): a stop is '.', ';', '!' or '?' followed by a space, or a line break. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const re = /[.;!?](?=\s)|\n/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push([start, m.index + 1]);
    start = m.index + 1;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

// "Tổng số tin, bài: 312", "số lượt người tham dự là 1.200": the name, a connector, then the number.
const LABEL_VERB_WORDS = LABEL_VERBS.map((v) => v.split(' '));
const CONNECTOR = /(?::|\s(?:là|đạt|được|=))\s*$/u;

/** The figure named just before a number, when a connector ties them; the nearest words that name one win. */
function labelBefore(text: string, at: number, terms: readonly IndicatorTerm[]): IndicatorMatch | null {
  const head = text.slice(Math.max(0, at - 120), at);
  const c = CONNECTOR.exec(head);
  if (!c) return null;
  const clause = head.slice(0, c.index).split(/[.;\n(]|\s[-–+]\s|^[-–+]\s/u).pop() ?? '';
  // "Tổng số mô hình được xây dựng trong năm là 14": when, not which figure.
  const said = withoutTrailingTime(tokens(clause));
  let words = said;
  // The name itself first; then without the verbs after it ("… tin, bài đã đăng là 42").
  for (let strips = 0; strips <= 3; strips++) {
    const m = nameEndingWords(words, 10, terms);
    if (m) return m;
    const verb = LABEL_VERB_WORDS.find((v) => v.length < words.length && v.every((w, i) => words[words.length - v.length + i] === w));
    if (!verb) break;
    words = words.slice(0, words.length - verb.length);
  }
  return shortenedName(said, terms);
}

/**
 * A name said short, from its "Số …" on: its words in order, from the same first word, in one
 * figure's name only ("Tổng số mô hình được xây dựng" for "Số mô hình, điển hình … được xây dựng").
 */
function shortenedName(words: readonly string[], terms: readonly IndicatorTerm[]): IndicatorMatch | null {
  const at = words.lastIndexOf('so');
  // "đã", "được" say when or how, not which ("Số mô hình đã xây dựng").
  const name = at < 0 ? [] : words.slice(at + 1).filter((w) => w !== 'da' && w !== 'duoc');
  if (name.length < 3) return null;
  const key = soleKey(terms.filter((t) => t.fromPlan && !t.measure && t.words[0] === name[0] && inOrder(name, t.words)));
  return key === null ? null : { key, score: 0.85, fromPlan: true };
}

// Words of a time phrase that may close a figure's name before its number ("trong năm", "6 tháng đầu năm 2022").
const TIME_WORDS = new Set(['trong', 'tu', 'den', 'nay', 'nam', 'ky', 'bao', 'cao', 'quy', 'thang', 'dau', 'cuoi', 'sau', 'i', 'ii', 'iii', 'iv', 'ca', 'qua']);
const TIME_OPENERS = new Set(['trong', 'tu', 'den', 'nam', 'quy', 'thang', 'ca', 'qua']);

/** The words without a time phrase at their end (opened by "trong", "từ", "năm" …, all time words or numbers). */
function withoutTrailingTime(words: string[]): string[] {
  let cut = words.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? '';
    if (!TIME_WORDS.has(w) && !/^\d+$/u.test(w)) break;
    if (TIME_OPENERS.has(w)) cut = i;
  }
  return cut > 0 ? words.slice(0, cut) : words;
}

const FIRST_WORD = /[\p{L}\p{N}]+/u;
const PROPOSAL_WORDS = PROPOSAL_MARKERS.map((p) => p.split(' '));

// "/1.300" right after a count: the whole it is a part of.
const RATIO = /^\s*\/\s*\d{1,3}(?:\.\d{3})*(?![\d/])/u;

/**
 * A figure's name right before a number that ends its clause ("Khen thưởng: tập thể 04, cá nhân 12"):
 * the last few words since a comma or a clause mark, when they are a figure's name or measure.
 */
function nameRightBefore(text: string, at: number, terms: readonly IndicatorTerm[]): IndicatorMatch | null {
  return nameEndingWords(tokens(sinceLastMark(text, at, 60)), 4, terms);
}

/**
 * A figure named right before a number whose words after it are that figure's measure and no noun
 * of their own ("giám sát chuyên đề 09 cuộc đối với 15 tổ chức đảng": "09 cuộc" alone names no figure).
 */
function nameBeforeMeasure(text: string, at: number, phrase: readonly string[], terms: readonly IndicatorTerm[]): IndicatorMatch | null {
  const named = nameRightBefore(text, at, terms);
  if (!named) return null;
  const begins = terms.some((t) => t.key === named.key && t.words.every((w, i) => phrase[i] === w));
  return begins ? named : null;
}

/**
 * A figure whose name the number splits: the verb before it, the noun after ("kiểm tra 12 tổ chức
 * đảng" for "Kiểm tra tổ chức đảng", "kết nạp 45 đảng viên mới"). Only a name said in full.
 */
function nameAroundNumber(text: string, at: number, phrase: readonly string[], terms: readonly IndicatorTerm[]): IndicatorMatch | null {
  const head = sinceLastMark(text, at, 40);
  if (/\d/u.test(head)) return null;
  const lead = tokens(head);
  for (let k = 2; k <= Math.min(3, lead.length); k++) {
    for (let j = 1; j <= Math.min(4, phrase.length); j++) {
      const m = matchLabel([...lead.slice(-k), ...phrase.slice(0, j)].join(' '), terms, 0.95);
      if (m) return m;
    }
  }
  return PERSONS.has(phrase.slice(0, 2).join(' ')) ? namedByVerb(lead, terms) : null;
}

// Whom a verb counts, in words that name no figure: "kết nạp 17 đồng chí vào Đảng".
const PERSONS = new Set(['dong chi', 'quan chung', 'truong hop']);
const VERB_FILLERS = new Set(['duoc', 'da', 'cho']);

/** The one figure whose name starts with the verb before the number ("kết nạp" for "Kết nạp đảng viên mới"). */
function namedByVerb(lead: readonly string[], terms: readonly IndicatorTerm[]): IndicatorMatch | null {
  const words = [...lead];
  while (words.length > 0 && VERB_FILLERS.has(words[words.length - 1] ?? '')) words.pop();
  const verb = words.slice(-2);
  if (verb.length < 2) return null;
  const key = soleKey(terms.filter((t) => t.fromPlan && t.words.length > 2 && t.words[0] === verb[0] && t.words[1] === verb[1]));
  return key === null ? null : { key, score: 0.9, fromPlan: true };
}

/** The text right before `at` (at most `span` characters) since the last comma or clause mark. */
function sinceLastMark(text: string, at: number, span: number): string {
  return text.slice(Math.max(0, at - span), at).split(/[,.;:!?()\n]/u).pop() ?? '';
}

/**
 * A figure named by the last words (up to `most`), the fewest first; words that fit two figures
 * alike ("được khen thưởng" of "tập thể …" and "cá nhân …") are read on, to the word that tells.
 */
function nameEndingWords(words: readonly string[], most: number, terms: readonly IndicatorTerm[]): IndicatorMatch | null {
  for (let k = 1; k <= Math.min(words.length, most); k++) {
    const m = matchLabel(words.slice(-k).join(' '), terms, 0.9);
    if (m && !m.tied) return m;
  }
  return null;
}

/** The text after a number without the number spelled out in brackets ("02 (hai) hội nghị" → " hội nghị"). */
function afterSpelledOut(rest: string): string {
  const b = /^\s*\(([^()\d]{1,80})\)/u.exec(rest);
  if (!b) return rest;
  const words = fold(b[1] ?? '').split(/[\s,-]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => SPELLED_NUMBER_WORDS.has(w)) ? rest.slice(b[0].length) : rest;
}

/**
 * The words from the clause's start to a number ("Trang thông tin điện tử huyện đăng tải" 27 …),
 * which may say which figure the number is. None when another number comes first in the clause:
 * the words after that one are its own.
 */
function clauseBefore(text: string, at: number): string {
  const head = text.slice(Math.max(0, at - 120), at);
  const clause = head.split(CLAUSE_END).pop() ?? '';
  if (!/\d/u.test(clause)) return clause;
  // The words after a number are its own, up to a comma: "thực hiện Nghị định số 72/2013/NĐ-CP,
  // Trang thông tin điện tử huyện đăng tải" 06 — what follows the comma is this number's.
  const afterNumber = clause.slice(clause.search(/\d(?!.*\d)/su) + 1);
  const comma = afterNumber.lastIndexOf(',');
  return comma < 0 ? '' : afterNumber.slice(comma + 1);
}

/**
 * The words right before a number since the last comma or clause mark ("…, tiếp nhận" 145, "; đến
 * nay đã giải quyết" 132): the verb that may tell figures measured alike apart. None when a number
 * stands there: the words after it are its own.
 */
function leadBefore(text: string, at: number): string[] {
  const head = sinceLastMark(text, at, 40);
  return /\d/u.test(head) ? [] : tokens(head).slice(-4);
}

/** The words back to the number before this one (at most 80 characters), or none when there is none that near. */
function sincePrevious(text: string, at: number): string[] {
  const head = text.slice(Math.max(0, at - 80), at).split(/[.!?\n]\s/u).pop() ?? '';
  const digit = head.search(/\d(?!.*\d)/su);
  return digit < 0 ? [] : tokens(head.slice(digit + 1));
}

/**
 * The words of a number's own clause: back to a clause mark or the number before it, on to the next
 * number or mark (a comma too, after it: "45 đảng viên, đã được kiểm tra 30 …" are not the 30's), a
 * bracket skipped ("05 quần chúng (03 giáo viên, 02 học sinh) đi học lớp …").
 */
function ownClause(text: string, at: number, end: number): { before: string[]; after: string[] } {
  const line = text.slice(Math.max(0, at - 160), at).split(/[.;!?\n]/u).pop() ?? '';
  // A colon right before the number ends its name ("Công nhận chính thức: 03 đồng chí"); one earlier, a lead-in.
  const head = (/:\s*$/u.test(line) ? line.replace(/:\s*$/u, '') : line).split(':').pop() ?? '';
  const digit = head.search(/\d(?!.*\d)/su);
  const tail = text.slice(end, end + 200).replace(/\([^()]*\)/gu, ' ');
  const stop = tail.search(/[.,;:!?\n]|\d/u);
  return { before: tokens(digit < 0 ? head : head.slice(digit + 1)), after: tokens(stop < 0 ? tail : tail.slice(0, stop)) };
}

/** The words right before a number ask for its verb rather than say it was done ("kiến nghị thu hồi" 980). */
function proposed(lead: readonly string[]): boolean {
  const at = PROPOSAL_WORDS.findIndex((p) => lead.some((w, i) => w === p[0] && lead[i + 1] === p[1] && i + 2 < lead.length));
  return at >= 0 && lead[0] !== 'so' && lead[0] !== 'tong';
}

type Marks = { part: [number, number][]; total: [number, number][]; delta: [number, number][]; target: [number, number][] };

function roleAt(text: string, at: number, s: [number, number], marks: Marks): FigureRole {
  const inSentence = (m: [number, number]): boolean => m[0] >= s[0] && m[1] <= at;
  // A part after "trong đó" — unless it opened a bracket that closed before this number.
  const part = marks.part.filter(inSentence).find((m) => {
    const open = text.lastIndexOf('(', m[0]);
    const bracketed = open >= s[0] && text.slice(open + 1, m[0]).trim() === '';
    return !bracketed || text.indexOf(')', m[1]) < 0 || text.indexOf(')', m[1]) > at;
  });
  if (part) return 'part';
  // "Ban hành 05 văn bản (03 kế hoạch, 02 hướng dẫn)": a bracket after a figure breaks it down.
  const open = text.lastIndexOf('(', at);
  const close = open < 0 ? -1 : text.indexOf(')', open);
  // A share before it ("100% đảng viên dự bị … (05 đồng chí)") is no figure the bracket breaks down.
  if (open >= s[0] && (close < 0 || close > at) && /\d(?![\d.,]*\s*%)/u.test(text.slice(s[0], open))) return 'part';
  if (marks.target.some(inSentence)) return 'target';
  if (marks.delta.some((m) => inSentence(m) && at - m[1] <= 80 && !addedInPeriod(text, m, at))) return 'delta';
  if (marks.total.some(inSentence)) return 'total';
  return 'main';
}

// "thêm" compares only when its clause says with what: "có thêm 02 xã so với cùng kỳ".
const COMPARED = /\b(?:so voi|cung ky|nam truoc|ky truoc|thang truoc|quy truoc|dieu chinh)\b/u;

/**
 * "có thêm 02 xã đạt chuẩn", "cứng hóa thêm 76,3 km": what the period added, not a change against
 * another period — unless the number's clause says which ("… so với cùng kỳ"). "tăng thêm" is a change.
 */
function addedInPeriod(text: string, mark: [number, number], at: number): boolean {
  if (fold(text.slice(mark[0], mark[1])) !== 'them') return false;
  const clause = text.slice(at).split(/[,;.!?()\n]/u)[0] ?? '';
  return !COMPARED.test(fold(text.slice(mark[1], at) + clause));
}

export function figuresInText(text: string, terms: readonly IndicatorTerm[]): ProseFigure[] {
  const t = text.normalize('NFC');
  const f = foldInPlace(t);
  // Sentences and role words are looked for only once a number names a figure: most paragraphs
  // of a report have none.
  let marks: Marks | null = null;
  const marksOf = (): Marks =>
    (marks ??= {
      part: occurrences(f, PART_MARKERS),
      total: occurrences(f, TOTAL_MARKERS),
      delta: occurrences(f.replace(NOT_DELTA, (m) => ' '.repeat(m.length)), DELTA_MARKERS).filter(([a]) => !GIVEN.test(t.slice(a, a + 4))),
      target: occurrences(f, TARGET_MARKERS),
    });
  let spans: [number, number][] | null = null;
  const spansOf = (): [number, number][] => (spans ??= sentences(t));
  const sentenceOf = (at: number): number => Math.max(0, spansOf().findIndex(([a, b]) => at >= a && at < b));
  const statementOf = (at: number): number => (t.slice(0, at).match(FULL_STOP) ?? []).length;
  const out: ProseFigure[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(t); m !== null; m = NUMBER.exec(t)) {
    const before = fold(t.slice(Math.max(0, m.index - 24), m.index));
    // "… trong 6 tháng: 145 hộ": after a colon the number is the name's value, not a day or a month;
    // after a comma it starts the next item of a list ("02 kế hoạch, 03 công văn"), no plan's number.
    if (NOT_A_COUNT.test(before) && !/[:,;]\s*$/u.test(t.slice(Math.max(0, m.index - 3), m.index))) continue;
    const after = t.slice(m.index + m[0].length);
    const spelled = afterSpelledOut(after);
    // "1,25 tỷ đồng", "1,2 triệu lượt người", "1 tỷ 250 triệu đồng" (whose 250 is taken here).
    const amount = amountAfter(spelled);
    const rest = amount ? spelled.slice(amount.length) : spelled;
    if (amount && amount.plus > 0) NUMBER.lastIndex = Math.max(NUMBER.lastIndex, t.length - rest.length);
    // Where the phrase starts in the text: past the number in words and its amount, if there were.
    const phraseStart = m.index + m[0].length + (after.length - rest.length);
    // "1.250/1.300 đảng viên": so many of so many; the words after the second are the first's.
    const ratio = RATIO.exec(rest);
    const own = ratio ? rest.slice(ratio[0].length) : rest;
    const end = own.search(PHRASE_END);
    // "tập thể 04, cá nhân 12": words after a comma are the next figure's.
    const phrase = /^\s*,/u.test(own) ? '' : (end < 0 ? own : own.slice(0, end)).slice(0, 100);
    const named = labelBefore(t, m.index, terms) ?? (tokens(phrase).length === 0 ? nameRightBefore(t, m.index, terms) : null);
    // "Số đảng viên được học tập, quán triệt là 2.110 đồng chí": people after the number are no count
    // of the occasions a name before it may sound like.
    const label = named !== null && otherSortSaid(tokens(phrase), named.key, terms) ? null : named;
    const lead = leadBefore(t, m.index);
    const at = m.index;
    const sentence = (): { before: string[]; after: string[] } => {
      const [a, b] = spansOf()[sentenceOf(at)] ?? [0, t.length];
      return { before: tokens(t.slice(Math.max(a, at - 200), at)), after: tokens(t.slice(m.index + m[0].length, Math.min(b, at + 200))) };
    };
    // A sum of money is read in one word, as the plan's money measures are.
    const words = amount?.money ? [MONEY_WORD, ...tokens(phrase)] : tokens(phrase);
    const match =
      matchPhrase(words, terms, undefined, { before: tokens(clauseBefore(t, m.index)), named: label?.key, lead, sentence, sincePrevious: sincePrevious(t, m.index), clause: () => ownClause(t, at, phraseStart), ...(amount?.money ? {} : { firstWord: FIRST_WORD.exec(phrase)?.[0] }) }) ??
      label ??
      (words.length > 0 ? (nameBeforeMeasure(t, at, words, terms) ?? nameAroundNumber(t, at, words, terms)) : null);
    if (!match) continue;
    // "1,250 tỷ" is one and a quarter: a scale word makes the comma a decimal one.
    const n = amount && amount.factor > 1 ? parseViNumber(m[0]) : parseCount(m[0]);
    const value = n === null ? null : valueFor(n, amount, moneyScaleOf(match.key, terms));
    if (value === null) continue;
    const si = sentenceOf(m.index);
    const s = spansOf()[si] ?? [0, t.length];
    const upTo = fold(t.slice(s[0], phraseStart + phrase.length));
    const cumulative = CUMULATIVE.test(upTo);
    out.push({ indicatorKey: match.key, value, cumulative, phrase: `${m[0]}${amount ? spelled.slice(0, amount.length) : ''} ${phrase.trim()}`.trim(), score: match.score, role: REMAINDER.test(before) ? 'part' : proposed(lead) ? 'target' : roleAt(t, m.index, s, marksOf()), sentence: si, statement: statementOf(m.index), copies: countsPieces(words, FIRST_WORD.exec(phrase)?.[0]), since: STOCK.test(fold(t.slice(s[0], m.index))) || keptFromBefore(t, m.index, phrase) ? 0 : sinceOf(upTo), over: cumulative ? overOf(upTo) : null });
  }
  // "không tổ chức đoàn ra": zero, said in words.
  for (const [a, b] of occurrences(f, ZERO_VERBS)) {
    const rest = t.slice(b);
    const end = rest.search(CLAUSE_END);
    const phrase = (end < 0 ? rest : rest.slice(0, end)).slice(0, 60);
    const match = matchPhrase(tokens(phrase), terms, 0.9);
    if (match) out.push({ indicatorKey: match.key, value: 0, cumulative: false, phrase: t.slice(a, b) + phrase, score: match.score, role: 'zero', sentence: sentenceOf(a), since: null, over: null });
  }
  // "Số thôn chưa có chi bộ: không": none, as the value a figure's name is given.
  for (const m of t.matchAll(NONE_AS_VALUE)) {
    const at = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
    const named = labelBefore(t, at, terms);
    if (named) out.push({ indicatorKey: named.key, value: 0, cumulative: false, phrase: t.slice(Math.max(0, at - 40), at + m[0].trim().length).trim(), score: named.score, role: 'zero', sentence: sentenceOf(at), since: null, over: null });
  }
  // "Không kết nạp được đảng viên mới", "chưa tổ chức giám sát chuyên đề": "no" before a figure's
  // whole name, its verb first.
  for (const [a, b] of occurrences(f, NEGATIONS)) {
    if (out.some((x) => x.role === 'zero' && x.sentence === sentenceOf(a))) continue;
    const rest = t.slice(b);
    const end = rest.search(CLAUSE_END);
    const said = tokens((end < 0 ? rest : rest.slice(0, end)).slice(0, 60));
    // "không được …" forbids or says what was not done to it; "không kết nạp được" is "could not".
    if (said[0] === 'duoc') continue;
    const words = said.filter((w) => w !== 'duoc');
    const from = words[0] === 'to' && words[1] === 'chuc' ? 2 : 0;
    // The name of three words or more, right after: "không chỉ …", "không được kiểm tra" are not it.
    // Its words may come in another order, verb first: "chưa kết nạp được đảng viên mới" for "Đảng
    // viên mới kết nạp".
    const key = soleKey(terms.filter((x) => x.fromPlan && !x.measure && x.words.length >= 3 && sameWords(x.words, words.slice(from, from + x.words.length))));
    if (key !== null) {
      out.push({ indicatorKey: key, value: 0, cumulative: false, phrase: t.slice(a, b + (end < 0 ? rest.length : end)), score: 1, role: 'zero', sentence: sentenceOf(a), since: null, over: null });
    }
  }
  return out;
}


/** The same words, in any order. */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((w, i) => w === y[i]);
}

/**
 * One value per figure from a text's candidates, in reading order: a stated total wins; otherwise
 * the first sentence that gives the figure (its mentions added up: "07 đoàn vào và 02 đoàn ra");
 * a "không …" zero only when nothing else gives it. The period's figures come before running totals
 * ("lũy kế … 19 hội nghị. Trong 6 tháng, … 03 hội nghị" is 3). Changes and targets never count; a
 * part after "trong đó" counts only for a figure nothing else gives ("27 tin, bài; trong đó 9 tin,
 * bài trên trang thông tin điện tử" gives the website figure 9, never adds to 27).
 */
export function chooseFigures(cands: readonly (ProseFigure & { at: number })[]): (ProseFigure & { at: number; also: number[] })[] {
  const byKey = new Map<string, (ProseFigure & { at: number })[]>();
  for (const c of cands) byKey.set(c.indicatorKey, [...(byKey.get(c.indicatorKey) ?? []), c]);
  const out: (ProseFigure & { at: number; also: number[] })[] = [];
  for (const all of byKey.values()) {
    const period = all.filter((c) => !c.cumulative && c.role !== 'zero');
    const list = period.some((c) => c.role === 'total' || c.role === 'main') ? period : all;
    const total = list.find((c) => c.role === 'total');
    const mains = list.filter((c) => c.role === 'main');
    const first = mains[0];
    // Mentions of one figure in one sentence add up ("07 đoàn vào và 02 đoàn ra"; "toàn huyện treo 250
    // băng rôn, khẩu hiệu và 40 pa-nô" — the total's sentence, when it names the figure twice).
    const addUp = (head: ProseFigure & { at: number }, role: FigureRole): ProseFigure & { at: number } => {
      const mentions = list.filter((c) => c.role === role && c.at === head.at && (c.statement ?? c.sentence) === (head.statement ?? head.sentence));
      // "biên soạn 02 đề cương, phát hành 1.500 bản": the copies of what was written, not more of it.
      const copies = mentions.filter((c) => c.copies === true);
      const same = copies.length > 0 ? copies : mentions;
      return same.length < 2 ? (same[0] ?? head) : { ...head, value: same.reduce((s, c) => s + c.value, 0), phrase: same.map((c) => c.phrase).join(' + ') };
    };
    let pick: (ProseFigure & { at: number }) | undefined;
    if (total) pick = addUp(total, 'total');
    else if (first) pick = addUp(first, 'main');
    else pick = all.find((c) => c.role === 'zero') ?? all.find((c) => c.role === 'part');
    if (!pick) continue;
    // Other values given as the figure itself elsewhere: kept for a note, never added.
    const chosen = pick;
    const also = [...new Set(mains.filter((c) => c.at !== chosen.at && c.value !== chosen.value).map((c) => c.value))];
    out.push({ ...pick, also });
  }
  return out;
}
