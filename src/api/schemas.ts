/**
 * The API's JSON Schemas (TypeBox, so each schema is also the handler's static type). Shared schemas carry an
 * `$id`: they become `components.schemas` in the OpenAPI document and are referenced by name. The assessment's
 * schema is the law's (src/law/assessment-shape.ts), the small building blocks in schema-kit.ts.
 */
import { Type } from 'typebox';
import type { Assessment, Facts } from '../law/index.ts';
import { factsSchema } from '../law/index.ts';
import { AssessmentShape } from '../law/shapes.ts';
import { PROBLEM_TYPE_PREFIX } from './problems.ts';
import { CitationSchema, closed, IsoDate } from './schema-kit.ts';

export { CitationSchema } from './schema-kit.ts';

/** The assessment as the law defines it (src/law/assessment-shape.ts), published as the `Assessment` schema. */
export const AssessmentSchema = AssessmentShape;
export const AssessmentRef = Type.Unsafe<Omit<Assessment, 'explanation'>>(Type.Ref('Assessment'));

// ---------------------------------------------------------------------------------------------------------------
// Facts: the lead's facts.schema.json (JSON Schema 2020-12) split into components, `#/$defs/x` -> `FactsX`.

const FACTS_PREFIX = 'Facts';
function defName(def: string): string {
  return FACTS_PREFIX + def.charAt(0).toUpperCase() + def.slice(1);
}
function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/')) out[k] = defName(v.slice(8));
    else out[k] = rewriteRefs(v);
  }
  return out;
}
function splitFactsSchema(): Record<string, unknown>[] {
  const { $schema: _s, $id: _i, $defs, ...root } = factsSchema as Record<string, unknown>;
  const defs = Object.entries(($defs ?? {}) as Record<string, unknown>).map(([name, def]) => ({
    $id: defName(name),
    ...(rewriteRefs(def) as object),
  }));
  return [...defs, { $id: FACTS_PREFIX, ...(rewriteRefs(root) as object) }];
}

export const FactsRef = Type.Unsafe<Facts>(Type.Ref(FACTS_PREFIX));

// ---------------------------------------------------------------------------------------------------------------
// Problems (RFC 9457)

export const ProblemSchema = Type.Object(
  {
    type: Type.String({
      description: `${PROBLEM_TYPE_PREFIX}<code>`,
      examples: [`${PROBLEM_TYPE_PREFIX}validation`],
    }),
    title: Type.String(),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.String(),
    instance: Type.String({ description: 'The request as an opaque URN (never its URL).' }),
    code: Type.String({ description: 'Stable problem code, the last segment of `type`.' }),
    errors: Type.Optional(
      Type.Array(
        Type.Object(
          {
            in: Type.Enum(['body', 'query', 'path', 'header']),
            pointer: Type.String({ description: 'JSON pointer (RFC 6901) to the field' }),
            code: Type.String({
              description: "The JSON Schema keyword that failed, `fact`, or the case file's refusal code",
            }),
            detail: Type.String(),
            field: Type.Optional(
              Type.String({
                description:
                  "The case file's name of the refused field (`completedOn`); the detail names it in words",
              }),
            ),
          },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { $id: 'Problem', additionalProperties: false, description: 'RFC 9457 problem details' },
);
export const ProblemRef = Type.Ref('Problem');

// ---------------------------------------------------------------------------------------------------------------
// Citations and the explanation tree

/** The derivation tree node (recursive through `children`). */
export const TraceNodeSchema = Type.Unsafe<unknown>({
  $id: 'TraceNode',
  type: 'object',
  description:
    'One rule evaluation: which rule, the articles, the outcome, the facts and parameters it read.',
  additionalProperties: false,
  required: ['rule', 'citations', 'facts', 'params', 'children'],
  properties: {
    rule: { type: 'string' },
    citations: { type: 'array', items: { $ref: 'Citation' } },
    outcome: { type: 'string' },
    // The values of the outcome's text (dates, amounts, names): open, so the serializer keeps every one.
    args: { type: 'object', additionalProperties: true },
    cite: { $ref: 'Citation' },
    value: {},
    facts: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path'],
        properties: { path: { type: 'string' }, value: {} },
      },
    },
    params: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'on', 'source'],
        properties: {
          id: { type: 'string' },
          on: { type: 'string', format: 'date', description: 'The date the parameter was looked up for' },
          value: {},
          source: { $ref: 'Citation' },
        },
      },
    },
    children: { type: 'array', items: { $ref: 'TraceNode' } },
    reused: { type: 'boolean' },
  },
});

export const ExplanationSchema = Type.Object(
  {
    language: Type.Enum(['nl', 'en', 'ar', 'ti', 'tr', 'uk']),
    summary: Type.Array(Type.String(), { description: 'The short answer in plain language (B1)' }),
    why: Type.Array(
      Type.Object(
        {
          rule: Type.String(),
          outcome: Type.String(),
          text: Type.String(),
          citation: Type.String(),
          url: Type.String(),
        },
        closed,
      ),
      { description: 'Why: one line per outcome, each citing the article it rests on' },
    ),
    tree: Type.Optional(
      Type.Array(Type.Ref('TraceNode'), { description: 'The full derivation tree (trace=true)' }),
    ),
  },
  { $id: 'Explanation', additionalProperties: false },
);

export const BeoordelingResponse = Type.Object(
  {
    peildatum: IsoDate,
    assessment: AssessmentRef,
    needs: Type.Array(Type.String(), { description: 'The facts still needed, most decisive first' }),
    explanation: Type.Ref('Explanation'),
  },
  { additionalProperties: false },
);

/** Shared schemas, registered with Fastify (serializer, OpenAPI) and with the validator. */
export const SHARED_SCHEMAS: readonly Record<string, unknown>[] = [
  ...splitFactsSchema(),
  ProblemSchema as unknown as Record<string, unknown>,
  CitationSchema as unknown as Record<string, unknown>,
  TraceNodeSchema as unknown as Record<string, unknown>,
  AssessmentSchema as unknown as Record<string, unknown>,
  ExplanationSchema as unknown as Record<string, unknown>,
];
