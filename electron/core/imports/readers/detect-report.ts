// Pure: unit, plan, round, number and date of a report from its first lines, its text and its file name.
import type { Plan } from '../../../../shared/domain';
import type { NormalizedReport, ReaderContext } from '../normalized-report';
import { detectPlan } from './detect-plan';
import { detectRound } from './detect-round';
import { detectUnit } from './detect-unit';
import { readHeaderBlock } from './header-block';

export type ReportDetection = Pick<NormalizedReport, 'unit' | 'plan' | 'round' | 'reportNumber' | 'reportDate'> & {
  docType: string | null;
  title: string;
  planObj: Plan | null;
  warnings: string[];
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

export function detectReport(input: DetectionInput, ctx: ReaderContext): ReportDetection {
  const head = readHeaderBlock(input.lines);
  const unitLines = [...head.headerLines, ...(input.extraNames ?? []).map((n) => n)];
  const unit = detectUnit(unitLines, input.fileName, ctx.units, head.reportDate);
  // Without a type line the "header" is a guess at the first lines: a name there is less telling.
  if (head.docType === null && unit.confidence > 0) unit.confidence *= 0.85;
  const plan = detectPlan({ title: head.title, body: input.body, reportNumber: head.reportNumber }, ctx.plans, ctx.planId);
  const round = detectRound({ title: head.title, body: input.body, reportDate: head.reportDate }, plan.plan, ctx.roundId);
  return {
    unit,
    plan: plan.detected,
    round: round.detected,
    reportNumber: head.reportNumber,
    reportDate: head.reportDate,
    docType: head.docType,
    title: head.title,
    planObj: plan.plan,
    warnings: [...plan.warnings, ...round.warnings],
  };
}
