/**
 * The body of POST /v1/zaken/{id}/gebeurtenissen, from the case file's command shapes (src/case/command-shapes.ts):
 * the document shows each command's data; the API checks the envelope (a known command, data an object) and
 * leaves the data to the case file, which checks it against the same shape and the law and answers 422 naming the
 * field, whichever face the command comes from.
 */
import type { FastifySchemaCompiler } from 'fastify';
import { type Static, Type } from 'typebox';
import { type CaseCommandType, COMMAND_SHAPES, COMMAND_TYPES } from '../case/index.ts';
import { PipExtras } from '../chain/index.ts';
import { closed } from './schema-kit.ts';

type Appendable = Exclude<CaseCommandType, 'OpenCase'>;
/** Commands a caller may send to an open case (OpenCase is POST /v1/zaken). */
export const APPEND_COMMANDS = COMMAND_TYPES.filter((t): t is Appendable => t !== 'OpenCase');

const expectedVersion = Type.Optional(
  Type.Integer({ minimum: 0, description: 'The version you read; alternatively send If-Match: "<version>"' }),
);

/** The commands whose message to DUO can carry DUO's own PIP fields (`duoPip`). */
export const DUO_PIP_COMMANDS: readonly Appendable[] = ['AdoptPip', 'AmendPip'];

const duoPip = Type.Optional(
  Type.Object(PipExtras.properties, {
    ...closed,
    description:
      "DUO's own PIP fields (niveau, estimated B1 hours, may finish the education, literacy classes), sent with " +
      'the PIP to DUO when the gemeente is connected to DUO; not recorded in the case file',
  }),
);

/** What the API itself checks of an append (`duoPip` only with an AdoptPip or AmendPip: the route checks). */
export const AppendEnvelope = Type.Object(
  {
    type: Type.Enum(APPEND_COMMANDS),
    data: Type.Object({}, { additionalProperties: true, maxProperties: 64 }),
    expectedVersion,
    duoPip,
  },
  closed,
);

/** The append body as documented: one branch per command, its data the command's shape. */
export const AppendBody = Type.Unsafe<Static<typeof AppendEnvelope>>({
  type: 'object',
  required: ['type', 'data'],
  properties: { type: { enum: APPEND_COMMANDS } },
  discriminator: { propertyName: 'type' },
  oneOf: APPEND_COMMANDS.map((t) =>
    Type.Object(
      {
        type: Type.Literal(t),
        data: COMMAND_SHAPES[t],
        expectedVersion,
        ...(DUO_PIP_COMMANDS.includes(t) ? { duoPip } : {}),
      },
      { ...closed, title: t },
    ),
  ),
});

/** A route's validator compiler that checks the body against the envelope, everything else as usual. */
export const envelopeOnly =
  (compiler: () => FastifySchemaCompiler<unknown> | undefined): FastifySchemaCompiler<unknown> =>
  (route) => {
    const compile = compiler();
    if (!compile) throw new Error('no validator compiler');
    return compile(route.httpPart === 'body' ? { ...route, schema: AppendEnvelope } : route);
  };
