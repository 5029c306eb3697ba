/**
 * The API's JSON Schemas (TypeBox, so each schema is also the handler's static type). Shared schemas carry an
 * `$id`: they become `components.schemas` in the OpenAPI document and are referenced by name.
 */
import { type Static, type TSchema, Type } from 'typebox';
import type { Assessment, Facts } from '../law/index.ts';
import { factsSchema, GROUPS, LEERROUTES } from '../law/index.ts';
import { PROBLEM_TYPE_PREFIX } from './problems.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
/** A value the law could not decide without more facts is the string 'unknown'. */
const OrUnknown = <T extends TSchema>(t: T) => Type.Union([t, Type.Literal('unknown')]);
const IsoDate = Type.String({ format: 'date', description: 'ISO calendar date YYYY-MM-DD' });
const Str = (max = 200) => Type.String({ maxLength: max });

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
            code: Type.String({ description: 'The JSON Schema keyword that failed, or `fact`' }),
            detail: Type.String(),
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

export const CitationSchema = Type.Union(
  [
    Type.Object(
      {
        kind: Type.Literal('statute'),
        law: Type.Enum([
          'wi2021',
          'bi2021',
          'ri2021',
          'wi2013',
          'bi2013',
          'ri2013',
          'wet2012',
          'pw',
          'vw',
          'vb',
          'rwn',
          'atw',
          'aow',
          'lpw',
          'awb',
          'remigratiewet',
          'huisvestingswet',
        ]),
        artikel: Str(40),
        lid: Type.Optional(Str(40)),
        onderdeel: Type.Optional(Str(40)),
      },
      { additionalProperties: false },
    ),
    Type.Object(
      { kind: Type.Literal('source'), ref: Str(400), url: Str(2000) },
      { additionalProperties: false },
    ),
  ],
  { $id: 'Citation' },
);
const CitationRef = Type.Unsafe<Static<typeof CitationSchema>>(Type.Ref('Citation'));

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
    args: { type: 'object' },
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

// ---------------------------------------------------------------------------------------------------------------
// The assessment (mirrors src/law/assessment.ts; a compile-time check below keeps the two in step)

const Regime = Type.Enum(['wi2007', 'wi2013', 'wi2021']);
const Level = Type.Enum(['A0', 'A1-', 'A1', 'A2', 'B1', 'B2', 'C1']);
const Leerroute = Type.Enum([...LEERROUTES]);
const PlichtStatus = Type.Enum([
  'obliged',
  'not_obliged',
  'not_yet',
  'vrijgesteld',
  'ontheven',
  'fulfilled',
  'ended',
  'out_of_scope',
  'unknown',
]);
const DecisionKind = Type.Enum([
  'pip_deadline',
  'pip_deadline_after_move',
  'route_change_window_closes',
  'extension_application_opens',
  'term_last_day',
  'fine_24_possible',
  'fine_25_possible',
  'vrijstelling_ends',
  'aow_age',
  'loan_entitlement_ends',
  'loan_repayment_starts',
  'ontzorgen_ends',
]);
const NotObligedReason = Type.Enum([
  'dutch',
  'eu_national',
  'eu_family',
  'integrated_elsewhere',
  'treaty',
  'turkish_wi2013',
  'no_qualifying_permit',
  'temporary_purpose',
  'under_16',
  'aow_age',
  'permit_in_future',
  'wi2013_leerplicht_8_jaar',
  'wi2013_diploma',
  'wi2013_opleiding',
  'wi2013_leerplichtig',
]);
const ComponentId = Type.Enum([
  'pvt',
  'map',
  'lezen',
  'luisteren',
  'schrijven',
  'spreken',
  'knm',
  'taalschakeltraject',
  'zroute_cursus',
  'zroute_participatie',
  'zroute_eindgesprek',
]);
const closed = { additionalProperties: false } as const;

export const AssessmentSchema = Type.Object(
  {
    peildatum: IsoDate,
    regime: OrUnknown(Nullable(Regime)),
    plicht: Type.Object(
      {
        status: PlichtStatus,
        since: Nullable(IsoDate),
        endedOn: Nullable(IsoDate),
        endReason: Nullable(Type.Enum(['aow', 'naturalisatie', 'overleden', 'verblijf_beeindigd'])),
        reason: Nullable(NotObligedReason),
      },
      closed,
    ),
    group: OrUnknown(Nullable(Type.Enum([...GROUPS]))),
    vrijstelling: Nullable(
      Type.Object(
        {
          granted: Type.Array(
            Type.Object(
              {
                ground: Str(),
                date: IsoDate,
                until: Nullable(IsoDate),
                components: Nullable(Type.Array(Str())),
              },
              closed,
            ),
          ),
          eligible: Type.Array(
            Type.Object({ ground: Str(), until: Nullable(IsoDate), automatic: Type.Boolean() }, closed),
          ),
        },
        closed,
      ),
    ),
    ontheffing: Nullable(
      Type.Object(
        {
          granted: Type.Array(
            Type.Object(
              { ground: Str(), scope: Str(), date: IsoDate, components: Type.Array(Str()) },
              closed,
            ),
          ),
          medicalEligible: Nullable(Type.Object({ scope: Str(), components: Type.Array(Str()) }, closed)),
          medicalHorizon: Type.Optional(
            Nullable(Type.Object({ years: Type.Number(), until: IsoDate }, closed)),
          ),
        },
        closed,
      ),
    ),
    leerroute: Nullable(
      Type.Object(
        {
          route: Nullable(Leerroute),
          assumed: Type.Boolean(),
          since: Nullable(IsoDate),
          levels: Type.Object({ lezen: Level, luisteren: Level, schrijven: Level, spreken: Level }, closed),
        },
        closed,
      ),
    ),
    components: Type.Array(
      Type.Object(
        {
          id: ComponentId,
          status: Type.Enum(['open', 'fulfilled', 'not_required', 'ontheven', 'vrijgesteld']),
          on: Nullable(IsoDate),
          level: Nullable(Level),
          hours: Nullable(Type.Object({ done: Type.Number(), required: Type.Number() }, closed)),
        },
        closed,
      ),
    ),
    fulfilment: Nullable(
      Type.Object(
        {
          fulfilled: Type.Boolean(),
          on: Nullable(IsoDate),
          document: Nullable(Type.Enum(['inburgeringsdiploma', 'inburgeringscertificaat'])),
          via: Nullable(Str()),
        },
        closed,
      ),
    ),
    pip: OrUnknown(
      Nullable(
        Type.Object(
          {
            deadline: IsoDate,
            from: Str(),
            fromDate: IsoDate,
            version: Str(),
            nominalDeadline: Nullable(IsoDate),
            adoptedOn: Nullable(IsoDate),
            met: Nullable(Type.Boolean()),
            afterMove: Nullable(
              Type.Object(
                { gemeente: Str(), registeredOn: IsoDate, deadline: IsoDate, adoptedOn: Nullable(IsoDate) },
                closed,
              ),
            ),
          },
          closed,
        ),
      ),
    ),
    term: OrUnknown(
      Nullable(
        Type.Object(
          {
            start: IsoDate,
            nominalLastDay: IsoDate,
            lastDay: IsoDate,
            extensions: Type.Array(
              Type.Object(
                {
                  ground: Str(),
                  decidedOn: Nullable(IsoDate),
                  until: IsoDate,
                  length: Type.Optional(
                    Nullable(
                      Type.Object(
                        {
                          months: Type.Number(),
                          days: Type.Number(),
                          source: Type.Enum(['beschikking', 'regeling', 'besluit']),
                          circumstance: Nullable(Str()),
                        },
                        closed,
                      ),
                    ),
                  ),
                },
                closed,
              ),
            ),
            expired: Type.Boolean(),
          },
          closed,
        ),
      ),
    ),
    routeChange: Nullable(
      Type.Object(
        {
          lastDay: IsoDate,
          open: Type.Boolean(),
          request: Type.Optional(
            Nullable(
              Type.Object(
                { to: Leerroute, allowed: Type.Boolean(), reason: Str(), citation: CitationRef },
                closed,
              ),
            ),
          ),
        },
        closed,
      ),
    ),
    afschalen: Nullable(
      Type.Object(
        { eligible: OrUnknown(Type.Boolean()), hours: Nullable(Type.Number()), required: Type.Number() },
        closed,
      ),
    ),
    extension: Nullable(
      Type.Object(
        {
          applicationOpensOn: IsoDate,
          open: Type.Boolean(),
          significantEffort: Nullable(
            Type.Object(
              {
                eligible: OrUnknown(Type.Boolean()),
                months: Type.Number(),
                conditions: Type.Object(
                  {
                    b1Route: Type.Boolean(),
                    lessons: OrUnknown(Type.Boolean()),
                    examsPassed: Type.Boolean(),
                    pvtAndMap: Type.Boolean(),
                  },
                  closed,
                ),
              },
              closed,
            ),
          ),
        },
        closed,
      ),
    ),
    fines: Nullable(
      Type.Object(
        {
          enforcement: Type.Enum(['normal', 'individual_assessment_required']),
          items: Type.Array(
            Type.Object(
              {
                article: Type.Enum(['22', '23', '24', '25']),
                authority: Type.Enum(['college', 'minister']),
                status: Type.Enum(['due', 'possible', 'barred', 'individual_assessment_required']),
                amount: Nullable(Type.Number()),
                max: Type.Number(),
                from: Nullable(IsoDate),
                newTermMonths: Nullable(Type.Number()),
                newTerm: Type.Optional(
                  Nullable(
                    Type.Object(
                      { months: Type.Number(), basis: Str(), count: Type.Number(), citation: CitationRef },
                      closed,
                    ),
                  ),
                ),
                newTermLastDay: Type.Optional(Nullable(IsoDate)),
                amountOpenTerm: Type.Optional(
                  Nullable(
                    Type.Object(
                      {
                        delegatedTo: Str(),
                        factors: Type.Record(
                          Type.String(),
                          Nullable(Type.Union([Type.Number(), Type.Boolean()])),
                        ),
                        citation: CitationRef,
                      },
                      closed,
                    ),
                  ),
                ),
                reason: Str(),
              },
              closed,
            ),
          ),
          collegeTotal: Type.Number(),
          collegeCap: Type.Number(),
        },
        closed,
      ),
    ),
    loan: Type.Object(
      {
        eligible: OrUnknown(Type.Boolean()),
        kind: Nullable(Type.Enum(['inburgeringsplichtige', 'vrijwillig'])),
        reason: Str(),
        max: Nullable(Type.Number()),
        incomeTested: Type.Boolean(),
        entitlementEndsOn: Nullable(IsoDate),
        repaymentStartsOn: Nullable(IsoDate),
        repaymentYears: Nullable(Type.Number()),
        amount: Type.Optional(
          Nullable(
            Type.Object(
              {
                draagkracht: Nullable(Type.Number()),
                amount: Nullable(Type.Number()),
                minimumInstalment: Type.Number(),
                instalmentNil: Nullable(Type.Boolean()),
                openTerm: Nullable(Str()),
              },
              closed,
            ),
          ),
        ),
        repaymentTrigger: Type.Optional(Nullable(Str())),
      },
      closed,
    ),
    costs: Type.Optional(
      Nullable(
        Type.Object(
          {
            vrijstellingFee: Nullable(Type.Number()),
            medical: Nullable(
              Type.Object({ fee: Type.Number(), refunded: OrUnknown(Type.Boolean()) }, closed),
            ),
            exams: Nullable(
              Type.Object(
                { paid: Type.Number(), free: Type.Number(), feeNotInRegeling: Type.Number() },
                closed,
              ),
            ),
            freeAttempts: Nullable(
              Type.Array(
                Type.Object(
                  { part: Str(), free: Type.Number(), used: Type.Number(), left: Type.Number() },
                  closed,
                ),
              ),
            ),
            mapPracticalHours: Nullable(Type.Number()),
          },
          closed,
        ),
      ),
    ),
    applications: Type.Optional(
      Type.Array(
        Type.Object(
          {
            type: Str(),
            receivedOn: IsoDate,
            weeks: Type.Number(),
            decisionDueOn: IsoDate,
            atwShifted: Type.Boolean(),
            citation: CitationRef,
          },
          closed,
        ),
      ),
    ),
    maatschappelijkeBegeleiding: Type.Object(
      { applies: OrUnknown(Type.Boolean()), from: Nullable(IsoDate) },
      closed,
    ),
    ontzorgen: Type.Object(
      { applies: OrUnknown(Type.Boolean()), from: Nullable(IsoDate), to: Nullable(IsoDate) },
      closed,
    ),
    nextDecisionPoints: Type.Array(
      Type.Object(
        { date: IsoDate, kind: DecisionKind, citation: CitationRef, overdue: Type.Boolean() },
        closed,
      ),
    ),
    needs: Type.Array(Str(), {
      description: 'Facts still needed to decide what is unknown, most decisive first',
    }),
    needsForDetails: Type.Array(Str()),
  },
  {
    $id: 'Assessment',
    // Open at the top: sections of the laws around inburgering (2013 regime, taaleis, ...) are added as the law
    // engine grows, each present only when the facts ask for it. The Wi2021 fields above are closed.
    additionalProperties: true,
    description:
      'The beoordeling: legal outcomes on the peildatum. Sections for other laws may appear beside these fields.',
  },
);
export const AssessmentRef = Type.Unsafe<Omit<Assessment, 'explanation'>>(Type.Ref('Assessment'));

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

// Compile-time check: the schema's static type and the law's Assessment type accept the same values. When the law
// gains a value (a new reason code), tsc fails here rather than a response failing validation at run time.

type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;
type LawAssessment = DeepMutable<Omit<Assessment, 'explanation'>>;
type SchemaAssessment = DeepMutable<Static<typeof AssessmentSchema>>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const assessmentSchemaMatchesLaw: Same<LawAssessment, SchemaAssessment> = true;
void assessmentSchemaMatchesLaw;
