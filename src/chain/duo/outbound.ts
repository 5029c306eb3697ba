/**
 * What a klantmanager records that DUO must know: the case event and its message to DUO, written in one append
 * (so one transaction; the outbox row follows by trigger, migration 0020). Before anything is written the message
 * is built in DUO's shape and validated against its schema, and DUO's own rules (rules.ts) are checked against what
 * the case file knows of DUO's registration: a message DUO would refuse is shown to the klantmanager with the rule,
 * and only sent when they insist (`force`), so DUO's refusal is rare and, when it comes, explained.
 */
import type {
  AdoptPip,
  AmendPip,
  CaseCommand,
  CaseError,
  CaseEvent,
  CommandMetadata,
  DuoMessageKind,
  EventData,
  ISODate,
} from '../../case/index.ts';
import { deriveEventId, newId } from '../../case/index.ts';
import type { CaseStore, CommandInput, Session } from '../../store/index.ts';
import { type DuoRefusal, duoExtension } from './command.ts';
import { lastRegistrations } from './mapping.ts';
import { checkAanbod, checkPip, checkResultaat, type DuoView, type Violation } from './rules.ts';
import {
  Contactpersoongegevens,
  type checkDuo,
  type DoelgroepT,
  Inburgeringsaanbod,
  type InburgeringsplichtT,
  type InburgeringstermijnT,
  type InstellingT,
  Pip,
  type PipExtrasT,
  type PipT,
  type PipVanGemeenteT,
  ResultaatMap,
  ResultaatPvt,
  ResultaatZroute,
  Uren,
} from './schemas.ts';

const ROUTE = { B1: 'B', onderwijs: 'O', Z: 'Z' } as const;

/** What the klantmanager submits; each records a case event and the message DUO must receive. */
export type DuoSubmission =
  | ({ kind: 'pip'; command: AdoptPip['data'] } & PipExtrasT)
  | ({ kind: 'pip_amended'; command: AmendPip['data'] } & PipExtrasT)
  | { kind: 'map'; completedOn: ISODate; eindgesprekOn?: ISODate; hours?: number; verwijtbaar?: 'Ja' | 'Nee' }
  | { kind: 'pvt'; completedOn: ISODate; hours?: number; verwijtbaar?: 'Ja' | 'Nee' }
  | { kind: 'zroute'; on: ISODate }
  | {
      kind: 'uren';
      soort: 'taallesknm' | 'participatieactiviteiten' | 'participatietaalles';
      from: ISODate;
      to: ISODate;
      uren: number;
    }
  | {
      kind: 'inburgeringsaanbod';
      instelling: string;
      on: ISODate;
      alfabetisering: 'A' | 'AA' | 'NVT';
      startOn?: ISODate;
      endOn?: ISODate;
    }
  | { kind: 'contactpersoon'; on: ISODate; naam: string; email: string; telefoonnummer: string };

export type SubmitResult =
  | { ok: true; caseId: string; messageId: string; version: number; warnings: readonly Violation[] }
  | { ok: false; error: CaseError }
  | { ok: false; violations: readonly Violation[]; schema?: readonly string[] };

/** What the case file knows of DUO's registration (from DUO's answers and the gemeente's own records). */
export function duoViewOf(events: readonly CaseEvent[], gemeente: string): DuoView {
  const regs = lastRegistrations(events);
  const plicht = regs.get('inburgeringsplicht')?.value as InburgeringsplichtT | undefined;
  const doelgroep = regs.get('doelgroep')?.value as DoelgroepT | undefined;
  const termijn = regs.get('inburgeringstermijn')?.value as InburgeringstermijnT | undefined;
  const duoPip = regs.get('pip')?.value as PipVanGemeenteT | undefined;
  const pips: { gemeente: string; pip: PipT; receivedOn: ISODate }[] = [];
  if (duoPip)
    pips.push({ gemeente: duoPip.gemeentecode, pip: duoPip.pip, receivedOn: duoPip.pip.dagtekeningPip });
  const refused = new Set(events.filter((e) => e.type === 'DuoMessageRefused').map((e) => e.data.messageId));
  let map: DuoView['map'];
  let pvt: DuoView['pvt'];
  let zroute: ISODate | undefined;
  const vestigingen: { gemeente: string; from: ISODate }[] = [];
  for (const e of events) {
    if (e.type === 'BrpRegistered') vestigingen.push({ gemeente: e.data.gemeente, from: e.data.from });
    if (e.type === 'PersonMoved') vestigingen.push({ gemeente: e.data.toGemeente, from: e.data.on });
    if (e.type !== 'DuoMessageQueued' || refused.has(e.data.messageId)) continue;
    const b = e.data.body as Record<string, string | undefined>;
    if (e.data.kind === 'pip') pips.push({ gemeente, pip: b as unknown as PipT, receivedOn: e.data.on });
    if (e.data.kind === 'map' && b.datumEindgesprekMap) map = { gemeente, datum: b.datumEindgesprekMap };
    if (e.data.kind === 'pvt' && b.datumOndertekeningPvt) pvt = { gemeente, datum: b.datumOndertekeningPvt };
    if (e.data.kind === 'zroute') zroute = b.datumAfrondingZroute;
  }
  return {
    ...(plicht
      ? {
          plicht: {
            ...(plicht.begindatum !== undefined ? { begindatum: plicht.begindatum } : {}),
            active: plicht.indicatorInburgeringsplicht,
          },
        }
      : {}),
    ...(doelgroep?.indeling ? { doelgroep: doelgroep.indeling } : {}),
    vestigingen,
    ...(termijn ? { termijn: { startdatum: termijn.startdatum, einddatum: termijn.einddatum } } : {}),
    pips,
    ...(map ? { map } : {}),
    ...(pvt ? { pvt } : {}),
    ...(zroute !== undefined ? { zrouteAfgerond: zroute } : {}),
  };
}

export interface Built {
  readonly command: CaseCommand | null;
  readonly fact?: { type: CaseEvent['type']; data: Record<string, unknown> };
  readonly kind: DuoMessageKind;
  readonly body: unknown;
  readonly schema: Parameters<typeof checkDuo>[0];
  readonly on: ISODate;
  readonly instelling?: string;
}

function pipBody(
  data: { dagtekening: ISODate; leerroute?: keyof typeof ROUTE },
  x: PipExtrasT,
  fallbackRoute?: keyof typeof ROUTE,
): PipT {
  const route = data.leerroute ?? fallbackRoute ?? 'B1';
  return {
    dagtekeningPip: data.dagtekening,
    leerroute: ROUTE[route],
    ...(x.niveau !== undefined ? { niveau: x.niveau } : {}),
    ...(x.geschatteIntensiteitB1Route !== undefined
      ? { geschatteIntensiteitB1Route: x.geschatteIntensiteitB1Route }
      : {}),
    ...(x.indicatorMagOpleidingAfmaken !== undefined
      ? { indicatorMagOpleidingAfmaken: x.indicatorMagOpleidingAfmaken }
      : {}),
    ...(x.indicatorAlfabetiseringsonderwijs !== undefined
      ? { indicatorAlfabetiseringsonderwijs: x.indicatorAlfabetiseringsonderwijs }
      : {}),
  };
}

const URENKIND = {
  taallesknm: 'uren_taalles_knm',
  participatieactiviteiten: 'uren_participatieactiviteiten',
  participatietaalles: 'uren_participatie_als_taalles',
} as const;
const URENFIELD = {
  taallesknm: 'nt2DuringIntake',
  participatieactiviteiten: 'participation',
  participatietaalles: 'nt2',
} as const;

export function build(s: DuoSubmission, events: readonly CaseEvent[], meta: CommandMetadata): Built {
  const cmd = <T extends string, D>(type: T, data: D) =>
    ({ type, data, metadata: meta }) as unknown as CaseCommand;
  const fact = (type: CaseEvent['type'], data: Record<string, unknown>) =>
    cmd('RecordFact', { event: type, data });
  switch (s.kind) {
    case 'pip':
      return {
        command: cmd('AdoptPip', s.command),
        kind: 'pip',
        body: pipBody(s.command, s),
        schema: Pip,
        on: s.command.dagtekening,
      };
    case 'pip_amended': {
      const last = [...events].reverse().find((e) => e.type === 'PipAdopted' || e.type === 'PipAmended');
      const route = (last?.data as { leerroute?: keyof typeof ROUTE } | undefined)?.leerroute;
      return {
        command: cmd('AmendPip', s.command),
        kind: 'pip',
        body: pipBody(s.command, s, route),
        schema: Pip,
        on: s.command.dagtekening,
      };
    }
    case 'map': {
      const datum = s.eindgesprekOn ?? s.completedOn;
      return {
        command: fact('MapCompleted', {
          completedOn: s.completedOn,
          eindgesprekOn: datum,
          ...(s.hours !== undefined ? { hours: s.hours } : {}),
        }),
        kind: 'map',
        body: { datumEindgesprekMap: datum, ...(s.verwijtbaar ? { verwijtbaar: s.verwijtbaar } : {}) },
        schema: ResultaatMap,
        on: datum,
      };
    }
    case 'pvt':
      return {
        command: fact('PvtCompleted', {
          completedOn: s.completedOn,
          ...(s.hours !== undefined ? { hours: s.hours } : {}),
        }),
        kind: 'pvt',
        body: {
          datumOndertekeningPvt: s.completedOn,
          ...(s.verwijtbaar ? { verwijtbaar: s.verwijtbaar } : {}),
        },
        schema: ResultaatPvt,
        on: s.completedOn,
      };
    case 'zroute':
      return {
        command: cmd('RecordZrouteEindgesprek', { on: s.on }),
        kind: 'zroute',
        body: { datumAfrondingZroute: s.on },
        schema: ResultaatZroute,
        on: s.on,
      };
    case 'uren': {
      // DUO's hours are totals per gemeente (PUT replaces): the total of this kind recorded so far plus these.
      const field = URENFIELD[s.soort];
      let total = s.uren;
      for (const e of events)
        if (e.type === 'LessonHoursRegistered') total += (e.data[field] as number | undefined) ?? 0;
      return {
        command: fact('LessonHoursRegistered', { from: s.from, to: s.to, [field]: s.uren }),
        kind: URENKIND[s.soort],
        body: { uren: Math.round(total) },
        schema: Uren,
        on: s.to,
      };
    }
    case 'inburgeringsaanbod':
      return {
        command: fact('InburgeringsaanbodRecorded', {
          on: s.on,
          instelling: s.instelling,
          alfabetisering: s.alfabetisering,
          ...(s.startOn ? { startOn: s.startOn } : {}),
          ...(s.endOn ? { endOn: s.endOn } : {}),
        }),
        kind: 'inburgeringsaanbod',
        body: {
          datumInburgeringsaanbod: s.on,
          ...(s.startOn ? { verwachteStartdatumOpleiding: s.startOn } : {}),
          ...(s.endOn ? { verwachteEinddatumOpleiding: s.endOn } : {}),
          indicatorAlfabetiseringsonderwijs: s.alfabetisering,
        },
        schema: Inburgeringsaanbod,
        on: s.on,
        instelling: s.instelling,
      };
    case 'contactpersoon':
      return {
        command: fact('ContactpersoonLinked', {
          on: s.on,
          naam: s.naam,
          email: s.email,
          telefoonnummer: s.telefoonnummer,
        }),
        kind: 'contactpersoon',
        body: { naam: s.naam, email: s.email, telefoonnummer: s.telefoonnummer },
        schema: Contactpersoongegevens,
        on: s.on,
      };
  }
}

/**
 * The DuoMessageQueued event for a built message, following the case events it reports (`index`: its place in
 * the append, for a stable event id). The outbox row follows from it by trigger (migration 0020).
 */
export function queuedEvent(
  b: Built,
  decided: readonly CaseEvent[],
  meta: CommandMetadata,
  index: number,
): CaseEvent & { type: 'DuoMessageQueued' } {
  const first = decided[0];
  return {
    type: 'DuoMessageQueued',
    data: {
      messageId: newId(),
      kind: b.kind,
      on: b.on,
      body: b.body,
      ...(first ? { forEventId: first.metadata.eventId } : {}),
      ...(b.instelling ? { instelling: b.instelling } : {}),
    } as EventData<'DuoMessageQueued'>,
    metadata: {
      eventId: deriveEventId(meta.commandId, index),
      occurredOn: b.on,
      recordedAt: meta.recordedAt,
      commandId: meta.commandId,
      source: 'gemeente',
      ...(meta.actor !== undefined ? { actor: meta.actor } : {}),
    },
  } as CaseEvent & { type: 'DuoMessageQueued' };
}

/** DUO's rules for a message, against what the case file knows of DUO's registration. */
export function precheck(
  events: readonly CaseEvent[],
  gemeente: string,
  kind: DuoMessageKind,
  body: unknown,
  today: ISODate,
  instelling?: string,
  /** DUO's list of instellingen (GET /instellingen), when fetched; without it the keurmerk is not checked. */
  instellingen?: readonly InstellingT[],
): Violation[] {
  const view = duoViewOf(events, gemeente);
  if (kind === 'pip') return checkPip(view, gemeente, body as PipT);
  if (kind === 'map' || kind === 'pvt') return checkResultaat(view, gemeente, kind, body as never, today);
  if (kind === 'inburgeringsaanbod') {
    const v = checkAanbod(
      view,
      body as never,
      instellingen?.find((i) => i.instellingsnummer === instelling),
    );
    return instellingen ? v : v.filter((x) => x.rule !== 'AANBOD_INSTELLING_NIET_ERKEND');
  }
  return [];
}

/**
 * Records a submission: its case command through the store's command handling (`CaseStore.handle`) with DUO's
 * message as the command's extension (command.ts `duoExtension`): the message is built and validated, DUO's rules
 * checked on the stream the command is decided on, and the case event(s) and the DuoMessageQueued event appended
 * in one append. With violations and without `force` nothing is written and the violations are answered.
 */
export async function submitToDuo(
  store: Pick<CaseStore, 'handle'>,
  session: Session,
  caseId: string,
  submission: DuoSubmission,
  options: { force?: boolean; now?: Date; instellingen?: readonly InstellingT[] } = {},
): Promise<SubmitResult> {
  // The command does not depend on the stream (only DUO's message does): built here for its type and data.
  const meta = { commandId: newId(), recordedAt: new Date().toISOString() } as CommandMetadata;
  const { type, data } = build(submission, [], meta).command as { type: string; data: unknown };
  const extension = duoExtension([submission], session.gemeente, options);
  const r = await store.handle(
    session,
    caseId,
    { type, data, metadata: { source: 'gemeente' } } as CommandInput,
    {
      extension,
    },
  );
  if (!r.ok) return r.refusal ? { ok: false, ...(r.refusal as DuoRefusal) } : { ok: false, error: r.error };
  return {
    ok: true,
    caseId,
    messageId: extension.messageIds[0] as string,
    version: r.version,
    warnings: extension.warnings,
  };
}
