/**
 * DUO's vrijstellingen and boetes as the law facts the case file folds (VrijstellingDecided, FineImposed), beside
 * DUO's registration itself (DuoRegistrationRecorded, compared by reconcile.ts). Only what the law text lets us
 * read from DUO's answer becomes a fact; the rest stays DUO's registration.
 *
 * Vrijstelling: DUO names a reason code (its Vrijstelling API 1.0.0, RedenVrijstellingInburgeringsplicht); DUO's own
 * description of each code names the provision it applies, which gives the ground of Wi2021 (BWBR0044770):
 * - AVI (on request, shown to be sufficiently integrated; DUO cites Bi2021 art. 2.3, which executes Wi2021 art. 4
 *   lid 1 onder e) → '4.1.e';
 * - DIP, DOC (an exempting diploma or document; DUO cites Ri2021 art. 2.1 onder c-f) and INB (an inburgerings-
 *   diploma of the 2013 regime at B1; Ri2021 art. 2.1 onder b): Ri2021 art. 2.1 executes Wi2021 art. 4 lid 1
 *   onder b → '4.1.b';
 * - INS, OPL (temporary, while enrolled in a course leading to such a diploma; Ri2021 art. 2.2 executes Wi2021
 *   art. 4 lid 1 onder d) → '4.1.d', until DUO's einddatum when it gives one;
 * - GED (partial: an NT2 certificate or other proof for some skills; DUO cites Ri2021 art. 3.12 and 3.13, which
 *   execute Wi2021 art. 7 lid 3) → '7.3', for the exam component DUO names.
 * A decision without DUO's datumOordeel has no date the law can count from: it is not turned into a fact.
 *
 * Boete: DUO answers only amount and date, not the article. Wi2021 art. 26 lid 1 caps a fine under art. 24 at
 * € 340 (onder b) and under art. 25 at € 1,000 (onder d), and DUO imposes only these two (art. 24 and 25: "Onze
 * Minister"; art. 22 and 23 are the college's). So an amount above € 340 is an art. 25 fine; so is any fine dated
 * after the case records both the participatieverklaringstraject and the module Arbeidsmarkt en Participatie as
 * completed (art. 24 lid 1 fines only their non-completion). Any other DUO fine cannot be placed under an article
 * from DUO's answer: it stays DUO's registration, and the reconciliation shows it.
 */
import type { CaseEvent, EventData, ISODate } from '../../case/index.ts';
import type { ExamComponent } from '../../law/index.ts';
import type { BoeteT, VrijstellingT } from './schemas.ts';

type Add = <T extends CaseEvent['type']>(type: T, data: EventData<T>, occurredOn: ISODate) => void;
type Ground = EventData<'VrijstellingDecided'>['ground'];

/** DUO's reason code → the ground of Wi2021 (see above). */
export const VRIJSTELLING_GROUND: Readonly<Record<string, Ground>> = {
  AVI: '4.1.e',
  DIP: '4.1.b',
  DOC: '4.1.b',
  INB: '4.1.b',
  INS: '4.1.d',
  OPL: '4.1.d',
  GED: '7.3',
};

/** Wi2021 art. 26 lid 1 onder b: the highest fine under art. 24 (in force since 2022-01-01). */
export const ART24_MAX_FINE = 340;

const SKILL: Readonly<Record<string, ExamComponent>> = {
  LE: 'lezen',
  LU: 'luisteren',
  SC: 'schrijven',
  SP: 'spreken',
};

export function vrijstellingFacts(
  events: readonly CaseEvent[],
  list: readonly VrijstellingT[],
  add: Add,
): void {
  const known = (date: string, ground: Ground, granted: boolean) =>
    events.some(
      (e) =>
        e.type === 'VrijstellingDecided' &&
        e.data.date === date &&
        e.data.ground === ground &&
        e.data.granted === granted,
    );
  for (const v of list) {
    for (const d of [v.GeheleVrijstelling, v.TijdelijkeVrijstelling, v.GedeeltelijkeVrijstelling]) {
      if (!d?.datumOordeel) continue;
      const ground = VRIJSTELLING_GROUND[d.reden];
      if (!ground) continue;
      const granted = d.oordeel === 'Toekenning';
      if (known(d.datumOordeel, ground, granted)) continue;
      const until = 'einddatum' in d ? d.einddatum : undefined;
      const part = (d as { examenonderdeel?: string }).examenonderdeel;
      const skill = part ? SKILL[part] : undefined;
      add(
        'VrijstellingDecided',
        {
          date: d.datumOordeel,
          granted,
          ground,
          ...(until ? { until } : {}),
          ...(ground === '7.3' && skill ? { components: [skill] } : {}),
        } as EventData<'VrijstellingDecided'>,
        d.datumOordeel,
      );
    }
  }
}

export function fineFacts(events: readonly CaseEvent[], list: readonly BoeteT[], add: Add): void {
  const completed = (type: 'PvtCompleted' | 'MapCompleted', on: ISODate) =>
    events.some((e) => e.type === type && e.data.completedOn <= on);
  for (const b of list) {
    const art25 =
      b.bedrag > ART24_MAX_FINE || (completed('PvtCompleted', b.datum) && completed('MapCompleted', b.datum));
    if (!art25) continue;
    const known = events.some(
      (e) => e.type === 'FineImposed' && e.data.date === b.datum && e.data.amount === b.bedrag,
    );
    if (known) continue;
    add(
      'FineImposed',
      { fineId: `duo-${b.datum}-${b.bedrag}`, article: '25', date: b.datum, amount: b.bedrag },
      b.datum,
    );
  }
}
