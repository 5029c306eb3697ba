import { describe, expect, it } from 'vitest';
import { format, parse } from '../../src/law/engine/dates.ts';
import { beoordeel } from '../../src/law/index.ts';
import {
  afschalenDay,
  BASELINE,
  DEFAULT_MODEL,
  evaluatePerson,
  factsAt,
  generateCohort,
  generatePerson,
  realCohortSize,
} from '../../src/sim/index.ts';

describe('cohort generator', () => {
  it('is reproducible: the same seed gives the same cohort, another seed another', () => {
    const a = [...generateCohort({ persons: 400, seed: 42 })];
    const b = [...generateCohort({ persons: 400, seed: 42 })];
    const c = [...generateCohort({ persons: 400, seed: 43 })];
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('gives each person the same history whichever slice generates it (so workers can split a run)', () => {
    const whole = [...generateCohort({ persons: 300, seed: 9 })];
    const slice = [...generateCohort({ persons: 100, seed: 9, first: 150 })];
    expect(slice).toEqual(whole.slice(150, 250));
    expect(generatePerson(9, 217)).toEqual(whole[217]);
  });

  it('defaults to the calibrated cohorts at their real size', () => {
    expect(realCohortSize()).toBe(26_200 + 36_100);
    expect(DEFAULT_MODEL.cohorts.basis).toBe('reference');
  });

  it('every parameter says where it comes from', () => {
    for (const [name, v] of Object.entries(DEFAULT_MODEL)) {
      if (name === 'horizon') continue;
      const p = v as { basis?: string; source?: string };
      expect(['reference', 'calibrated', 'assumption'], name).toContain(p.basis);
      expect(p.source?.length ?? 0, name).toBeGreaterThan(10);
    }
  });

  it('generates persons the engine finds obliged under Wi2021 from their cohort year, with nothing unknown', () => {
    for (const h of generateCohort({ persons: 300, seed: 5 })) {
      // (Before registration in the housing gemeente the PIP deadline is rightly unknown.)
      if (h.registration > parse('2026-06-30')) continue;
      const a = beoordeel(factsAt(h, parse('2026-06-30')), '2026-06-30', { trace: false });
      expect(a.regime, `person ${h.index}`).toBe('wi2021');
      expect(a.plicht.since?.slice(0, 4), `person ${h.index}`).toBe(String(h.cohort));
      for (const x of [a.plicht.status, a.group, a.pip, a.term, a.loan.eligible])
        expect(x, `person ${h.index}`).not.toBe('unknown');
      expect(
        a.needs.filter((n) => !n.startsWith('taaleis.')),
        `person ${h.index}`,
      ).toEqual([]);
      expect(a.group).toBe(h.group === 'asiel' ? 'asielstatushouder' : 'gezinsmigrant_overig');
    }
  });

  it('facts on a peildatum hold nothing that happens later', () => {
    const P = parse('2023-09-01');
    for (const h of generateCohort({ persons: 300, seed: 6 })) {
      const f = factsAt(h, P);
      const dates = [
        ...(f.pips ?? []).map((p) => p.dagtekening),
        ...(f.exams ?? []).map((e) => e.date),
        ...(f.decisions ?? []).map((d) => d.date),
        ...(f.fines ?? []).map((x) => x.date),
        ...(f.brp ?? []).map((r) => r.from),
        ...(f.loans ?? []).map((l) => l.grantedOn),
        f.intake?.completedOn,
        f.pvt?.completedOn,
        f.map?.completedOn,
        f.duoNoticeOn,
      ].filter((d): d is string => d !== undefined);
      for (const d of dates) expect(d <= format(P), `person ${h.index}: ${d}`).toBe(true);
    }
  });

  it('an afschalen decision is taken only when the engine finds the person eligible', () => {
    let seen = 0;
    for (const h of generateCohort({ persons: 3000, seed: 8 })) {
      const day = afschalenDay(h, BASELINE);
      if (day === null || (h.departure !== null && day > h.departure) || day > parse('2030-01-01')) continue;
      const before = factsAt(h, day - 1);
      const a = beoordeel(before, format(day - 1), { trace: false });
      if (a.plicht.status !== 'obliged' || a.leerroute?.route !== 'B1') continue;
      seen++;
      expect(a.afschalen?.eligible, `person ${h.index}`).toBe(true);
    }
    expect(seen).toBeGreaterThan(20);
  });

  it('grants the extension for significant efforts only when the engine finds the person eligible', () => {
    let granted = 0;
    const P = parse('2027-06-30');
    for (const h of generateCohort({ persons: 1500, seed: 10 })) {
      const { facts } = evaluatePerson(h, P, BASELINE);
      const d = facts.decisions?.find(
        (x) => x.type === 'verlenging' && x.ground === 'aanzienlijke_inspanningen',
      );
      if (!d) continue;
      granted++;
      const check = parse(d.date) - 42;
      const a = beoordeel(factsAt(h, check), format(check), { trace: false });
      expect(a.extension?.significantEffort?.eligible, `person ${h.index}`).toBe(true);
    }
    expect(granted).toBeGreaterThan(5);
  });
});
