// Pure: which plan a report answers, from the plan number it cites, the directives it cites,
// its title, or the user's choice (stated as evidence, and checked against the file).
import type { Plan } from '../../../../shared/domain';
import { fold } from '../../../../shared/text';
import type { Detected } from '../normalized-report';
import { contentTokens, dice } from './similarity';

export type DetectedPlan = Detected<{ id: number | null; number: string | null }>;
export type PlanDetection = { detected: DetectedPlan; plan: Plan | null; warnings: string[] };

export const PLAN_CONFIDENCE = {
  numberInTitle: 0.95,
  numberInBody: 0.85,
  severalNumbers: 0.7,
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

function byDirective(plans: readonly Plan[], text: string): Found | null {
  const keys = new Set(symbolsIn(text).map((s) => s.key));
  const hits = plans
    .map((p) => ({ p, cite: p.cites.find((c) => symbolsIn(c).some((s) => keys.has(s.key))) }))
    .filter((h): h is { p: Plan; cite: string } => h.cite !== undefined);
  const first = hits[0];
  if (!first) return null;
  const conf = hits.length === 1 ? PLAN_CONFIDENCE.directive : PLAN_CONFIDENCE.severalDirective;
  return { plan: first.p, confidence: conf, evidence: `tệp dẫn văn bản mà kế hoạch thực hiện: "${first.cite}"${hits.length > 1 ? ` (${hits.length} kế hoạch cùng thực hiện văn bản này)` : ''}` };
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

const label = (p: Plan): string => p.number ?? `#${p.id}`;

export function detectPlan(input: { title: string; body: string; reportNumber: string | null }, plans: readonly Plan[], chosenId?: number): PlanDetection {
  const warnings: string[] = [];
  const found =
    byNumber(plans, input.title, input.body, input.reportNumber) ?? byDirective(plans, `${input.title}\n${input.body}`) ?? byTitle(plans, input.title);
  const chosen = chosenId === undefined ? undefined : plans.find((p) => p.id === chosenId);
  let result: Found | null = found;
  if (chosen) {
    if (found && found.plan.id === chosen.id) result = { plan: chosen, confidence: 1, evidence: `người dùng chọn kế hoạch ${label(chosen)}; ${found.evidence}` };
    else if (found && found.confidence >= PLAN_CONFIDENCE.directive) {
      warnings.push(`Người dùng chọn kế hoạch ${label(chosen)} nhưng tệp dẫn kế hoạch ${label(found.plan)} (${found.evidence}).`);
      result = { plan: chosen, confidence: PLAN_CONFIDENCE.conflict, evidence: `người dùng chọn kế hoạch ${label(chosen)}; tệp lại dẫn ${label(found.plan)}` };
    } else result = { plan: chosen, confidence: PLAN_CONFIDENCE.userChoice, evidence: `người dùng chọn kế hoạch ${label(chosen)}; tệp không dẫn số hiệu kế hoạch nào` };
  }
  const only = plans.length === 1 ? plans[0] : undefined;
  if (!result && only) result = { plan: only, confidence: PLAN_CONFIDENCE.onlyPlan, evidence: `tệp không dẫn kế hoạch; đây là kế hoạch duy nhất đang theo dõi (${label(only)})` };
  if (!result) return { detected: { id: null, number: null, evidence: 'tệp không dẫn số hiệu kế hoạch hay văn bản nào đang theo dõi', confidence: 0 }, plan: null, warnings };
  return { detected: { id: result.plan.id, number: result.plan.number, evidence: result.evidence, confidence: result.confidence }, plan: result.plan, warnings };
}
