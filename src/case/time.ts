/**
 * Recorded time is an instant; valid time and "as known on" are calendar dates in the Netherlands. These helpers
 * turn one into the other (Europe/Amsterdam), so "as known on 1 June" means up to the end of that day here.
 */
import { Temporal } from 'temporal-polyfill';
import { isIsoDate } from './event-check.ts';

export const ZONE = 'Europe/Amsterdam';

let lastMinute = Number.NaN;
let lastDate = '';

/** The Dutch calendar date of an instant. */
export function dutchDate(instant: Date | string): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('dutchDate: not an instant');
  // The date changes at Dutch midnight, always on a whole UTC minute (the offsets are whole hours): instants in
  // the same UTC minute share a date, so the time-zone conversion runs once per minute (an append needs it 3x).
  const minute = Math.floor(ms / 60_000);
  if (minute !== lastMinute) {
    lastDate = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(ZONE).toPlainDate().toString();
    lastMinute = minute;
  }
  return lastDate;
}

/**
 * The last instant (epoch ms, inclusive) that an "as known on" value admits: for a date, the end of that day in
 * the Netherlands; for an instant, that instant.
 */
export function knownCutoff(asKnownOn: string): number {
  if (isIsoDate(asKnownOn)) {
    const next = Temporal.PlainDate.from(asKnownOn).add({ days: 1 });
    return next.toZonedDateTime({ timeZone: ZONE }).epochMilliseconds - 1;
  }
  const ms = Date.parse(asKnownOn);
  if (Number.isNaN(ms)) throw new RangeError('asKnownOn must be an ISO date or instant');
  return ms;
}

/** The instant at which a Dutch calendar day starts, as an ISO string (for demo data and tests). */
export function startOfDutchDay(date: string, plusMinutes = 0): string {
  const z = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: ZONE }).add({ minutes: plusMinutes });
  return new Date(z.epochMilliseconds).toISOString();
}
