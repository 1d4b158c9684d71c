// Reporting rounds proposed from the plan's reporting regime. Editable later, so the rules are few:
//
// - Periodic regime (the most frequent recurrence a task states; "6 tháng, năm" counts as both):
//   rounds "6 tháng đầu năm Y" (01/01–30/06), "6 tháng cuối năm Y" (01/07–31/12), "Năm Y"
//   (01/01–31/12), "Quý I năm Y", "Tháng 7/Y"; each due on the 15th of its period's last month
//   (or the day the plan names for it: "trước ngày 20 của tháng cuối quý"),
//   because units report before the period closes so the province can consolidate by its end
//   (6 tháng → 15/6, năm → 15/12). Days a report task names ("trước 15/6 và 15/11/2019") replace
//   those, each in the first period it falls in.
//   With an issue date: the rounds falling due in the year that follows it (due ≥ issue date and
//   < the same day a year later). Without one: the rounds of the plan's year.
// - Dated deadlines: every distinct date of a task that asks for a report ("báo cáo … trước ngày
//   01/10/2023") is a round; when there is neither a regime nor such a date, the latest task
//   deadline is the one round. A one-off round covers issue date → due date.
// - The plan's year: the issue date's, else the first task deadline's, else that of the latest
//   full date written in the text (a plan is not older than what it cites); none → no periodic rounds.
import type { PlanItem, Recurrence, RoundInput } from '../../../../shared/domain';
import { formatViDate, lastDayOfMonth, toIso } from '../../../../shared/dates';
import { toRoman } from '../../../../shared/roman';
import { findDeadlines } from './deadlines';

interface Period {
  label: string;
  from: string;
  to: string;
  due: string;
}

/** `day`: the day of the period's last month a report is due on; the 15th unless the plan names one. */
function periodOf(label: string, y: number, m1: number, m2: number, day = 15): Period {
  return { label, from: toIso(y, m1, 1) ?? '', to: lastDayOfMonth(y, m2), due: toIso(y, m2, day) ?? lastDayOfMonth(y, m2) };
}

// "trước ngày 20 của tháng cuối quý", "trước ngày 25 hằng tháng": the day of every period's last month.
// "hằng tháng (trước ngày 25)": the same, in brackets after the cycle.
const DAY_OF_PERIOD =
  /ngày\s+(\d{1,2})\s+(?:của\s+)?(?:tháng cuối (?:quý|kỳ|kỳ báo cáo)|hằng tháng|hàng tháng|mỗi tháng|tháng cuối)(?![\p{L}])|(?:hằng|hàng|mỗi)\s+(?:tháng|quý)\s*\(\s*(?:trước|chậm nhất|hạn)?\s*ngày\s+(\d{1,2})\s*\)/iu;

function periodsOf(r: Recurrence, y: number, day?: number): Period[] {
  const period = (label: string, yy: number, m1: number, m2: number): Period => periodOf(label, yy, m1, m2, day);
  switch (r) {
    case 'half-yearly-and-yearly':
      return [period(`6 tháng đầu năm ${y}`, y, 1, 6), period(`Năm ${y}`, y, 1, 12)];
    case 'half-yearly':
      return [period(`6 tháng đầu năm ${y}`, y, 1, 6), period(`6 tháng cuối năm ${y}`, y, 7, 12)];
    case 'yearly':
      return [period(`Năm ${y}`, y, 1, 12)];
    case 'quarterly':
      return [1, 2, 3, 4].map((q) => period(`Quý ${toRoman(q)} năm ${y}`, y, q * 3 - 2, q * 3));
    case 'monthly':
      return Array.from({ length: 12 }, (_, i) => period(`Tháng ${i + 1}/${y}`, y, i + 1, i + 1));
    case 'once':
      return [];
  }
}

// Most frequent first: a plan asking "hằng quý" and "hằng năm" reports every quarter.
const PRIORITY: Recurrence[] = ['monthly', 'quarterly', 'half-yearly-and-yearly', 'half-yearly', 'yearly'];

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function yearOf(iso: string | null | undefined): number | null {
  return iso ? Number(iso.slice(0, 4)) : null;
}

function latestWrittenYear(text: string): number | null {
  let best: number | null = null;
  const re = /(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(\d{4})/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const y = Number(m[3] ?? m[4]);
    if (y > 1945 && y < 2200 && (best === null || y > best)) best = y;
  }
  return best;
}

/** Days written in report deadlines ("trước 15/6 và 15/11/2019"), in order; a day without a year takes its phrase's, else the plan's. */
function statedDays(texts: readonly string[], planYear: number): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const year = Number(/\b(\d{4})\b/u.exec(text)?.[1] ?? planYear);
    // "15/11", "15/11/2025", "ngày 15 tháng 11 (năm 2025)".
    for (const m of text.matchAll(/(?<![\d/])(\d{1,2})\s*(?:[/.-]|\s+tháng\s+)\s*(\d{1,2})(?:\s*(?:[/.-]|\s+năm\s+)\s*(\d{4}))?(?![\d/])/gu)) {
      const iso = toIso(Number(m[3] ?? year), Number(m[2]), Number(m[1]));
      if (iso !== null && !out.includes(iso)) out.push(iso);
    }
  }
  return out.sort();
}

// "… định kỳ 6 tháng, năm … trước ngày 10/6 và 10/12/2023": the days after the cue, with or without a year.
const DAY = String.raw`(?:ngày\s+)?\d{1,2}\s*(?:\/|\s+tháng\s+)\s*\d{1,2}(?:\s*(?:\/|\s+năm\s+)\s*\d{4})?`;
const DAYS_AFTER_CUE = new RegExp(String.raw`(?:trước|chậm nhất(?: là)?|hạn(?: chót)?|không quá)\s+${DAY}(?:\s*(?:và|,|;)\s*${DAY})*`, 'giu');

const ASKS_REPORT = /báo cáo(?!\s+viên)/iu;
const CONSOLIDATES = /tổng hợp,?\s+(?:kết quả,?\s+)?báo cáo/iu;
const REPORTS = /báo cáo(?!\s+viên)|tổng kết|sơ kết|gửi (kết quả|về)/iu;

export function proposeRounds(items: PlanItem[], issuedDate: string | null, text: string): RoundInput[] {
  const tasks = items.filter((i) => i.kind === 'task' && i.deadline !== null);
  const firstDated = tasks.find((t) => t.deadline?.date)?.deadline?.date ?? null;
  const year = yearOf(issuedDate) ?? yearOf(firstDated) ?? latestWrittenYear(text);
  // Only a recurrence tied to reporting sets the regime: "hội nghị … hằng tháng" is work, not a report.
  // A task's own deadline may be a date while a clause of it reports on a cycle ("báo cáo quý trước
  // ngày 25 tháng cuối quý; báo cáo năm trước ngày 10/12/2025"): the cycle of every reporting clause counts.
  const cycles = tasks.flatMap((t) =>
    t.text
      .split(/[;.]\s/u)
      .filter((c) => REPORTS.test(c))
      .flatMap((c) => findDeadlines(c).map((d) => d.recurrence)),
  );
  const recurrences = new Set(
    [...tasks.filter((t) => REPORTS.test(t.text)).map((t) => t.deadline?.recurrence), ...cycles].filter((r) => r && r !== 'once'),
  );
  const regime = PRIORITY.find((r) => recurrences.has(r)) ?? null;

  const rounds: RoundInput[] = [];
  if (regime !== null && year !== null) {
    const named = tasks
      .filter((t) => REPORTS.test(t.text))
      .map((t) => DAY_OF_PERIOD.exec(t.text))
      .map((m) => m?.[1] ?? m?.[2])
      .find((d) => d !== undefined);
    const day = named !== undefined && Number(named) >= 1 && Number(named) <= 28 ? Number(named) : undefined;
    let periods = periodsOf(regime, year, day);
    if (issuedDate !== null) {
      const until = `${year + 1}${issuedDate.slice(4)}`;
      periods = [...periods, ...periodsOf(regime, year + 1, day)].filter((p) => p.due >= issuedDate && p.due < until);
    }
    // "6 tháng, năm — trước 15/6 và 15/11/2019": the days the plan names, each to the first period it falls in.
    const stated = statedDays(
      tasks.filter((t) => REPORTS.test(t.text)).flatMap((t) => [t.deadline?.text ?? '', ...(t.text.match(DAYS_AFTER_CUE) ?? [])]),
      year,
    );
    for (const p of periods) {
      const day = stated.find((d) => d >= p.from && d <= p.to);
      if (day !== undefined) stated.splice(stated.indexOf(day), 1);
      rounds.push({ label: p.label, periodFrom: p.from, periodTo: p.to, dueDate: day ?? p.due });
    }
  }

  // One-off rounds follow one another: each covers from the day after the one before it.
  const oneOff = (due: string, after: string | null): RoundInput => ({
    label: `Báo cáo kết quả (hạn ${formatViDate(due)})`,
    periodFrom: after !== null ? dayAfter(after) : issuedDate !== null && issuedDate <= due ? issuedDate : null,
    periodTo: due,
    dueDate: due,
  });
  const asks = tasks.filter((t) => t.deadline?.date && ASKS_REPORT.test(t.text));
  // "Ban Tuyên giáo … tổng hợp báo cáo Ban Thường vụ trước ngày 10/3": the office's own deadline
  // for the summary, not a day units report by — unless no task names another.
  const fromUnits = asks.filter((t) => !CONSOLIDATES.test(t.text));
  // Every day a task's reporting clauses name, not only its first ("sơ kết … quý IV/2027, tổng kết …
  // quý IV/2030"; "quý I trước ngày 20/3/2025, quý II trước ngày 20/6/2025").
  const daysOf = (t: PlanItem): string[] =>
    t.text
      .split(/[;.]\s/u)
      .filter((c) => ASKS_REPORT.test(c) && !CONSOLIDATES.test(c))
      .flatMap((c) => findDeadlines(c, year).flatMap((d) => (d.recurrence === 'once' && d.date ? [d.date] : [])));
  const reportDates = (fromUnits.length > 0 ? fromUnits : asks).flatMap((t) => {
    const days = daysOf(t);
    return days.length > 0 ? days : [t.deadline?.date ?? ''];
  });
  const dated = tasks.map((t) => t.deadline?.date).filter((d): d is string => Boolean(d));
  const dues = reportDates.length > 0 ? reportDates : regime === null && dated.length > 0 ? [dated.sort().at(-1) ?? ''] : [];
  let previous: string | null = null;
  for (const due of [...new Set(dues)].sort()) {
    if (!rounds.some((r) => r.dueDate === due)) rounds.push(oneOff(due, regime === null ? previous : null));
    previous = due;
  }
  return rounds.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}
