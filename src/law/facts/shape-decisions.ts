/** The decisions of the college and DUO in the facts (vrijstelling, ontheffing, verlenging, routewijziging, afschalen). Part of the facts shape (shape.ts). */
import { type Static, Type } from 'typebox';
import { $component, $date, $leerroute, $skill } from './shape-defs.ts';
import { closedObject, discriminated } from './typebox.ts';

export const Decision = discriminated('type', [
  closedObject({
    type: Type.Literal('vrijstelling'),
    date: $date,
    ground: Type.Enum(['4.1.a', '4.1.b', '4.1.c', '4.1.d', '4.1.e', '7.3']),
    components: Type.Optional(Type.Array($component, { maxItems: 6 })),
    until: Type.Optional($date),
  }),
  closedObject({
    type: Type.Literal('ontheffing'),
    date: $date,
    ground: Type.Enum(['medisch', 'bijzondere_omstandigheden']),
    scope: Type.Enum(['geheel', 'gedeeltelijk']),
    components: Type.Optional(
      Type.Array(Type.Enum(['lezen', 'luisteren', 'schrijven', 'spreken', 'knm', 'participatie']), {
        maxItems: 6,
      }),
    ),
  }),
  closedObject({
    type: Type.Literal('verlenging'),
    date: $date,
    ground: Type.Enum([
      'geen_verwijt',
      'niet_vrijstellende_opleiding',
      'aanzienlijke_inspanningen',
      'ambtshalve',
    ]),
    months: Type.Optional(Type.Integer({ minimum: 0, maximum: 120 })),
    days: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650 })),
    circumstance: Type.Optional(
      Type.Enum(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'], {
        description: 'Ri2021 art. 4.1 lid 1 a-j (ground geen_verwijt)',
      }),
    ),
    period: Type.Optional(
      closedObject(
        {
          from: $date,
          to: $date,
        },
        {
          description: 'First and last day of the circumstance (or of the delay) the extension is for',
        },
      ),
    ),
  }),
  closedObject({
    type: Type.Literal('routewijziging'),
    date: $date,
    to: $leerroute,
    ground: Type.Optional(Type.Enum(['voortgang', 'niet_vrijstellende_opleiding', 'bijzonder_geval'])),
  }),
  closedObject({
    type: Type.Literal('afschalen'),
    date: $date,
    skills: Type.Array($skill, { minItems: 1, maxItems: 4 }),
  }),
]);
export type Decision = Static<typeof Decision>;
