/** Status on any date, as known on any date; the stage, deadlines, catalogs and demo histories. */
import { describe, expect, it } from 'vitest';
import {
  CASE_ERROR_CODES,
  CATALOGS,
  type CaseEvent,
  DEMO_GEMEENTEN,
  EVENT_CATALOGUE,
  EVENT_TYPES,
  fold,
  generateDemoCases,
  isDue,
  isValidBsn,
  message,
  STORE_ERROR_CODES,
  statusOf,
} from '../../src/case/index.ts';
import { validateFacts } from '../../src/law/facts/validate.ts';
import { asylumHistory, ev, intakeDone, pip } from './spec.ts';

describe('status on a date, as known on a date', () => {
  it('correcting the permit date that decides the regime changes status and explanation; the old one stays visible', () => {
    const h = asylumHistory({ granted: '2022-01-10', registered: '2022-02-01' });
    const corr = ev(
      'ResidencePermitGranted',
      { permitId: 'P1', kind: 'asiel_bepaalde_tijd', grantedOn: '2021-11-15' },
      {
        supersedes: (h[1] as CaseEvent).metadata.eventId,
        recordedAt: '2022-07-01T09:00:00.000Z',
        reason: 'Datum besluit IND',
      },
    );
    const now = statusOf([...h, corr], { peildatum: '2022-06-01' });
    const then = statusOf([...h, corr], { peildatum: '2022-06-01', asKnownOn: '2022-06-30' });
    expect(then.assessment?.regime).toBe('wi2021');
    expect(now.assessment?.regime).toBe('wi2013');
    expect(then.stage).not.toBe(now.stage);
    const why = (s: typeof now) =>
      s.assessment?.explanation?.find((n) => n.rule === 'plicht.ontstaan')?.args as
        | Record<string, unknown>
        | undefined;
    expect(why(then)).toMatchObject({ date: '2022-01-10', regime: 'wi2021' });
    expect(why(now)).toMatchObject({ date: '2021-11-15', regime: 'wi2013' });
  });

  it('deadlines carry the article; obligations stay due after their date, windows do not', () => {
    const st = statusOf([...asylumHistory(), ...intakeDone()], { peildatum: '2023-08-01', trace: false });
    const pipDeadline = st.deadlines.find((d) => d.kind === 'pip_deadline');
    expect(pipDeadline).toMatchObject({ overdue: true, article: 'art. 5.3 lid 1 Besluit inburgering 2021' });
    expect(isDue({ date: '2023-06-12', kind: 'pip_deadline' }, '2023-08-01', '2023-08-01')).toBe(true);
    expect(
      isDue({ date: '2023-06-12', kind: 'route_change_window_closes' }, '2023-08-01', '2023-08-01'),
    ).toBe(false);
    expect(
      isDue({ date: '2023-08-20', kind: 'route_change_window_closes' }, '2023-08-01', '2023-08-31'),
    ).toBe(true);
    expect(isDue({ date: '2023-09-20', kind: 'term_last_day' }, '2023-08-01', '2023-08-31')).toBe(false);
  });

  it('stages follow the trajectory', () => {
    const at = (events: CaseEvent[]) => statusOf(events, { peildatum: '2024-01-01', trace: false }).stage;
    expect(at(asylumHistory())).toBe('aangemeld');
    expect(at([...asylumHistory(), ...intakeDone().slice(0, 1)])).toBe('intake');
    expect(at([...asylumHistory(), ...intakeDone()])).toBe('intake_afgerond');
    expect(at([...asylumHistory(), ...intakeDone(), pip()])).toBe('in_traject');
    expect(at(asylumHistory({ granted: '2021-06-01', registered: '2021-07-01' }))).not.toBe('in_traject');
  });
});

describe('catalogs', () => {
  it('every problem code, stage, deadline kind and event type has a Dutch and an English text', () => {
    for (const lang of ['nl', 'en'] as const) {
      const c = CATALOGS[lang];
      for (const code of [...CASE_ERROR_CODES, ...STORE_ERROR_CODES])
        expect(c.problems[code], `${lang} ${code}`).toBeTruthy();
      for (const t of EVENT_TYPES) expect(c.events[t], `${lang} ${t}`).toBeTruthy();
    }
    expect(Object.keys(CATALOGS.nl.problems).sort()).toEqual(Object.keys(CATALOGS.en.problems).sort());
    expect(Object.keys(CATALOGS.nl.deadlines).sort()).toEqual(Object.keys(CATALOGS.en.deadlines).sort());
  });

  it('fills parameters', () => {
    expect(message('extension.too_early', { opensOn: '2025-12-02', lastDay: '2026-06-01' }, 'nl')).toBe(
      'Verlenging aanvragen kan vanaf 2 december 2025: niet eerder dan zes maanden voor het einde van de termijn (1 juni 2026).',
    );
    expect(message('route_change.window_closed', { lastDay: '2024-12-01' }, 'en')).toContain(
      '1 December 2024',
    );
  });
});

describe('demo histories', () => {
  const cases = generateDemoCases({ cases: 400, today: '2026-03-01', seed: 7 });

  it('are deterministic for a seed', () => {
    expect(generateDemoCases({ cases: 5, today: '2026-03-01', seed: 7 })).toEqual(cases.slice(0, 5));
  });

  it('fold to valid facts and never reach past today', () => {
    for (const c of cases) {
      const v = validateFacts(JSON.parse(JSON.stringify(fold(c.events))));
      expect(v.ok ? [] : v.problems, c.caseId).toEqual([]);
      expect(c.events[0]?.type).toBe('CaseOpened');
      for (const e of c.events) {
        expect(e.metadata.recordedAt.slice(0, 10) <= '2026-03-01').toBe(true);
        expect(EVENT_CATALOGUE[e.type].future || e.metadata.occurredOn <= '2026-03-01').toBe(true);
      }
    }
  });

  it('are spread over gemeenten, groups, routes, stages and both regimes, with synthetic BSNs only', () => {
    const st = cases.map((c) => statusOf(c.events, { peildatum: '2026-03-01', trace: false }));
    const count = (xs: (string | null | undefined)[]) => new Set(xs.filter(Boolean)).size;
    expect(count(cases.map((c) => c.gemeente))).toBeGreaterThanOrEqual(10);
    expect(new Set(st.map((s) => s.assessment?.regime).filter(Boolean))).toEqual(
      new Set(['wi2021', 'wi2013']),
    );
    expect(new Set(st.map((s) => s.assessment?.group).filter((g) => g !== null && g !== 'unknown'))).toEqual(
      new Set(['asielstatushouder', 'gezinsmigrant_overig']),
    );
    expect(new Set(st.map((s) => s.assessment?.leerroute?.route).filter(Boolean))).toEqual(
      new Set(['B1', 'onderwijs', 'Z']),
    );
    expect(count(st.map((s) => s.stage))).toBeGreaterThanOrEqual(6);
    expect(st.filter((s) => s.lawError !== null)).toEqual([]);
    expect(cases.some((c) => c.events.some((e) => e.metadata.supersedes))).toBe(true);
    expect(
      cases.some((c) =>
        c.events.some((e) => e.type === 'PersonMoved' && !(e.data as { housing?: boolean }).housing),
      ),
    ).toBe(true);
    for (const c of cases) if (c.bsn) expect(isValidBsn(c.bsn) && c.bsn.startsWith('9999')).toBe(true);
    expect(DEMO_GEMEENTEN.every((g) => /^[0-9]{4}$/.test(g.code))).toBe(true);
  });
});

describe('docs/case-file.md', () => {
  it('lists every event type of the catalogue', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/case-file.md', import.meta.url), 'utf8');
    for (const t of EVENT_TYPES) expect(doc, t).toContain(`| \`${t}\` |`);
  });
});
