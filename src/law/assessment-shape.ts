/**
 * The assessment `beoordeel` returns, defined once in TypeBox: the law's TypeScript types follow from it
 * (assessment.ts, by `Static<>`) and the API publishes it as its `Assessment` schema (src/api/schemas.ts). Plain,
 * JSON-ready data: dates are ISO strings; a value the law cannot decide without more facts is the string 'unknown'.
 * The word lists whose home is a rule's own file (a not-obliged reason, a fine's status) are checked against their
 * types in assessment.ts.
 */
import { type Static, type TSchema, Type } from 'typebox';
import { LAWS, type LawId } from './engine/citation.ts';
import { Leerroute, Level } from './facts/shape-defs.ts';
import { GROUPS } from './vocabulary.ts';

export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
/** A value the law could not decide without more facts is the string 'unknown'. */
export const OrUnknown = <T extends TSchema>(t: T) => Type.Union([t, Type.Literal('unknown')]);
export const IsoDate = Type.String({ format: 'date', description: 'ISO calendar date YYYY-MM-DD' });
export const Str = (max = 200) => Type.String({ maxLength: max });
/** An object with no properties beyond those listed. */
export const closed = { additionalProperties: false } as const;

/** An article of a law (BWB), or another source (case law, an official page). */
export const CitationShape = Type.Union(
  [
    Type.Object(
      {
        kind: Type.Literal('statute'),
        law: Type.Enum(Object.keys(LAWS) as LawId[]),
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
export const CitationRef = Type.Unsafe<Static<typeof CitationShape>>(Type.Ref('Citation'));

export const Regime = Type.Enum(['wi2007', 'wi2013', 'wi2021']);
export const PlichtStatus = Type.Enum([
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
export const DecisionKind = Type.Enum([
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
export const NotObligedReason = Type.Enum([
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
export const ComponentId = Type.Enum([
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
export const EndReason = Type.Enum(['aow', 'naturalisatie', 'overleden', 'verblijf_beeindigd']);
export const ComponentStatus = Type.Enum(['open', 'fulfilled', 'not_required', 'ontheven', 'vrijgesteld']);
export const FineArticle = Type.Enum(['22', '23', '24', '25']);
export const FineStatus = Type.Enum(['due', 'possible', 'barred', 'individual_assessment_required']);
export const Group = Type.Enum([...GROUPS]);

export const AssessmentShape = Type.Object(
  {
    peildatum: IsoDate,
    regime: OrUnknown(Nullable(Regime)),
    plicht: Type.Object(
      {
        status: PlichtStatus,
        since: Nullable(IsoDate),
        endedOn: Nullable(IsoDate),
        endReason: Nullable(EndReason),
        reason: Nullable(NotObligedReason),
      },
      closed,
    ),
    group: OrUnknown(Nullable(Group)),
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
          status: ComponentStatus,
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
                article: FineArticle,
                authority: Type.Enum(['college', 'minister']),
                status: FineStatus,
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
