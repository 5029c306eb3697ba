/**
 * fast-check arbitraries for whole life histories in the facts format (`src/law/facts/facts.schema.json`), for the
 * never-throw property test (test/law/fuzz.test.ts) and the bench (bench/law-fuzz.bench.ts). Tests and benches
 * only: nothing in src/ imports this.
 *
 * A history is drawn as a plan of offsets around one anchor day (the first arrival), then laid out as facts. The
 * anchor is biased to the eras the law distinguishes: before 2007, 2007-2012 (Wi2007), 2013-2021 (Wi2013),
 * 2022 and later (Wi2021), and the transition days themselves; lives have several permits, moves, gaps,
 * absences, naturalisation, every purpose and sponsor, and the peildatum runs from 2013-01-01 to 2040-12-31.
 * Every field of the schema can appear; a few draws lie far outside the usual range (1900..2099) on purpose.
 */
import fc from 'fast-check';
import { RESIDENCE_KINDS, RESIDENCE_PURPOSES } from '../../src/law/facts/kinds.ts';
import type { Facts } from '../../src/law/facts/types.ts';

const DAY_MS = 86_400_000;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
/** ISO date of an epoch day (UTC). */
export function isoDay(epochDay: number): string {
  const dt = new Date(epochDay * DAY_MS);
  return `${String(dt.getUTCFullYear()).padStart(4, '0')}-${pad2(dt.getUTCMonth() + 1)}-${pad2(dt.getUTCDate())}`;
}
const dayOf = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);

export const PEIL_FIRST = dayOf(2013, 1, 1);
export const PEIL_LAST = dayOf(2040, 12, 31);
const Y = 365;

export const KINDS = RESIDENCE_KINDS;
export const PURPOSES = RESIDENCE_PURPOSES;
export const SPONSORS = [
  'eu_eea_ch_burger',
  'nederlander',
  'nederlander_vrij_verkeer',
  'asiel_bepaalde_tijd',
  'asiel_onbepaalde_tijd',
  'eu_langdurig_ingezetene_internationale_bescherming',
  'tijdelijk_verblijvende',
  'overig',
] as const;
const END_REASONS = [
  'verlopen',
  'verlenging_afgewezen',
  'ingetrokken',
  'omgezet',
  'vertrek',
  'naturalisatie',
] as const;
/** Non-EU (newcomers), EU/EEA/CH, Dutch, and a couple of codes no table knows (the schema accepts any two letters). */
const NATIONALITIES = [
  'SY',
  'ER',
  'AF',
  'TR',
  'MA',
  'YE',
  'IN',
  'CN',
  'BR',
  'US',
  'SO',
  'UA',
  'IR',
  'IQ',
  'NG',
  'ID',
  'SR',
  'JP',
  'PL',
  'DE',
  'BE',
  'RO',
  'BG',
  'GR',
  'NO',
  'IS',
  'LI',
  'CH',
  'GB',
  'HR',
  'NL',
  'XK',
  'ZZ',
  'AA',
] as const;
const GEMEENTEN = ['0363', '0599', '0344', '0518', '0772', '0014', '0193', '1234', '0000', '9999'] as const;
const LEVELS = ['A0', 'A1-', 'A1', 'A2', 'B1', 'B2', 'C1'] as const;
const SKILLS = ['lezen', 'luisteren', 'schrijven', 'spreken'] as const;
const COMPONENTS = ['lezen', 'luisteren', 'schrijven', 'spreken', 'knm', 'ona'] as const;
const ROUTES = ['B1', 'onderwijs', 'Z'] as const;
const ONTH_COMPONENTS = ['lezen', 'luisteren', 'schrijven', 'spreken', 'knm', 'participatie'] as const;

/** The first arrival: spread over the eras and piled on the transition days (2007, 2013, 2022). */
const anchorArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: dayOf(1960, 1, 1), max: dayOf(2006, 12, 31) }) },
  { weight: 2, arbitrary: fc.integer({ min: dayOf(2007, 1, 1), max: dayOf(2012, 12, 31) }) },
  { weight: 4, arbitrary: fc.integer({ min: dayOf(2013, 1, 1), max: dayOf(2021, 12, 31) }) },
  { weight: 6, arbitrary: fc.integer({ min: dayOf(2022, 1, 1), max: dayOf(2032, 12, 31) }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(dayOf(2007, 1, 1), dayOf(2013, 1, 1), dayOf(2022, 1, 1), dayOf(2023, 1, 1)),
        fc.integer({ min: -40, max: 40 }),
      )
      .map(([d, o]) => d + o),
  },
  { weight: 1, arbitrary: fc.integer({ min: dayOf(1900, 1, 1), max: dayOf(2099, 12, 31) }) },
);

/** An offset in days from the anchor: mostly soon after it, sometimes years later, sometimes before. */
const off = (min = -2 * Y, max = 12 * Y): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 2 * Y }) },
    { weight: 2, arbitrary: fc.integer({ min, max }) },
    { weight: 1, arbitrary: fc.constantFrom(0, 1, -1, 14, 30, 365, 366, 3 * Y + 1) },
  );
const opt = <T>(a: fc.Arbitrary<T>, freq = 2): fc.Arbitrary<T | undefined> =>
  fc.option(a, { nil: undefined, freq });
/** Present with probability p (fast-check's `option` only sets how often it is absent). */
const sometimes = <T>(a: fc.Arbitrary<T>, p: number): fc.Arbitrary<T | undefined> =>
  fc.oneof(
    { weight: Math.round((1 - p) * 20), arbitrary: fc.constant(undefined) },
    { weight: Math.round(p * 20), arbitrary: a },
  );
/** A secondary part of a history: present one time in five. */
const rare = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => sometimes(a, 0.2);
const rareList = <T>(a: fc.Arbitrary<T>, maxLength: number): fc.Arbitrary<T[] | undefined> =>
  sometimes(fc.array(a, { maxLength }), 0.2);
const list = <T>(a: fc.Arbitrary<T>, maxLength: number): fc.Arbitrary<T[] | undefined> =>
  opt(fc.array(a, { maxLength }));
const num = (max: number): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min: 0, max }), fc.constantFrom(0, max), fc.double({ min: 0, max, noNaN: true }));

interface PermitPlan {
  kind: (typeof KINDS)[number];
  purpose: (typeof PURPOSES)[number] | undefined;
  sponsor: (typeof SPONSORS)[number] | undefined;
  granted: number | undefined;
  effective: number | undefined;
  ended: number | undefined;
  endReason: (typeof END_REASONS)[number] | undefined;
}

const permitArb: fc.Arbitrary<PermitPlan> = fc.record({
  kind: fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom('regulier_bepaalde_tijd' as const, 'asiel_bepaalde_tijd' as const),
    },
    { weight: 3, arbitrary: fc.constantFrom(...KINDS) },
  ),
  purpose: opt(fc.constantFrom(...PURPOSES), 5),
  sponsor: opt(fc.constantFrom(...SPONSORS), 3),
  granted: opt(off(-Y, 15 * Y), 12),
  effective: opt(fc.integer({ min: -400, max: 60 }), 3),
  ended: opt(fc.integer({ min: 0, max: 8 * Y }), 3),
  endReason: opt(fc.constantFrom(...END_REASONS), 2),
});

const brpArb = fc.record({
  gemeente: fc.constantFrom(...GEMEENTEN),
  from: off(-3 * Y, 12 * Y),
  length: opt(fc.integer({ min: 0, max: 6 * Y }), 2),
  housing: opt(fc.boolean(), 2),
});

const decisionArb = fc.oneof(
  fc.record({
    type: fc.constant('vrijstelling' as const),
    date: off(),
    ground: fc.constantFrom('4.1.a', '4.1.b', '4.1.c', '4.1.d', '4.1.e', '7.3'),
    components: opt(fc.uniqueArray(fc.constantFrom(...COMPONENTS), { maxLength: 6 })),
    until: opt(off()),
  }),
  fc.record({
    type: fc.constant('ontheffing' as const),
    date: off(),
    ground: fc.constantFrom('medisch', 'bijzondere_omstandigheden'),
    scope: fc.constantFrom('geheel', 'gedeeltelijk'),
    components: opt(fc.uniqueArray(fc.constantFrom(...ONTH_COMPONENTS), { maxLength: 6 })),
  }),
  fc.record({
    type: fc.constant('verlenging' as const),
    date: off(),
    ground: fc.constantFrom(
      'geen_verwijt',
      'niet_vrijstellende_opleiding',
      'aanzienlijke_inspanningen',
      'ambtshalve',
    ),
    months: opt(fc.integer({ min: 0, max: 120 })),
    days: opt(fc.integer({ min: 0, max: 3650 })),
  }),
  fc.record({
    type: fc.constant('routewijziging' as const),
    date: off(),
    to: fc.constantFrom(...ROUTES),
    ground: opt(fc.constantFrom('voortgang', 'niet_vrijstellende_opleiding', 'bijzonder_geval')),
  }),
  fc.record({
    type: fc.constant('afschalen' as const),
    date: off(),
    skills: fc.uniqueArray(fc.constantFrom(...SKILLS), { minLength: 1, maxLength: 4 }),
  }),
);

const wi2013DecisionArb = fc.oneof(
  fc.record({
    type: fc.constant('verlenging' as const),
    date: off(),
    term: fc.constantFrom('examen', 'pvt'),
    ground: fc.constantFrom('geen_verwijt', 'alfabetisering', 'ambtshalve'),
    until: opt(off()),
    months: opt(fc.integer({ min: 1, max: 120 })),
  }),
  fc.record({
    type: fc.constant('ontheffing' as const),
    date: off(),
    ground: fc.constantFrom('medisch', 'aantoonbare_inspanningen', 'voldoende_ingeburgerd'),
  }),
  fc.record({
    type: fc.constant('vrijstelling' as const),
    date: off(),
    ground: fc.constantFrom('ona_werk', 'ona_map', 'document'),
    components: opt(fc.uniqueArray(fc.constantFrom(...COMPONENTS), { maxLength: 6 })),
  }),
  fc.record({
    type: fc.constant('kwijtschelding' as const),
    date: off(),
    scope: fc.constantFrom('geheel', 'gedeeltelijk'),
  }),
);

/** Parts of a history about the Wi2021 route (PIP, exams, hours, fines, ...). */
const routeArb = fc.record({
  duoNotice: opt(off(-30, 6 * Y), 4),
  thirdParty: rare(fc.record({ requestedOn: opt(off()), receivedOn: opt(off()) })),
  pips: list(
    fc.record({
      dagtekening: off(),
      gemeente: opt(fc.constantFrom(...GEMEENTEN)),
      leerroute: opt(fc.constantFrom(...ROUTES), 4),
      kind: opt(fc.constantFrom('eerste', 'gewijzigd', 'opnieuw', 'na_verhuizing')),
      progressMeetings: opt(fc.integer({ min: 0, max: 100 })),
    }),
    3,
  ),
  exams: list(
    fc.record({
      component: fc.constantFrom(...COMPONENTS),
      level: opt(fc.constantFrom(...LEVELS), 3),
      result: fc.constantFrom('passed', 'failed'),
      date: off(),
      kind: opt(fc.constantFrom('inburgeringsexamen', 'staatsexamen_nt2', 'onderwijsroute')),
    }),
    6,
  ),
  decisions: list(decisionArb, 3),
  intake: rare(
    fc.record({
      summons: list(
        fc.record({
          date: off(),
          deadline: off(),
          outcome: opt(fc.constantFrom('verschenen', 'niet_verschenen', 'onvoldoende_medewerking')),
        }),
        2,
      ),
      completedOn: opt(off()),
      completedInAbsence: opt(fc.boolean()),
      leerbaarheidstoetsOntheffing: opt(fc.constantFrom('visueel', 'auditief')),
      wantsFurtherEducation: opt(fc.boolean()),
    }),
  ),
  hours: opt(
    fc.record({
      nt2: opt(num(2000)),
      nt2DuringIntake: opt(num(400)),
      knm: opt(num(300)),
      allLessonsAttended: opt(fc.boolean()),
      sufficientEffort: opt(fc.boolean()),
      participation: opt(num(1500)),
      zrouteCourse: opt(num(2000)),
    }),
  ),
  taalschakel: rare(fc.record({ startedOn: opt(off()), completedOn: opt(off()), leftOn: opt(off()) })),
  pvt: opt(fc.record({ completedOn: opt(off()), hours: opt(num(100)) })),
  map: opt(fc.record({ completedOn: opt(off()), hours: opt(num(200)), eindgesprekOn: opt(off()) })),
  zroute: rare(fc.record({ eindgesprekOn: opt(off()) })),
  fines: rareList(
    fc.record({
      article: fc.constantFrom('22', '23', '24', '25'),
      date: off(),
      amount: num(2000),
      establishedOn: opt(off()),
      irrevocableOn: opt(off()),
      newTermLastDay: opt(off()),
    }),
    2,
  ),
  offences: rareList(
    fc.record({
      article: fc.constant('23' as const),
      establishedOn: off(),
      culpability: fc.constantFrom('opzet', 'grove_schuld', 'geen', 'verminderd'),
    }),
    2,
  ),
  bijstand: rare(
    fc.record({
      from: opt(off()),
      to: opt(off()),
      reductions: list(
        fc.record({
          article: fc.constantFrom('18', '18b'),
          date: off(),
          conduct: fc.constantFrom('22', '23', '24', '25'),
        }),
        2,
      ),
    }),
  ),
  loans: rareList(fc.record({ grantedOn: off(), amount: num(20000) }), 2),
  oldLoanOutstanding: rare(fc.boolean()),
  gaps: rareList(
    fc.record({
      from: off(),
      length: fc.integer({ min: 0, max: 2 * Y }),
      reason: fc.constantFrom('geen_ingezetene', 'tijdelijk_doel', 'geestelijk_bedienaar_onderbroken'),
    }),
    2,
  ),
  schooling: rare(
    fc.record({
      leerplichtYearsNL: opt(num(20)),
      exemptingDiploma: opt(fc.boolean()),
      startkwalificatieOn: opt(off()),
      followingExemptingEducation: opt(fc.boolean()),
      nietVrijstellendeOpleiding: opt(fc.record({ from: off(), to: opt(off()) })),
    }),
  ),
  integrationEvidence: rare(
    fc.record({
      brpYearsUninterrupted: opt(num(60)),
      workOrVolunteerYears: opt(num(60)),
      b1SpeakingListeningShownInInterview: opt(fc.boolean()),
    }),
  ),
  medical: rare(
    fc.record({
      date: off(),
      unableComponents: fc.uniqueArray(
        fc.constantFrom('lezen', 'luisteren', 'schrijven', 'spreken', 'knm', 'participatie', 'geheel'),
        { maxLength: 7 },
      ),
    }),
  ),
});

/** Parts about the other laws: the 2013 regime, the exam abroad, the taaleis, remigration, naturalisation. */
const otherArb = fc.record({
  religiousMinister: rare(fc.boolean()),
  integratedElsewhereInEU: rare(fc.boolean()),
  treatyExemption: rare(fc.boolean()),
  wi2013: rare(
    fc.record({
      diploma: opt(
        fc.record({
          kind: fc.constantFrom(
            'inburgeringsdiploma',
            'nederlands_onderwijs',
            'belgie',
            'suriname',
            'caribisch',
            'europees_baccalaureaat',
            'internationaal_baccalaureaat',
            'win_certificaat',
            'oudkomers_certificaat',
            'document_oud_2_7',
            'inburgeringsdiploma_2007',
            'internationale_school',
            'staatsexamen_nt2',
            'regeling_overig',
          ),
          on: opt(off()),
        }),
      ),
      courseHours: opt(
        fc.record({ inburgering: opt(num(1000)), nt2: opt(num(1000)), alfabetisering: opt(num(1000)) }),
      ),
      literacyCourseFrom: opt(off()),
      learnabilityTest: opt(
        fc.record({ date: off(), outcome: fc.constantFrom('onvoldoende_leerbaar', 'leerbaar') }),
      ),
      decisions: list(wi2013DecisionArb, 3),
      fines: list(
        fc.record({
          article: fc.constantFrom('28', '30', '31', '33'),
          date: off(),
          amount: num(2000),
          irrevocableOn: opt(off()),
          newTermLastDay: opt(off()),
        }),
        2,
      ),
      naturalisatietoetsExempt: opt(fc.boolean()),
    }),
  ),
  mvv: rare(
    fc.record({
      appliedOn: off(-2 * Y, Y),
      purpose: fc.constantFrom(
        'gezinshereniging',
        'gezinsvorming',
        'geestelijk_bedienaar',
        'overig_niet_tijdelijk',
        'tijdelijk',
      ),
      sponsor: opt(fc.constantFrom(...SPONSORS)),
      hardshipExemption: opt(fc.boolean()),
    }),
  ),
  basisexamen: rareList(
    fc.record({
      component: fc.constantFrom('spreken', 'lezen', 'kns', 'geheel'),
      result: fc.constantFrom('passed', 'failed'),
      date: off(-3 * Y, Y),
    }),
    3,
  ),
  taaleis: rare(
    fc.record({
      dutchEducationYears: opt(num(50)),
      otherDocument: opt(fc.boolean()),
      documentShownOn: opt(off()),
      tests: list(
        fc.record({
          date: off(),
          result: fc.constantFrom('voldoende', 'onvoldoende'),
          progressSufficient: opt(fc.boolean()),
        }),
        3,
      ),
      noticeOn: opt(off()),
      willingnessDeclaredOn: opt(off()),
      progressAsExpected: opt(fc.boolean()),
      noBlame: opt(fc.boolean()),
      urgentReasons: opt(fc.boolean()),
    }),
  ),
  remigration: rare(
    fc.record({
      appliedOn: off(),
      targetGroup: opt(
        fc.constantFrom('wervingsland_eu', 'wervingsland', 'suriname', 'rietkerk', 'asiel', 'geen'),
      ),
      settledInNLOn: opt(off(-40 * Y, 5 * Y)),
      residenceSince: opt(off(-40 * Y, 5 * Y)),
      benefitSince: opt(off(-40 * Y, 5 * Y)),
      benefitKind: opt(
        fc.constantFrom(
          'aow',
          'ww',
          'wamil',
          'ioaz',
          'iow',
          'ioaw',
          'wao',
          'wajong',
          'bijstand',
          'wia',
          'wachtgeld',
          'bijstand_geldlening',
          'geen',
        ),
      ),
      debtsSettledOrArranged: opt(fc.boolean()),
      detained: opt(fc.boolean()),
      evadingSentence: opt(fc.boolean()),
      destination: opt(fc.constantFrom('land_van_herkomst', 'ander_land')),
      admissionProof: opt(fc.boolean()),
      willingToAcquireNationality: opt(fc.boolean()),
      partner: opt(
        fc.record({
          livesInNL: opt(fc.boolean()),
          remigratesTogether: opt(fc.boolean()),
          meetsConditionsDEF: opt(fc.boolean()),
        }),
      ),
    }),
  ),
  naturalisation: rare(
    fc.record({
      requestedOn: off(0, 20 * Y),
      admissionAndResidenceSince: opt(off()),
      totalAdmissionYears: opt(num(40)),
      marriedToDutchSince: opt(off()),
      unmarriedDutchPartnerSince: opt(off()),
      stateless: opt(fc.boolean()),
      formerDutch: opt(fc.boolean()),
      recognisedRefugee: opt(fc.boolean()),
      bornInKingdomAndResident: opt(fc.boolean()),
      naturalisatietoetsPassedOn: opt(off()),
      naturalisatietoetsExemption: opt(fc.constantFrom('medisch', 'overig')),
      willingToMakeDeclaration: opt(fc.boolean()),
      renunciation: opt(fc.constantFrom('willing', 'not_willing', 'not_reasonably_required')),
      noObjectionIndefiniteResidence: opt(fc.boolean()),
      publicOrderConcerns: opt(fc.boolean()),
    }),
  ),
  permanent: rare(
    fc.record({
      requestedOn: off(0, 20 * Y),
      kind: fc.constantFrom('regulier_onbepaalde_tijd', 'asiel_onbepaalde_tijd', 'eu_langdurig_ingezetene'),
    }),
  ),
});

const planArb = fc.record({
  anchor: anchorArb,
  /** Age at the anchor in days (0..85 years, piled on 16/18 and near AOW age). */
  ageAtAnchor: opt(
    fc.oneof(
      fc.integer({ min: 0, max: 85 * Y }),
      fc.integer({ min: 15 * Y, max: 19 * Y }),
      fc.integer({ min: 64 * Y, max: 68 * Y }),
      fc.integer({ min: 18 * Y, max: 45 * Y }),
    ),
    12,
  ),
  nationalities: opt(fc.array(fc.constantFrom(...NATIONALITIES), { maxLength: 3 }), 10),
  naturalised: opt(off(0, 20 * Y), 2),
  died: opt(off(0, 30 * Y), 1),
  permits: opt(fc.array(permitArb, { minLength: 1, maxLength: 4 }), 12),
  brp: opt(fc.array(brpArb, { minLength: 1, maxLength: 4 }), 10),
  route: opt(routeArb, 4),
  other: sometimes(otherArb, 0.35),
  /** The peildatum: around the story (anchor + offset) or anywhere in 2013..2040. */
  peil: fc.oneof(
    { weight: 3, arbitrary: fc.tuple(fc.constant('rel' as const), fc.integer({ min: -Y, max: 10 * Y })) },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.constant('abs' as const), fc.integer({ min: PEIL_FIRST, max: PEIL_LAST })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(
        fc.constant('abs' as const),
        fc.constantFrom(PEIL_FIRST, PEIL_LAST, dayOf(2022, 1, 1), dayOf(2021, 12, 31)),
      ),
    },
  ),
  traced: fc.boolean(),
});

export type Plan = typeof planArb extends fc.Arbitrary<infer P> ? P : never;

/** Copies the defined entries of an object (the schema has no nulls; absent means unknown). */
function defined(o: Record<string, unknown>): Record<string, unknown> {
  const r: Record<string, unknown> = {};
  for (const k in o) if (o[k] !== undefined) r[k] = o[k];
  return r;
}

/** Lays a plan out as facts: relative offsets become ISO dates, absent parts stay absent. */
export function layOut(p: Plan): { facts: Facts; peildatum: string; traced: boolean } {
  const a = p.anchor;
  const at = (o: number | undefined): string | undefined => (o === undefined ? undefined : isoDay(a + o));
  // Dates in records drawn from `off` are relative; map every known date field of a record.
  const dates = (o: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> => {
    const r: Record<string, unknown> = { ...o };
    for (const f of fields) if (typeof r[f] === 'number') r[f] = at(r[f] as number);
    return defined(r);
  };
  const f: Record<string, unknown> = {};
  const person = defined({
    birthDate: p.ageAtAnchor === undefined ? undefined : isoDay(a - p.ageAtAnchor),
    nationalities: p.nationalities,
    naturalisedOn: at(p.naturalised),
    diedOn: at(p.died),
  });
  if (Object.keys(person).length > 0 || p.nationalities) f.person = person;
  if (p.permits) {
    f.residence = p.permits.map((x) => {
      const g = x.granted;
      return defined({
        kind: x.kind,
        purpose: x.purpose,
        sponsor: x.sponsor,
        grantedOn: at(g),
        effectiveFrom: g === undefined || x.effective === undefined ? undefined : at(g + x.effective),
        endedOn: x.ended === undefined ? undefined : at((g ?? 0) + x.ended),
        endReason: x.endReason,
      });
    });
  }
  if (p.brp) {
    f.brp = p.brp.map((b) =>
      defined({
        gemeente: b.gemeente,
        from: at(b.from),
        to: b.length === undefined ? undefined : at(b.from + b.length),
        housing: b.housing,
      }),
    );
  }
  const r = p.route;
  if (r) {
    if (r.duoNotice !== undefined) f.duoNoticeOn = at(r.duoNotice);
    if (r.thirdParty) f.thirdPartyInfo = dates(r.thirdParty, ['requestedOn', 'receivedOn']);
    if (r.pips) f.pips = r.pips.map((x) => dates(x, ['dagtekening']));
    if (r.exams) f.exams = r.exams.map((x) => dates(x, ['date']));
    if (r.decisions) f.decisions = r.decisions.map((x) => dates(x, ['date', 'until']));
    if (r.intake) {
      const i = defined({ ...r.intake, completedOn: at(r.intake.completedOn) });
      if (r.intake.summons) i.summons = r.intake.summons.map((s) => dates(s, ['date', 'deadline']));
      f.intake = i;
    }
    if (r.hours) f.hours = defined(r.hours);
    if (r.taalschakel) f.taalschakeltraject = dates(r.taalschakel, ['startedOn', 'completedOn', 'leftOn']);
    if (r.pvt) f.pvt = dates(r.pvt, ['completedOn']);
    if (r.map) f.map = dates(r.map, ['completedOn', 'eindgesprekOn']);
    if (r.zroute) f.zroute = dates(r.zroute, ['eindgesprekOn']);
    if (r.fines)
      f.fines = r.fines.map((x) => dates(x, ['date', 'establishedOn', 'irrevocableOn', 'newTermLastDay']));
    if (r.offences) f.offences = r.offences.map((x) => dates(x, ['establishedOn']));
    if (r.bijstand) {
      const b = dates(r.bijstand, ['from', 'to']);
      if (r.bijstand.reductions) b.reductions = r.bijstand.reductions.map((x) => dates(x, ['date']));
      f.bijstand = b;
    }
    if (r.loans) f.loans = r.loans.map((x) => dates(x, ['grantedOn']));
    if (r.oldLoanOutstanding !== undefined) f.oldLoanOutstanding = r.oldLoanOutstanding;
    if (r.gaps)
      f.gaps = r.gaps.map((g) => ({ from: at(g.from), to: at(g.from + g.length), reason: g.reason }));
    if (r.schooling) {
      const s = dates(r.schooling, ['startkwalificatieOn']);
      if (r.schooling.nietVrijstellendeOpleiding)
        s.nietVrijstellendeOpleiding = dates(r.schooling.nietVrijstellendeOpleiding, ['from', 'to']);
      f.schooling = s;
    }
    if (r.integrationEvidence) f.integrationEvidence = defined(r.integrationEvidence);
    if (r.medical) f.medicalStatement = dates(r.medical, ['date']);
  }
  const o = p.other;
  if (o) {
    if (o.religiousMinister !== undefined) f.religiousMinister = o.religiousMinister;
    if (o.integratedElsewhereInEU !== undefined) f.integratedElsewhereInEU = o.integratedElsewhereInEU;
    if (o.treatyExemption !== undefined) f.treatyExemption = o.treatyExemption;
    if (o.wi2013) {
      const w = defined({ ...o.wi2013, literacyCourseFrom: at(o.wi2013.literacyCourseFrom) });
      if (o.wi2013.diploma) w.diploma = dates(o.wi2013.diploma, ['on']);
      if (o.wi2013.courseHours) w.courseHours = defined(o.wi2013.courseHours);
      if (o.wi2013.learnabilityTest) w.learnabilityTest = dates(o.wi2013.learnabilityTest, ['date']);
      if (o.wi2013.decisions) w.decisions = o.wi2013.decisions.map((x) => dates(x, ['date', 'until']));
      if (o.wi2013.fines)
        w.fines = o.wi2013.fines.map((x) => dates(x, ['date', 'irrevocableOn', 'newTermLastDay']));
      f.wi2013 = w;
    }
    if (o.mvv) f.mvvApplication = dates(o.mvv, ['appliedOn']);
    if (o.basisexamen) f.basisexamen = o.basisexamen.map((x) => dates(x, ['date']));
    if (o.taaleis) {
      const t = dates(o.taaleis, ['documentShownOn', 'noticeOn', 'willingnessDeclaredOn']);
      if (o.taaleis.tests) t.tests = o.taaleis.tests.map((x) => dates(x, ['date']));
      f.taaleis = t;
    }
    if (o.remigration) {
      const m = dates(o.remigration, ['appliedOn', 'settledInNLOn', 'residenceSince', 'benefitSince']);
      if (o.remigration.partner) m.partner = defined(o.remigration.partner);
      f.remigration = m;
    }
    if (o.naturalisation)
      f.naturalisationRequest = dates(o.naturalisation, [
        'requestedOn',
        'admissionAndResidenceSince',
        'marriedToDutchSince',
        'unmarriedDutchPartnerSince',
        'naturalisatietoetsPassedOn',
      ]);
    if (o.permanent) f.permanentResidenceRequest = dates(o.permanent, ['requestedOn']);
  }
  const mode = p.peil[0];
  const v = p.peil[1];
  const pd = mode === 'abs' ? v : Math.min(PEIL_LAST, Math.max(PEIL_FIRST, a + v));
  return { facts: f as Facts, peildatum: isoDay(pd), traced: p.traced };
}

/** One generated history: facts, a peildatum in 2013-01-01..2040-12-31, and whether to trace. */
export const historyArb: fc.Arbitrary<{ facts: Facts; peildatum: string; traced: boolean }> =
  planArb.map(layOut);
