/**
 * Validation of facts against the facts shape (shape.ts, JSON Schema 2020-12; published as facts.schema.json): the
 * one schema for the CLI, the API and the web checker. Problems are data with a code and a JSON pointer to the field; faces render them from catalogs.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { FACTS_DOCUMENT } from './shape.ts';
import type { Facts } from './types.ts';

export interface FactProblem {
  /** JSON pointer to the field, e.g. '/residence/0/grantedOn'. */
  readonly path: string;
  /** The JSON Schema keyword that failed: 'type', 'enum', 'required', 'format', 'additionalProperties', ... */
  readonly code: string;
  /** Details for the message: allowed values, the missing or unknown property, the limit. */
  readonly params: Readonly<Record<string, unknown>>;
}

export type Validation =
  | { readonly ok: true; readonly facts: Facts }
  | { readonly ok: false; readonly problems: readonly FactProblem[] };

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, discriminator: true });
(addFormats as unknown as (a: Ajv2020, f: string[]) => void)(ajv, ['date']);
// Plain JSON (TypeBox's markers are not enumerable, so this is the published document).
const schema = JSON.parse(JSON.stringify(FACTS_DOCUMENT)) as Record<string, unknown>;
const check = ajv.compile(schema);

export const FACTS_SCHEMA: unknown = schema;

function toProblem(e: ErrorObject): FactProblem {
  let path = e.instancePath || '';
  const params: Record<string, unknown> = { ...e.params };
  if (e.keyword === 'required')
    path = `${path}/${String((e.params as { missingProperty: string }).missingProperty)}`;
  if (e.keyword === 'additionalProperties') {
    path = `${path}/${String((e.params as { additionalProperty: string }).additionalProperty)}`;
  }
  return { path: path || '/', code: e.keyword, params };
}

/** Validates untrusted input; returns the facts, or every problem with the field it concerns. */
export function validateFacts(input: unknown): Validation {
  if (check(input)) return { ok: true, facts: input as Facts };
  const errors = check.errors ?? [];
  const problems = errors.map(toProblem);
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const k = `${p.path}|${p.code}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { ok: false, problems: unique };
}
