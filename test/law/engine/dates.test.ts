import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import * as d from '../../../src/law/engine/dates.ts';

// Mostly inside the engine's lookup tables (1900-2199), sometimes outside them (the arithmetic fallback).
const plain = fc
  .record({
    y: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1900, max: 2199 }) },
      { weight: 1, arbitrary: fc.integer({ min: 1600, max: 2600 }) },
    ),
    m: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ y, m, day }) => new Temporal.PlainDate(y, m, Math.min(day, d.daysInMonth(y, m))));

describe('calendar dates agree with Temporal.PlainDate (the reference)', () => {
  it('agrees on every day around the edges of the lookup tables', () => {
    for (const edge of ['1900-01-01', '2200-01-01']) {
      const start = Temporal.PlainDate.from(edge);
      for (let k = -800; k <= 800; k++) {
        const p = start.add({ days: k });
        const day = d.fromPlainDate(p);
        expect(d.format(day)).toBe(p.toString());
        expect(d.toPlainDate(day).equals(p)).toBe(true);
        expect(d.format(d.addMonths(day, 13))).toBe(p.add({ months: 13 }).toString());
      }
    }
  });

  it('round-trips ISO strings and PlainDate', () => {
    fc.assert(
      fc.property(plain, (p) => {
        const day = d.fromPlainDate(p);
        expect(d.format(day)).toBe(p.toString());
        expect(d.parse(p.toString())).toBe(day);
        expect(d.toPlainDate(day).equals(p)).toBe(true);
        expect(d.dayOfWeek(day)).toBe(p.dayOfWeek);
      }),
    );
  });

  it('adds days, weeks, months and years exactly as Temporal does (constrain overflow)', () => {
    fc.assert(
      fc.property(
        plain,
        fc.integer({ min: -60, max: 60 }),
        fc.integer({ min: -400, max: 400 }),
        (p, n, k) => {
          const day = d.fromPlainDate(p);
          expect(d.format(d.addMonths(day, n))).toBe(p.add({ months: n }).toString());
          expect(d.format(d.addYears(day, Math.trunc(n / 12)))).toBe(
            p.add({ years: Math.trunc(n / 12) }).toString(),
          );
          expect(d.format(d.addWeeks(day, n))).toBe(p.add({ weeks: n }).toString());
          expect(d.format(d.addDays(day, k))).toBe(p.add({ days: k }).toString());
          expect(d.format(d.add(day, { years: 1, months: 2, weeks: 3, days: 4 }))).toBe(
            p.add({ years: 1, months: 2, weeks: 3, days: 4 }).toString(),
          );
        },
      ),
    );
  });

  it('2024-02-29 + 3 years = 2027-02-28 (end-of-month clamp)', () => {
    expect(d.format(d.addYears(d.parse('2024-02-29'), 3))).toBe('2027-02-28');
    expect(d.format(d.addMonths(d.parse('2023-01-31'), 1))).toBe('2023-02-28');
  });

  it('rejects what is not a calendar date', () => {
    for (const bad of ['2023-02-29', '2023-13-01', '2023-00-10', '2023-1-01', 'x', '', '2023-04-31']) {
      expect(d.tryParse(bad)).toBeUndefined();
    }
    expect(() => d.parse('2023-02-30')).toThrow(/not a calendar date/);
  });
});

describe('age on the birthday', () => {
  it('a person turns 16 on the 16th birthday, not the day before', () => {
    const birth = d.parse('2006-04-01');
    expect(d.ageOn(birth, d.parse('2022-03-31'))).toBe(15);
    expect(d.ageOn(birth, d.parse('2022-04-01'))).toBe(16);
  });

  it('29 February: 1 March in common years by default, 28 February as an option', () => {
    const birth = d.parse('2004-02-29');
    expect(d.format(d.dayAgeReached(birth, 18))).toBe('2022-03-01');
    expect(d.format(d.dayAgeReached(birth, 18, 0, 'feb28'))).toBe('2022-02-28');
    expect(d.format(d.dayAgeReached(birth, 20))).toBe('2024-02-29');
  });

  it('ageOn is monotone and increases by one exactly on the birthday (property)', () => {
    fc.assert(
      fc.property(plain, fc.integer({ min: 0, max: 90 }), (p, years) => {
        const birth = d.fromPlainDate(p);
        const reached = d.dayAgeReached(birth, years);
        expect(d.ageOn(birth, reached)).toBe(years);
        if (years > 0) expect(d.ageOn(birth, reached - 1)).toBe(years - 1);
      }),
    );
  });
});

describe('public holidays and the Algemene termijnenwet', () => {
  it('computes Easter for known years', () => {
    const known: Record<number, string> = {
      2022: '2022-04-17',
      2023: '2023-04-09',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2038: '2038-04-25',
    };
    for (const [y, iso] of Object.entries(known)) expect(d.format(d.easterSunday(Number(y)))).toBe(iso);
  });

  it('lists the Atw art. 3 holidays for 2025 (Koningsdag on Saturday 26 April, since the 27th is a Sunday)', () => {
    expect(d.publicHolidays(2025).map((h) => `${d.format(h.day)} ${h.name}`)).toEqual([
      '2025-01-01 nieuwjaarsdag',
      '2025-04-18 goede_vrijdag',
      '2025-04-21 tweede_paasdag',
      '2025-04-26 koningsdag',
      '2025-05-05 bevrijdingsdag',
      '2025-05-29 hemelvaartsdag',
      '2025-06-09 tweede_pinksterdag',
      '2025-12-25 eerste_kerstdag',
      '2025-12-26 tweede_kerstdag',
    ]);
    expect(d.format(d.kingsDay(2013))).toBe('2013-04-30');
    expect(d.format(d.kingsDay(2006))).toBe('2006-04-29');
  });

  it('Atw does not apply to terms in years or of more than twelve weeks (art. 4 a)', () => {
    expect(d.atwApplies(3, 'years')).toBe(false);
    expect(d.atwApplies(10, 'weeks')).toBe(true);
    expect(d.atwApplies(13, 'weeks')).toBe(false);
    expect(d.atwApplies(3, 'months')).toBe(true);
    expect(d.atwApplies(6, 'months')).toBe(false);
    expect(d.atwApplies(90, 'days')).toBe(true);
    expect(d.atwApplies(91, 'days')).toBe(false);
  });

  it('a shifted last day is always a working day, never earlier, and the term holds two working days (property)', () => {
    fc.assert(
      fc.property(plain, fc.integer({ min: 3, max: 84 }), (p, len) => {
        const from = d.fromPlainDate(p);
        const r = d.applyAtw(from, from + len);
        expect(r.lastDay).toBeGreaterThanOrEqual(from + len);
        expect(d.isWorkingDay(r.lastDay)).toBe(true);
        let working = 0;
        for (let x = from + 1; x <= r.lastDay; x++) if (d.isWorkingDay(x)) working++;
        expect(working).toBeGreaterThanOrEqual(2);
        let nominalWorking = 0;
        for (let x = from + 1; x <= from + len; x++) if (d.isWorkingDay(x)) nominalWorking++;
        if (d.isWorkingDay(from + len) && nominalWorking >= 2) expect(r.lastDay).toBe(from + len);
      }),
    );
  });

  it('art. 2: a three-day term over Christmas is extended to hold two working days', () => {
    // 2025-12-24 (Wednesday) + 3 days = Saturday 27th -> Monday 29th (art. 1); 29th is the first working day, so art. 2
    // extends to Tuesday 30th.
    const r = d.applyAtw(d.parse('2025-12-24'), d.parse('2025-12-27'));
    expect(d.format(r.lastDay)).toBe('2025-12-30');
  });
});
