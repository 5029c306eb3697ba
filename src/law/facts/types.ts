/**
 * The facts the law is applied to: what we know about one person. Every field is optional: a missing field is
 * an unknown fact, and the engine either answers without it or names it among the facts still needed.
 * An explicit `false` or an empty list is a known fact. Dates are ISO calendar dates (`YYYY-MM-DD`).
 *
 * The JSON Schema of this format is `facts.schema.json` beside this file; `examples/` holds example files.
 * Field names are English except the law's own terms (leerroute, PIP, vrijstelling, ontheffing, ...).
 */

export type ISODate = string;

/** CEFR levels used by the exams. */
export type Level = 'A0' | 'A1-' | 'A1' | 'A2' | 'B1' | 'B2' | 'C1';

/** The four language skills of the inburgeringsexamen (Bi2021 art. 3.3). */
export type Skill = 'lezen' | 'luisteren' | 'schrijven' | 'spreken';
export const SKILLS: readonly Skill[] = ['lezen', 'luisteren', 'schrijven', 'spreken'];

/** Exam components: the four skills, KNM, and (Wi2013) ONA. */
export type ExamComponent = Skill | 'knm' | 'ona';

/** Leerroute (Wi2021 art. 7-9). */
export type Leerroute = 'B1' | 'onderwijs' | 'Z';

/**
 * Kind of lawful residence, by the article of the Vreemdelingenwet 2000 (BWBR0011823) it rests on.
 * - regulier_bepaalde_tijd: Vw art. 8 a, 14
 * - asiel_bepaalde_tijd: Vw art. 8 c, 28
 * - regulier_onbepaalde_tijd: Vw art. 8 b, 20
 * - asiel_onbepaalde_tijd: Vw art. 8 d, 33
 * - eu_langdurig_ingezetene: Vw art. 45a ff. (with `internationalProtection` for the art. 45c annotation)
 * - eu_verblijfsrecht: Vw art. 8 e (free movement under EU law)
 * - procedureel: Vw art. 8 f, g, h (awaiting a decision on an application, objection or appeal)
 * - tijdelijke_bescherming: temporary protection (Richtlijn 2001/55/EG, Ukrainians), not Vw 8 a/c
 */
export type ResidenceKind =
  | 'regulier_bepaalde_tijd'
  | 'asiel_bepaalde_tijd'
  | 'regulier_onbepaalde_tijd'
  | 'asiel_onbepaalde_tijd'
  | 'eu_langdurig_ingezetene'
  | 'eu_verblijfsrecht'
  | 'procedureel'
  | 'tijdelijke_bescherming';

/**
 * The beperking (purpose) of a regulier permit. The temporary ones are listed in Bi2021 art. 2.2 lid 1 (and
 * Bi2013 art. 2.1); `tijdelijk_overig` is a restriction made temporary by Vb art. 3.5 lid 4 (Bi2021 art. 2.2 lid 2).
 */
export type ResidencePurpose =
  // non-temporary
  | 'gezin_partner'
  | 'gezin_kind'
  | 'gezin_overig'
  | 'geestelijk_bedienaar'
  | 'humanitair_niet_tijdelijk'
  | 'overig_niet_tijdelijk'
  // temporary (Bi2021 art. 2.2 lid 1 a-q)
  | 'gezin_bij_tijdelijk_verblijvende'
  | 'zelfstandige'
  | 'kennismigrant'
  | 'europese_blauwe_kaart'
  | 'seizoenarbeid'
  | 'overplaatsing_binnen_onderneming'
  | 'arbeid_in_loondienst'
  | 'grensoverschrijdende_dienstverlening'
  | 'onderzoek'
  | 'lerend_werken'
  | 'militair_burgerpersoneel'
  | 'studie'
  | 'zoekjaar'
  | 'uitwisseling'
  | 'medische_behandeling'
  | 'tijdelijk_humanitair'
  | 'afwachten_rwn_17'
  | 'vermogende_vreemdeling'
  | 'tijdelijk_overig';

/** Whom a family member joins (relevant for Wi2021 art. 3 lid 2 b and art. 13 lid 1 b). */
export type SponsorKind =
  | 'eu_eea_ch_burger' // a national of an EU/EEA state or Switzerland, with free-movement rights
  | 'nederlander' // a Dutch national who has not used free movement
  | 'nederlander_vrij_verkeer' // a Dutch national returning after using free movement (Directive 2004/38 by analogy)
  | 'asiel_bepaalde_tijd'
  | 'asiel_onbepaalde_tijd'
  | 'eu_langdurig_ingezetene_internationale_bescherming'
  | 'tijdelijk_verblijvende'
  | 'overig';

export interface Residence {
  readonly kind: ResidenceKind;
  /** For regulier permits: the beperking. */
  readonly purpose?: ResidencePurpose;
  /** For family permits: whom the person joins. */
  readonly sponsor?: SponsorKind;
  /** Date of the decision granting the right (bekendmaking): residence is obtained on this day at the earliest. */
  readonly grantedOn?: ISODate;
  /** Ingangsdatum: the date the permit takes effect (may lie before `grantedOn`; the duty is never retroactive). */
  readonly effectiveFrom?: ISODate;
  /** Last day of lawful residence on this permit, if it ended. */
  readonly endedOn?: ISODate;
  /** Why it ended; 'verlenging_afgewezen' and 'ingetrokken' bar the art. 25 fine (Wi2021 art. 25 lid 3). */
  readonly endReason?:
    | 'verlopen'
    | 'verlenging_afgewezen'
    | 'ingetrokken'
    | 'omgezet'
    | 'vertrek'
    | 'naturalisatie';
}

export interface Registration {
  /** CBS gemeentecode, e.g. '0363' (Amsterdam). */
  readonly gemeente: string;
  readonly from: ISODate;
  readonly to?: ISODate;
  /** The gemeente where an asylum permit holder is housed under Huisvestingswet 2014 art. 28. */
  readonly housing?: boolean;
}

export interface Schooling {
  /** Years the person was leerplichtig or kwalificatieplichtig in the Netherlands (Wi2021 art. 4 lid 1 a). */
  readonly leerplichtYearsNL?: number;
  /** Holds a diploma designated in the Regeling (Wi2021 art. 4 lid 1 b). */
  readonly exemptingDiploma?: boolean;
  /** Date a startkwalificatie was obtained, which ends the kwalificatieplicht before 18 (Leerplichtwet art. 4a). */
  readonly startkwalificatieOn?: ISODate;
  /** Follows a course leading to a designated diploma (Wi2021 art. 4 lid 1 d). */
  readonly followingExemptingEducation?: boolean;
  /** Follows or followed a designated niet-vrijstellende opleiding (Bi2021 art. 4.3 lid 2): start and end. */
  readonly nietVrijstellendeOpleiding?: {
    readonly from: ISODate;
    readonly to?: ISODate;
    /** Ri2021 art. 4.2 lid 1: a praktijkonderwijs, b vso (arbeidsmarkt/dagbesteding), c entreeopleiding. */
    readonly kind?: 'praktijkonderwijs' | 'vso' | 'entree';
    /** For an entreeopleiding: the praktijkonderwijs or vso course followed before it (Ri2021 art. 4.2 lid 5). */
    readonly precededBy?: {
      readonly from: ISODate;
      readonly to: ISODate;
      readonly kind?: 'praktijkonderwijs' | 'vso';
    };
  };
}

/** Evidence for vrijstelling 'voldoende ingeburgerd' (Wi2021 art. 4 lid 1 e; Bi2021 art. 2.3). */
export interface IntegrationEvidence {
  readonly brpYearsUninterrupted?: number;
  readonly workOrVolunteerYears?: number;
  readonly b1SpeakingListeningShownInInterview?: boolean;
}

/** An independent doctor's deskundigenverklaring (Bi2021 art. 2.7). */
export interface MedicalStatement {
  readonly date: ISODate;
  /** Components the person can reasonably not complete within five years of the application. */
  /** The statement advises adapted exam conditions (Bi2021 art. 2.7 lid 4): the fee is refunded (Ri2021 art. 2.7 lid 2). */
  readonly adaptedExamsAdvised?: boolean;
  readonly unableComponents: readonly (
    | 'lezen'
    | 'luisteren'
    | 'schrijven'
    | 'spreken'
    | 'knm'
    | 'participatie'
    | 'geheel'
  )[];
}

export type Decision =
  | {
      readonly type: 'vrijstelling';
      readonly date: ISODate;
      readonly ground: '4.1.a' | '4.1.b' | '4.1.c' | '4.1.d' | '4.1.e' | '7.3';
      /** For a partial vrijstelling (art. 7 lid 3): the components exempted. */
      readonly components?: readonly ExamComponent[];
      /** For 4.1.c/d: the vrijstelling ends on this day (e.g. the kwalificatieplicht ends). */
      readonly until?: ISODate;
    }
  | {
      readonly type: 'ontheffing';
      readonly date: ISODate;
      readonly ground: 'medisch' | 'bijzondere_omstandigheden';
      readonly scope: 'geheel' | 'gedeeltelijk';
      /** For a partial ontheffing: the components released (Bi2021 art. 2.7 lid 3). */
      readonly components?: readonly (
        | 'lezen'
        | 'luisteren'
        | 'schrijven'
        | 'spreken'
        | 'knm'
        | 'participatie'
      )[];
    }
  | {
      readonly type: 'verlenging';
      readonly date: ISODate;
      readonly ground:
        | 'geen_verwijt'
        | 'niet_vrijstellende_opleiding'
        | 'aanzienlijke_inspanningen'
        | 'ambtshalve';
      /** Duration stated in the decision (Bi2021 art. 4.5 lid 4); 'aanzienlijke_inspanningen' is always 6 months. */
      readonly months?: number;
      readonly days?: number;
      /** Ground geen_verwijt: the circumstance of Ri2021 art. 4.1 lid 1 a-j. */
      readonly circumstance?: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j';
      /** First and last day of the circumstance (or the delay) the extension is for. */
      readonly period?: { readonly from: ISODate; readonly to: ISODate };
    }
  | {
      readonly type: 'routewijziging';
      readonly date: ISODate;
      readonly to: Leerroute;
      readonly ground?: 'voortgang' | 'niet_vrijstellende_opleiding' | 'bijzonder_geval';
    }
  | {
      readonly type: 'afschalen';
      readonly date: ISODate;
      /** Skills to be examined at A2 (Wi2021 art. 17 lid 3). */
      readonly skills: readonly Skill[];
    };

export interface Pip {
  /** Dagtekening: the date of the PIP decision. */
  readonly dagtekening: ISODate;
  readonly gemeente?: string;
  readonly leerroute?: Leerroute;
  /** Why this PIP was adopted: the first, an amendment, a re-adoption, or after a move (Bi2021 art. 5.3 lid 3). */
  readonly kind?: 'eerste' | 'gewijzigd' | 'opnieuw' | 'na_verhuizing';
  /** The number of progress meetings (Bi2021 art. 5.3 lid 4). */
  readonly progressMeetings?: number;
}

export interface ExamResult {
  readonly component: ExamComponent;
  readonly level?: Level;
  readonly result: 'passed' | 'failed';
  readonly date: ISODate;
  /** Staatsexamen NT2 programma I/II results count towards the B1 skills (Bi2021 art. 3.5). */
  readonly kind?: 'inburgeringsexamen' | 'staatsexamen_nt2' | 'onderwijsroute';
}

export interface IntakeSummons {
  readonly date: ISODate;
  readonly deadline: ISODate;
  readonly outcome?: 'verschenen' | 'niet_verschenen' | 'onvoldoende_medewerking';
}

export interface Intake {
  readonly summons?: readonly IntakeSummons[];
  readonly completedOn?: ISODate;
  readonly completedInAbsence?: boolean;
  /** Ontheffing of the leerbaarheidstoets for a visual or auditory impairment (Wi2021 art. 14 lid 6). */
  readonly leerbaarheidstoetsOntheffing?: 'visueel' | 'auditief';
  /** Wants vocational or higher education (Wi2021 art. 8 lid 1). */
  readonly wantsFurtherEducation?: boolean;
}

export interface Hours {
  /** NT2 course hours (literacy included) at a keurmerk/certified institution or the onderwijsroute institution. */
  readonly nt2?: number;
  /** NT2 hours followed during the brede intake (Bi2021 art. 5.5 lid 2). */
  readonly nt2DuringIntake?: number;
  readonly knm?: number;
  /** Attended all language and KNM lessons except authorised absence (Bi2021 art. 4.4 lid 2 b). */
  readonly allLessonsAttended?: boolean;
  /** The college's judgement that the person made sufficient effort during the lessons (Bi2021 art. 5.5 lid 1). */
  readonly sufficientEffort?: boolean;
  /** Z-route: hours of self-reliance, activation and participation activities (Bi2021 art. 3.14 lid 2 b). */
  readonly participation?: number;
  /** Z-route: course hours (NT2 incl. literacy and KNM; Bi2021 art. 3.14 lid 2 a). */
  readonly zrouteCourse?: number;
  /**
   * Z-route: the lower course-hour norm the college set for a person with a hearing or sight impairment who follows a
   * revalidatietraject for it (Ri2021 art. 3.16 lid 2; no number in the Regeling: the college's decision).
   */
  readonly zrouteCourseNorm?: number;
}

export interface ComponentProgress {
  readonly completedOn?: ISODate;
  readonly hours?: number;
}

export interface Fine {
  readonly article: '22' | '23' | '24' | '25';
  /** Date the fine decision was made known (bekendgemaakt). */
  readonly date: ISODate;
  readonly amount: number;
  /** Day the offence was established (constatering), for the 12-month recidivism window (Bi2021 art. 7.1 lid 3). */
  readonly establishedOn?: ISODate;
  /** Day the fine became irrevocable (onherroepelijk). */
  readonly irrevocableOn?: ISODate;
  /** For art. 22/24/25 fines: the new term set in the decision, its last day. */
  readonly newTermLastDay?: ISODate;
}

/** An art. 23 offence (not cooperating with the PIP) that the college is about to fine. */
export interface Offence {
  readonly article: '23';
  readonly establishedOn: ISODate;
  readonly culpability: 'opzet' | 'grove_schuld' | 'geen' | 'verminderd';
}

export interface Bijstand {
  /** Day the right to bijstand arose (Pw art. 56a counts 6 months from it). */
  readonly from?: ISODate;
  readonly to?: ISODate;
  /** Reductions of bijstand under Pw art. 18 or 18b for conduct that is also an inburgering offence (Wi2021 art. 27). */
  readonly reductions?: readonly {
    readonly article: '18' | '18b';
    readonly date: ISODate;
    readonly conduct: '22' | '23' | '24' | '25';
  }[];
}

export interface Loan {
  readonly grantedOn: ISODate;
  readonly amount: number;
}

export interface LoanMeans {
  /** Toetsingsinkomen of the debtor and partner in the second year before (Ri2021 art. 6.8 lid 2). */
  readonly draagkrachtinkomen?: number;
  readonly partner?: boolean;
  /** The alleenstaande ouderenkorting (Wet IB 2001 art. 8.18) applies. */
  readonly alleenstaandeOuderenkorting?: boolean;
  /** The yearly belastbaar minimumloon for that year (not set in Ri2021). */
  readonly belastbaarMinimumloon?: number;
}

export interface Application {
  readonly type:
    | 'verlenging'
    | 'vrijstelling'
    | 'gedeeltelijke_vrijstelling'
    | 'ontheffing_medisch'
    | 'ontheffing_bijzonder';
  /** Day DUO received it. */
  readonly receivedOn: ISODate;
  /** For vrijstelling: the ground of Wi2021 art. 4 lid 1. */
  readonly ground?: '4.1.b' | '4.1.d' | '4.1.e';
}

export interface Facts {
  readonly person?: {
    readonly birthDate?: ISODate;
    /** ISO 3166-1 alpha-2 codes; 'NL' means Dutch nationality. */
    readonly nationalities?: readonly string[];
    readonly diedOn?: ISODate;
    readonly naturalisedOn?: ISODate;
  };
  readonly residence?: readonly Residence[];
  /** Geestelijk bedienaar (Wi2021 art. 1, art. 3 lid 1 b). */
  readonly religiousMinister?: boolean;
  /** Met an integration requirement for EU long-term resident status in another member state (art. 3 lid 2 c). */
  readonly integratedElsewhereInEU?: boolean;
  /** A treaty or decision of an international organisation forbids the duty (art. 3 lid 2 d). */
  readonly treatyExemption?: boolean;
  readonly brp?: readonly Registration[];
  /** Date of DUO's written notice of the inburgeringsplicht (kennisgeving; Bi2021 art. 5.3 lid 1 from 2023). */
  readonly duoNoticeOn?: ISODate;
  /** Third-party information the college awaited before adopting the PIP (Bi2021 art. 5.3 lid 2). */
  readonly thirdPartyInfo?: { readonly requestedOn?: ISODate; readonly receivedOn?: ISODate };
  readonly schooling?: Schooling;
  readonly integrationEvidence?: IntegrationEvidence;
  readonly medicalStatement?: MedicalStatement;
  readonly decisions?: readonly Decision[];
  readonly intake?: Intake;
  readonly pips?: readonly Pip[];
  readonly exams?: readonly ExamResult[];
  readonly taalschakeltraject?: {
    readonly startedOn?: ISODate;
    readonly completedOn?: ISODate;
    readonly leftOn?: ISODate;
  };
  readonly hours?: Hours;
  readonly pvt?: ComponentProgress;
  readonly map?: ComponentProgress & { readonly eindgesprekOn?: ISODate };
  readonly zroute?: { readonly eindgesprekOn?: ISODate };
  readonly fines?: readonly Fine[];
  readonly offences?: readonly Offence[];
  readonly bijstand?: Bijstand;
  readonly loans?: readonly Loan[];
  /** An earlier Wi2007/Wi2013 loan is not fully repaid or remitted (Bi2021 art. 6.2 lid 5-6). */
  readonly oldLoanOutstanding?: boolean;
  /** What DUO sets the draagkracht from (Ri2021 art. 6.8). */
  readonly loanMeans?: LoanMeans;
  /** Applications filed with DUO, awaiting a decision. */
  readonly applications?: readonly Application[];
  /** A change of leerroute asked of the college (Wi2021 art. 17 lid 2; Bi2021 art. 5.4). */
  readonly routeChangeRequest?: { readonly to: Leerroute; readonly bijzonderGeval?: boolean };
  /** Periods of at most a year between two obliged periods (Bi2021 art. 2.1 lid 2): their first and last day. */
  readonly gaps?: readonly {
    readonly from: ISODate;
    readonly to: ISODate;
    readonly reason: 'geen_ingezetene' | 'tijdelijk_doel' | 'geestelijk_bedienaar_onderbroken';
  }[];
  // --- Other laws (issue 6): the 2013 regime, the exam abroad, the taaleis, remigration, naturalisation, residence.
  /** Facts only the Wet inburgering of 2013-2021 uses (Wi2013 persons). */
  readonly wi2013?: Wi2013Facts;
  /** An application for an mvv (machtiging tot voorlopig verblijf): asks for the Wet inburgering buitenland. */
  readonly mvvApplication?: MvvApplication;
  /** Results of the basisexamen inburgering buitenland (Vb art. 3.98a). */
  readonly basisexamen?: readonly BasisexamenResult[];
  /** Facts for the taaleis in the Participatiewet (art. 18b); the section also appears when bijstand is received. */
  readonly taaleis?: Taaleis;
  /** An application for remigration provisions (Remigratiewet art. 2b). */
  readonly remigration?: RemigrationRequest;
  /** A request for naturalisation (Rijkswet op het Nederlanderschap art. 7-9). */
  readonly naturalisationRequest?: NaturalisationRequest;
  /** An application for a permanent residence permit, which requires the inburgeringsvereiste. */
  readonly permanentResidenceRequest?: PermanentResidenceRequest;
}

/**
 * Diplomas designated by the Besluit inburgering (Bi2013 art. 2.3 lid 1 a-l, and lid 2 via the Regeling): held when
 * the duty would arise, the person is not obliged (Wi2013 art. 5 lid 1 c); obtained later, the duty is fulfilled
 * (art. 7 lid 1 b).
 */
export type Wi2013DiplomaKind =
  | 'inburgeringsdiploma' // a
  | 'nederlands_onderwijs' // b: wo, hbo, vwo, havo, mavo, vmbo, mbo 2+ taught in Dutch
  | 'belgie' // c
  | 'suriname' // d
  | 'caribisch' // e
  | 'europees_baccalaureaat' // f
  | 'internationaal_baccalaureaat' // g
  | 'win_certificaat' // h
  | 'oudkomers_certificaat' // i
  | 'document_oud_2_7' // j
  | 'inburgeringsdiploma_2007' // k
  | 'internationale_school' // l
  | 'staatsexamen_nt2' // lid 2 (Regeling)
  | 'regeling_overig'; // lid 2 (Regeling)

export type Wi2013Decision =
  | {
      readonly type: 'verlenging';
      readonly date: ISODate;
      /** Which term: the exam term (art. 7b) or the PVT term (art. 7a). */
      readonly term: 'examen' | 'pvt';
      /** No blame (art. 7a lid 3, 7b lid 3 a), the once-only literacy extension (7b lid 3 b), or ex officio (Bi2013 2.12 lid 2). */
      readonly ground: 'geen_verwijt' | 'alfabetisering' | 'ambtshalve';
      /** The new last day stated in the decision (Bi2013 art. 2.12 lid 3), or its length in months. */
      readonly until?: ISODate;
      readonly months?: number;
    }
  | {
      readonly type: 'ontheffing';
      readonly date: ISODate;
      /** Medical (art. 6 lid 1), proven effort (art. 6 lid 2; before 2017-10-01 art. 6 lid 1 b), sufficiently integrated (Bi2013 2.8a). */
      readonly ground: 'medisch' | 'aantoonbare_inspanningen' | 'voldoende_ingeburgerd';
    }
  | {
      readonly type: 'vrijstelling';
      readonly date: ISODate;
      /** ONA for work (Bi2013 2.4a), ONA after MAP (Bi2021 12.1a lid 6), or a document proving part (art. 5 lid 3, Bi2013 2.4). */
      readonly ground: 'ona_werk' | 'ona_map' | 'document';
      readonly components?: readonly ExamComponent[];
    }
  | {
      readonly type: 'kwijtschelding';
      readonly date: ISODate;
      readonly scope: 'geheel' | 'gedeeltelijk';
    };

/** A Wi2013 fine decision: PVT (art. 28, 30) or exam (art. 31, 33). */
export interface Wi2013Fine {
  readonly article: '28' | '30' | '31' | '33';
  /** Date the fine decision was made known. */
  readonly date: ISODate;
  readonly amount: number;
  readonly irrevocableOn?: ISODate;
  /** The last day of the new term set in the decision (art. 29, 32). */
  readonly newTermLastDay?: ISODate;
}

export interface Wi2013Facts {
  readonly diploma?: { readonly kind: Wi2013DiplomaKind; readonly on?: ISODate };
  /** Course hours at an institution with the keurmerk (Wi2013 art. 12a; Blik op Werk). */
  readonly courseHours?: {
    readonly inburgering?: number;
    readonly nt2?: number;
    readonly alfabetisering?: number;
  };
  /** First day of a literacy course followed before the exam term expired (art. 7b lid 3 b). */
  readonly literacyCourseFrom?: ISODate;
  /** DUO's learnability test for the literacy variant of the proven-effort ontheffing. */
  readonly learnabilityTest?: {
    readonly date: ISODate;
    readonly outcome: 'onvoldoende_leerbaar' | 'leerbaar';
  };
  readonly decisions?: readonly Wi2013Decision[];
  readonly fines?: readonly Wi2013Fine[];
  /** Naturalised with exemption from the naturalisatietoets (Bi2013 art. 4.13 lid 3 d). */
  readonly naturalisatietoetsExempt?: boolean;
}

/** Application for an mvv: the basisexamen inburgering buitenland applies (Vw art. 16 lid 1 h; Vb art. 3.71a). */
export interface MvvApplication {
  readonly appliedOn: ISODate;
  readonly purpose:
    | 'gezinshereniging'
    | 'gezinsvorming'
    | 'geestelijk_bedienaar'
    | 'overig_niet_tijdelijk'
    | 'tijdelijk';
  readonly sponsor?: SponsorKind;
  /** The Minister of SZW accepted bijzondere individuele omstandigheden (Vb art. 3.71a lid 2 c). */
  readonly hardshipExemption?: boolean;
}

export interface BasisexamenResult {
  /** From 2014-11-01 the parts are taken separately; before that the exam was one whole ('geheel'). */
  readonly component: 'spreken' | 'lezen' | 'kns' | 'geheel';
  readonly result: 'passed' | 'failed';
  readonly date: ISODate;
}

/** Participatiewet art. 18b (taaleis). */
export interface Taaleis {
  /** Years of Dutch-language education followed (lid 2 a: eight or more means no test). */
  readonly dutchEducationYears?: number;
  /** Another document proving the language skills (lid 2 c). */
  readonly otherDocument?: boolean;
  /** The day a qualifying diploma or document was shown, which ends the suspicion (lid 5). */
  readonly documentShownOn?: ISODate;
  /** Language tests taken by the college (lid 2, 10, 11, 13). */
  readonly tests?: readonly {
    readonly date: ISODate;
    readonly result: 'voldoende' | 'onvoldoende';
    /** For a follow-up test: whether the expected progress was made (lid 10 b, 11 b). */
    readonly progressSufficient?: boolean;
  }[];
  /** The college's written notice of the reasonable suspicion (lid 4); the reduction runs from it. */
  readonly noticeOn?: ISODate;
  /** Declared willingness to start learning (lid 6 a). */
  readonly willingnessDeclaredOn?: ISODate;
  /** After starting, the person makes the progress that may be expected (lid 6 a). */
  readonly progressAsExpected?: boolean;
  /** Every form of blame is absent (lid 6 b). */
  readonly noBlame?: boolean;
  /** Urgent reasons make the college tailor the reduction (lid 7). */
  readonly urgentReasons?: boolean;
}

/** Remigratiewet art. 1a, 2, 2b (text from 2014-07-01). */
export interface RemigrationRequest {
  readonly appliedOn: ISODate;
  /** Art. 1a a-e, or none. */
  readonly targetGroup?: 'wervingsland_eu' | 'wervingsland' | 'suriname' | 'rietkerk' | 'asiel' | 'geen';
  /** The day the person settled in the Netherlands (art. 1a; art. 2b lid 1 j). */
  readonly settledInNLOn?: ISODate;
  /** First day of the uninterrupted (lawful) residence that runs up to the application (art. 2b lid 1 h). */
  readonly residenceSince?: ISODate;
  /** First day of the uninterrupted benefit period up to the application, gaps of a month bridged (lid 1 i, lid 7). */
  readonly benefitSince?: ISODate;
  readonly benefitKind?:
    | 'aow'
    | 'ww'
    | 'wamil'
    | 'ioaz'
    | 'iow'
    | 'ioaw'
    | 'wao'
    | 'wajong'
    | 'bijstand'
    | 'wia'
    | 'wachtgeld'
    | 'bijstand_geldlening'
    | 'geen';
  readonly debtsSettledOrArranged?: boolean;
  readonly detained?: boolean;
  readonly evadingSentence?: boolean;
  readonly destination?: 'land_van_herkomst' | 'ander_land';
  /** Proof of admission from the destination country (lid 1 g). */
  readonly admissionProof?: boolean;
  /** A Dutch national without another nationality declares willingness to acquire the destination's (art. 2 b). */
  readonly willingToAcquireNationality?: boolean;
  readonly partner?: {
    readonly livesInNL?: boolean;
    readonly remigratesTogether?: boolean;
    /** The partner meets art. 2b lid 1 d, e and f (lid 2). */
    readonly meetsConditionsDEF?: boolean;
  };
}

/** Rijkswet op het Nederlanderschap art. 8 and 9. */
export interface NaturalisationRequest {
  readonly requestedOn: ISODate;
  /** First day of the uninterrupted admission and main residence up to the request (art. 8 lid 1 c). */
  readonly admissionAndResidenceSince?: ISODate;
  /** Total years of admission and main residence (art. 8 lid 3). */
  readonly totalAdmissionYears?: number;
  /** Married to (or registered partner of) and living with a Dutch national since (art. 8 lid 2, 9 lid 3 c). */
  readonly marriedToDutchSince?: ISODate;
  /** Unmarried durable relationship with an unmarried Dutch national, living together, since (art. 8 lid 4). */
  readonly unmarriedDutchPartnerSince?: ISODate;
  readonly stateless?: boolean;
  readonly formerDutch?: boolean;
  /** Recognised as a refugee in the Kingdom (art. 9 lid 3 d). */
  readonly recognisedRefugee?: boolean;
  /** Born in the Netherlands, Aruba, Curaçao or Sint Maarten and living there (art. 9 lid 3 b). */
  readonly bornInKingdomAndResident?: boolean;
  readonly naturalisatietoetsPassedOn?: ISODate;
  /** Exempted from the naturalisatietoets (medical, or other grounds of the Besluit naturalisatietoets). */
  readonly naturalisatietoetsExemption?: 'medisch' | 'overig';
  /** Willing to make the verklaring van verbondenheid (art. 8 lid 1 e). */
  readonly willingToMakeDeclaration?: boolean;
  /** Afstandseis (art. 9 lid 1 b). */
  readonly renunciation?: 'willing' | 'not_willing' | 'not_reasonably_required';
  /** No objections to indefinite residence (art. 8 lid 1 b). */
  readonly noObjectionIndefiniteResidence?: boolean;
  /** Serious suspicion of danger to public order (art. 9 lid 1 a). */
  readonly publicOrderConcerns?: boolean;
}

/** An application for a permanent residence permit (Vw art. 21, 33/34, 45a/45b). */
export interface PermanentResidenceRequest {
  readonly requestedOn: ISODate;
  readonly kind: 'regulier_onbepaalde_tijd' | 'asiel_onbepaalde_tijd' | 'eu_langdurig_ingezetene';
}
