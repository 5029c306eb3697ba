/**
 * DUO's vrijstellingen and boetes become the law facts the case folds (src/chain/duo/decisions.ts). Expected values
 * follow from the law text: the ground of each DUO reason from the provision DUO's own description cites (Bi2021
 * art. 2.3 → Wi2021 art. 4 lid 1 e; Ri2021 art. 2.1 → art. 4 lid 1 b; Ri2021 art. 2.2 → art. 4 lid 1 d; Ri2021
 * art. 3.12/3.13 → art. 7 lid 3); the article of a fine from Wi2021 art. 26 lid 1 (art. 24 at most € 340) and art. 24
 * lid 1 (an art. 24 fine only while the PVT or the MAP is not completed).
 */
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../src/case/events.ts';
import { snapshotOf } from '../../src/case/fold.ts';
import { eventsFromAnswers } from '../../src/chain/duo/mapping.ts';

const meta = {
  gebeurtenisId: 'SS114',
  receivedAt: '2026-03-02T09:00:00.000Z',
  receivedOn: '2026-03-02',
  commandId: '6f1c2b1e-0000-4000-8000-000000000001',
};
const opened = {
  type: 'CaseOpened',
  data: { gemeente: '0363', birthDate: '1990-01-01' },
  metadata: {
    eventId: '6f1c2b1e-0000-4000-8000-000000000002',
    occurredOn: '2025-09-01',
    recordedAt: '2025-09-01T10:00:00.000Z',
  },
} as unknown as CaseEvent;
const facts = (events: CaseEvent[]) => events.filter((e) => e.type !== 'DuoRegistrationRecorded');

describe('DUO vrijstellingen as VrijstellingDecided', () => {
  const answer = [
    { GeheleVrijstelling: { oordeel: 'Toekenning', reden: 'AVI', datumOordeel: '2026-02-10' } },
    {
      TijdelijkeVrijstelling: {
        oordeel: 'Toekenning',
        reden: 'INS',
        datumOordeel: '2026-01-05',
        startdatum: '2026-01-05',
        einddatum: '2027-07-01',
      },
    },
    {
      GedeeltelijkeVrijstelling: {
        oordeel: 'Toekenning',
        reden: 'GED',
        datumOordeel: '2026-02-01',
        examenonderdeel: 'LE',
      },
    },
    { GeheleVrijstelling: { oordeel: 'Afwijzing', reden: 'DIP', datumOordeel: '2026-01-20' } },
    // No decision date: nothing the law can count from.
    { GeheleVrijstelling: { oordeel: 'Toekenning', reden: 'DOC' } },
  ];
  const out = eventsFromAnswers([opened], new Map([['vrijstellingen', answer]]), meta);

  it('maps each reason to the ground its provision executes, with date, outcome, end and component', () => {
    expect(facts(out).map((e) => e.data)).toEqual([
      { date: '2026-02-10', granted: true, ground: '4.1.e' },
      { date: '2026-01-05', granted: true, ground: '4.1.d', until: '2027-07-01' },
      { date: '2026-02-01', granted: true, ground: '7.3', components: ['lezen'] },
      { date: '2026-01-20', granted: false, ground: '4.1.b' },
    ]);
    expect(out.filter((e) => e.type === 'DuoRegistrationRecorded')).toHaveLength(1);
  });

  it('is a fact the law reads: the fold holds the granted decisions (a refusal grants nothing)', () => {
    const decisions = (snapshotOf([opened, ...out]).facts.decisions ?? []).filter(
      (d) => d.type === 'vrijstelling',
    );
    expect(decisions.map((d) => (d as { ground: string }).ground).sort()).toEqual(['4.1.d', '4.1.e', '7.3']);
  });

  it('adds nothing the second time (a replay)', () => {
    expect(eventsFromAnswers([opened, ...out], new Map([['vrijstellingen', answer]]), meta)).toEqual([]);
  });
});

describe('DUO boetes as FineImposed', () => {
  it('an amount above € 340 is an art. 25 fine (art. 26 lid 1 b caps art. 24 at € 340)', () => {
    const out = eventsFromAnswers(
      [opened],
      new Map([['boetes', [{ bedrag: 500, datum: '2026-01-15' }]]]),
      meta,
    );
    expect(facts(out).map((e) => [e.type, e.data])).toEqual([
      ['FineImposed', { fineId: 'duo-2026-01-15-500', article: '25', date: '2026-01-15', amount: 500 }],
    ]);
    expect(snapshotOf([opened, ...out]).facts.fines).toEqual([
      expect.objectContaining({ article: '25', date: '2026-01-15', amount: 500 }),
    ]);
  });

  it('€ 340 or less with the PVT or the MAP open is not placed under an article (stays DUO registration)', () => {
    const out = eventsFromAnswers(
      [opened],
      new Map([['boetes', [{ bedrag: 340, datum: '2026-01-15' }]]]),
      meta,
    );
    expect(facts(out)).toEqual([]);
    expect(out).toHaveLength(1);
  });

  it('€ 340 or less after PVT and MAP were completed is an art. 25 fine (art. 24 lid 1 fines only their absence)', () => {
    const done = (type: string, completedOn: string, n: number) =>
      ({
        type,
        data: { completedOn },
        metadata: {
          eventId: `6f1c2b1e-0000-4000-8000-00000000001${n}`,
          occurredOn: completedOn,
          recordedAt: `${completedOn}T10:00:00.000Z`,
        },
      }) as unknown as CaseEvent;
    const history = [opened, done('PvtCompleted', '2025-10-01', 1), done('MapCompleted', '2025-11-01', 2)];
    const out = eventsFromAnswers(
      history,
      new Map([['boetes', [{ bedrag: 300, datum: '2026-01-15' }]]]),
      meta,
    );
    expect(facts(out).map((e) => (e.data as { article: string }).article)).toEqual(['25']);
  });
});
