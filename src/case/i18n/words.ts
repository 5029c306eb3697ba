/**
 * The values a refusal names, in words: a field of an event or command (`completedOn`: "de datum van afronding"),
 * a plicht status, a leerroute, a regime, an expected kind of value. The code and field stay in the problem's
 * structured members (`code`, `pointer`); the text a klantmanager reads carries no field names or status codes.
 */
import type { ErrorParams } from '../errors.ts';
import type { Lang } from './index.ts';

type Words = Readonly<Record<string, string>>;

/** Fields of events, commands and metadata a refusal can name (unlisted ones: "een gegeven" / "a value"). */
const FIELDS: Readonly<Record<Lang, Words>> = {
  nl: {
    occurredOn: 'de datum waarop het gebeurde',
    openedOn: 'de datum van opening van het dossier',
    completedOn: 'de datum van afronding',
    grantedOn: 'de datum van verlening',
    decidedOn: 'de datum van het besluit',
    endedOn: 'de einddatum',
    endOn: 'de einddatum',
    startOn: 'de begindatum',
    establishedOn: 'de datum van vaststelling',
    effectiveFrom: 'de ingangsdatum',
    eindgesprekOn: 'de datum van het eindgesprek',
    startkwalificatieOn: 'de datum van de startkwalificatie',
    newTermLastDay: 'de nieuwe laatste dag van de termijn',
    on: 'de datum',
    date: 'de datum',
    from: 'de datum vanaf',
    to: 'de datum tot',
    until: 'de datum tot en met',
    dagtekening: 'de dagtekening',
    summonsDate: 'de datum van de oproep',
    deadline: 'de uiterste datum',
    birthDate: 'de geboortedatum',
    gemeente: 'de gemeente',
    fromGemeente: 'de vorige gemeente',
    toGemeente: 'de nieuwe gemeente',
    reason: 'de reden',
    amount: 'het bedrag',
    article: 'het artikel',
    hours: 'het aantal uren',
    months: 'de duur (maanden of dagen)',
    days: 'het aantal dagen',
    leerroute: 'de leerroute',
    level: 'het niveau',
    skills: 'de vaardigheden',
    kind: 'het soort',
    status: 'de status',
    result: 'de uitslag',
    permitId: 'het kenmerk van de verblijfsvergunning',
    fineId: 'het kenmerk van de boete',
    loanId: 'het kenmerk van de lening',
    name: 'de naam',
    naam: 'de naam',
    email: 'het e-mailadres',
    telefoonnummer: 'het telefoonnummer',
    individualAssessment: 'de individuele beoordeling',
    bijzonderGeval: 'het bijzonder geval',
    data: 'de gegevens',
    facts: 'de feiten',
    'metadata.commandId': 'het kenmerk van de opdracht',
    'metadata.recordedAt': 'het tijdstip van vastleggen',
    'metadata.gemeente': 'de gemeente van de opdracht',
    caseId: 'het kenmerk van het dossier',
    expectedVersion: 'de verwachte versie',
    peildatum: 'de peildatum',
    after: 'het vertrekpunt',
    nationalities: 'de nationaliteiten',
    purpose: 'het verblijfsdoel',
    sponsor: 'de referent',
    endReason: 'de reden van beëindiging',
    housing: 'de huisvesting',
    reception: 'de opvang',
    leerplichtYearsNL: 'het aantal leerplichtige jaren in Nederland',
    exemptingDiploma: 'het diploma dat vrijstelling geeft',
    followingExemptingEducation: 'het volgen van een opleiding die vrijstelling geeft',
    nietVrijstellendeOpleiding: 'de niet-vrijstellende opleiding',
    brpYearsUninterrupted: 'het aantal jaren onafgebroken ingeschreven',
    workOrVolunteerYears: 'het aantal jaren werk of vrijwilligerswerk',
    b1SpeakingListeningShownInInterview: 'spreken en luisteren op B1 in het gesprek',
    unableComponents: 'de onderdelen die niet haalbaar zijn',
    adaptedExamsAdvised: 'het advies voor aangepaste examens',
    religiousMinister: 'het geestelijk bedienaar zijn',
    integratedElsewhereInEU: 'het elders in de EU ingeburgerd zijn',
    treatyExemption: 'de vrijstelling op grond van een verdrag',
    oldLoanOutstanding: 'de openstaande oude lening',
    summons: 'het aantal oproepen',
    cooperated: 'de medewerking',
    inAbsence: 'het afronden zonder de persoon',
    attainableLevel: 'het haalbare niveau',
    leerbaarheidstoetsOntheffing: 'de leerbaarheidstoets voor ontheffing',
    wantsFurtherEducation: 'de wens om een opleiding te volgen',
    record: 'het verslag',
    intensities: 'de intensiteit per onderdeel',
    progressMeetings: 'het aantal voortgangsgesprekken',
    ground: 'de grond',
    provider: 'de aanbieder',
    nt2: 'de uren Nederlands als tweede taal',
    nt2DuringIntake: 'de uren Nederlands tijdens de brede intake',
    knm: 'de uren kennis van de Nederlandse maatschappij',
    zrouteCourse: 'de uren van de Z-route',
    participation: 'de uren participatie',
    absenceAuthorised: 'de uren geoorloofd afwezig',
    absenceUnauthorised: 'de uren ongeoorloofd afwezig',
    allLessonsAttended: 'het bijwonen van alle lessen',
    sufficientEffort: 'de voldoende inzet',
    workId: 'het kenmerk van het werk',
    employer: 'de werkgever',
    hoursPerWeek: 'het aantal uren per week',
    startbaan: 'de startbaan',
    combinedWithLeerroute: 'het combineren met de leerroute',
    component: 'het examenonderdeel',
    granted: 'het besluit (toegekend of niet)',
    components: 'de onderdelen',
    scope: 'de reikwijdte',
    culpability: 'de verwijtbaarheid',
    monthlyAmount: 'het maandbedrag',
    conduct: 'de gedraging',
    register: 'het register',
    value: 'de waarde',
    gebeurtenisId: 'het kenmerk van de gebeurtenis bij DUO',
    messageId: 'het kenmerk van het bericht',
    body: 'de inhoud van het bericht',
    forEventId: 'de gebeurtenis waar het bericht bij hoort',
    instelling: 'de instelling',
    reasons: 'de redenen',
    alfabetisering: 'de alfabetisering',
    person: 'de persoonsgegevens',
    residence: 'de verblijfsvergunning',
    brp: 'de inschrijving in de BRP',
    duoNoticeOn: 'de datum van de brief van DUO',
    intake: 'de brede intake',
    pips: 'het PIP',
    exams: 'de examens',
    fines: 'de boetes',
    offences: 'de overtredingen',
    loans: 'de leningen',
    bijstand: 'de bijstandsuitkering',
    decisions: 'de besluiten',
  },
  en: {
    occurredOn: 'the date it happened',
    openedOn: 'the date the case file was opened',
    completedOn: 'the date of completion',
    grantedOn: 'the date of grant',
    decidedOn: 'the date of the decision',
    endedOn: 'the end date',
    endOn: 'the end date',
    startOn: 'the start date',
    establishedOn: 'the date it was established',
    effectiveFrom: 'the date it takes effect',
    eindgesprekOn: 'the date of the final interview',
    startkwalificatieOn: 'the date of the startkwalificatie',
    newTermLastDay: 'the new last day of the term',
    on: 'the date',
    date: 'the date',
    from: 'the start date',
    to: 'the end date',
    until: 'the last date',
    dagtekening: 'the date of issue',
    summonsDate: 'the date of the summons',
    deadline: 'the deadline',
    birthDate: 'the date of birth',
    gemeente: 'the gemeente',
    fromGemeente: 'the previous gemeente',
    toGemeente: 'the new gemeente',
    reason: 'the reason',
    amount: 'the amount',
    article: 'the article',
    hours: 'the number of hours',
    months: 'the duration (months or days)',
    days: 'the number of days',
    leerroute: 'the leerroute',
    level: 'the level',
    skills: 'the skills',
    kind: 'the kind',
    status: 'the status',
    result: 'the result',
    permitId: 'the residence permit reference',
    fineId: 'the fine reference',
    loanId: 'the loan reference',
    name: 'the name',
    naam: 'the name',
    email: 'the e-mail address',
    telefoonnummer: 'the telephone number',
    individualAssessment: 'the individual assessment',
    bijzonderGeval: 'the special case',
    data: 'the data',
    facts: 'the facts',
    'metadata.commandId': 'the command reference',
    'metadata.recordedAt': 'the time of recording',
    'metadata.gemeente': "the command's gemeente",
    caseId: 'the case file reference',
    expectedVersion: 'the expected version',
    peildatum: 'the reference date',
    after: 'the starting point',
    nationalities: 'the nationalities',
    purpose: 'the purpose of residence',
    sponsor: 'the sponsor',
    endReason: 'the reason it ended',
    housing: 'the housing',
    reception: 'the reception',
    leerplichtYearsNL: 'the years of compulsory schooling in the Netherlands',
    exemptingDiploma: 'the diploma that exempts',
    followingExemptingEducation: 'following education that exempts',
    nietVrijstellendeOpleiding: 'the niet-vrijstellende opleiding',
    brpYearsUninterrupted: 'the years registered without a break',
    workOrVolunteerYears: 'the years of work or volunteering',
    b1SpeakingListeningShownInInterview: 'speaking and listening at B1 shown in the interview',
    unableComponents: 'the components that are not attainable',
    adaptedExamsAdvised: 'the advice for adapted exams',
    religiousMinister: 'being a religious minister',
    integratedElsewhereInEU: 'having integrated elsewhere in the EU',
    treatyExemption: 'the exemption under a treaty',
    oldLoanOutstanding: 'the old loan still outstanding',
    summons: 'the number of summonses',
    cooperated: 'the cooperation',
    inAbsence: 'completing without the person',
    attainableLevel: 'the attainable level',
    leerbaarheidstoetsOntheffing: 'the learnability test for a release',
    wantsFurtherEducation: 'the wish to follow further education',
    record: 'the report',
    intensities: 'the intensity per component',
    progressMeetings: 'the number of progress meetings',
    ground: 'the ground',
    provider: 'the provider',
    nt2: 'the hours of Dutch as a second language',
    nt2DuringIntake: 'the hours of Dutch during the brede intake',
    knm: 'the hours of knowledge of Dutch society',
    zrouteCourse: 'the hours of the Z route',
    participation: 'the hours of participation',
    absenceAuthorised: 'the hours of authorised absence',
    absenceUnauthorised: 'the hours of unauthorised absence',
    allLessonsAttended: 'attending all lessons',
    sufficientEffort: 'sufficient effort',
    workId: 'the work reference',
    employer: 'the employer',
    hoursPerWeek: 'the hours per week',
    startbaan: 'the starter job',
    combinedWithLeerroute: 'combining with the leerroute',
    component: 'the exam component',
    granted: 'the decision (granted or not)',
    components: 'the components',
    scope: 'the scope',
    culpability: 'the culpability',
    monthlyAmount: 'the monthly amount',
    conduct: 'the conduct',
    register: 'the register',
    value: 'the value',
    gebeurtenisId: "DUO's event reference",
    messageId: 'the message reference',
    body: 'the content of the message',
    forEventId: 'the event the message belongs to',
    instelling: 'the institution',
    reasons: 'the reasons',
    alfabetisering: 'the literacy course (alfabetisering)',
    person: 'the personal details',
    residence: 'the residence permit',
    brp: 'the BRP registration',
    duoNoticeOn: "the date of DUO's letter",
    intake: 'the brede intake',
    pips: 'the PIP',
    exams: 'the exams',
    fines: 'the fines',
    offences: 'the offences',
    loans: 'the loans',
    bijstand: 'the bijstand benefit',
    decisions: 'the decisions',
  },
};

/** A field not listed above, and a fact the dedicated events govern (`facts.intake`). */
const OTHER_FIELD: Readonly<Record<Lang, string>> = { nl: 'een gegeven', en: 'a value' };
const GOVERNED_FACT: Readonly<Record<Lang, string>> = {
  nl: 'een gegeven dat alleen via een eigen gebeurtenis wordt vastgelegd',
  en: 'a value that only its own event records',
};

/** The plicht status as a clause after "Nu:" / "Now:"; null (no duty at all) as `none`. */
const STATUS: Readonly<Record<Lang, Words>> = {
  nl: {
    obliged: 'de persoon is inburgeringsplichtig',
    not_obliged: 'de persoon is niet inburgeringsplichtig',
    not_yet: 'de inburgeringsplicht is nog niet begonnen',
    vrijgesteld: 'de persoon is vrijgesteld',
    ontheven: 'de persoon is ontheven',
    fulfilled: 'de persoon heeft de inburgeringsplicht al vervuld',
    ended: 'de inburgeringsplicht is beëindigd',
    out_of_scope: 'de persoon valt niet onder de wet',
    unknown: 'het dossier mist nog gegevens om de plicht vast te stellen',
    possible: 'een boete is mogelijk, maar nog niet aan de orde',
    none: 'er is geen inburgeringsplicht',
  },
  en: {
    obliged: 'the person has an inburgeringsplicht',
    not_obliged: 'the person has no inburgeringsplicht',
    not_yet: 'the inburgeringsplicht has not started yet',
    vrijgesteld: 'the person is exempt (vrijgesteld)',
    ontheven: 'the person is released (ontheven)',
    fulfilled: 'the person has already fulfilled the inburgeringsplicht',
    ended: 'the inburgeringsplicht has ended',
    out_of_scope: 'the person does not fall under the law',
    unknown: 'the case file lacks the facts to establish the duty',
    possible: 'a fine is possible but not at issue yet',
    none: 'there is no inburgeringsplicht',
  },
};

const LEERROUTE: Readonly<Record<Lang, Words>> = {
  nl: { B1: 'de B1-route', onderwijs: 'de onderwijsroute', Z: 'de zelfredzaamheidsroute (Z-route)' },
  en: { B1: 'the B1 route', onderwijs: 'the onderwijsroute', Z: 'the zelfredzaamheidsroute (Z route)' },
};
const NO_ROUTE: Readonly<Record<Lang, string>> = { nl: 'nog geen leerroute', en: 'no leerroute yet' };

const REGIME: Readonly<Record<Lang, Words>> = {
  nl: {
    wi2007: 'de Wet inburgering (2007)',
    wi2013: 'de Wet inburgering 2013',
    wi2021: 'de Wet inburgering 2021',
  },
  en: {
    wi2007: 'the Wet inburgering (2007)',
    wi2013: 'the Wet inburgering 2013',
    wi2021: 'the Wet inburgering 2021',
  },
};

/** The kind of value a field expects (event-check.ts); an enumeration ("a|b") is "one of the listed values". */
const EXPECTED: Readonly<Record<Lang, Words>> = {
  nl: {
    uuid: 'een kenmerk (UUID)',
    instant: 'een tijdstip',
    text: 'een tekst',
    name: 'een naam',
    int: 'een heel getal van nul of meer',
    num: 'een getal van nul of meer',
    bool: 'ja of nee',
    strings: 'een lijst met teksten',
    list: 'een lijst',
    object: 'een groep gegevens',
    duration: 'een aantal maanden of dagen',
    words: 'een van de toegestane waarden',
  },
  en: {
    uuid: 'a reference (UUID)',
    instant: 'a point in time',
    text: 'a text',
    name: 'a name',
    int: 'a whole number of zero or more',
    num: 'a number of zero or more',
    bool: 'yes or no',
    strings: 'a list of texts',
    list: 'a list',
    object: 'a group of values',
    duration: 'a number of months or days',
    words: 'one of the allowed values',
  },
};
const ANY: Readonly<Record<Lang, string>> = { nl: 'een geldige waarde', en: 'a valid value' };
const YES_NO: Readonly<Record<Lang, readonly [string, string]>> = { nl: ['ja', 'nee'], en: ['yes', 'no'] };

/** A field name ('completedOn', 'metadata.gemeente', 'facts.intake') in words. */
export function fieldWords(field: unknown, lang: Lang): string {
  if (typeof field !== 'string') return OTHER_FIELD[lang];
  if (field.startsWith('facts.')) return GOVERNED_FACT[lang];
  return FIELDS[lang][field] ?? OTHER_FIELD[lang];
}

/**
 * A fact the law still needs (`hours.nt2`, `residence[0].grantedOn`) in words: its most specific part that has
 * words ("de uren Nederlands als tweede taal"), else "een gegeven".
 */
export function needWords(path: string, lang: Lang): string {
  const parts = path.split(/[.[\]]+/).filter((x) => x !== '' && !/^\d+$/.test(x));
  for (let i = parts.length - 1; i >= 0; i--) {
    const w = FIELDS[lang][parts[i] as string];
    if (w !== undefined) return w;
  }
  return OTHER_FIELD[lang];
}

/** Whether `field` has its own words (tests: every field a refusal names should). */
export function hasFieldWords(field: string): boolean {
  return FIELDS.nl[field] !== undefined && FIELDS.en[field] !== undefined;
}

/** The parameters of a refusal with every code in words; dates stay ISO here and are written out by the formatter. */
export function plainParams(params: ErrorParams, lang: Lang): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'boolean') out[k] = YES_NO[lang][v ? 0 : 1];
    else out[k] = v;
  }
  if (Array.isArray(params.needs))
    out.needs = [...new Set((params.needs as readonly string[]).map((n) => needWords(n, lang)))];
  if ('field' in params) out.field = fieldWords(params.field, lang);
  if ('after' in params) out.after = fieldWords(params.after, lang);
  if ('status' in params) {
    const s = params.status;
    out.status = STATUS[lang][typeof s === 'string' ? s : 'none'] ?? STATUS[lang].none;
  }
  if ('leerroute' in params) {
    const r = params.leerroute;
    out.leerroute = typeof r === 'string' ? (LEERROUTE[lang][r] ?? r) : NO_ROUTE[lang];
  }
  if ('regime' in params) {
    const r = params.regime;
    out.regime = typeof r === 'string' ? (REGIME[lang][r] ?? r) : null;
  }
  if ('expected' in params) {
    const e = params.expected;
    out.expected =
      typeof e !== 'string'
        ? ANY[lang]
        : e.includes('|')
          ? EXPECTED[lang].words
          : (EXPECTED[lang][e] ?? ANY[lang]);
  }
  return out;
}
