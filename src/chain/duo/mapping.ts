/**
 * DUO's answers to case events. Each notification names the APIs to query (DUO's "Gebeurtenissen" overview); the
 * answers become events with `source: 'duo'`, their valid time from DUO's own dates, their recorded time the
 * receipt of the notification. Only what the case file does not hold yet becomes an event: a register whose
 * answer equals the last one recorded adds nothing, an exam or decision already in the file adds nothing. So a
 * notification processed twice (a replay, a retry after a crash) adds nothing the second time.
 *
 * Law facts from DUO: the kennisgeving (DuoNoticeSent), exam results (ExamResultRegistered), ontheffing decisions
 * (OntheffingDecided), vrijstelling decisions (VrijstellingDecided) and fines under art. 25 (FineImposed), as far
 * as the law text lets us read them from DUO's answer (decisions.ts), and death (PersonDied). DUO's conclusions
 * (duty, target group, term, extensions, PIP, leerbaarheidstoets) and its registers as answered are kept as
 * DuoRegistrationRecorded, to be compared with the law's (reconcile.ts), never folded as facts.
 */
import type { CaseEvent, DuoRegister, EventData, ISODate } from '../../case/index.ts';
import { newId } from '../../case/index.ts';
import type { ExamComponent } from '../../law/index.ts';
import { fineFacts, vrijstellingFacts } from './decisions.ts';
import type { BoeteT, ExamenresultaatT, InburgeringsplichtT, OntheffingT, VrijstellingT } from './schemas.ts';

/** The registers DUO's "Gebeurtenissen" overview says to query after each event. */
export const QUERIES: Readonly<Record<string, readonly DuoRegister[]>> = {
  SS101: ['inburgeringsplicht', 'doelgroep', 'examens', 'boetes'],
  SS128: ['inburgeringsplicht', 'doelgroep', 'examens', 'boetes'],
  SS139: ['inburgeringsplicht', 'doelgroep', 'examens', 'boetes'],
  SS129: ['inburgeringsplicht', 'doelgroep', 'examens', 'vrijstellingen'],
  SS120: ['inburgeringsplicht', 'doelgroep', 'examens', 'boetes'],
  SS121: [
    'inburgeringsplicht',
    'doelgroep',
    'inburgeringstermijn',
    'examens',
    'pip',
    'verlengingen',
    'boetes',
  ],
  SS124: ['inburgeringsplicht', 'doelgroep'],
  SS125: ['inburgeringsplicht', 'doelgroep'],
  SS109: ['inburgeringsplicht', 'vrijstellingen'],
  SS110: ['inburgeringsplicht'],
  SS111: ['inburgeringsplicht'],
  SS106: ['inburgeringsplicht'],
  SS107: ['inburgeringsplicht', 'vrijstellingen'],
  SS108: ['inburgeringsplicht', 'ontheffingen'],
  SS137: ['leerbaarheidstoets'],
  SS131: ['leerbaarheidstoets'],
  SS102: ['inburgeringstermijn'],
  SS103: ['inburgeringstermijn', 'verlengingen'],
  SS104: ['inburgeringstermijn', 'verlengingen'],
  SS130: ['inburgeringsplicht', 'inburgeringstermijn', 'pip', 'examens', 'vrijstellingen'],
  SS199: ['examens'],
  SS113: ['verlengingen'],
  SS114: ['vrijstellingen'],
  SS115: ['vrijstellingen'],
  SS116: ['vrijstellingen'],
  SS117: ['vrijstellingen', 'examens'],
  SS118: ['ontheffingen'],
  SS119: ['ontheffingen', 'examens'],
};

/** Events that make a person newly inburgeringsplichtig for the gemeente: a case is opened. */
export const NEW_DUTY: ReadonlySet<string> = new Set(['SS101', 'SS128', 'SS139', 'SS120', 'SS121', 'SS129']);

/** The API path of each register (under /v1/personen/{bsn}). */
export const REGISTER_PATH: Readonly<Record<DuoRegister, string>> = {
  inburgeringsplicht: '/inburgeringsplicht',
  doelgroep: '/doelgroep',
  inburgeringstermijn: '/inburgeringstermijn',
  vrijstellingen: '/vrijstellingen',
  ontheffingen: '/ontheffingen',
  leerbaarheidstoets: '/lbt/resultaten',
  boetes: '/boetes',
  verlengingen: '/verlengingen',
  pip: '/PIP',
  examens: '/examens/resultaten',
};

const COMPONENT: Readonly<Record<ExamenresultaatT['onderdeel'], ExamComponent>> = {
  KNM: 'knm',
  LE: 'lezen',
  LU: 'luisteren',
  SC: 'schrijven',
  SP: 'spreken',
};

/** A register's answer as stored: objects as they are, lists wrapped (the catalogue keeps `value` an object). */
export const asValue = (answer: unknown): Record<string, unknown> =>
  Array.isArray(answer) ? { items: answer } : (answer as Record<string, unknown>);

/** JSON with object keys sorted: a stored value (jsonb reorders keys) compares equal to DUO's answer. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}
const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/** The last recorded value of each register in a stream. */
export function lastRegistrations(
  events: readonly CaseEvent[],
): Map<DuoRegister, EventData<'DuoRegistrationRecorded'>> {
  const m = new Map<DuoRegister, EventData<'DuoRegistrationRecorded'>>();
  for (const e of events) if (e.type === 'DuoRegistrationRecorded') m.set(e.data.register, e.data);
  return m;
}

function validOn(register: DuoRegister, value: Record<string, unknown>, fallback: ISODate): ISODate {
  const pick = (...keys: string[]) => {
    for (const k of keys) if (typeof value[k] === 'string') return value[k] as string;
    return undefined;
  };
  const d =
    register === 'inburgeringsplicht'
      ? pick('wijzigingsdatum', 'begindatum')
      : register === 'doelgroep'
        ? pick('begindatum')
        : register === 'inburgeringstermijn'
          ? pick('wijzigingsdatum', 'startdatum')
          : undefined;
  return d !== undefined && d <= fallback ? d : fallback;
}

/**
 * The events DUO's answers add to a stream: for each register queried, its answer when it differs from the last
 * one recorded, and the law facts in it the stream does not hold yet.
 */
export function eventsFromAnswers(
  events: readonly CaseEvent[],
  answers: ReadonlyMap<DuoRegister, unknown>,
  meta: { gebeurtenisId: string; receivedAt: string; receivedOn: ISODate; commandId: string },
): CaseEvent[] {
  const out: CaseEvent[] = [];
  const last = lastRegistrations(events);
  const add = <T extends CaseEvent['type']>(type: T, data: EventData<T>, occurredOn: ISODate) =>
    out.push({
      type,
      data,
      metadata: {
        eventId: newId(),
        occurredOn,
        recordedAt: meta.receivedAt,
        source: 'duo',
        commandId: meta.commandId,
        actor: 'duo',
      },
    } as CaseEvent);
  for (const [register, answer] of answers) {
    if (answer === undefined) continue;
    const value = asValue(answer);
    const prior = last.get(register);
    if (!prior || !same(prior.value, value)) {
      const on = validOn(register, value, meta.receivedOn);
      add('DuoRegistrationRecorded', { register, on, value, gebeurtenisId: meta.gebeurtenisId }, on);
    }
    if (register === 'inburgeringsplicht')
      lawFactsOfPlicht(events, answer as InburgeringsplichtT, meta.receivedOn, add);
    if (register === 'examens') examFacts(events, answer as ExamenresultaatT[], add);
    if (register === 'ontheffingen') ontheffingFacts(events, answer as OntheffingT[], add);
    if (register === 'vrijstellingen') vrijstellingFacts(events, answer as VrijstellingT[], add);
    if (register === 'boetes') fineFacts(events, answer as BoeteT[], add);
  }
  return out;
}

type Add = <T extends CaseEvent['type']>(type: T, data: EventData<T>, occurredOn: ISODate) => void;

function lawFactsOfPlicht(
  events: readonly CaseEvent[],
  p: InburgeringsplichtT,
  today: ISODate,
  add: Add,
): void {
  const k = p.datumKennisgevingInburgeringsplicht;
  if (k !== undefined && k <= today && !events.some((e) => e.type === 'DuoNoticeSent' && e.data.on === k))
    add('DuoNoticeSent', { on: k }, k);
  if (
    p.redenGeenInburgeringsplicht === 'Overlijden' &&
    p.einddatum !== undefined &&
    !events.some((e) => e.type === 'PersonDied')
  )
    add('PersonDied', { on: p.einddatum }, p.einddatum);
}

function examFacts(events: readonly CaseEvent[], list: readonly ExamenresultaatT[], add: Add): void {
  for (const x of list) {
    if (x.resultaat === 'Geen') continue;
    const component = COMPONENT[x.onderdeel];
    const result = x.resultaat === 'Geslaagd' ? 'passed' : 'failed';
    const known = events.some(
      (e) =>
        e.type === 'ExamResultRegistered' &&
        e.data.component === component &&
        e.data.date === x.examendatum &&
        e.data.result === result,
    );
    if (known) continue;
    add(
      'ExamResultRegistered',
      {
        component,
        result,
        date: x.examendatum,
        kind: 'inburgeringsexamen',
        ...(x.niveau === 'A2' || x.niveau === 'B1' || x.niveau === 'B2' ? { level: x.niveau } : {}),
      },
      x.examendatum,
    );
  }
}

function ontheffingFacts(events: readonly CaseEvent[], list: readonly OntheffingT[], add: Add): void {
  for (const o of list) {
    for (const [scope, d] of [
      ['geheel', o.GeheleOntheffing],
      ['gedeeltelijk', o.GedeeltelijkeOntheffing],
    ] as const) {
      if (!d) continue;
      const ground = d.grond === 'MED' ? 'medisch' : 'bijzondere_omstandigheden';
      const known = events.some(
        (e) =>
          e.type === 'OntheffingDecided' &&
          e.data.date === d.datumOordeel &&
          e.data.scope === scope &&
          e.data.ground === ground,
      );
      if (known) continue;
      const comp =
        'examenonderdeel' in d && d.examenonderdeel !== undefined
          ? [COMPONENT[d.examenonderdeel]]
          : undefined;
      add(
        'OntheffingDecided',
        {
          date: d.datumOordeel,
          granted: d.oordeel === 'Toekenning',
          ground,
          scope,
          ...(comp ? { components: comp as EventData<'OntheffingDecided'>['components'] } : {}),
        },
        d.datumOordeel,
      );
    }
  }
}
