// Pure validation rules over the current reports of a round; each warning names unit and source.
import type { CellStatus, Plan, Report, StatusWarning } from '../../../shared/domain';
import { formatViDate } from '../../../shared/dates';
import { formatViNumber } from '../../../shared/text';

const ref = (r: Report) => ({ code: r.unit.code, name: r.unit.name });

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** Robust outliers: more than 5 scaled MADs from the median of the other units (needs ≥ 5 values). */
export function outliers(values: number[]): Set<number> {
  const out = new Set<number>();
  if (values.length < 5) return out;
  const med = median(values);
  const mad = median(values.map((v) => Math.abs(v - med))) * 1.4826;
  const spread = Math.max(mad, Math.abs(med) * 0.1, 1);
  values.forEach((v, i) => {
    if (Math.abs(v - med) > 5 * spread) out.add(i);
  });
  return out;
}

// Readers' notes a specialist should see in Đối chiếu; the rest stay on the report itself.
const SURFACED_NOTES = new Set(['TOTAL_MISMATCH', 'FIGURE_CONFLICT', 'LEGACY_FONT', 'ROUTED', 'PART_OF_ROUND', 'SHEET_SKIPPED', 'STATUS_CONFLICT']);

/** `statuses`: each report's item statuses when read apart from the reports (report id → item code → status); else its entries. */
export function validateReports(plan: Plan, current: Report[], statuses?: ReadonlyMap<number, ReadonlyMap<string, CellStatus>>): StatusWarning[] {
  const warnings: StatusWarning[] = [];
  const name = (key: string) => plan.indicators.find((i) => i.key === key)?.name ?? key;
  // Notes name figures by key; a person reads the figure's name.
  const named = (message: string): string => message.replace(/Chỉ tiêu ([a-z0-9_]+)/gu, (_m, key: string) => `Chỉ tiêu "${name(key)}"`);

  for (const r of current) {
    for (const n of r.notes) {
      if (SURFACED_NOTES.has(n.code)) warnings.push({ code: n.code, message: `${r.unit.name}: ${named(n.message)}`, unit: ref(r), source: `${r.file.originalName} — ${n.source}` });
    }
    const read = statuses?.get(r.id);
    const anyDone = read ? [...read.values()].includes('done') : r.entries.some((e) => e.status === 'done');
    if (plan.indicators.length > 0 && r.figures.length === 0 && anyDone) {
      warnings.push({ code: 'DONE_WITHOUT_FIGURES', message: `${r.unit.name} báo cáo đã thực hiện nhưng không có số liệu nào.`, unit: ref(r), source: r.file.originalName });
    }
    for (const f of r.figures) {
      if (f.value < 0) {
        warnings.push({ code: 'NEGATIVE_FIGURE', message: `${r.unit.name}: ${name(f.indicatorKey)} là số âm (${formatViNumber(f.value)}).`, unit: ref(r), source: `${r.file.originalName} — ${f.source}` });
      }
    }
    if (plan.issuedDate && r.reportDate && r.reportDate < plan.issuedDate) {
      warnings.push({
        code: 'DATED_BEFORE_PLAN',
        message: `${r.unit.name}: báo cáo đề ngày ${formatViDate(r.reportDate)}, trước ngày ban hành kế hoạch (${formatViDate(plan.issuedDate)}).`,
        unit: ref(r),
        source: r.file.originalName,
      });
    }
  }

  for (const ind of plan.indicators) {
    const withValue = current.map((r) => ({ r, f: r.figures.find((f) => f.indicatorKey === ind.key) })).filter((x) => x.f !== undefined);
    const flagged = outliers(withValue.map((x) => x.f!.value));
    for (const i of flagged) {
      const { r, f } = withValue[i]!;
      warnings.push({
        code: 'OUTLIER',
        message: `${r.unit.name}: ${ind.name} = ${formatViNumber(f!.value)}, khác xa các đơn vị khác; đề nghị kiểm tra lại.`,
        unit: ref(r),
        source: `${r.file.originalName} — ${f!.source}`,
      });
    }
  }

  // Two units with the same non-trivial set of figures: one report was probably copied from the other.
  const byVector = new Map<string, Report[]>();
  for (const r of current) {
    const nonZero = r.figures.filter((f) => f.value !== 0);
    if (nonZero.length < 2) continue;
    const key = [...r.figures].sort((a, b) => a.indicatorKey.localeCompare(b.indicatorKey)).map((f) => `${f.indicatorKey}=${f.value}`).join('|');
    byVector.set(key, [...(byVector.get(key) ?? []), r]);
  }
  for (const group of byVector.values()) {
    if (group.length < 2) continue;
    const names = group.map((r) => r.unit.name).join(', ');
    for (const r of group.slice(1)) {
      warnings.push({ code: 'COPIED_FIGURES', message: `Số liệu của ${names} giống hệt nhau; có thể báo cáo bị sao chép.`, unit: ref(r), source: r.file.originalName });
    }
  }
  return warnings;
}
