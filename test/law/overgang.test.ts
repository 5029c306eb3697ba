import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, format, parse } from '../../src/law/engine/dates.ts';
import { beoordeel } from '../../src/law/index.ts';
import { whyLines } from '../../src/law/texts.ts';

// Issue 11 item 1: the assessment says which regime applies and why, citing the transitional article (Wi2021 art. 54
// lid 1) or the continuity rule that kept the duty alive (Bi2013 art. 2.2 lid 2).
const gezin = (grantedOn: string, endedOn?: string) => ({
  kind: 'regulier_bepaalde_tijd',
  purpose: 'gezin_partner',
  sponsor: 'nederlander',
  grantedOn,
  ...(endedOn ? { endedOn, endReason: 'vertrek' } : {}),
});
const person = { birthDate: '1988-07-07', nationalities: ['MA'] };

function regimeNode(a: ReturnType<typeof beoordeel>) {
  return a.explanation?.find((n) => n.rule === 'overgang.regime');
}

describe('regime choice is explained with the transitional article', () => {
  it('a returner after a gap of over a year: new duty, Wi2021, citing art. 54 lid 1', () => {
    const a = beoordeel(
      { person, residence: [gezin('2016-05-01', '2019-06-30'), gezin('2023-02-01')] } as never,
      '2023-06-01',
      { trace: true },
    );
    expect(a.regime).toBe('wi2021');
    const n = regimeNode(a);
    expect(n?.outcome).toBe('nieuwe_plicht');
    expect(n?.args).toMatchObject({
      previousSince: '2016-05-01',
      previousEnd: '2019-06-30',
      date: '2023-02-01',
    });
    const line = whyLines(a, 'nl').find((l) => l.text.includes('nieuwe inburgeringsplicht'));
    expect(line?.citation).toMatch(/^art\. 54 lid 1 /);
    expect(line?.text).toContain('Wet inburgering 2021');
    expect(line?.text).toContain('Wet inburgering (regels van 2013 tot 2022)');
  });

  it('a gap under a year: the Wi2013 duty continues, citing Bi2013 art. 2.2 lid 2', () => {
    const a = beoordeel(
      { person, residence: [gezin('2018-05-01', '2021-06-30'), gezin('2022-03-01')] } as never,
      '2022-06-01',
      { trace: true },
    );
    expect(a.regime).toBe('wi2013');
    const n = regimeNode(a);
    expect(n?.outcome).toBe('onderbreking_overbrugd');
    expect(n?.args).toMatchObject({ gapFrom: '2021-07-01', gapTo: '2022-02-28' });
    const line = whyLines(a, 'en').find((l) => l.text.includes('simply continues'));
    expect(line?.citation).toMatch(/^art\. 2\.2 lid 2 /);
  });

  it('a Wi2013 duty running on 2021-12-31: voortgezet, citing art. 54 lid 1', () => {
    const a = beoordeel({ person, residence: [gezin('2019-05-01')] } as never, '2024-01-01', {
      trace: true,
    });
    expect(regimeNode(a)?.outcome).toBe('voortgezet');
    const line = whyLines(a, 'nl').find((l) => l.text.includes('31 december 2021 nog'));
    expect(line?.citation).toMatch(/^art\. 54 lid 1 /);
  });

  it('a duty arising in 2022: in_werking (Wi2021)', () => {
    const a = beoordeel({ person, residence: [gezin('2022-02-01')] } as never, '2022-06-01', {
      trace: true,
    });
    expect(regimeNode(a)?.outcome).toBe('in_werking');
  });
});

describe('Bi2013 art. 2.2 lid 2 / Bi2021 art. 2.1 lid 2 with Wi2021 art. 54 lid 1, over generated returners', () => {
  it('a gap of at most a year keeps the first duty; a longer one starts a new duty under the law of its day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: parse('2013-06-01'), max: parse('2024-12-31') }),
        fc.integer({ min: 30, max: 2000 }),
        fc.integer({ min: 1, max: 1500 }),
        (first, held, gapDays) => {
          const end = first + held;
          const next = end + 1 + gapDays;
          const peildatum = next + 30;
          const a = beoordeel(
            { person, residence: [gezin(format(first), format(end)), gezin(format(next))] } as never,
            format(peildatum),
            { trace: false },
          );
          // The gap runs from end + 1 to next - 1; bridged when the next permit comes no later than a year after it
          // began (expected values from the text, computed here without the engine's code).
          const bridged = next <= addYears(end + 1, 1);
          const since = bridged ? first : next;
          const regime = since >= parse('2022-01-01') ? 'wi2021' : 'wi2013';
          expect(a.plicht.since).toBe(format(since));
          expect(a.regime).toBe(regime);
        },
      ),
      { numRuns: 300 },
    );
  });
});
