/**
 * Reconciliation: for a case, what DUO has registered (the last DuoRegistrationRecorded of each register) against
 * what the law engine derives from the same history (`beoordeel` on the folded facts). Each difference carries
 * both values, the articles behind the engine's value, and the facts that would explain it (what to look at or
 * ask DUO about). A difference is a signal for the klantmanager, never a correction: nothing is written.
 *
 * Compared (only where DUO has answered and the engine can decide): the duty and its start, the target group,
 * the term's start and end, the number of extensions granted, a gehele vrijstelling, a gehele ontheffing, and the
 * fines DUO imposed (art. 24/25) against the fines the case file records.
 */
import type { CaseEvent, ISODate } from '../case/index.ts';
import { fold } from '../case/index.ts';
import { art, beoordeel, type Citation } from '../law/index.ts';
import type { CaseStore, Session } from '../store/index.ts';
import { lastRegistrations } from './duo/mapping.ts';
import type {
  BoeteT,
  DoelgroepT,
  InburgeringsplichtT,
  InburgeringstermijnT,
  OntheffingT,
  VerlengingT,
  VrijstellingT,
} from './duo/schemas.ts';

export type DifferenceSubject =
  | 'duty'
  | 'duty_start'
  | 'target_group'
  | 'term_start'
  | 'term_end'
  | 'extensions'
  | 'vrijstelling'
  | 'ontheffing'
  | 'fines';

export interface Difference {
  readonly subject: DifferenceSubject;
  readonly duo: unknown;
  readonly engine: unknown;
  /** When DUO registered its value (the registration's valid time). */
  readonly duoOn: ISODate;
  readonly articles: readonly Citation[];
  /** Facts (paths of the facts format or event types) that would explain the difference. */
  readonly explainedBy: readonly string[];
}

const GROUP = {
  asielstatushouder: 'Asielstatushouder',
  gezinsmigrant_overig: 'Gezinsmigrant en overige migrant',
} as const;

/** The differences between DUO's registration and the law for one case, on a peildatum. */
export function reconcileCase(events: readonly CaseEvent[], peildatum: ISODate): Difference[] {
  const regs = lastRegistrations(events);
  if (regs.size === 0) return [];
  const a = beoordeel(fold(events), peildatum, { trace: false });
  const out: Difference[] = [];
  const diff = (d: Difference) => out.push(d);
  const on = (r: keyof typeof REG) => regs.get(r)?.on ?? peildatum;

  const plicht = regs.get('inburgeringsplicht')?.value as InburgeringsplichtT | undefined;
  if (plicht && a.plicht.status !== 'unknown') {
    const engineObliged = a.plicht.status === 'obliged';
    if (plicht.indicatorInburgeringsplicht !== engineObliged)
      diff({
        subject: 'duty',
        duo: plicht.indicatorInburgeringsplicht
          ? 'inburgeringsplichtig'
          : (plicht.redenGeenInburgeringsplicht ?? 'niet inburgeringsplichtig'),
        engine: a.plicht.status,
        duoOn: on('inburgeringsplicht'),
        articles: [art('wi2021', '3', '1'), art('wi2021', '4', '1')],
        explainedBy: [
          'residence',
          'person.nationalities',
          'person.birthDate',
          'brp',
          'decisions[vrijstelling]',
          'decisions[ontheffing]',
        ],
      });
    else if (
      engineObliged &&
      plicht.begindatum !== undefined &&
      a.plicht.since !== null &&
      plicht.begindatum !== a.plicht.since
    )
      diff({
        subject: 'duty_start',
        duo: plicht.begindatum,
        engine: a.plicht.since,
        duoOn: on('inburgeringsplicht'),
        articles: [art('wi2021', '3', '1')],
        explainedBy: ['residence[].grantedOn', 'residence[].effectiveFrom', 'brp[0].from'],
      });
  }

  const doelgroep = regs.get('doelgroep')?.value as DoelgroepT | undefined;
  if (doelgroep?.indeling && (a.group === 'asielstatushouder' || a.group === 'gezinsmigrant_overig')) {
    if (doelgroep.indeling !== GROUP[a.group])
      diff({
        subject: 'target_group',
        duo: doelgroep.indeling,
        engine: GROUP[a.group],
        duoOn: on('doelgroep'),
        articles: [art('wi2021', '1')],
        explainedBy: [
          'residence[].kind',
          'residence[].sponsor',
          'residence[].purpose',
          'DUO: asielrechtenWijzigingVerblijfsdoel',
        ],
      });
  }

  const termijn = regs.get('inburgeringstermijn')?.value as InburgeringstermijnT | undefined;
  const term = a.term !== 'unknown' ? a.term : null;
  if (termijn && term) {
    if (termijn.startdatum !== term.start)
      diff({
        subject: 'term_start',
        duo: termijn.startdatum,
        engine: term.start,
        duoOn: on('inburgeringstermijn'),
        articles: [art('wi2021', '7', '1')],
        explainedBy: ['pips[0].dagtekening', 'duoNoticeOn', 'brp'],
      });
    if (termijn.einddatum !== term.lastDay)
      diff({
        subject: 'term_end',
        duo: termijn.einddatum,
        engine: term.lastDay,
        duoOn: on('inburgeringstermijn'),
        articles: [art('wi2021', '7', '1'), art('wi2021', '12', '1'), art('bi2021', '4.5', '1')],
        explainedBy: ['ExtensionDecided', 'GapRecorded', 'DUO: verlengingsgrondcode'],
      });
  }
  const verlengingen = regs.get('verlengingen')?.value as { items?: VerlengingT[] } | undefined;
  if (verlengingen && term) {
    const duoN = (verlengingen.items ?? []).filter((v) => v.beoordelingAanvraag === 'Toegekend').length;
    if (duoN !== term.extensions.length)
      diff({
        subject: 'extensions',
        duo: duoN,
        engine: term.extensions.length,
        duoOn: on('verlengingen'),
        articles: [art('wi2021', '12', '1'), art('bi2021', '4.5', '1')],
        explainedBy: ['ExtensionRequested', 'ExtensionDecided'],
      });
  }

  const vrij = regs.get('vrijstellingen')?.value as { items?: VrijstellingT[] } | undefined;
  if (vrij && a.plicht.status !== 'unknown') {
    const duoGeheel = (vrij.items ?? []).some((v) => v.GeheleVrijstelling?.oordeel === 'Toekenning');
    const engineGeheel = a.plicht.status === 'vrijgesteld';
    if (duoGeheel !== engineGeheel)
      diff({
        subject: 'vrijstelling',
        duo: duoGeheel,
        engine: engineGeheel,
        duoOn: on('vrijstellingen'),
        articles: [art('wi2021', '4', '1')],
        explainedBy: ['VrijstellingDecided', 'schooling', 'integrationEvidence'],
      });
  }
  const onth = regs.get('ontheffingen')?.value as { items?: OntheffingT[] } | undefined;
  if (onth && a.plicht.status !== 'unknown') {
    const duoGeheel = (onth.items ?? []).some((o) => o.GeheleOntheffing?.oordeel === 'Toekenning');
    const engineGeheel = a.plicht.status === 'ontheven';
    if (duoGeheel !== engineGeheel)
      diff({
        subject: 'ontheffing',
        duo: duoGeheel,
        engine: engineGeheel,
        duoOn: on('ontheffingen'),
        articles: [art('wi2021', '5', '1')],
        explainedBy: ['OntheffingDecided', 'MedicalStatementIssued'],
      });
  }
  const boetes = regs.get('boetes')?.value as { items?: BoeteT[] } | undefined;
  if (boetes) {
    const duo = (boetes.items ?? []).map((b) => `${b.datum}:${b.bedrag}`).sort();
    const ours = events
      .filter((e) => e.type === 'FineImposed' && (e.data.article === '24' || e.data.article === '25'))
      .map((e) => e.data as { date: string; amount: number })
      .map((f) => `${f.date}:${Math.round(f.amount)}`)
      .sort();
    if (duo.join() !== ours.join())
      diff({
        subject: 'fines',
        duo,
        engine: ours,
        duoOn: on('boetes'),
        articles: [art('wi2021', '24', '1'), art('wi2021', '25', '1')],
        explainedBy: ['FineImposed', 'FineIrrevocable'],
      });
  }
  return out;
}

const REG = {
  inburgeringsplicht: 1,
  doelgroep: 1,
  inburgeringstermijn: 1,
  verlengingen: 1,
  vrijstellingen: 1,
  ontheffingen: 1,
  boetes: 1,
} as const;

export interface CaseDifferences {
  readonly caseId: string;
  readonly differences: readonly Difference[];
}

/**
 * The differences for every case of a gemeente that holds DUO registrations (`inburgering verschillen`, the API
 * route and the workspace view). Reads the cases through the store in batches: each batch is one span in the
 * access log with one span per case (person) under it (Logboek Dataverwerkingen: one record per data subject).
 */
export async function reconcileGemeente(
  store: CaseStore,
  session: Session,
  peildatum: ISODate,
  options: { batchSize?: number } = {},
): Promise<CaseDifferences[]> {
  const limit = options.batchSize ?? 500;
  const out: CaseDifferences[] = [];
  let after: string | undefined;
  for (;;) {
    const batch = await store.readStreamsWith(session, {
      eventType: 'DuoRegistrationRecorded',
      name: 'duo.reconcile',
      limit,
      ...(after ? { after } : {}),
    });
    for (const s of batch) {
      const differences = reconcileCase(s.events, peildatum);
      if (differences.length > 0) out.push({ caseId: s.caseId, differences });
    }
    if (batch.length < limit) break;
    after = batch[batch.length - 1]?.caseId;
  }
  return out;
}
