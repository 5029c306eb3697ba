/**
 * A klantmanager's case command through the API (POST /v1/zaken/{id}/gebeurtenissen), for a gemeente connected to
 * DUO: when the command records something DUO must know (a PIP, a changed PIP, the MAP end conversation, the PVT
 * signing, the Z-route result, followed hours, the inburgeringsaanbod, the contact person), its message to DUO is
 * built as `submitToDuo` builds it (outbound.ts `build`), checked against DUO's schema and rules (rules.ts) before
 * anything is written, and appended with the case event(s) in one append: one transaction, the outbox row following
 * by trigger (migration 0020). The store's own command handling does this (`CaseStore.handle` with the extension
 * `duoExtension`), so a command for DUO takes the same path as any other and is logged as its own processing.
 */
import type { CommandMetadata, ISODate } from '../../case/index.ts';
import { dutchDate } from '../../case/index.ts';
import type { CommandExtension } from '../../store/index.ts';
import { build, type DuoSubmission, precheck, queuedEvent } from './outbound.ts';
import type { Violation } from './rules.ts';
import { checkDuo, type InstellingT, type PipExtrasT } from './schemas.ts';

/** A command as the API takes it (type, data, partial metadata). */
export interface ApiCommand {
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly metadata?: Partial<CommandMetadata>;
}

const HOURS = [
  ['nt2DuringIntake', 'taallesknm'],
  ['participation', 'participatieactiviteiten'],
  ['nt2', 'participatietaalles'],
] as const;

/**
 * The DUO messages a case command carries, as submissions (none: the command is not for DUO). `pipExtras`: DUO's
 * own PIP fields, for an AdoptPip or AmendPip.
 */
export function submissionsOf(command: ApiCommand, pipExtras: PipExtrasT = {}): DuoSubmission[] {
  const d = command.data as Record<string, unknown>;
  if (command.type === 'AdoptPip') return [{ kind: 'pip', command: d as never, ...pipExtras }];
  if (command.type === 'AmendPip') return [{ kind: 'pip_amended', command: d as never, ...pipExtras }];
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

/** DUO's schema or rules refusing a command's message: nothing is written. */
export interface DuoRefusal {
  readonly violations: readonly Violation[];
  readonly schema?: readonly string[];
}

/** The store's command extension for DUO's messages, with what the accepted command queued. */
export interface DuoExtension extends CommandExtension {
  /** The ids of the messages the appended command queued (DUO's `berichtId`s). */
  readonly messageIds: readonly string[];
  /** DUO's rules the message breaks, when sent anyway (`force`). */
  readonly warnings: readonly Violation[];
}

/**
 * The messages to DUO a command carries, as an extension of the store's command handling (`CaseStore.handle`):
 * on the stream the command is decided on, each message is built in DUO's shape, checked against DUO's schema and,
 * unless `force`, DUO's rules (rules.ts), before anything is written (a violation refuses the command with a
 * `DuoRefusal`); once decided, the DuoMessageQueued events follow the command's own events in the same append, so
 * one transaction, the outbox row following by trigger (migration 0020). The command is logged as its own
 * processing (`case.command.<type>`).
 */
export function duoExtension(
  submissions: readonly DuoSubmission[],
  gemeente: string,
  options: { force?: boolean; now?: Date; instellingen?: readonly InstellingT[] } = {},
): DuoExtension {
  let messageIds: readonly string[] = [];
  let warnings: readonly Violation[] = [];
  return {
    get messageIds() {
      return messageIds;
    },
    get warnings() {
      return warnings;
    },
    prepare(prior, meta) {
      const today = dutchDate(options.now ?? new Date(meta.recordedAt));
      // DUO's schema and rules first (the klantmanager sees DUO's rule), then the case file decides.
      const built = submissions.map((sub) => build(sub, prior, meta));
      const found: Violation[] = [];
      for (const b of built) {
        const schema = checkDuo(b.schema, b.body);
        if (schema) return { refusal: { violations: [], schema } satisfies DuoRefusal };
        const v = precheck(prior, gemeente, b.kind, b.body, today, b.instelling, options.instellingen);
        if (v.length > 0 && !options.force) return { refusal: { violations: v } satisfies DuoRefusal };
        found.push(...v);
      }
      return {
        extend: (decided) => {
          const queued = built.map((b, i) => queuedEvent(b, decided, meta, decided.length + i));
          messageIds = queued.map((q) => q.data.messageId);
          warnings = found;
          return queued;
        },
      };
    },
  };
}
