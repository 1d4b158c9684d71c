// Working-day deadlines: weekends and public holidays (Tết, Giỗ Tổ, 30/4, 1/5, 2/9, 1/1) are data,
// loaded from resources/calendar and editable there, never written into code.
import { z } from 'zod';

export const HolidayCalendar = z.object({
  fixed: z.array(z.string().regex(/^\d{2}-\d{2}$/)),
  byYear: z.record(z.string(), z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/))),
});
export type HolidayCalendar = z.infer<typeof HolidayCalendar>;

function toDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function isWorkingDay(iso: string, cal: HolidayCalendar): boolean {
  const day = toDate(iso).getUTCDay();
  if (day === 0 || day === 6) return false;
  if (cal.fixed.includes(iso.slice(5))) return false;
  return !(cal.byYear[iso.slice(0, 4)] ?? []).includes(iso);
}

/** The date `n` working days after `iso` (n ≥ 0; n = 0 gives the next working day on or after it). */
export function addWorkingDays(iso: string, n: number, cal: HolidayCalendar): string {
  const d = toDate(iso);
  let left = n;
  while (left > 0 || !isWorkingDay(toIso(d), cal)) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (isWorkingDay(toIso(d), cal)) left = Math.max(0, left - 1);
  }
  return toIso(d);
}
