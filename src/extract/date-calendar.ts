// Calendar arithmetic for dates, in UTC day numbers only: no Date.now(), no local time zone.
// A "day number" is days since 1970-01-01 (UTC), so adding days is plain integer arithmetic.

export interface Ymd {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

const MS_PER_DAY = 86_400_000;

/** Parses "YYYY-MM-DD" (a longer ISO date-time is cut to its date); null when it is not a real date. */
export function parseRef(ref: string | null | undefined): Ymd | null {
  if (!ref) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(ref);
  if (!m) return null;
  const ymd = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return isValidYmd(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

export function daysInMonth(y: number, m: number): number {
  return daysInMonthOf(y, m);
}

/** A real calendar day: "February 30" and "July 42" are rejected, never rolled forward. */
export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonthOf(y, m);
}

function daysInMonthOf(y: number, m: number): number {
  const dt = new Date(0);
  dt.setUTCFullYear(y, m, 0); // day 0 of the next month: the last day of month m
  return dt.getUTCDate();
}

export function toDayNum(y: number, m: number, d: number): number {
  const dt = new Date(0);
  dt.setUTCFullYear(y, m - 1, d);
  return Math.round(dt.getTime() / MS_PER_DAY);
}

export function fromDayNum(n: number): Ymd {
  const dt = new Date(n * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** ISO weekday: Monday 1 .. Sunday 7. */
export function isoWeekday(n: number): number {
  const w = (((n % 7) + 7) % 7 + 4) % 7; // 1970-01-01 was a Thursday
  return w === 0 ? 7 : w;
}

/** Day number of the Monday of the ISO week holding day n. */
export function mondayOf(n: number): number {
  return n - (isoWeekday(n) - 1);
}

const pad = (x: number, w = 2) => String(x).padStart(w, "0");

export function isoDay(n: number): string {
  const { y, m, d } = fromDayNum(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}
export function isoYmd(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}
export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** ISO 8601 week of day n, as "YYYY-Www". */
export function isoWeek(n: number): string {
  const thursday = n + (4 - isoWeekday(n));
  const y = fromDayNum(thursday).y;
  const week = Math.floor((thursday - toDayNum(y, 1, 1)) / 7) + 1;
  return `${pad(y, 4)}-W${pad(week)}`;
}

/** Adds months, keeping the day where the month has it and else taking the month's last day. */
export function addMonths(ymd: Ymd, k: number): Ymd {
  const idx = ymd.y * 12 + (ymd.m - 1) + k;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  return { y, m, d: Math.min(ymd.d, daysInMonthOf(y, m)) };
}

/** The year (within ±8 of the reference) that puts month/day nearest the reference date. */
export function nearestYearForDay(m: number, d: number, ref: Ymd): number | null {
  const r = toDayNum(ref.y, ref.m, ref.d);
  let best: number | null = null;
  let bestDist = Infinity;
  for (let y = ref.y - 8; y <= ref.y + 8; y++) {
    if (!isValidYmd(y, m, d)) continue;
    const dist = Math.abs(toDayNum(y, m, d) - r);
    if (dist < bestDist) [best, bestDist] = [y, dist];
  }
  return best;
}

/** The year that puts the span [startMonth, startMonth + months) nearest the reference date (by its middle). */
export function nearestYearForSpan(startMonth: number, months: number, ref: Ymd): number {
  const r = toDayNum(ref.y, ref.m, ref.d);
  let best = ref.y;
  let bestDist = Infinity;
  for (let y = ref.y - 1; y <= ref.y + 1; y++) {
    const a = toDayNum(y, startMonth, 1);
    const end = addMonths({ y, m: startMonth, d: 1 }, months);
    const mid = (a + toDayNum(end.y, end.m, end.d)) / 2;
    const dist = Math.abs(mid - r);
    if (dist < bestDist) [best, bestDist] = [y, dist];
  }
  return best;
}

/** The nth (1..5, or -1 for the last) given ISO weekday of a month; null when there is none. */
export function nthWeekdayOfMonth(y: number, m: number, weekday: number, nth: number): number | null {
  if (nth === -1) {
    const last = toDayNum(y, m, daysInMonthOf(y, m));
    return last - ((isoWeekday(last) - weekday + 7) % 7);
  }
  const first = toDayNum(y, m, 1);
  const n = first + ((weekday - isoWeekday(first) + 7) % 7) + (nth - 1) * 7;
  return fromDayNum(n).m === m ? n : null;
}
