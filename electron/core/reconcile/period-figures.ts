// Figures reported "lũy kế từ đầu năm" turned into the round's own values: the year-to-date
// figure minus what the unit had reached by the previous round of the same year.
import type { Report, Round, StatusWarning } from '../../../shared/domain';
import { formatViNumber } from '../../../shared/text';

export type PeriodValue = { indicatorKey: string; value: number };

function year(iso: string | null): string | null {
  return iso ? iso.slice(0, 4) : null;
}

export function periodValues(
  r: Report,
  round: Round,
  prev: { round: Round; report: Report | undefined } | null,
  warnings: StatusWarning[],
): PeriodValue[] {
  const sameYear = prev !== null && year(prev.round.periodFrom) !== null && year(prev.round.periodFrom) === year(round.periodFrom);
  return r.figures.map((f) => {
    if (!f.cumulative) return { indicatorKey: f.indicatorKey, value: f.value };
    const before = sameYear ? prev?.report?.figures.find((g) => g.indicatorKey === f.indicatorKey) : undefined;
    if (!before) return { indicatorKey: f.indicatorKey, value: f.value }; // first round of the year: year-to-date is the period
    const value = f.value - before.value;
    if (value < 0) {
      warnings.push({
        code: 'CUMULATIVE_DECREASED',
        message: `${r.unit.name}: số lũy kế ${formatViNumber(f.value)} nhỏ hơn số đã báo cáo kỳ trước (${formatViNumber(before.value)}); số liệu kỳ này tạm tính bằng 0.`,
        unit: { code: r.unit.code, name: r.unit.name },
        source: `${r.file.originalName} — ${f.source}`,
      });
      return { indicatorKey: f.indicatorKey, value: 0 };
    }
    return { indicatorKey: f.indicatorKey, value };
  });
}
