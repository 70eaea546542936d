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

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** Inside this range of years the arithmetic below is exact; outside it, Date decides (as it always did). */
const plainYear = (y: number) => Number.isInteger(y) && y > -100_000 && y < 100_000;

function daysInMonthOf(y: number, m: number): number {
  if (plainYear(y) && Number.isInteger(m) && m >= 1 && m <= 12) return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]!;
  const dt = new Date(0);
  dt.setUTCFullYear(y, m, 0); // day 0 of the next month: the last day of month m
  return dt.getUTCDate();
}

/** Days since 1970-01-01 of a proleptic Gregorian date, months and days rolling over as Date rolls them (H. Hinnant's days_from_civil). */
export function toDayNum(y: number, m: number, d: number): number {
  if (plainYear(y) && Number.isInteger(m) && Math.abs(m) < 1_000_000 && Number.isInteger(d) && Math.abs(d) < 10_000_000) {
    const m0 = m - 1;
    const carry = Math.floor(m0 / 12);
    let yy = y + carry;
    const mm = m0 - carry * 12 + 1;
    if (plainYear(yy)) {
      yy -= mm <= 2 ? 1 : 0;
      const era = Math.floor(yy / 400);
      const yoe = yy - era * 400;
      const doy = Math.floor((153 * (mm + (mm > 2 ? -3 : 9)) + 2) / 5) + d - 1;
      const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
      return era * 146097 + doe - 719468;
    }
  }
  const dt = new Date(0);
  dt.setUTCFullYear(y, m - 1, d);
  return Math.round(dt.getTime() / MS_PER_DAY);
}

/** The date of a day number (H. Hinnant's civil_from_days). */
export function fromDayNum(n: number): Ymd {
  if (Number.isInteger(n) && Math.abs(n) < 30_000_000) {
    const z = n + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
  }
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
