// Figures a plan without a table of them asks for in its targets: "Phấn đấu kết nạp 180 đảng viên
// mới trở lên", "Chỉ tiêu: thành lập mới ít nhất 05 mô hình dân vận khéo". Each count it aims at is a
// figure the units report; one of a kind the catalogue knows ("02 lớp bồi dưỡng") is the catalogue's.
import type { Indicator, PlanItem } from '../../../../shared/domain';
import { indicatorKey } from '../../../../shared/indicator-key';
import { fold } from '../../../../shared/text';
import { CLASSIFIERS } from '../../vocabulary/figure-words';
import { CATALOGUE } from '../../vocabulary/indicator-catalogue';
import { PERSONS } from '../../vocabulary/measure-sorts';

// A sentence that sets a target: its count is aimed at, not a date's or a document's.
const AIMS = /\b(?:phan dau|chi tieu|muc tieu|it nhat|toi thieu|tro len)\b/u;
// A count and what it counts, up to a clause mark or the words that close a target.
const COUNT = /(?<![\p{L}\d.,/])(\d{1,3}(?:\.\d{3})*|\d+)(?![\d.,/%-]*\d)(?!\s*%) (\p{L}+(?:[ -]\p{L}+){0,7}?)(?= trở lên| trở lại| trong năm| mỗi năm| hằng năm| hàng năm|\s*[,;.:()]|$)/gu;
// Words back from the count that end its verb: a mark, a qualifier, a time, the target's own words.
const STOPS = new Set(['it', 'nhat', 'toi', 'thieu', 'tren', 'khoang', 'duoc', 'da', 'trong', 'nam', 'dau', 'phan', 'chi', 'tieu', 'muc', 'moi', 'hang', 'tung', 'so', 'ky', 'thang', 'quy', 'dat', 'cac', 'toan']);
// Words between a verb and its count: "ít nhất", "tối thiểu", "trên", "khoảng".
const QUALIFIERS = new Set(['it', 'nhat', 'toi', 'thieu', 'tren', 'khoang']);
// Verbs that say only "there are": the figure is the thing itself.
const BARE = new Set(['co', 'dat', 'duy tri', 'giu vung']);
// Words that tie a count to another: "cho", "với".
const LINKS = new Set(['cho', 'voi', 'cua', 'gom', 'trong']);
// Words that start no count's noun: a time, a share, a place.
const NOT_A_NOUN = /^(?:nam|thang|ngay|quy|tuan|phan tram|lan thu|gio)\b/u;

/** The verb before a count: up to three words back to a mark or a stop word ("thành lập mới", "kết nạp", "mở"). */
function verbBefore(text: string): string {
  const clause = text.split(/[,;:.()\n]/u).pop() ?? '';
  const words = clause.trim().split(/\s+/u).filter(Boolean);
  const out: string[] = [];
  // "thành lập mới ít nhất 02": the qualifier between the verb and the count is skipped.
  let end = words.length;
  while (end > 0 && QUALIFIERS.has(fold(words[end - 1] ?? ''))) end--;
  for (let i = end - 1; i >= 0 && out.length < 3; i--) {
    const w = words[i] ?? '';
    if (/\d/u.test(w)) break;
    // "toàn huyện có 40 mô hình": a verb of being stands alone.
    if (out.length === 1 && BARE.has(fold(out[0] ?? ''))) break;
    // "mới" after a verb is part of it ("thành lập mới"); before the verb, a time.
    if (STOPS.has(fold(w)) && !(fold(w) === 'moi' && out.length === 0)) break;
    out.unshift(w);
  }
  return out.join(' ');
}

/** What a count counts ("đảng viên mới", "mô hình dân vận khéo"), measured by its head noun. */
function measureOf(noun: string): string {
  const words = noun.split(' ');
  const f = fold(noun).split(' ');
  if (PERSONS.has(f.slice(0, 2).join(' '))) return words.slice(0, 2).join(' ');
  if (CLASSIFIERS.has(f[0] ?? '') || PERSONS.has(f[0] ?? '')) return words[0] ?? noun;
  return words.slice(0, Math.min(2, words.length)).join(' ');
}

/**
 * The figures the plan's targets count, in the order met, none twice and none the catalogue's figures
 * (`known`, the ones proposed from the tasks) already count.
 */
export function targetFigures(items: readonly PlanItem[], known: readonly Indicator[]): Indicator[] {
  const out: Indicator[] = [];
  const keys = new Set(known.map((k) => k.key));
  for (const item of items) {
    // Quotes around a name ("Dân vận khéo") are no clause mark.
    for (const sentence of item.text.replace(/["“”']/gu, '').split(/(?<=[.;])\s+|\n/u)) {
      if (!AIMS.test(fold(sentence))) continue;
      for (const m of sentence.matchAll(COUNT)) {
        const verb = verbBefore(sentence.slice(0, m.index));
        const noun = (m[2] ?? '').trim().replace(/[ -]+$/u, '');
        const fn = fold(noun);
        // "cho 200 cán bộ": the people of another count ("03 lớp … cho 200 cán bộ"), no target of its own.
        if (verb === '' || LINKS.has(fold(verb).split(' ').pop() ?? '') || NOT_A_NOUN.test(fn) || fn.split(' ').length < 2) continue;
        const said = `${verb} ${noun}`.toLowerCase();
        // "Mở 02 lớp bồi dưỡng": a kind the catalogue knows is counted as the catalogue counts it.
        const catalogued = CATALOGUE.find((c) => c.when(fold(said)) && fold(c.measure).split(' ')[0] === fn.split(' ')[0]);
        if (catalogued) {
          if (!keys.has(catalogued.key)) {
            keys.add(catalogued.key);
            out.push({ key: catalogued.key, name: catalogued.name, measure: catalogued.measure, synonyms: catalogued.synonyms });
          }
          continue;
        }
        const bare = BARE.has(fold(verb));
        // "Số đảng viên mới được kết nạp": what was done to what it counts, as the readers weigh a deed.
        const name = (bare ? `Số ${noun.toLowerCase()}` : `Số ${noun.toLowerCase()} được ${verb.toLowerCase()}`).replace(/\s+/gu, ' ');
        if (out.some((o) => fold(o.name) === fold(name))) continue;
        const key = indicatorKey(name, keys);
        keys.add(key);
        out.push({ key, name, measure: measureOf(noun.toLowerCase()), synonyms: bare ? [] : [said] });
      }
    }
  }
  return out;
}
