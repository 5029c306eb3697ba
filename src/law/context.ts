/**
 * The evaluation context for the inburgering rules: the engine's `Context` with the facts, the named
 * interpretations, and date parsing that names the fact when a date is malformed.
 */

import { type Day, tryParse } from './engine/dates.ts';
import { Context, type ContextOptions } from './engine/rule.ts';
import type { Tracer } from './engine/trace.ts';
import type { Facts } from './facts/types.ts';
import { type Interpretations, interpretations } from './interpretations.ts';

export class FactError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'FactError';
  }
}

export interface LawContextOptions extends ContextOptions {
  readonly interpretations?: Partial<Interpretations>;
}

/** Kept out of `d`, so that the hot path stays small enough to inline. */
function notADate(iso: string, path: string, index?: number, field?: string): never {
  const where = index === undefined ? path : `${path}[${index}]${field ? `.${field}` : ''}`;
  throw new FactError(where, `not a calendar date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The facts in one fixed object shape. Inputs come in many shapes (each person's facts have their own keys), which
 * would make every `ctx.facts.x` in the rules a megamorphic property load, mostly of a missing key. One pass over
 * the keys the input has (a for-in over its enumeration cache) fills an object whose shape is always the same.
 * Unknown keys are dropped (validation reports them); absent facts stay `undefined`.
 */
export function fixedShape(f: Facts): Facts {
  const o: Writable<Facts> = {
    person: undefined,
    residence: undefined,
    religiousMinister: undefined,
    integratedElsewhereInEU: undefined,
    treatyExemption: undefined,
    brp: undefined,
    duoNoticeOn: undefined,
    thirdPartyInfo: undefined,
    schooling: undefined,
    integrationEvidence: undefined,
    medicalStatement: undefined,
    decisions: undefined,
    intake: undefined,
    pips: undefined,
    exams: undefined,
    taalschakeltraject: undefined,
    hours: undefined,
    pvt: undefined,
    map: undefined,
    zroute: undefined,
    fines: undefined,
    offences: undefined,
    bijstand: undefined,
    loans: undefined,
    oldLoanOutstanding: undefined,
    loanMeans: undefined,
    applications: undefined,
    routeChangeRequest: undefined,
    gaps: undefined,
    wi2013: undefined,
    mvvApplication: undefined,
    basisexamen: undefined,
    taaleis: undefined,
    remigration: undefined,
    naturalisationRequest: undefined,
    permanentResidenceRequest: undefined,
  };
  for (const k in f) {
    const v = (f as Record<string, unknown>)[k];
    switch (k) {
      case 'person':
        o.person = v as Facts['person'];
        break;
      case 'residence':
        o.residence = v as Facts['residence'];
        break;
      case 'religiousMinister':
        o.religiousMinister = v as Facts['religiousMinister'];
        break;
      case 'integratedElsewhereInEU':
        o.integratedElsewhereInEU = v as Facts['integratedElsewhereInEU'];
        break;
      case 'treatyExemption':
        o.treatyExemption = v as Facts['treatyExemption'];
        break;
      case 'brp':
        o.brp = v as Facts['brp'];
        break;
      case 'duoNoticeOn':
        o.duoNoticeOn = v as Facts['duoNoticeOn'];
        break;
      case 'thirdPartyInfo':
        o.thirdPartyInfo = v as Facts['thirdPartyInfo'];
        break;
      case 'schooling':
        o.schooling = v as Facts['schooling'];
        break;
      case 'integrationEvidence':
        o.integrationEvidence = v as Facts['integrationEvidence'];
        break;
      case 'medicalStatement':
        o.medicalStatement = v as Facts['medicalStatement'];
        break;
      case 'decisions':
        o.decisions = v as Facts['decisions'];
        break;
      case 'intake':
        o.intake = v as Facts['intake'];
        break;
      case 'pips':
        o.pips = v as Facts['pips'];
        break;
      case 'exams':
        o.exams = v as Facts['exams'];
        break;
      case 'taalschakeltraject':
        o.taalschakeltraject = v as Facts['taalschakeltraject'];
        break;
      case 'hours':
        o.hours = v as Facts['hours'];
        break;
      case 'pvt':
        o.pvt = v as Facts['pvt'];
        break;
      case 'map':
        o.map = v as Facts['map'];
        break;
      case 'zroute':
        o.zroute = v as Facts['zroute'];
        break;
      case 'fines':
        o.fines = v as Facts['fines'];
        break;
      case 'offences':
        o.offences = v as Facts['offences'];
        break;
      case 'bijstand':
        o.bijstand = v as Facts['bijstand'];
        break;
      case 'loans':
        o.loans = v as Facts['loans'];
        break;
      case 'loanMeans':
        o.loanMeans = v as Facts['loanMeans'];
        break;
      case 'applications':
        o.applications = v as Facts['applications'];
        break;
      case 'routeChangeRequest':
        o.routeChangeRequest = v as Facts['routeChangeRequest'];
        break;
      case 'oldLoanOutstanding':
        o.oldLoanOutstanding = v as Facts['oldLoanOutstanding'];
        break;
      case 'gaps':
        o.gaps = v as Facts['gaps'];
        break;
      case 'wi2013':
        o.wi2013 = v as Facts['wi2013'];
        break;
      case 'mvvApplication':
        o.mvvApplication = v as Facts['mvvApplication'];
        break;
      case 'basisexamen':
        o.basisexamen = v as Facts['basisexamen'];
        break;
      case 'taaleis':
        o.taaleis = v as Facts['taaleis'];
        break;
      case 'remigration':
        o.remigration = v as Facts['remigration'];
        break;
      case 'naturalisationRequest':
        o.naturalisationRequest = v as Facts['naturalisationRequest'];
        break;
      case 'permanentResidenceRequest':
        o.permanentResidenceRequest = v as Facts['permanentResidenceRequest'];
        break;
    }
  }
  return o as Facts;
}

export class LawContext extends Context {
  readonly interp: Interpretations;

  readonly facts: Facts;

  constructor(facts: Facts, peildatum: Day, options: LawContextOptions = {}, tracer?: Tracer) {
    super(peildatum, options, tracer);
    this.facts = fixedShape(facts);
    this.interp = interpretations(options.interpretations);
  }

  /**
   * Parses an optional ISO date from the facts. `path` names the fact in the error; for list items pass the list,
   * the index and the field (`'pips', 2, 'dagtekening'`), so no path string is built unless there is an error.
   */
  d(iso: string | undefined, path: string, index?: number, field?: string): Day | undefined {
    if (iso === undefined || iso === null) return undefined;
    const d = tryParse(iso);
    if (d === undefined) notADate(iso, path, index, field);
    return d;
  }
}
