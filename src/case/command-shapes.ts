/**
 * The data of every command, defined once in TypeBox: commands.ts derives the TypeScript types from it, the API
 * documents the append body with it (src/api/routes/zaken.ts) and the workspace builds its forms from it
 * (src/web/workspace/actions.ts). Most commands carry the data of the event they yield (event-shapes.ts); the
 * decider checks every event it yields against that shape and the law.
 */
import { Type } from 'typebox';
import { EVENT_CATALOGUE, EVENT_TYPES } from './catalogue.ts';
import { EVENT_SHAPES as E } from './event-shapes.ts';
import type { CaseEventType } from './events.ts';
import { $amount, $date, $gemeente, $name, $object, $oneOf, $strings, $text } from './shape-kit.ts';

const opt = Type.Optional;
const { gemeente: _pipGemeente, ...pip } = E.PipAdopted.properties;
const { fineId, ...fine } = E.FineImposed.properties;

/** The data of each command type (`metadata` is the same for all: commands.ts). */
export const COMMAND_SHAPES = {
  OpenCase: Type.Object({
    gemeente: $gemeente,
    /** Validated (elfproef) and handed to the store; never part of an event. */
    bsn: opt(
      Type.String({ pattern: '^[0-9]{9}$', description: 'Burgerservicenummer (nine digits, elfproef)' }),
    ),
    /** The person's name (registration); kept in the event and the case's name index, never in logs. */
    name: opt($name),
    birthDate: opt($date),
    nationalities: opt($strings),
    openedOn: opt($date),
  }),
  /** Records a plain fact (an event type marked `plain` in the catalogue) with that event's data. */
  RecordFact: Type.Object({
    event: Type.Unsafe<CaseEventType>(Type.Enum(EVENT_TYPES.filter((t) => EVENT_CATALOGUE[t].plain))),
    data: $object(),
    occurredOn: opt($date),
  }),
  RecordMove: Type.Object({
    toGemeente: E.PersonMoved.properties.toGemeente,
    on: $date,
    housing: E.PersonMoved.properties.housing,
    reception: E.PersonMoved.properties.reception,
  }),
  SummonForIntake: Type.Object({ date: $date, deadline: $date }),
  RecordIntakeOutcome: Type.Object({
    summonsDate: $date,
    on: $date,
    outcome: $oneOf(['verschenen', 'niet_verschenen', 'onvoldoende_medewerking']),
  }),
  CompleteIntake: E.IntakeCompleted,
  AdoptPip: Type.Object(pip),
  AmendPip: Type.Object({
    dagtekening: $date,
    reason: $text,
    leerroute: E.PipAmended.properties.leerroute,
    intensities: E.PipAmended.properties.intensities,
    progressMeetings: E.PipAmended.properties.progressMeetings,
  }),
  ChangeRoute: E.RouteChanged,
  DecideAfschalen: E.AfschalenDecided,
  RecordZrouteEindgesprek: E.ZrouteEindgesprekHeld,
  RequestExtension: E.ExtensionRequested,
  DecideExtension: E.ExtensionDecided,
  ImposeFine: Type.Object({ ...fine, fineId: opt(fineId) }),
  GrantLoan: Type.Object({ grantedOn: $date, amount: $amount, loanId: opt($text) }),
  DecideOntzorgen: E.OntzorgenDecided,
  /** Replaces an earlier event with corrected data (the earlier one stays in the history, superseded). */
  CorrectEvent: Type.Object({ eventId: $text, data: $object(), reason: $text, occurredOn: opt($date) }),
  /** Withdraws an event recorded in error. */
  RetractEvent: Type.Object({ eventId: $text, reason: $text }),
};

export type CommandType = keyof typeof COMMAND_SHAPES;
/** Every command type, in the order above. */
export const COMMAND_TYPES = Object.keys(COMMAND_SHAPES) as CommandType[];
