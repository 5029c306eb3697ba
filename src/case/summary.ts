/**
 * What a caseload list shows of a case without opening it: defined once here, in TypeBox, so the store's
 * projection and list (their TypeScript types), the API's response schema and the workspace (its types, web.ts)
 * share one shape. Written by the store's projection (store/projection.ts) from the case's status.
 */
import { type Static, Type } from 'typebox';

const NullableString = Type.Union([Type.String(), Type.Null()]);
const NullableDate = Type.Union([Type.String({ format: 'date' }), Type.Null()]);

export const CaseSummarySchema = Type.Object(
  {
    plicht: NullableString,
    plichtSince: NullableString,
    regime: NullableString,
    group: NullableString,
    leerroute: NullableString,
    termStart: NullableString,
    termLastDay: NullableString,
    pipDeadline: NullableString,
    pipAdoptedOn: NullableDate,
    fulfilledOn: NullableDate,
    needs: Type.Array(Type.String()),
  },
  // Open: a later projection may add a field before every client knows it.
  { additionalProperties: true },
);

export type CaseSummary = Static<typeof CaseSummarySchema>;

/**
 * One case in a caseload list, without its id (the store names it `caseId`, the API and the workspace `id`): the
 * case's status row as the store lists it and the API answers it.
 */
export const CaseListRowSchema = Type.Object(
  {
    version: Type.Integer({ minimum: 0 }),
    stage: Type.String(),
    computedOn: Type.String({ format: 'date' }),
    nextDeadlineOn: NullableDate,
    nextDeadlineKind: NullableString,
    lawError: NullableString,
    summary: CaseSummarySchema,
    /** The person's name (case_person), when the case file holds one. */
    name: Type.Union([
      Type.String({ description: "The person's name, when the case file holds one" }),
      Type.Null(),
    ]),
  },
  { additionalProperties: false },
);

export type CaseListRow = Static<typeof CaseListRowSchema>;
