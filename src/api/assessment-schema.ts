/**
 * The assessment as the API answers it (mirrors src/law/assessment.ts; a compile-time check at the end keeps the two
 * in step).
 */
import { type Static, Type } from 'typebox';
import type { Assessment } from '../law/index.ts';
import { GROUPS, LEERROUTES } from '../law/index.ts';
import { CitationRef, closed, IsoDate, Nullable, OrUnknown, Str } from './schema-kit.ts';

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
