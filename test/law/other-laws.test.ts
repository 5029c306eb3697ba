// Properties and demonstrations for the laws around the Wet inburgering 2021 (issue 6): regime choice, the 2013
// regime's terms and the case-law switch, the exam abroad, the taaleis, remigration, and the explanations.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, format, parse } from '../../src/law/engine/dates.ts';
import { overrideParameter } from '../../src/law/engine/params.ts';
import type { Facts } from '../../src/law/facts/types.ts';
import { beoordeel } from '../../src/law/index.ts';
import { LEVEL as NATURALISATION_LEVEL } from '../../src/law/nationaliteit/params.ts';
import { whyLines } from '../../src/law/texts.ts';

const day = fc.integer({ min: parse('2013-01-01'), max: parse('2026-12-31') }).map(format);
const asylum = (grantedOn: string, extra: Partial<Facts> = {}): Facts => ({
  person: { birthDate: '1990-01-01', nationalities: ['SY'] },
  residence: [{ kind: 'asiel_bepaalde_tijd', grantedOn }],
  ...extra,
});

describe('regime choice (Wi2021 art. 54; Wi2013 art. 3 lid 4; Wi2021 art. 3 lid 3)', () => {
  it('the regime follows the day the duty arose: Wi2013 for 2013-2021, Wi2021 from 2022, never the ingangsdatum', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (granted, back) => {
        const effective = format(parse(granted) - back);
        const a = beoordeel(
          {
            ...asylum(granted),
            residence: [{ kind: 'asiel_bepaalde_tijd', grantedOn: granted, effectiveFrom: effective }],
          },
          '2027-01-01',
          { trace: false },
        );
        expect(a.plicht.since).toBe(granted);
        expect(a.regime).toBe(granted < '2022-01-01' ? 'wi2013' : 'wi2021');
        expect(a.wi2013 !== undefined).toBe(granted < '2022-01-01');
      }),
      { numRuns: 300 },
    );
  });

  it('demonstration: duty arisen 2021-12-20 and a permit decided 2022-01-10 (effect 2021-12-01) get different regimes, each explained', () => {
    const a = beoordeel(asylum('2021-12-20'), '2022-03-01', { trace: true });
    const b = beoordeel(
      {
        ...asylum('2022-01-10'),
        residence: [{ kind: 'asiel_bepaalde_tijd', grantedOn: '2022-01-10', effectiveFrom: '2021-12-01' }],
      },
      '2022-03-01',
      { trace: true },
    );
    expect(a.regime).toBe('wi2013');
    expect(b.regime).toBe('wi2021');
    const why = (x: typeof a, lang: string) => whyLines(x, lang).find((l) => l.rule === 'plicht.ontstaan')!;
    expect(why(a, 'nl').text).toContain('20 december 2021');
    expect(why(a, 'nl').text).toContain('Wet inburgering (regels van 2013 tot 2022)');
    expect(why(a, 'nl').citation).toBe('art. 3 lid 1 Wet inburgering');
    expect(why(b, 'nl').text).toContain('10 januari 2022');
    expect(why(b, 'nl').text).toContain('Wet inburgering 2021');
    expect(why(b, 'nl').text).toContain('nooit eerder');
    expect(why(b, 'en').citation).toBe('art. 3 lid 1 Wet inburgering 2021');
    // The 2013 person is assessed under the 2013 rules, with an exam term from the day obliged.
    expect(a.plicht.status).toBe('obliged');
    expect(a.wi2013?.examTerm?.lastDay).toBe('2024-12-20');
    expect(b.term === 'unknown' || b.term === null || typeof b.term === 'object').toBe(true);
  });
});

describe('Wi2013 terms and fines', () => {
  it('the exam term ends three years after the day obliged (same calendar day) and extensions never shorten it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: parse('2013-01-01'), max: parse('2021-12-31') }).map(format),
        fc.integer({ min: 1, max: 40 }),
        (granted, months) => {
          const f: Facts = {
            person: { birthDate: '1985-01-01', nationalities: ['MA'] },
            residence: [
              {
                kind: 'regulier_bepaalde_tijd',
                purpose: 'gezin_partner',
                sponsor: 'nederlander',
                grantedOn: granted,
              },
            ],
            wi2013: {
              decisions: [
                { type: 'verlenging', date: granted, term: 'examen', ground: 'geen_verwijt', months },
              ],
            },
          };
          const a = beoordeel(f, '2026-01-01', { trace: false });
          const t = a.wi2013!.examTerm!;
          expect(t.nominalLastDay).toBe(format(addYears(parse(granted), 3)));
          expect(t.lastDay >= t.nominalLastDay).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('demonstration: the case-law switch turns the fine and loan recovery for an asylum status holder into an individual assessment, and says why', () => {
    const f = asylum('2018-03-01', {
      brp: [{ gemeente: '0363', from: '2018-05-01', housing: true }],
      pvt: { completedOn: '2019-01-10' },
      loans: [{ grantedOn: '2018-09-01', amount: 8000 }],
      wi2013: { courseHours: { inburgering: 120 } },
    });
    const on = beoordeel(f, '2025-09-01', { trace: true });
    const off = beoordeel(f, '2025-09-01', {
      trace: true,
      interpretations: { caseLawAsylumFines: 'ignore' },
    });
    const fine = (x: typeof on) => x.wi2013!.fines!.items.find((i) => i.article === '31')!;
    expect(fine(off)).toMatchObject({ status: 'due', amount: 1250 });
    expect(fine(on)).toMatchObject({
      status: 'individual_assessment_required',
      amount: null,
      reason: 'rechtspraak_asiel',
    });
    expect(off.wi2013!.loan!.recovery).toBe('normal');
    expect(on.wi2013!.loan!.recovery).toBe('individual_assessment_required');
    for (const lang of ['nl', 'en']) {
      const lines = whyLines(on, lang).filter((l) =>
        l.citation.startsWith('HvJ EU 4 februari 2025, C-158/23'),
      );
      expect(lines.map((l) => l.rule).sort()).toEqual([
        'wi2013.boetes',
        'wi2013.lening',
        'wi2013.rechtspraak_asiel',
      ]);
      expect(lines.every((l) => l.url.startsWith('https://'))).toBe(true);
      expect(whyLines(off, lang).some((l) => l.citation.startsWith('HvJ'))).toBe(false);
    }
    expect(whyLines(on, 'nl').find((l) => l.rule === 'wi2013.boetes')!.text).toContain(
      'persoonlijke beoordeling',
    );
    expect(whyLines(on, 'en').find((l) => l.rule === 'wi2013.lening')!.text).toContain(
      'individual assessment',
    );
  });

  it('with the switch on, no Wi2013 fine on a beneficiary of international protection is due with an amount after 2025-02-04', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: parse('2013-01-01'), max: parse('2021-12-31') }).map(format),
        fc.integer({ min: parse('2025-02-04'), max: parse('2027-12-31') }).map(format),
        fc.integer({ min: 0, max: 700 }),
        (granted, peildatum, hours) => {
          const a = beoordeel(
            asylum(granted, { wi2013: { courseHours: { inburgering: hours } } }),
            peildatum,
            { trace: false },
          );
          for (const i of a.wi2013?.fines?.items ?? [])
            expect(i.status === 'due' && i.amount !== null).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('exam abroad (Vb art. 3.71a lid 1)', () => {
  it('a pass counts exactly when every part lies within the year before the application', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: parse('2015-01-01'), max: parse('2026-12-31') }),
        fc.array(fc.integer({ min: 0, max: 800 }), { minLength: 3, maxLength: 3 }),
        (applied, backs) => {
          const parts = ['spreken', 'lezen', 'kns'] as const;
          const f: Facts = {
            person: { birthDate: '1990-01-01', nationalities: ['MA'] },
            mvvApplication: { appliedOn: format(applied), purpose: 'gezinsvorming' },
            basisexamen: parts.map((component, i) => ({
              component,
              result: 'passed',
              date: format(applied - backs[i]!),
            })),
          };
          const a = beoordeel(f, format(applied), { trace: false });
          const start = addYears(applied, -1);
          expect(a.wib!.valid).toBe(backs.every((b) => applied - b >= start));
          expect(a.wib!.refusalGround).toBe(a.wib!.valid !== true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('taaleis (Pw art. 18b)', () => {
  it('the reduction is 0 before the notice and one of 20, 40, 100 after it, never decreasing with more failed tests', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 900 }), (offset) => {
        const notice = parse('2023-04-14');
        const facts: Facts = {
          person: { birthDate: '1980-01-01', nationalities: ['NL'] },
          bijstand: { from: '2022-01-01' },
          taaleis: {
            dutchEducationYears: 0,
            noticeOn: '2023-04-14',
            tests: [
              { date: '2023-03-01', result: 'onvoldoende' },
              { date: '2023-10-01', result: 'onvoldoende', progressSufficient: false },
              { date: '2024-04-01', result: 'onvoldoende', progressSufficient: false },
            ],
          },
        };
        const p = notice - 30 + offset;
        const a = beoordeel(facts, format(p), { trace: false });
        const pct = a.taaleis!.percent;
        if (p < notice) expect(pct).toBe(0);
        else expect([20, 40, 100]).toContain(pct);
        if (p >= parse('2024-04-14')) expect(pct).toBe(100);
      }),
      { numRuns: 200 },
    );
  });
});

describe('naturalisation level (RWN art. 8 lid 1 d)', () => {
  it('A2 today; a reform that sets B1 from a date makes a Wi2013 A2 exam insufficient for later requests', () => {
    const f: Facts = {
      person: { birthDate: '1985-01-01', nationalities: ['SY'] },
      residence: [{ kind: 'asiel_bepaalde_tijd', grantedOn: '2016-02-01' }],
      exams: [
        { component: 'lezen', level: 'A2', result: 'passed', date: '2018-02-10' },
        { component: 'luisteren', level: 'A2', result: 'passed', date: '2018-02-10' },
        { component: 'schrijven', level: 'A2', result: 'passed', date: '2018-02-10' },
        { component: 'spreken', level: 'A2', result: 'passed', date: '2018-02-10' },
        { component: 'knm', result: 'passed', date: '2018-03-10' },
        { component: 'ona', result: 'passed', date: '2018-04-10' },
      ],
      naturalisationRequest: {
        requestedOn: '2028-03-01',
        recognisedRefugee: true,
        willingToMakeDeclaration: true,
      },
    };
    expect(beoordeel(f, '2028-03-01', { trace: false }).naturalisatie!.integration.met).toBe(true);
    const b1 = overrideParameter(NATURALISATION_LEVEL, [
      ...NATURALISATION_LEVEL.values.slice(0, -1),
      { ...NATURALISATION_LEVEL.values[NATURALISATION_LEVEL.values.length - 1]!, to: '2027-12-31' },
      { from: '2028-01-01', value: 'B1', source: NATURALISATION_LEVEL.values[0]!.source, confidence: 'I' },
    ]);
    const a = beoordeel(f, '2028-03-01', {
      trace: false,
      overrides: new Map([[NATURALISATION_LEVEL.id, b1]]),
    });
    expect(a.naturalisatie!.integration).toMatchObject({ met: false, level: 'B1' });
  });
});

describe('Remigratiewet', () => {
  it('no application from 2025-01-01 is granted (art. 2b lid 1 a)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: parse('2025-01-01'), max: parse('2030-12-31') }).map(format),
        (appliedOn) => {
          const a = beoordeel(
            {
              person: { birthDate: '1955-01-01', nationalities: ['MA'] },
              residence: [{ kind: 'regulier_onbepaalde_tijd', grantedOn: '1995-01-01' }],
              remigration: {
                appliedOn,
                targetGroup: 'wervingsland',
                settledInNLOn: '1980-01-01',
                residenceSince: '1980-01-01',
                benefitSince: '2010-01-01',
                benefitKind: 'aow',
                debtsSettledOrArranged: true,
                destination: 'land_van_herkomst',
              },
            },
            appliedOn,
            { trace: false },
          );
          expect(a.remigratie!.eligible).toBe(false);
          expect(a.remigratie!.failed).toContain('a_aanvraag_voor_2025');
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('sections appear only when the facts ask for them', () => {
  it('a Wi2021 person without other facts has none of the other sections', () => {
    const a = beoordeel(asylum('2023-01-01'), '2024-01-01', { trace: false });
    for (const k of [
      'wi2013',
      'wib',
      'taaleis',
      'remigratie',
      'naturalisatie',
      'verblijf',
      'otherDecisionPoints',
    ])
      expect(k in a, k).toBe(false);
  });
});

describe('no numeric legal constants in the rule bodies of the other laws', () => {
  const dirs = [
    'src/law/wi2013',
    'src/law/wib',
    'src/law/participatiewet',
    'src/law/remigratiewet',
    'src/law/nationaliteit',
    'src/law/common/sections.ts',
  ];
  const files: string[] = [];
  for (const d of dirs) {
    const p = join(import.meta.dirname, '..', '..', d);
    if (statSync(p).isDirectory()) for (const f of readdirSync(p)) files.push(join(p, f));
    else files.push(p);
  }
  it('rule files contain no numeric literal other than 0, 1, 2 or 100', () => {
    const bad: string[] = [];
    for (const f of files.filter((x) => x.endsWith('.ts') && !x.endsWith('params.ts'))) {
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(\*|\/\*\*|\/\/)/.test(line)) return;
          const code = line.replace(/\/\/.*$/, '').replace(/'[^']*'|"[^"]*"|`[^`]*`/g, "''");
          for (const m of code.matchAll(/(?<![\w.])(\d+(?:\.\d+)?)(?![\w])/g))
            if (!['0', '1', '2', '100'].includes(m[1]!))
              bad.push(`${f.split('/src/')[1]}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(bad).toEqual([]);
  });
});
