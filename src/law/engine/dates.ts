/**
 * Calendar dates for the law.
 *
 * The law counts in calendar dates, never in instants. Public values are ISO strings (`YYYY-MM-DD`) and convert
 * to and from `Temporal.PlainDate`. Inside the engine a date is a day number (days since 1970-01-01), so that
 * batch runs over millions of persons do not pay for an object per date; every operation here is checked
 * against `Temporal.PlainDate` by a property test (test/law/engine/dates.test.ts), which is the reference.
 *
 * Conventions (law brief §7): adding years or months keeps the day of the month and clamps to the last day
 * of a shorter month (Temporal's default `overflow: 'constrain'`), so 2024-02-29 + 3 years = 2027-02-28.
 */
import { Temporal } from 'temporal-polyfill';

/** A calendar date as a day number: days since 1970-01-01 (negative before). */
export type Day = number & { readonly __day?: never };

/** ISO 8601 calendar date, `YYYY-MM-DD`. */
export type ISODate = string;

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms), used directly outside the
// table range below.
function fromYMDSlow(y: number, m: number, d: number): Day {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface YMD {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function toYMDSlow(day: Day): YMD {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

// Batch runs convert the same dates over and over: 1900-01-01 .. 2199-12-31 come from tables built once at load
// (the first day of every month, and every day's year/month/day packed as year << 9 | month << 5 | day).
const TABLE_FROM_YEAR = 1900;
const TABLE_YEARS = 300;
const TABLE_FROM: Day = fromYMDSlow(TABLE_FROM_YEAR, 1, 1);
const TABLE_DAYS = fromYMDSlow(TABLE_FROM_YEAR + TABLE_YEARS, 1, 1) - TABLE_FROM;
const MONTH_START = new Int32Array(TABLE_YEARS * 12 + 1);
const PACKED = new Int32Array(TABLE_DAYS);
for (let i = 0; i <= TABLE_YEARS * 12; i++) {
  const y = TABLE_FROM_YEAR + Math.floor(i / 12);
  MONTH_START[i] = fromYMDSlow(y, (i % 12) + 1, 1);
}
for (let i = 0; i < TABLE_YEARS * 12; i++) {
  const y = TABLE_FROM_YEAR + Math.floor(i / 12);
  const m = (i % 12) + 1;
  for (let d = MONTH_START[i]!; d < MONTH_START[i + 1]!; d++) {
    PACKED[d - TABLE_FROM] = (y << 9) | (m << 5) | (d - MONTH_START[i]! + 1);
  }
}

/** The day number of a calendar date (the day may run past the month's end: 31 April is 1 May). */
export function fromYMD(y: number, m: number, d: number): Day {
  const i = (y - TABLE_FROM_YEAR) * 12 + m - 1;
  if (i >= 0 && i < TABLE_YEARS * 12 && m >= 1 && m <= 12) return MONTH_START[i]! + d - 1;
  return fromYMDSlow(y, m, d);
}

/** Year, month and day packed as `year << 9 | month << 5 | day` (no allocation). */
function packed(day: Day): number {
  const i = day - TABLE_FROM;
  if (i >= 0 && i < TABLE_DAYS) return PACKED[i]!;
  const { year, month, day: d } = toYMDSlow(day);
  return (year << 9) | (month << 5) | d;
}

export function toYMD(day: Day): YMD {
  const p = packed(day);
  return { year: p >> 9, month: (p >> 5) & 15, day: p & 31 };
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (MONTH_DAYS[m - 1] as number);
}

/** Parses `YYYY-MM-DD`; returns undefined for anything that is not a real calendar date. */
export function tryParse(iso: string): Day | undefined {
  // Hand-rolled for batch speed (no regex, no allocation).
  if (typeof iso !== 'string' || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) {
    return undefined;
  }
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = iso.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    y = y * 10 + c;
  }
  const m1 = iso.charCodeAt(5) - 48;
  const m2 = iso.charCodeAt(6) - 48;
  const d1 = iso.charCodeAt(8) - 48;
  const d2 = iso.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return undefined;
  const mo = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return fromYMD(y, mo, d);
}

export function parse(iso: ISODate): Day {
  const d = tryParse(iso);
  if (d === undefined) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  return d;
}

function pad(n: number, w: number): string {
  const s = String(n);
  return s.length >= w ? s : '0'.repeat(w - s.length) + s;
}

// Formatting repeats the same few thousand dates in batch runs: cache 1900-01-01 .. 2199-12-31.
const CACHE_FROM = -25567; // 1900-01-01
const CACHE_SIZE = 109573; // through 2199-12-31
const formatCache: (string | undefined)[] = new Array(CACHE_SIZE);

export function format(day: Day): ISODate {
  const i = day - CACHE_FROM;
  if (i >= 0 && i < CACHE_SIZE) {
    const hit = formatCache[i];
    if (hit !== undefined) return hit;
  }
  const { year, month, day: d } = toYMD(day);
  const s = `${pad(year, 4)}-${pad(month, 2)}-${pad(d, 2)}`;
  if (i >= 0 && i < CACHE_SIZE) formatCache[i] = s;
  return s;
}

export function toPlainDate(day: Day): Temporal.PlainDate {
  const { year, month, day: d } = toYMD(day);
  return new Temporal.PlainDate(year, month, d);
}

export function fromPlainDate(p: Temporal.PlainDate): Day {
  return fromYMD(p.year, p.month, p.day);
}

export function addDays(day: Day, n: number): Day {
  return day + n;
}

export function addWeeks(day: Day, n: number): Day {
  return day + 7 * n;
}

/** Adds calendar months; a day past the end of the target month becomes its last day. */
export function addMonths(day: Day, n: number): Day {
  const p = packed(day);
  const d = p & 31;
  const total = (p >> 9) * 12 + ((p >> 5) & 15) - 1 + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return fromYMD(y, m, Math.min(d, daysInMonth(y, m)));
}

export function addYears(day: Day, n: number): Day {
  return addMonths(day, 12 * n);
}

/** A duration in the units the law uses. */
export interface Duration {
  readonly years?: number;
  readonly months?: number;
  readonly weeks?: number;
  readonly days?: number;
}

/** Adds years and months first (with clamping), then weeks and days, as Temporal does. */
export function add(day: Day, dur: Duration): Day {
  let r = day;
  const months = (dur.years ?? 0) * 12 + (dur.months ?? 0);
  if (months !== 0) r = addMonths(r, months);
  return r + 7 * (dur.weeks ?? 0) + (dur.days ?? 0);
}

/** ISO day of week: 1 = Monday .. 7 = Sunday. */
export function dayOfWeek(day: Day): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** First day of the month after the month of `day`. */
export function firstOfNextMonth(day: Day): Day {
  const { year, month } = toYMD(day);
  return month === 12 ? fromYMD(year + 1, 1, 1) : fromYMD(year, month + 1, 1);
}

export function min(a: Day, b: Day): Day {
  return a < b ? a : b;
}

export function max(a: Day, b: Day): Day {
  return a > b ? a : b;
}

/** How a birthday on 29 February falls in a common year (law brief §7 and §9.11: no statute found). */
export type LeapDayBirthday = 'march1' | 'feb28';

/**
 * The day a person born on `birth` reaches `years` (and `months`) of age: on the birthday itself
 * (law brief §7). For someone born on 29 February the birthday in a common year is 1 March by default,
 * or 28 February with `leapDay: 'feb28'`.
 */
export function dayAgeReached(
  birth: Day,
  years: number,
  months = 0,
  leapDay: LeapDayBirthday = 'march1',
): Day {
  const p = packed(birth);
  const bd = p & 31;
  const total = (p >> 9) * 12 + ((p >> 5) & 15) - 1 + years * 12 + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  const dim = daysInMonth(y, m);
  if (bd <= dim) return fromYMD(y, m, bd);
  // The birthday does not exist in that month (29 Feb in a common year, or the 31st after a month shift).
  return leapDay === 'feb28' ? fromYMD(y, m, dim) : fromYMD(y, m, dim) + 1;
}

/** Age in whole years on `on`. */
export function ageOn(birth: Day, on: Day, leapDay: LeapDayBirthday = 'march1'): number {
  const b = toYMD(birth);
  const o = toYMD(on);
  let age = o.year - b.year;
  if (age <= 0) return Math.min(age, 0);
  if (on < dayAgeReached(birth, age, 0, leapDay)) age -= 1;
  return age;
}

// ---------------------------------------------------------------------------------------------------------
// Public holidays and the Algemene termijnenwet (BWBR0002448)

/** Easter Sunday (Gregorian), anonymous algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fromYMD(year, month, day);
}

/**
 * The day the King's (or Queen's) birthday is celebrated (Atw art. 3 lid 1): Koningsdag 27 April from 2014,
 * 26 April when the 27th is a Sunday; Koninginnedag 30 April 1949-2013, moved to 29 April on a Sunday from 1980
 * and to 1 May on a Sunday before (Besluit van 2 december 2013, Stb. 2013, 509 for the Koningsdag rule).
 */
export function kingsDay(year: number): Day {
  if (year >= 2014) {
    const d = fromYMD(year, 4, 27);
    return dayOfWeek(d) === 7 ? d - 1 : d;
  }
  const d = fromYMD(year, 4, 30);
  if (dayOfWeek(d) !== 7) return d;
  return year >= 1980 ? d - 1 : d + 1;
}

export interface Holiday {
  readonly day: Day;
  readonly name: string;
}

const holidayCache = new Map<number, readonly Holiday[]>();
const holidaySets = new Map<number, ReadonlySet<Day>>();

/** The algemeen erkende feestdagen of Atw art. 3, with Goede Vrijdag (lid 2), for one year. */
export function publicHolidays(year: number): readonly Holiday[] {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const list: Holiday[] = [
    { day: fromYMD(year, 1, 1), name: 'nieuwjaarsdag' },
    { day: easter - 2, name: 'goede_vrijdag' },
    { day: easter + 1, name: 'tweede_paasdag' },
    { day: kingsDay(year), name: 'koningsdag' },
    { day: fromYMD(year, 5, 5), name: 'bevrijdingsdag' },
    { day: easter + 39, name: 'hemelvaartsdag' },
    { day: easter + 50, name: 'tweede_pinksterdag' },
    { day: fromYMD(year, 12, 25), name: 'eerste_kerstdag' },
    { day: fromYMD(year, 12, 26), name: 'tweede_kerstdag' },
  ];
  list.sort((x, y) => x.day - y.day);
  holidayCache.set(year, list);
  return list;
}

export function isPublicHoliday(day: Day): boolean {
  // Every holiday falls between 1 January and 26 December, so the year of `day` suffices.
  const y = toYMD(day).year;
  let set = holidaySets.get(y);
  if (!set) {
    set = new Set(publicHolidays(y).map((h) => h.day));
    holidaySets.set(y, set);
  }
  return set.has(day);
}

/** Not a Saturday, Sunday or algemeen erkende feestdag (Atw art. 1 lid 1, art. 3). */
export function isWorkingDay(day: Day): boolean {
  return dayOfWeek(day) < 6 && !isPublicHoliday(day);
}

/** How a term is expressed, which decides whether the Algemene termijnenwet applies (Atw art. 4 onder a). */
export type TermUnit = 'days' | 'weeks' | 'months' | 'years' | 'hours';

/**
 * Whether the Atw applies to a forward-running term of `amount` `unit` (art. 4 onder a): not to terms in hours,
 * of more than 90 days, more than twelve weeks, more than three months, or in years; and not to terms counted
 * backwards (art. 1 lid 2), which callers do not pass here.
 */
export function atwApplies(amount: number, unit: TermUnit): boolean {
  switch (unit) {
    case 'hours':
    case 'years':
      return false;
    case 'days':
      return amount <= 90;
    case 'weeks':
      return amount <= 12;
    case 'months':
      return amount <= 3;
  }
}

/** The result of applying the Algemene termijnenwet to a term's last day. */
export interface AtwShift {
  readonly lastDay: Day;
  /** The last day before any shift. */
  readonly nominal: Day;
  /** Which Atw article moved it: 'art1' (ended on a non-working day), 'art2' (fewer than two working days). */
  readonly shiftedBy?: 'art1' | 'art2';
}

/**
 * Applies Atw art. 1 and 2 to a term that starts on the day after `from` (the day of the event) and nominally
 * ends on `nominal`: a last day on a Saturday, Sunday or feestdag moves to the next working day (art. 1); a term
 * of at least three days is extended so that it contains at least two working days (art. 2).
 */
export function applyAtw(from: Day, nominal: Day): AtwShift {
  let last = nominal;
  let by: AtwShift['shiftedBy'];
  while (!isWorkingDay(last)) {
    last += 1;
    by = 'art1';
  }
  if (nominal - from >= 3) {
    let working = 0;
    for (let d = from + 1; d <= last && working < 2; d++) if (isWorkingDay(d)) working++;
    while (working < 2) {
      last += 1;
      if (isWorkingDay(last)) working++;
      by = by ?? 'art2';
    }
  }
  return by ? { lastDay: last, nominal, shiftedBy: by } : { lastDay: last, nominal };
}
