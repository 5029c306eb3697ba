/**
 * A klantmanager's case command through the API (POST /v1/zaken/{id}/gebeurtenissen), for a gemeente connected to
 * DUO: when the command records something DUO must know (a PIP, a changed PIP, the MAP end conversation, the PVT
 * signing, the Z-route result, followed hours, the inburgeringsaanbod, the contact person), its message to DUO is
 * built as `submitToDuo` builds it (outbound.ts `build`), checked against DUO's schema and rules (rules.ts) before
 * anything is written, and appended with the case event(s) in one append: one transaction, the outbox row following
 * by trigger (migration 0020). A command that carries no DUO message answers null (the caller handles it as before).
 */
import type { CaseCommand, CaseEvent, CommandMetadata, ISODate } from '../../case/index.ts';
import { type CaseError, decide, dutchDate, newId, stateOf } from '../../case/index.ts';
import type { AppendResult, CaseStore, Session } from '../../store/index.ts';
import { ConcurrencyError } from '../../store/index.ts';
import { build, type DuoSubmission, precheck, queuedEvent } from './outbound.ts';
import type { Violation } from './rules.ts';
import { checkDuo, type InstellingT } from './schemas.ts';

/** A command as the API takes it (type, data, partial metadata). */
export interface ApiCommand {
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly metadata?: Partial<CommandMetadata>;
}

export type DuoCommandResult =
  | ({ ok: true; messageIds: readonly string[] } & AppendResult)
  | { ok: false; error: CaseError }
  | { ok: false; violations: readonly Violation[]; schema?: readonly string[] };

const HOURS = [
  ['nt2DuringIntake', 'taallesknm'],
  ['participation', 'participatieactiviteiten'],
  ['nt2', 'participatietaalles'],
] as const;

/** The DUO messages a case command carries, as submissions (none: the command is not for DUO). */
export function submissionsOf(command: ApiCommand): DuoSubmission[] {
  const d = command.data as Record<string, unknown>;
  if (command.type === 'AdoptPip') return [{ kind: 'pip', command: d as never }];
  if (command.type === 'AmendPip') return [{ kind: 'pip_amended', command: d as never }];
  if (command.type === 'RecordZrouteEindgesprek') return [{ kind: 'zroute', on: d.on as ISODate }];
  if (command.type !== 'RecordFact') return [];
  const f = (d.data ?? {}) as Record<string, unknown>;
  switch (d.event) {
    case 'MapCompleted':
      return [{ kind: 'map', ...(f as { completedOn: ISODate; eindgesprekOn?: ISODate; hours?: number }) }];
    case 'PvtCompleted':
      return [{ kind: 'pvt', ...(f as { completedOn: ISODate; hours?: number }) }];
    case 'LessonHoursRegistered':
      return HOURS.flatMap(([field, soort]) =>
        typeof f[field] === 'number' && (f[field] as number) > 0
          ? [
              {
                kind: 'uren' as const,
                soort,
                from: f.from as ISODate,
                to: f.to as ISODate,
                uren: f[field] as number,
              },
            ]
          : [],
      );
    case 'InburgeringsaanbodRecorded':
      return [{ kind: 'inburgeringsaanbod', ...f } as DuoSubmission];
    case 'ContactpersoonLinked':
      return [{ kind: 'contactpersoon', ...f } as DuoSubmission];
    default:
      return [];
  }
}

/**
 * Decides the command on the stream and, with its DUO messages (schema and DUO's rules checked first; a violation
 * writes nothing), appends the case events and the DuoMessageQueued events at once. With `expectedVersion` the
 * stream must be at it (a `ConcurrencyError` otherwise, also when another writer came between).
 */
export async function handleWithDuo(
  store: Pick<CaseStore, 'readStream' | 'append'>,
  session: Session,
  caseId: string,
  command: ApiCommand,
  options: { expectedVersion?: number; now?: Date; instellingen?: readonly InstellingT[] } = {},
): Promise<DuoCommandResult | null> {
  const submissions = submissionsOf(command);
  if (submissions.length === 0) return null;
  for (let attempt = 0; ; attempt++) {
    const s = await store.readStream(session, caseId);
    if (options.expectedVersion !== undefined && options.expectedVersion !== s.version)
      throw new ConcurrencyError(options.expectedVersion, s.version);
    const now = options.now ?? new Date();
    const meta: CommandMetadata = {
      ...command.metadata,
      commandId: command.metadata?.commandId ?? newId(),
      recordedAt: now.toISOString(),
      actor: command.metadata?.actor ?? session.actor,
      gemeente: session.gemeente,
    };
    // As submitToDuo: DUO's schema and rules first (the klantmanager sees DUO's rule), then the case file decides.
    const built = submissions.map((sub) => build(sub, s.events, meta));
    for (const b of built) {
      const schema = checkDuo(b.schema, b.body);
      if (schema) return { ok: false, violations: [], schema };
      const violations = precheck(
        s.events,
        session.gemeente,
        b.kind,
        b.body,
        dutchDate(now),
        b.instelling,
        options.instellingen,
      );
      if (violations.length > 0) return { ok: false, violations };
    }
    const d = decide({ ...command, metadata: meta } as CaseCommand, stateOf(s.events));
    if (!d.ok) return { ok: false, error: d.error };
    const queued: CaseEvent[] = built.map((b, i) => queuedEvent(b, d.value, meta, d.value.length + i));
    try {
      const r = await store.append(session, caseId, s.version, [...d.value, ...queued]);
      const messageIds = queued.map((q) => (q.data as { messageId: string }).messageId);
      return { ok: true, messageIds, ...r };
    } catch (e) {
      if (!(e instanceof ConcurrencyError) || options.expectedVersion !== undefined || attempt > 5) throw e;
    }
  }
}
