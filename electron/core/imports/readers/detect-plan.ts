// Pure: which plan a report answers, from the plan number it cites, the directives it cites,
// its title, or the user's choice (stated as evidence, and checked against the file).
import type { Plan } from '../../../../shared/domain';
import { fold } from '../../../../shared/text';
import type { Detected } from '../normalized-report';
import { contentTokens, dice, topicCoverage } from './similarity';

export type DetectedPlan = Detected<{ id: number | null; number: string | null }>;
/** `wrongPlan`: why the file is a report on something other than the plans being followed. */
export type PlanDetection = { detected: DetectedPlan; plan: Plan | null; warnings: string[]; notes: string[]; wrongPlan: string | null };

export const PLAN_CONFIDENCE = {
  numberInTitle: 0.95,
  numberInBody: 0.85,
  severalNumbers: 0.7,
  directiveInTitle: 0.8,
  directiveAndTopic: 0.8,
  namedTitle: 0.8,
  directive: 0.65,
  severalDirective: 0.4,
  title: 0.5,
  userChoice: 0.9,
  conflict: 0.4,
  onlyPlan: 0.3,
} as const;

// Party symbols "31-KH/BTGTU", state symbols "1234/QĐ-UBND".
const SYMBOL = /(?<![\d])(\d+)\s*[-–]\s*([A-ZĐ][A-Za-zĐđ]{0,5})\s*\/\s*([A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*)*)|(?<![\d])(\d+)\s*\/\s*([A-ZĐ][A-Za-zĐđ]{0,5})\s*-\s*([A-ZĐ][A-Za-zĐđ0-9]*)/gu;

export function symbolKey(s: string): string {
  return fold(s).replace(/\s+/gu, '');
}

/** Document symbols written in a text, as match keys, with their position. */
export function symbolsIn(text: string): { key: string; raw: string; at: number }[] {
  const out: { key: string; raw: string; at: number }[] = [];
  SYMBOL.lastIndex = 0;
  for (let m = SYMBOL.exec(text); m !== null; m = SYMBOL.exec(text)) out.push({ key: symbolKey(m[0]), raw: m[0], at: m.index });
  return out;
}

/** A plan's number and the symbols of what it cites, as match keys. */
export function planSymbolKeys(plan: Plan): Set<string> {
  const out = new Set<string>();
  if (plan.number) out.add(symbolKey(plan.number));
  for (const c of plan.cites) for (const s of symbolsIn(c)) out.add(s.key);
  return out;
}

type Found = { plan: Plan; confidence: number; evidence: string };

function byNumber(plans: readonly Plan[], title: string, body: string, own: string | null): Found | null {
  const ownKey = own === null ? null : symbolKey(own);
  const inTitle = symbolsIn(title).filter((s) => s.key !== ownKey);
  const inBody = symbolsIn(body).filter((s) => s.key !== ownKey);
  const hits: { plan: Plan; where: 'title' | 'body'; at: number; raw: string }[] = [];
  for (const p of plans) {
    if (p.number === null) continue;
    const key = symbolKey(p.number);
    const t = inTitle.find((s) => s.key === key);
    const b = inBody.find((s) => s.key === key);
    if (t) hits.push({ plan: p, where: 'title', at: t.at, raw: t.raw });
    else if (b) hits.push({ plan: p, where: 'body', at: b.at + 1e6, raw: b.raw });
  }
  hits.sort((a, b) => a.at - b.at);
  const first = hits[0];
  if (!first) return null;
  const conf = hits.length > 1 ? PLAN_CONFIDENCE.severalNumbers : first.where === 'title' ? PLAN_CONFIDENCE.numberInTitle : PLAN_CONFIDENCE.numberInBody;
  const where = first.where === 'title' ? 'trích yếu' : 'nội dung';
  const more = hits.length > 1 ? `; tệp còn dẫn ${hits.slice(1).map((h) => h.plan.number).join(', ')}` : '';
  return { plan: first.plan, confidence: conf, evidence: `${where} dẫn số hiệu "${first.raw}"${more}` };
}

function directiveHits(plans: readonly Plan[], text: string): { p: Plan; cite: string }[] {
  const keys = new Set(symbolsIn(text).map((s) => s.key));
  return plans
    .map((p) => ({ p, cite: p.cites.find((c) => symbolsIn(c).some((s) => keys.has(s.key))) }))
    .filter((h): h is { p: Plan; cite: string } => h.cite !== undefined);
}

/**
 * The plan that carries out a directive the report cites. A title that names the directive ("Báo
 * cáo kết quả thực hiện Chỉ thị số 32-CT/TW"), which one plan alone carries out, is a report on
 * that plan: an unnumbered plan is known to units by its directive only. So is a report citing it
 * in its text under a title on that plan's subject ("Công tác đối ngoại nhân dân năm 2017"), when
 * no other plan's title speaks of that subject more.
 */
function byDirective(plans: readonly Plan[], title: string, body: string): Found | null {
  const inTitle = directiveHits(plans, title);
  const hits = inTitle.length > 0 ? inTitle : directiveHits(plans, `${title}\n${body}`);
  const first = hits[0];
  if (!first) return null;
  const cite = `văn bản mà kế hoạch thực hiện: "${first.cite}"`;
  if (hits.length > 1) return { plan: first.p, confidence: PLAN_CONFIDENCE.severalDirective, evidence: `tệp dẫn ${cite} (${hits.length} kế hoạch cùng thực hiện văn bản này)` };
  if (inTitle.length > 0) return { plan: first.p, confidence: PLAN_CONFIDENCE.directiveInTitle, evidence: `trích yếu dẫn ${cite}` };
  const topic = topicCoverage(title, first.p.title);
  if (topic >= 0.5 && plans.every((p) => p === first.p || topicCoverage(title, p.title) < topic))
    return { plan: first.p, confidence: PLAN_CONFIDENCE.directiveAndTopic, evidence: `tệp dẫn ${cite}; trích yếu cùng chủ đề với tên kế hoạch` };
  return { plan: first.p, confidence: PLAN_CONFIDENCE.directive, evidence: `tệp dẫn ${cite}` };
}

function byTitle(plans: readonly Plan[], title: string): Found | null {
  const words = contentTokens(title);
  let best: { p: Plan; s: number } | null = null;
  for (const p of plans) {
    const s = dice(words, contentTokens(p.title));
    if (s >= 0.5 && (!best || s > best.s)) best = { p, s };
  }
  return best ? { plan: best.p, confidence: PLAN_CONFIDENCE.title * best.s, evidence: `trích yếu gần giống tên kế hoạch "${best.p.title}" (${Math.round(best.s * 100)}%)` } : null;
}

/**
 * "Kết quả thực hiện KH 72 của BTV Tỉnh ủy": a plan called by its number alone, in the title, when one
 * plan alone has that number.
 */
function byBareNumber(plans: readonly Plan[], title: string): Found | null {
  // Not a document symbol ("72-KH/HU", read by number elsewhere), nor "Kế hoạch 5 năm (2021 - 2025)" (but "Kế hoạch 31 năm 2019").
  const m = /(?:^|[^\p{L}])(?:kế hoạch|kh)\s*(?:số\s*)?(\d{1,3})(?![\d/-])(?!\s*[-/])(?!\s+năm(?!\s+\d{4}(?!\s*[-–]\s*\d{4})))/iu.exec(title);
  if (!m) return null;
  const hits = plans.filter((p) => p.number !== null && new RegExp(`^${m[1]}\\s*[-/]\\s*KH\\b`, 'iu').test(p.number));
  const hit = hits.length === 1 ? hits[0] : undefined;
  return hit ? { plan: hit, confidence: PLAN_CONFIDENCE.namedTitle, evidence: `trích yếu gọi kế hoạch bằng số "${m[0].trim()}" (${hit.number})` } : null;
}

/**
 * "Kết quả thực hiện Kế hoạch công tác dân vận năm 2023 của Ban Dân vận Tỉnh ủy": the plan called by
 * its own title after "Kế hoạch", when one plan alone is (a title of three words or more).
 */
function byNamedTitle(plans: readonly Plan[], title: string): Found | null {
  const f = ` ${fold(title)} `;
  const hits = plans.filter((p) => {
    const own = fold(p.title).replace(/^(?:ve|thuc hien) /u, '');
    return own.split(' ').length >= 3 && new RegExp(String.raw` ke hoach(?: so \S+)?(?: (?:ve|thuc hien))? ${own} `, 'u').test(f);
  });
  const hit = hits.length === 1 ? hits[0] : undefined;
  return hit ? { plan: hit, confidence: PLAN_CONFIDENCE.namedTitle, evidence: `trích yếu gọi kế hoạch bằng tên của nó ("${hit.title}")` } : null;
}

const label = (p: Plan): string => p.number ?? `#${p.id}`;

// Kinds of documents a report is written to implement: a plan, a directive, a resolution, a conclusion,
// guidance, a decision, a programme, a project. Requests (CV), reports (BC) and notices are not.
const DIRECTIVE_KINDS = new Set(['kh', 'ct', 'nq', 'kl', 'hd', 'qd', 'ctr', 'da', 'qdi']);

/** Symbols of directive-like documents cited in a text: "45-CT/TW", "102-KH/TU", "12/KH-MTTQ". */
export function directiveSymbols(text: string): { key: string; raw: string }[] {
  // The kind is the letters after the number in both styles: "45-CT/TW" and "12/KH-MTTQ".
  return symbolsIn(text).filter((s) => DIRECTIVE_KINDS.has(fold(s.raw).split(' ')[1] ?? ''));
}

/** "71-KH/HU" → "hu", "12/KH-MTTQ" → "mttq": who issued a document. */
const issuerOf = (symbol: string): string => fold(symbol).split(' ').slice(2).join(' ');

/**
 * What the title and the opening sentence cite that is neither a plan being followed, nor what one
 * implements, nor the unit's own document (a unit cites the plan it made itself to carry ours out).
 */
function foreignCitations(plans: readonly Plan[], title: string, intro: string, own: string | null): { title: string[]; intro: string[] } {
  const known = new Set(plans.flatMap((p) => [...planSymbolKeys(p)]));
  const ownIssuer = own ? issuerOf(own) : null;
  const foreign = (text: string): string[] =>
    [...new Set(directiveSymbols(text).filter((s) => !known.has(s.key) && issuerOf(s.raw) !== ownIssuer).map((s) => s.raw.replace(/\s+/gu, '')))];
  return { title: foreign(title), intro: foreign(intro) };
}

/** The plans' titles: what a report on one of them is titled after (their tasks' words are too many to tell). */
const planWords = (plans: readonly Plan[]): string => plans.map((p) => p.title).join('\n');

export type PlanInput = { title: string; body: string; intro?: string; reportNumber: string | null };

export function detectPlan(input: PlanInput, plans: readonly Plan[], chosenId?: number): PlanDetection {
  const warnings: string[] = [];
  const notes: string[] = [];
  const numbered = byNumber(plans, input.title, input.body, input.reportNumber);
  const viaDirective = numbered ? null : byDirective(plans, input.title, input.body);
  const found = numbered ?? viaDirective ?? byNamedTitle(plans, input.title) ?? byBareNumber(plans, input.title) ?? byTitle(plans, input.title);
  const chosen = chosenId === undefined ? undefined : plans.find((p) => p.id === chosenId);
  // A report on something else: it cites other plans or directives and none being followed.
  const cites = numbered === null && viaDirective === null ? foreignCitations(plans, input.title, input.intro ?? '', input.reportNumber) : { title: [], intro: [] };
  // A title on the plans' own subject outweighs a foreign citation in the opening sentence only.
  const onTopic = topicCoverage(input.title, planWords(chosen ? [chosen] : plans));
  const foreign = cites.title.length > 0 && onTopic < 0.5 ? [...new Set([...cites.title, ...cites.intro])] : cites.intro.length > 0 && onTopic < 0.3 ? cites.intro : [];
  if (foreign.length > 0) {
    const target = chosen ? `kế hoạch ${label(chosen)}` : 'kế hoạch nào đang theo dõi';
    return {
      detected: { id: null, number: null, evidence: `báo cáo về ${foreign.join(', ')}, không phải ${target}`, confidence: 0 },
      plan: null,
      warnings,
      notes,
      wrongPlan: `tệp là báo cáo về ${foreign.join(', ')}, không dẫn ${target} hay văn bản mà kế hoạch thực hiện`,
    };
  }
  let result: Found | null = found;
  if (chosen) {
    if (found && found.plan.id === chosen.id) result = { plan: chosen, confidence: 1, evidence: `người dùng chọn kế hoạch ${label(chosen)}; ${found.evidence}` };
    // The plan the document cites by number wins over the choice: it goes where it belongs.
    else if (numbered && found && found.plan.id !== chosen.id) {
      notes.push(`Người dùng chọn kế hoạch ${label(chosen)} nhưng tệp dẫn kế hoạch ${label(found.plan)} (${found.evidence}); đã xếp vào kế hoạch ${label(found.plan)}.`);
      result = { plan: found.plan, confidence: Math.max(found.confidence, PLAN_CONFIDENCE.numberInBody), evidence: found.evidence };
    } else if (found && found.confidence >= PLAN_CONFIDENCE.directive && !chosen.cites.some((c) => found.evidence.includes(c))) {
      warnings.push(`Người dùng chọn kế hoạch ${label(chosen)} nhưng tệp dẫn kế hoạch ${label(found.plan)} (${found.evidence}).`);
      result = { plan: chosen, confidence: PLAN_CONFIDENCE.conflict, evidence: `người dùng chọn kế hoạch ${label(chosen)}; tệp lại dẫn ${label(found.plan)}` };
    } else result = { plan: chosen, confidence: PLAN_CONFIDENCE.userChoice, evidence: `người dùng chọn kế hoạch ${label(chosen)}; tệp không dẫn số hiệu kế hoạch nào` };
  }
  const only = plans.length === 1 ? plans[0] : undefined;
  if (!result && only) result = { plan: only, confidence: PLAN_CONFIDENCE.onlyPlan, evidence: `tệp không dẫn kế hoạch; đây là kế hoạch duy nhất đang theo dõi (${label(only)})` };
  if (!result) return { detected: { id: null, number: null, evidence: 'tệp không dẫn số hiệu kế hoạch hay văn bản nào đang theo dõi', confidence: 0 }, plan: null, warnings, notes, wrongPlan: null };
  return { detected: { id: result.plan.id, number: result.plan.number, evidence: result.evidence, confidence: result.confidence }, plan: result.plan, warnings, notes, wrongPlan: null };
}
