/**
 * What a caseload list shows of a case without opening it: defined once here, in TypeBox, so the store's
 * projection (its TypeScript type), the API's response schema and the workspace (its type, web.ts) share one
 * shape. Written by the store's projection (store/projection.ts) from the case's status.
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
