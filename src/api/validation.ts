/**
 * JSON Schema 2020-12 validation for requests and responses (Ajv), sharing the schemas that also make up the
 * OpenAPI document. Bodies are validated strictly (no coercion); query, path and header values are strings on
 * the wire and are coerced to the declared types.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

function makeAjv(coerce: boolean, shared: readonly Record<string, unknown>[]): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    discriminator: true,
    coerceTypes: coerce,
    useDefaults: true,
    removeAdditional: false,
  });
  (addFormats as unknown as (a: Ajv2020, f: string[]) => void)(ajv, ['date', 'date-time', 'uuid', 'uri']);
  ajv.addKeyword({ keyword: 'example' });
  for (const s of shared) ajv.addSchema(s);
  return ajv;
}

export interface Validators {
  readonly compiler: FastifySchemaCompiler<unknown>;
  /** Validator for a response schema (compiled once per schema object). */
  response(schema: object): ValidateFunction;
}

export function createValidators(shared: readonly Record<string, unknown>[]): Validators {
  const body = makeAjv(false, shared);
  const params = makeAjv(true, shared);
  const responses = new WeakMap<object, ValidateFunction>();
  return {
    compiler: ({ schema, httpPart }) => {
      const ajv = httpPart === 'body' ? body : params;
      return ajv.compile(schema as object) as ReturnType<FastifySchemaCompiler<unknown>>;
    },
    response(schema) {
      let v = responses.get(schema);
      if (!v) {
        v = body.compile(schema);
        responses.set(schema, v);
      }
      return v;
    },
  };
}
