// Reading dates the specialist types: dd/mm/yyyy (or d/m/yyyy, or ISO) to ISO.
import { parseViDate } from '../../../shared/dates';

export type DateParse = { ok: true; iso: string | null } | { ok: false };

/** Empty is fine (null); anything else must be a real date. */
export function parseDateInput(raw: string): DateParse {
  const s = raw.trim();
  if (s === '') return { ok: true, iso: null };
  if (!/^(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})$/.test(s)) return { ok: false };
  const iso = parseViDate(s);
  return iso ? { ok: true, iso } : { ok: false };
}
