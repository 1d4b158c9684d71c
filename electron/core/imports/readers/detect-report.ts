// Pure: unit, plan, round, number and date of a report from its first lines, its text and its file
// name — and, when the document itself says so, why it is not a report on a plan being followed.
import type { Plan } from '../../../../shared/domain';
import { lastDayOfMonth } from '../../../../shared/dates';
import type { NormalizedReport, ReaderContext, ReportNote } from '../normalized-report';
import { detectPlan } from './detect-plan';
import { detectRound } from './detect-round';
import { detectUnit, SIGNS_FOR } from './detect-unit';
import type { UnitDetection } from './detect-unit';
import { readHeaderBlock } from './header-block';

/** Why the document must not be counted for the plan, as the file shows it. */
export type Refusal = { code: 'WRONG_PLAN' | 'OUT_OF_PERIOD' | 'UNKNOWN_UNIT'; why: string };

export type ReportDetection = Pick<NormalizedReport, 'plan' | 'round' | 'reportNumber' | 'reportDate' | 'replaces'> & {
  unit: UnitDetection;
  docType: string | null;
  title: string;
  planObj: Plan | null;
  warnings: string[];
  notes: ReportNote[];
  refusal: Refusal | null;
};

export type DetectionInput = {
  /** The document's lines in reading order (paragraphs, or cells above a table). */
  lines: readonly string[];
  /** All the text, for plan numbers and periods cited further down. */
  body: string;
  fileName: string;
  /** More places a unit may be named: sheet titles. */
  extraNames?: readonly string[];
};

// "(Báo cáo này thay thế Báo cáo số 512-BC/ĐU …)", "bổ sung, điều chỉnh Báo cáo số 45-BC/HU".
const REPLACES = /(?:thay thế|bổ sung,?\s*(?:và\s*)?điều chỉnh|điều chỉnh|đính chính)\s+(?:cho\s+)?Báo cáo số\s*:?\s*(\d+\s*[-/]\s*[A-ZĐ][\wĐđ./-]*)/giu;

/** Numbers of the reports this one says it replaces, as written (spaces removed). */
export function replacedReports(body: string): string[] {
  return [...new Set([...body.matchAll(REPLACES)].map((m) => (m[1] ?? '').replace(/\s+/gu, '').replace(/[.,;)]+$/u, '')))];
}

const INTRO = /^(Thực hiện|Căn cứ|Theo|Triển khai|Để thực hiện|Nhằm)\b/u;

/** The opening sentence that says what the report answers ("Thực hiện Kế hoạch số …"). */
function introOf(lines: readonly string[], from: number): string {
  for (let i = from; i < Math.min(lines.length, from + 12); i++) {
    const l = lines[i] ?? '';
    if (INTRO.test(l)) return l;
  }
  return '';
}

export function detectReport(input: DetectionInput, ctx: ReaderContext): ReportDetection {
  const head = readHeaderBlock(input.lines);
  // A day left blank ("ngày    tháng 5 năm 2025"): the month's last day stands in to find the round
  // and the units in force; the report keeps no date of its own.
  const [y, m] = (head.reportMonth ?? '').split('-').map(Number);
  const asOf = head.reportDate ?? (y && m ? lastDayOfMonth(y, m) : null);
  // The signature block closes the document: its "T/M …" lines, near the end.
  const signLines = input.lines.slice(-40).filter((l) => SIGNS_FOR.test(l));
  const unit = detectUnit({ orgLines: head.orgLines, otherLines: [...head.headerLines, ...(input.extraNames ?? [])], signLines }, input.fileName, ctx.units, asOf);
  const intro = introOf(input.lines, head.headerLines.length);
  const plan = detectPlan({ title: head.title, body: input.body, intro, reportNumber: head.reportNumber }, ctx.plans, ctx.planId);
  // The round the user chose belongs to the plan they chose: it says nothing of another plan's rounds.
  const roundChoice = plan.plan && plan.plan.id === ctx.planId ? ctx.roundId : undefined;
  const round = detectRound({ title: head.title, body: input.body, reportDate: asOf }, plan.plan, roundChoice);
  let refusal: Refusal | null = null;
  if (plan.wrongPlan) refusal = { code: 'WRONG_PLAN', why: plan.wrongPlan };
  else if (round.outOfPeriod) refusal = { code: 'OUT_OF_PERIOD', why: round.outOfPeriod };
  else if (unit.unknownIssuer) refusal = { code: 'UNKNOWN_UNIT', why: unit.evidence };
  return {
    unit,
    plan: plan.detected,
    round: round.detected,
    reportNumber: head.reportNumber,
    reportDate: head.reportDate,
    replaces: replacedReports(input.body.slice(0, 20_000)),
    docType: head.docType,
    title: head.title,
    planObj: plan.plan,
    warnings: [...plan.warnings, ...round.warnings],
    notes: [
      ...[...plan.notes, ...round.notes].map((message) => ({ code: 'ROUTED', message, source: 'trích yếu' })),
      ...(round.partOfRound ? [{ code: 'PART_OF_ROUND', message: round.partOfRound, source: 'trích yếu' }] : []),
      ...(head.reportDate === null && asOf !== null
        ? [{ code: 'DATE_WITHOUT_DAY', message: `Ngày ký để trống (tháng ${m}/${y}); báo cáo không ghi ngày, kỳ báo cáo được xác định theo tháng này.`, source: 'tiêu đề' }]
        : []),
    ],
    refusal,
  };
}
