/**
 * What a person holds as proof of integration, across both regimes, for the inburgeringsvereiste of naturalisation
 * (RWN art. 8 lid 1 d) and of permanent residence (Vb art. 3.96a): a Wi2021 inburgeringsdiploma (exam or
 * onderwijsroute) or inburgeringscertificaat (Z-route); a Wi2013 exam or designated diploma; a designated document
 * (Wi2021 art. 4 lid 1 b; Bi2013 art. 2.3); the naturalisatietoets; and ontheffingen.
 */

import { plichtArose } from '../common/plicht.ts';
import type { LawContext } from '../context.ts';
import { art } from '../engine/citation.ts';
import { type Day, format } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import type { Level } from '../facts/types.ts';
import { LEVEL as WI2013_LEVEL } from '../wi2013/params.ts';
import { decisionsOf, fulfilment as wi2013Fulfilment } from '../wi2013/status.ts';
import { routeState, fulfilment as wi2021Fulfilment } from '../wi2021/route.ts';
import { ontheffing as wi2021Ontheffing } from '../wi2021/vrijstelling.ts';

export type EvidenceKind =
  | 'inburgeringsdiploma_wi2021'
  | 'inburgeringscertificaat_wi2021'
  | 'wi2013_examen'
  | 'wi2013_diploma'
  | 'aangewezen_document'
  | 'naturalisatietoets';

export interface Evidence {
  readonly kind: EvidenceKind;
  readonly on: Day | null;
  /** Language level the evidence shows; null for a document without a stated level or the certificate. */
  readonly level: Level | null;
}

export interface IntegrationProof {
  readonly evidence: readonly Evidence[];
  /** A whole ontheffing of the inburgeringsplicht: its regime and ground. */
  readonly ontheffing: {
    readonly regime: 'wi2021' | 'wi2013';
    readonly ground: string;
    readonly on: Day;
  } | null;
}

const LEVELS: readonly Level[] = ['A0', 'A1-', 'A1', 'A2', 'B1', 'B2', 'C1'];
export const levelAtLeast = (have: Level, need: Level): boolean =>
  LEVELS.indexOf(have) >= LEVELS.indexOf(need);

export const integrationProof = defineRule<IntegrationProof, LawContext>(
  {
    id: 'nationaliteit.inburgeringsbewijs',
    citation: [
      art('wi2021', '6', '2'),
      art('wi2013', '7', '1'),
      art('wi2021', '4', '1', 'b'),
      art('bi2013', '2.3', '1'),
    ],
    validFrom: '2013-01-01',
    reads: [
      'exams',
      'schooling.exemptingDiploma',
      'wi2013.diploma',
      'naturalisationRequest.naturalisatietoetsPassedOn',
    ],
    description:
      'The integration diplomas, certificates, documents and ontheffingen a person holds, with their level',
  },
  (ctx) => {
    const evidence: Evidence[] = [];
    const arose = ctx.get(plichtArose);
    const regime = arose.acquisition?.regime;
    let ontheffing: IntegrationProof['ontheffing'] = null;
    if (regime === 'wi2021') {
      const f = ctx.get(wi2021Fulfilment);
      if (f.fulfilled && f.on !== null) {
        if (f.document === 'inburgeringscertificaat')
          evidence.push({ kind: 'inburgeringscertificaat_wi2021', on: f.on, level: null });
        else {
          const levels = Object.values(ctx.get(routeState).levels);
          const low = levels.reduce<Level>((m, l) => (levelAtLeast(m, l) ? l : m), 'C1');
          evidence.push({ kind: 'inburgeringsdiploma_wi2021', on: f.on, level: low });
        }
      }
      const o = ctx.get(wi2021Ontheffing);
      if (o.whole) ontheffing = { regime: 'wi2021', ground: o.whole.ground, on: o.whole.date };
    }
    if (regime === 'wi2013') {
      const f = ctx.get(wi2013Fulfilment);
      const level = ctx.param(WI2013_LEVEL, arose.acquisition!.on);
      if (f.fulfilled && f.on !== null)
        evidence.push({
          kind: f.via === 'diploma' ? 'wi2013_diploma' : 'wi2013_examen',
          on: f.on,
          level: f.via === 'diploma' ? null : level,
        });
      const o = decisionsOf(ctx, 'ontheffing')[0];
      if (o) ontheffing = { regime: 'wi2013', ground: o.d.ground, on: o.on };
    }
    const d13 = ctx.facts.wi2013?.diploma;
    if ((d13 && regime !== 'wi2013') || ctx.facts.schooling?.exemptingDiploma === true)
      evidence.push({
        kind: 'aangewezen_document',
        on: ctx.d(d13?.on, 'wi2013.diploma.on') ?? null,
        level: null,
      });
    const nt = ctx.d(
      ctx.facts.naturalisationRequest?.naturalisatietoetsPassedOn,
      'naturalisationRequest.naturalisatietoetsPassedOn',
    );
    if (nt !== undefined && nt <= ctx.peildatum)
      evidence.push({ kind: 'naturalisatietoets', on: nt, level: null });
    if (ctx.tracing)
      ctx.because(
        evidence.length ? 'bewijs' : ontheffing ? 'ontheffing' : 'geen',
        {
          kinds: evidence.map((e) => e.kind).join(', '),
          on: evidence[0]?.on == null ? null : format(evidence[0].on),
        },
        art('wi2021', '6', '2'),
      );
    return { evidence, ontheffing };
  },
);
