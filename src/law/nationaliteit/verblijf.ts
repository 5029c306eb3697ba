/**
 * Residence consequences of inburgering.
 * - Permanent residence (Vw art. 21 lid 1 g; Vb art. 3.96a; for asiel onbepaalde tijd Vw art. 34 and EU long-term
 *   residence Vw art. 45b the IND applies the same requirement): refused without a Wi2021 inburgeringsdiploma or
 *   -certificaat, a designated document, or the Wi2013 exam or diploma; not applied to minors and persons of AOW age,
 *   after eight years of leerplicht here, to holders of an ontheffing, or (IND) to Turkish nationals; the Minister
 *   may set it aside for medical reasons, hardship or when sufficiently integrated (lid 3-5).
 * - Missing the term (gezinsmigranten and others on a regulier permit for a fixed period): the IND may refuse to
 *   extend or withdraw the permit (Vw art. 18 lid 1 i, 19; for Wi2013 persons in the old wording, Wi2021 art. 54
 *   lid 2), not where expulsion would breach art. 8 ECHR (Vb art. 3.89d, 3.91e); then no inburgering fine for the
 *   exam or leerroute follows (Wi2021 art. 25 lid 3; Wi2013 art. 31 lid 2). Asylum permits are not affected.
 */
import { aowDate } from '../common/aow.ts';
import { plichtArose } from '../common/plicht.ts';
import type { LawContext } from '../context.ts';
import { art } from '../engine/citation.ts';
import { ageOn, type Day, format } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import { isUnknown, type Maybe, Unknown } from '../engine/unknown.ts';
import { LEERPLICHT_YEARS } from '../wi2013/params.ts';
import { duty as wi2013Duty, fulfilment as wi2013Fulfilment } from '../wi2013/status.ts';
import { examTerm } from '../wi2013/termijn.ts';
import { currentPermit } from '../wi2021/groep.ts';
import { fulfilment as wi2021Fulfilment } from '../wi2021/route.ts';
import { duty as wi2021Duty, isLive as wi2021Live } from '../wi2021/status.ts';
import { term as wi2021Term } from '../wi2021/termijn.ts';
import { integrationProof } from './inburgering.ts';
import { ADULT_AGE, IND_EXEMPT_NATIONALITIES } from './params.ts';

export interface PermanentResidence {
  readonly kind: 'regulier_onbepaalde_tijd' | 'asiel_onbepaalde_tijd' | 'eu_langdurig_ingezetene';
  readonly requestedOn: Day;
  /** The inburgeringsvereiste is met or does not apply. */
  readonly met: Maybe<boolean>;
  readonly via: string | null;
  /** The Minister may still set it aside (medical, hardship, sufficiently integrated: Vb 3.96a lid 3-5). */
  readonly discretion: boolean;
}

export const permanentResidence = defineRule<PermanentResidence | null, LawContext>(
  {
    id: 'vw.inburgeringsvereiste',
    citation: [
      art('vb', '3.96a', '1'),
      art('vb', '3.96a', '2'),
      art('vb', '3.96a', '3'),
      art('vw', '21', '1'),
      art('vw', '34', '1'),
      art('vw', '45b', '1'),
    ],
    validFrom: '2013-01-01',
    // The inburgeringsvereiste of Vb art. 3.96a is tested on the application (from 2013-01-01).
    decisiveDate: (ctx: LawContext) =>
      ctx.d(ctx.facts.permanentResidenceRequest?.requestedOn, 'permanentResidenceRequest.requestedOn'),
    reads: [
      'permanentResidenceRequest',
      'person.birthDate',
      'schooling.leerplichtYearsNL',
      'medicalStatement',
    ],
    description: 'Whether the inburgeringsvereiste for a permanent residence permit is met or does not apply',
  },
  (ctx) => {
    const r = ctx.facts.permanentResidenceRequest;
    if (!r) return null;
    const on = ctx.d(r.requestedOn, 'permanentResidenceRequest.requestedOn')!;
    const base = { kind: r.kind, requestedOn: on };
    const done = (via: string, cite = art('vb', '3.96a', '2')): PermanentResidence => {
      if (ctx.tracing) ctx.because('voldaan', { via }, cite);
      return { ...base, met: true, via, discretion: false };
    };
    const proof = ctx.get(integrationProof);
    const ev = proof.evidence.find((e) => e.on === null || e.on <= on);
    if (ev) return done(ev.kind, art('vb', '3.96a', '1'));
    const birth = ctx.d(ctx.facts.person?.birthDate, 'person.birthDate');
    if (birth === undefined)
      return { ...base, met: new Unknown(['person.birthDate']), via: null, discretion: false };
    if (ageOn(birth, on, ctx.interp.leapDayBirthday) < ctx.param(ADULT_AGE, on)) return done('minderjarig');
    const aow = ctx.get(aowDate);
    if (!isUnknown(aow) && on >= aow) return done('aow_leeftijd');
    if ((ctx.facts.schooling?.leerplichtYearsNL ?? 0) >= ctx.param(LEERPLICHT_YEARS, on))
      return done('leerplicht_8_jaar');
    if (
      proof.ontheffing !== null &&
      proof.ontheffing.on <= on &&
      proof.ontheffing.ground !== 'voldoende_ingeburgerd'
    )
      return done(`ontheffing_${proof.ontheffing.regime}`);
    if (ctx.facts.person?.nationalities?.some((n) => ctx.param(IND_EXEMPT_NATIONALITIES, on).includes(n)))
      return done('nationaliteit_ind');
    const discretion =
      ctx.facts.medicalStatement !== undefined ||
      proof.ontheffing?.ground === 'voldoende_ingeburgerd' ||
      ctx.facts.integrationEvidence !== undefined;
    if (ctx.tracing) ctx.because('niet_voldaan', { discretion }, art('vb', '3.96a', '1'));
    return { ...base, met: false, via: null, discretion };
  },
);

export interface TermConsequence {
  readonly regime: 'wi2021' | 'wi2013';
  /** The IND may refuse to extend or withdraw the permit for a fixed period. */
  readonly extensionMayBeRefused: boolean;
  readonly reason: 'termijn_verstreken';
  readonly termLastDay: Day | null;
}

export const termConsequence = defineRule<TermConsequence | null, LawContext>(
  {
    id: 'vw.gevolg_inburgeringstermijn',
    citation: [
      art('vw', '18', '1', 'i'),
      art('vw', '19'),
      art('wi2021', '25', '3'),
      art('wi2021', '54', '2'),
      art('wi2013', '31', '2'),
      art('vb', '3.89d'),
    ],
    validFrom: '2013-01-01',
    reads: ['residence'],
    description:
      'Whether missing the inburgering term can cost a regulier permit for a fixed period its extension (and bars the fine)',
  },
  (ctx) => {
    const a = ctx.get(plichtArose);
    const regime = a.acquisition?.regime;
    if (regime !== 'wi2021' && regime !== 'wi2013') return null;
    const held = currentPermit(ctx);
    if (!held) return null;
    if (held.permit.kind === 'asiel_bepaalde_tijd') return null;
    if (held.permit.kind !== 'regulier_bepaalde_tijd') return null;
    let lastDay: Day | null = null;
    let live = false;
    let fulfilled = false;
    if (regime === 'wi2021') {
      const t = ctx.get(wi2021Term);
      lastDay = t === null || t instanceof Unknown ? null : t.lastDay;
      live = wi2021Live(ctx.get(wi2021Duty));
      fulfilled = ctx.get(wi2021Fulfilment).fulfilled;
    } else {
      const t = ctx.get(examTerm);
      lastDay = t?.lastDay ?? null;
      const d = ctx.get(wi2013Duty);
      live = d !== null && !isUnknown(d) && d.status === 'obliged';
      fulfilled = ctx.get(wi2013Fulfilment).fulfilled;
    }
    const expired = lastDay !== null && ctx.peildatum > lastDay;
    if (!live || fulfilled || !expired) return null;
    if (ctx.tracing)
      ctx.because(
        'termijn_verstreken',
        { lastDay: format(lastDay!), regime },
        regime === 'wi2021' ? art('vw', '18', '1', 'i') : art('wi2021', '54', '2'),
      );
    return { regime, extensionMayBeRefused: true, reason: 'termijn_verstreken', termLastDay: lastDay };
  },
);
