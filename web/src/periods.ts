// Chart periods as the API names them ("2024", "2024-03", "2024-W10", "2024-03-05"):
// their start as epoch seconds and their first/last day for evidence queries.

const DAY = 86400;

function isoWeekStart(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const dow = (jan4.getUTCDay() + 6) % 7; // Monday = 0
  return new Date(Date.UTC(year, 0, 4 - dow + (week - 1) * 7));
}

/**
 * [first day, last day] of a period, as UTC dates; null if the period is not understood. With
 * granularity "week" a plain date names the week starting on it (the server names weeks by their Monday).
 */
export function periodRange(p: string, granularity?: string): [Date, Date] | null {
  let m = /^(\d{4})-W(\d{1,2})$/.exec(p);
  if (m) {
    const a = isoWeekStart(+m[1], +m[2]);
    return [a, new Date(a.getTime() + 6 * DAY * 1000)];
  }
  m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(p);
  if (!m) return null;
  const y = +m[1];
  if (!m[2]) return [new Date(Date.UTC(y, 0, 1)), new Date(Date.UTC(y, 11, 31))];
  const mo = +m[2] - 1;
  if (!m[3]) return [new Date(Date.UTC(y, mo, 1)), new Date(Date.UTC(y, mo + 1, 0))];
  const d = new Date(Date.UTC(y, mo, +m[3]));
  return [d, granularity === "week" ? new Date(d.getTime() + 6 * DAY * 1000) : d];
}

export const ymd = (d: Date) => d.toISOString().slice(0, 10);
export function periodStart(p: string): number | null {
  const r = periodRange(p);
  return r ? r[0].getTime() / 1000 : null;
}
export function parseDay(s: string | undefined | null): Date | null {
  if (!s) return null;
  const r = periodRange(s);
  return r ? r[0] : null;
}
export function addDays(d: Date, n: number): Date { return new Date(d.getTime() + n * DAY * 1000); }
export function daysBetween(a: Date, b: Date): number { return Math.round((b.getTime() - a.getTime()) / (DAY * 1000)); }
