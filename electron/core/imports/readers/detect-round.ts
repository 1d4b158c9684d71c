// Pure: which round of the plan a report belongs to, from the period it names, its date, or the
// user's choice. What the document says wins over the choice; a period the document names that no
// round of the plan covers makes it a report of another period.
import type { Plan, Round } from '../../../../shared/domain';
import { formatViDate } from '../../../../shared/dates';
import { fold } from '../../../../shared/text';
import type { Detected } from '../normalized-report';
import { periodOverlap, periodsIn } from './periods';
import type { Period } from './periods';

export type DetectedRound = Detected<{ id: number | null; label: string | null }>;

export const ROUND_CONFIDENCE = {
  periodExact: 0.95,
  periodBody: 0.85,
  periodClose: 0.85,
  periodPartial: 0.6,
  afterPeriod: 0.6,
  withinPeriod: 0.45,
  userChoice: 0.9,
  conflict: 0.4,
  onlyRound: 0.35,
  onlyRoundDated: 0.8,
} as const;

const TITLE = 'trích yếu';

/** A period at least this close to a round's (overlap over union) is that round's, written loosely. */
const CLOSE = 0.8;

export function roundPeriod(r: Round): { from: string; to: string } | null {
  if (r.periodFrom !== null && r.periodTo !== null) return { from: r.periodFrom, to: r.periodTo };
  const year = Number(/\d{4}/u.exec(r.dueDate)?.[0] ?? NaN);
  return periodsIn(r.label, Number.isFinite(year) ? year : null)[0] ?? null;
}

/** named: the file writes the period; otherwise the round was only guessed from the report's date. */
type Found = { round: Round; confidence: number; evidence: string; named?: boolean; inTitle?: boolean };

function byPeriod(rounds: readonly Round[], periods: readonly Period[], where: string, exactConf: number): Found | null {
  for (const p of periods) {
    let best: { r: Round; s: number } | null = null;
    for (const r of rounds) {
      const rp = roundPeriod(r);
      const s = fold(r.label) === fold(p.phrase) ? 1 : rp ? periodOverlap(rp, p) : 0;
      if (s > 0 && (!best || s > best.s)) best = { r, s };
    }
    if (best && best.s >= 0.5) {
      const conf = best.s >= 0.999 ? exactConf : best.s >= CLOSE ? Math.min(exactConf, ROUND_CONFIDENCE.periodClose) : ROUND_CONFIDENCE.periodPartial * best.s;
      return { round: best.r, confidence: conf, evidence: `${where} ghi kỳ "${p.phrase}" ≈ "${best.r.label}"`, named: true, inTitle: where === TITLE };
    }
  }
  return null;
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function byDate(rounds: readonly Round[], date: string): Found | null {
  // Reports are written after the period closes (or, for a one-off round, while it runs), up to a
  // while after the due date.
  const fits = rounds.filter((r) => {
    const rp = roundPeriod(r);
    return rp !== null && rp.from <= date && date <= addDays(r.dueDate, 45);
  });
  const closed = fits.filter((r) => (roundPeriod(r)?.to ?? '') <= date);
  // A report sent before a deadline is sent for it: the nearest due date still ahead wins among
  // rounds whose period has closed or is a one-off running up to that deadline.
  const ahead = fits
    .filter((r) => r.dueDate >= date && ((roundPeriod(r)?.to ?? '') <= date || roundPeriod(r)?.to === r.dueDate))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const pick = ahead[0] ?? [...closed].sort((a, b) => (roundPeriod(b)?.to ?? '').localeCompare(roundPeriod(a)?.to ?? ''))[0];
  if (pick) {
    // Every other round the date could also belong to lowers the confidence.
    const rivals = new Set([...ahead.filter((r) => r.dueDate === pick.dueDate), ...closed, pick]);
    return { round: pick, confidence: ROUND_CONFIDENCE.afterPeriod / rivals.size, evidence: `ngày báo cáo ${date} ngay trước hạn hoặc sau kỳ "${pick.label}"` };
  }
  const within = fits.filter((r) => {
    const rp = roundPeriod(r);
    return rp !== null && date <= rp.to;
  });
  const r = within[0];
  return r ? { round: r, confidence: ROUND_CONFIDENCE.withinPeriod / within.length, evidence: `ngày báo cáo ${date} nằm trong kỳ "${r.label}"` } : null;
}

/** The period the title names when it shares no day with any round of the plan: a report on another period. */
function foreignPeriod(rounds: readonly Round[], title: readonly Period[]): Period | null {
  if (rounds.length === 0) return null;
  for (const p of title) {
    if (rounds.every((r) => {
      const rp = roundPeriod(r);
      return rp !== null && periodOverlap(rp, p) === 0;
    })) return p;
  }
  return null;
}

/**
 * "Kết quả thực hiện Kế hoạch công tác dân vận năm 2023 …, 6 tháng đầu năm": of periods one inside
 * another, the inner is the report's (the outer is the plan's); otherwise the order they are written in.
 */
function innerFirst(periods: readonly Period[]): Period[] {
  const inside = (p: Period): boolean => periods.some((q) => q !== p && q.from <= p.from && p.to <= q.to && (q.from !== p.from || q.to !== p.to));
  return [...periods.filter(inside), ...periods.filter((p) => !inside(p))];
}

// What a title goes on to plan: "… 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2019".
const AHEAD = /\b(?:phuong huong|nhiem vu|ke hoach|du kien|chuong trinh cong tac)\b/u;

/**
 * The periods a title reports on: those written after what it goes on to plan are the next period's
 * ("Báo cáo công tác 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2019" is on the first half).
 */
function reportedPeriods(title: string, periods: readonly Period[]): Period[] {
  const f = fold(title);
  const out: Period[] = [];
  for (const p of periods) {
    const last = out[out.length - 1];
    if (last && AHEAD.test(f.slice(last.at + last.phrase.length, p.at))) break;
    out.push(p);
  }
  return out;
}

/** `partOfRound`: the title names a period well inside the round's ("quý III" of "Năm 2020"): its figures are not the whole round's. */
export type RoundDetection = { detected: DetectedRound; warnings: string[]; notes: string[]; outOfPeriod: string | null; partOfRound?: string };

/** The period the title reports on, when it lies inside the round's and covers under half of it. */
function partOfRound(round: Round, title: readonly Period[]): string | undefined {
  const rp = roundPeriod(round);
  const p = title[0];
  if (!rp || !p || p.from < rp.from || p.to > rp.to || periodOverlap(rp, p) >= 0.5) return undefined;
  return `Trích yếu ghi kỳ báo cáo từ ${formatViDate(p.from)} đến ${formatViDate(p.to)}, chỉ là một phần của kỳ "${round.label}": số liệu chưa phải của cả kỳ.`;
}

export function detectRound(
  input: { title: string; body: string; reportDate: string | null },
  plan: Plan | null,
  chosenId?: number,
): RoundDetection {
  const warnings: string[] = [];
  const notes: string[] = [];
  if (!plan) return { detected: { id: null, label: null, evidence: 'chưa xác định được kế hoạch nên chưa xác định kỳ', confidence: 0 }, warnings, notes, outOfPeriod: null };
  if (plan.issuedDate && input.reportDate && input.reportDate < plan.issuedDate) {
    const why = `báo cáo đề ngày ${formatViDate(input.reportDate)}, trước khi kế hoạch ${plan.number ?? ''} được ban hành (${formatViDate(plan.issuedDate)})`;
    return { detected: { id: null, label: null, evidence: why, confidence: 0 }, warnings, notes, outOfPeriod: why };
  }
  const year = input.reportDate ? Number(input.reportDate.slice(0, 4)) : null;
  const rounds = plan.rounds;
  const titlePeriods = innerFirst(reportedPeriods(input.title, periodsIn(input.title, year)));
  const found =
    byPeriod(rounds, titlePeriods, TITLE, ROUND_CONFIDENCE.periodExact) ??
    byPeriod(rounds, periodsIn(input.body.slice(0, 3000), year), 'nội dung', ROUND_CONFIDENCE.periodBody) ??
    (input.reportDate ? byDate(rounds, input.reportDate) : null);
  const foreign = found?.named ? null : foreignPeriod(rounds, titlePeriods);
  if (foreign) {
    const why = `trích yếu ghi kỳ "${foreign.phrase}" (${formatViDate(foreign.from)}–${formatViDate(foreign.to)}), không trùng kỳ báo cáo nào của kế hoạch ${plan.number ?? ''}`;
    return { detected: { id: null, label: null, evidence: why, confidence: 0 }, warnings, notes, outOfPeriod: why };
  }
  const chosen = chosenId === undefined ? undefined : rounds.find((r) => r.id === chosenId);
  let result: Found | null = found;
  if (chosen) {
    if (found && found.round.id === chosen.id) result = { round: chosen, confidence: 1, evidence: `người dùng chọn kỳ "${chosen.label}"; ${found.evidence}` };
    // The period the title writes wins over the choice; one met in the body or a guess from the date does not.
    else if (found?.inTitle === true && found.confidence >= ROUND_CONFIDENCE.afterPeriod) {
      notes.push(`Người dùng chọn kỳ "${chosen.label}" nhưng tệp là báo cáo kỳ "${found.round.label}" (${found.evidence}); đã xếp vào kỳ "${found.round.label}".`);
    } else if (found?.named === true) {
      result = { round: chosen, confidence: ROUND_CONFIDENCE.conflict, evidence: `người dùng chọn kỳ "${chosen.label}"; tệp lại ghi kỳ gần với "${found.round.label}"` };
    } else result = { round: chosen, confidence: ROUND_CONFIDENCE.userChoice, evidence: `người dùng chọn kỳ "${chosen.label}"` };
  }
  const only = rounds.length === 1 ? rounds[0] : undefined;
  // A guess from the date among one round is no guess: the plan's one round, when the date fits it.
  if (only && (!result || (!chosen && result.named !== true))) {
    // The plan's one round, and the report dated while it runs or shortly after its due date: there
    // is no other round it could be for.
    const date = input.reportDate;
    const start = only.periodFrom ?? plan.issuedDate;
    const dated = date !== null && (start === null || date >= start) && date <= addDays(only.dueDate, 45) && date >= addDays(only.dueDate, -366);
    result = dated
      ? { round: only, confidence: ROUND_CONFIDENCE.onlyRoundDated, evidence: `tệp không ghi kỳ; kế hoạch chỉ có một kỳ "${only.label}" và ngày báo cáo ${formatViDate(date)} thuộc kỳ này` }
      : (result ?? { round: only, confidence: ROUND_CONFIDENCE.onlyRound, evidence: `tệp không ghi kỳ; kế hoạch chỉ có một kỳ "${only.label}"` });
  }
  if (!result) return { detected: { id: null, label: null, evidence: 'tệp không ghi kỳ báo cáo nào khớp các kỳ của kế hoạch', confidence: 0 }, warnings, notes, outOfPeriod: null };
  const part = partOfRound(result.round, titlePeriods);
  return { detected: { id: result.round.id, label: result.round.label, evidence: result.evidence, confidence: result.confidence }, warnings, notes, outOfPeriod: null, ...(part ? { partOfRound: part } : {}) };
}
