/**
 * JSON Schema 2020-12 validation for requests and responses (Ajv), sharing the schemas that also make up the
 * OpenAPI document. Bodies are validated strictly (no coercion); query, path and header values are strings on
 * the wire and are coerced to the declared types.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { hasNonFinite } from './limits.ts';

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
      if (httpPart === 'body')
        return body.compile(schema as object) as ReturnType<FastifySchemaCompiler<unknown>>;
      // Query, path and header values are coerced from text: 'Infinity' and '1e400' become numbers that pass an
      // integer check and a maximum compares oddly with; only finite numbers are accepted (audit finding 8).
      const check = params.compile(schema as object);
      const finite = ((data: unknown) => {
        const ok = check(data);
        const bad = ok ? hasNonFinite(data) : undefined;
        if (bad === undefined) {
          finite.errors = check.errors;
          return ok;
        }
        finite.errors = [
          { keyword: 'type', instancePath: `/${bad}`, schemaPath: '#', params: { type: 'integer' } },
        ];
        return false;
      }) as ValidateFunction;
      return finite as ReturnType<FastifySchemaCompiler<unknown>>;
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
