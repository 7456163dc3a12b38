/**
 * Dates in the data are ISO 8601 strings: a full date `2026-03-15`, or — where a definition allows it with
 * `format: "partial-date"` — a month `1990-05` or a year `1990` (parents' years of birth on the birth form).
 */

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Is `value` a real calendar date or a valid year / year-month? */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return Number(year) > 0;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= daysInMonth(Number(year), m);
}

/** The first and last day a (partial) date can mean, as ISO dates; undefined when it is not a date. */
export function dateRange(value: string): { start: string; end: string } | undefined {
  if (!isPartialDate(value)) return undefined;
  const [year, month, day] = value.split('-');
  if (day !== undefined) return { start: value, end: value };
  if (month !== undefined) {
    const last = String(daysInMonth(Number(year), Number(month))).padStart(2, '0');
    return { start: `${year}-${month}-01`, end: `${year}-${month}-${last}` };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** The year of a (partial) date, or undefined. */
export function yearOf(value: unknown): number | undefined {
  return typeof value === 'string' && isPartialDate(value) ? Number(value.slice(0, 4)) : undefined;
}

/** Today on the device's calendar, as an ISO date (a person in Hà Nội at 6 a.m. is on today's date, not UTC's). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `2026-03-15` → `15/03/2026`, `1990-05` → `05/1990`, `1990` → `1990` (Vietnamese and English forms alike). */
export function formatDateVi(value: string): string {
  const [year, month, day] = value.split('-');
  if (day !== undefined) return `${day}/${month}/${year}`;
  if (month !== undefined) return `${month}/${year}`;
  return year;
}
