// Dates as Vietnamese documents write them, kept as ISO yyyy-mm-dd inside the app.

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function toIso(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** dd/mm/yyyy for display. */
export function formatViDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "ngày 08 tháng 02 năm 2026": day and months 1–2 zero-padded, as the Party format asks. */
export function formatPartyDateLine(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = m <= 2 ? pad2(m) : String(m);
  return `ngày ${pad2(d)} tháng ${month} năm ${y}`;
}

/** Find the first date in a text: "15/12/2019", "15-12-2019", "ngày 15 tháng 12 năm 2019". */
export function parseViDate(text: string): string | null {
  const long = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i.exec(text.normalize('NFC'));
  if (long) return toIso(Number(long[3]), Number(long[2]), Number(long[1]));
  const short = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(text);
  if (short) return toIso(Number(short[3]), Number(short[2]), Number(short[1]));
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return toIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return null;
}

/** Excel serial day number (1900 system) to ISO. */
// A date a narrow column wrapped before its year: "Bình Dương, ngày 28 tháng 6 năm" / "2019".
const CUT_DATE = /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm$/u;

/**
 * Where the year of a date cut on line `i` went: the next line, starting with it, or a year alone
 * on one of the next three (a two-column header puts the other column's lines between). Null when
 * the line ends no date before its year.
 */
export function wrappedYearAt(lines: readonly string[], i: number): number | null {
  if (!CUT_DATE.test((lines[i] ?? '').trimEnd())) return null;
  if (/^\d{4}\b/u.test((lines[i + 1] ?? '').trim())) return i + 1;
  for (let j = i + 1; j <= i + 3 && j < lines.length; j++) if (YEAR_ALONE.test((lines[j] ?? '').trim())) return j;
  return null;
}

// A year alone, or beside the "*" under the issuer the other column puts on its line.
const YEAR_ALONE = /^(?:\*\s*)?\d{4}$/u;

/** Lines with each date cut before its year made whole again; the year's line keeps what else it had ("*"). */
export function joinWrappedDates(lines: readonly string[]): string[] {
  const moved = new Map<number, string>();
  const out: string[] = [];
  lines.forEach((l, i) => {
    const left = moved.get(i);
    if (left !== undefined) return void (left !== '' && out.push(left));
    const at = wrappedYearAt(lines, i);
    if (at === null) return void out.push(l);
    const yearLine = (lines[at] ?? '').trim();
    const year = /\d{4}/u.exec(yearLine)?.[0] ?? '';
    moved.set(at, yearLine.replace(year, '').trim());
    out.push(`${l.trimEnd()} ${year}`);
  });
  return out;
}

export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const ms = Math.round((serial - 25569) * 86400 * 1000);
  const d = new Date(ms);
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function lastDayOfMonth(y: number, m: number): string {
  const d = new Date(Date.UTC(y, m, 0));
  return `${y}-${pad2(m)}-${pad2(d.getUTCDate())}`;
}

export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}
