/**
 * Parameters of the Wet inburgering 2021 (BWBR0044770) and the Besluit inburgering 2021 (BWBR0045555):
 * every term, amount, hour norm and level, with the date it applies from and its source.
 */
import { art, source } from '../engine/citation.ts';
import { defineParameter } from '../engine/params.ts';
import type { Level } from '../facts/types.ts';

const FROM = '2022-01-01';

/** The duty's own minimum age is `plicht.minimumleeftijd` (src/law/common/plicht.params.ts); this one is for voluntary borrowers. */
export const VOLUNTARY_LOAN_MIN_AGE = defineParameter<number>({
  id: 'wi2021.lening.vrijwillig.minimumleeftijd',
  unit: 'years',
  description: 'Voluntary borrowers (EU/EEA/Swiss and family) must be 16 or older',
  values: [{ from: FROM, value: 16, source: art('bi2021', '6.1', undefined, 'a'), confidence: 'V' }],
});

export const GAP_MAX = defineParameter<number>({
  id: 'wi2021.plicht.maximale_onderbreking',
  unit: 'years',
  description: 'Longest gap between two obliged periods that does not end the duty',
  values: [{ from: FROM, value: 1, source: art('bi2021', '2.1', '2'), confidence: 'V' }],
});

export const LEERPLICHT_YEARS = defineParameter<number>({
  id: 'wi2021.vrijstelling.leerplichtjaren',
  unit: 'years',
  description: 'Years leerplichtig or kwalificatieplichtig that give vrijstelling',
  values: [{ from: FROM, value: 8, source: art('wi2021', '4', '1', 'a'), confidence: 'V' }],
});

export const KWALIFICATIEPLICHT_END_AGE = defineParameter<number>({
  id: 'lpw.kwalificatieplicht.eindleeftijd',
  unit: 'years',
  description: 'The kwalificatieplicht ends at this age (or earlier with a startkwalificatie)',
  values: [{ from: '2007-08-01', value: 18, source: art('lpw', '4a', '1'), confidence: 'R' }],
});

export const INTEGRATED_BRP_YEARS = defineParameter<number>({
  id: 'wi2021.vrijstelling.ingeburgerd.brp_jaren',
  unit: 'years',
  description: 'Voldoende ingeburgerd: uninterrupted BRP registration',
  values: [{ from: FROM, value: 10, source: art('bi2021', '2.3', '1'), confidence: 'V' }],
});

export const INTEGRATED_WORK_YEARS = defineParameter<number>({
  id: 'wi2021.vrijstelling.ingeburgerd.werk_jaren',
  unit: 'years',
  description: 'Voldoende ingeburgerd: years of paid or volunteer work in the Netherlands',
  values: [{ from: FROM, value: 5, source: art('bi2021', '2.3', '1'), confidence: 'V' }],
});

export const MEDICAL_HORIZON = defineParameter<number>({
  id: 'wi2021.ontheffing.medisch.horizon',
  unit: 'years',
  description:
    'Medical ontheffing when the duty (or part) cannot be met within this many years of the application',
  values: [{ from: FROM, value: 5, source: art('bi2021', '2.7', '2'), confidence: 'V' }],
});

export const MEDICAL_PARTIAL_MAX_SKILLS = defineParameter<number>({
  id: 'wi2021.ontheffing.medisch.max_taalonderdelen',
  unit: 'count',
  description: 'A partial medical ontheffing covers at most this many of the four language components',
  values: [{ from: FROM, value: 3, source: art('bi2021', '2.7', '3'), confidence: 'V' }],
});

export const DECISION_WEEKS = defineParameter<number>({
  id: 'wi2021.beslistermijn',
  unit: 'weeks',
  description: 'Decision term for ontheffing, extension and loan applications',
  values: [{ from: FROM, value: 8, source: art('bi2021', '4.5', '1'), confidence: 'V' }],
});

export const TERM_YEARS = defineParameter<number>({
  id: 'wi2021.termijn.duur',
  unit: 'years',
  description: 'The inburgeringstermijn',
  values: [{ from: FROM, value: 3, source: art('wi2021', '11', '1'), confidence: 'V' }],
});

export const PIP_WEEKS = defineParameter<number>({
  id: 'wi2021.pip.termijn',
  unit: 'weeks',
  description: 'The PIP is adopted within this many weeks (after registration, from 2023 after DUO notice)',
  values: [
    { from: FROM, to: '2022-12-31', value: 10, source: art('bi2021', '5.3', '1'), confidence: 'V' },
    {
      from: '2023-01-01',
      value: 10,
      source: art('bi2021', '5.3', '1'),
      confidence: 'V',
      note: 'Stb. 2022, 489',
    },
  ],
});

export const PIP_THIRD_PARTY_WEEKS = defineParameter<number>({
  id: 'wi2021.pip.termijn_na_informatie_derde',
  unit: 'weeks',
  description:
    'When awaiting third-party information, the PIP is adopted within this many weeks of receiving it',
  values: [
    {
      from: '2023-01-01',
      value: 2,
      source: art('bi2021', '5.3', '2'),
      confidence: 'V',
      note: 'Stb. 2022, 489',
    },
  ],
});

export const PIP_MOVE_WEEKS = defineParameter<number>({
  id: 'wi2021.pip.termijn_na_verhuizing',
  unit: 'weeks',
  description: 'After a move the new gemeente adopts the PIP within this many weeks of registration there',
  values: [
    { from: FROM, to: '2022-12-31', value: 10, source: art('bi2021', '5.3', '2'), confidence: 'V' },
    { from: '2023-01-01', value: 10, source: art('bi2021', '5.3', '3'), confidence: 'V' },
  ],
});

export const ROUTE_CHANGE_MONTHS = defineParameter<number>({
  id: 'wi2021.leerroute.wijzigingstermijn',
  unit: 'months',
  description:
    'The leerroute may be re-set within this many months of the start of the term (onderwijs to B1 any time)',
  values: [
    { from: FROM, value: 18, source: art('bi2021', '5.4', '1'), confidence: 'V', note: 'anderhalf jaar' },
  ],
});

export const AFSCHALEN_HOURS = defineParameter<number>({
  id: 'wi2021.afschalen.uren',
  unit: 'hours',
  description: 'Aanzienlijke inspanningen for afschalen: NT2 course hours (literacy included)',
  values: [{ from: FROM, value: 600, source: art('bi2021', '5.5', '1'), confidence: 'V' }],
});

export const EXTENSION_EFFORT_MONTHS = defineParameter<number>({
  id: 'wi2021.verlenging.aanzienlijke_inspanningen.duur',
  unit: 'months',
  description: 'Extension of the term after significant efforts',
  values: [{ from: FROM, value: 6, source: art('bi2021', '4.4', '1'), confidence: 'V' }],
});

export const EXTENSION_EFFORT_MIN_SKILLS = defineParameter<number>({
  id: 'wi2021.verlenging.aanzienlijke_inspanningen.taalonderdelen',
  unit: 'count',
  description: 'Significant efforts: language components passed (of four), besides KNM',
  values: [{ from: FROM, value: 2, source: art('bi2021', '4.4', '2', 'c'), confidence: 'V' }],
});

export const EXTENSION_EFFORT_MIN_LEVEL = defineParameter<Level>({
  id: 'wi2021.verlenging.aanzienlijke_inspanningen.minimumniveau',
  unit: 'level',
  description: 'Significant efforts: the skills are examined at the PIP level but at least this level',
  values: [{ from: FROM, value: 'A2', source: art('bi2021', '4.4', '2', 'a'), confidence: 'V' }],
});

export const EXTENSION_EFFORT_GO_HOURS = defineParameter<number>({
  id: 'wi2021.verlenging.aanzienlijke_inspanningen.uren_gezinsmigrant',
  unit: 'hours',
  description: 'Significant efforts for gezinsmigranten/overige migranten: language or KNM lesson hours',
  values: [{ from: FROM, value: 450, source: art('bi2021', '4.4', '3'), confidence: 'V' }],
});

export const EXTENSION_APPLICATION_MONTHS = defineParameter<number>({
  id: 'wi2021.verlenging.aanvraagvenster',
  unit: 'months',
  description: 'An extension cannot be applied for earlier than this many months before the term ends',
  values: [{ from: FROM, value: 6, source: art('bi2021', '4.5', '1'), confidence: 'V' }],
});

export const B1_LEVEL = defineParameter<Level>({
  id: 'wi2021.examen.niveau',
  unit: 'level',
  description: 'Language level of the inburgeringsexamen (B1-route, and the onderwijsroute fallback)',
  values: [{ from: FROM, value: 'B1', source: art('wi2021', '7', '1', 'a'), confidence: 'V' }],
});

export const AFSCHALEN_LEVEL = defineParameter<Level>({
  id: 'wi2021.afschalen.niveau',
  unit: 'level',
  description: 'Level at which skills are examined after afschalen',
  values: [{ from: FROM, value: 'A2', source: art('wi2021', '17', '3'), confidence: 'V' }],
});

export const PVT_HOURS = defineParameter<number>({
  id: 'wi2021.pvt.uren',
  unit: 'hours',
  description: 'Minimum hours of the participatieverklaringstraject',
  values: [{ from: FROM, value: 12, source: art('bi2021', '3.1', '3'), confidence: 'V' }],
});

export const ZROUTE_COURSE_HOURS = defineParameter<number>({
  id: 'wi2021.zroute.cursusuren',
  unit: 'hours',
  description: 'Z-route: NT2 and KNM course hours at a keurmerk institution',
  values: [{ from: FROM, value: 800, source: art('bi2021', '3.14', '2', 'a'), confidence: 'V' }],
});

export const ZROUTE_PARTICIPATION_HOURS = defineParameter<number>({
  id: 'wi2021.zroute.participatieuren',
  unit: 'hours',
  description:
    'Z-route (asielstatushouders): hours of self-reliance, activation and participation activities',
  values: [{ from: FROM, value: 800, source: art('bi2021', '3.14', '2', 'b'), confidence: 'V' }],
});

// Fines (chapter 5 Wi2021, chapter 7 Bi2021)

export const FINE_22 = defineParameter<number>({
  id: 'wi2021.boete.art22',
  unit: 'eur',
  description: 'Fine for not appearing at, or not cooperating with, the brede intake',
  values: [{ from: FROM, value: 250, source: art('bi2021', '7.1', '1'), confidence: 'V' }],
});

export const FINE_22_NEW_TERM_MONTHS = defineParameter<number>({
  id: 'wi2021.boete.art22.nieuwe_termijn',
  unit: 'months',
  description: 'Longest new term set in an art. 22 fine decision',
  values: [{ from: FROM, value: 2, source: art('wi2021', '22', '2'), confidence: 'V' }],
});

export const FINE_23_BASE = defineParameter<number>({
  id: 'wi2021.boete.art23.basis',
  unit: 'eur',
  description: 'Base fine for not cooperating with the PIP support or intensities',
  values: [{ from: FROM, value: 50, source: art('bi2021', '7.1', '2'), confidence: 'V' }],
});

export const FINE_23_MAX = defineParameter<number>({
  id: 'wi2021.boete.art23.maximum',
  unit: 'eur',
  description: 'Highest art. 23 fine after recidivism increases',
  values: [{ from: FROM, value: 800, source: art('bi2021', '7.1', '3'), confidence: 'V' }],
});

export const FINE_23_RECIDIVISM_MONTHS = defineParameter<number>({
  id: 'wi2021.boete.art23.recidivetermijn',
  unit: 'months',
  description: 'Recidivism window before the day the offence is established',
  values: [{ from: FROM, value: 12, source: art('bi2021', '7.1', '3'), confidence: 'V' }],
});

export const FINE_23_CULPABILITY = defineParameter<
  Readonly<Record<'opzet' | 'grove_schuld' | 'geen' | 'verminderd', number>>
>({
  id: 'wi2021.boete.art23.verwijtbaarheid',
  unit: 'percent',
  description: 'Share of the fine by culpability: intent, gross negligence, neither, reduced culpability',
  values: [
    {
      from: FROM,
      value: { opzet: 100, grove_schuld: 75, geen: 50, verminderd: 25 },
      source: art('bi2021', '7.1', '4'),
      confidence: 'V',
    },
  ],
});

export const FINE_22_23_CAP_TERM = defineParameter<number>({
  id: 'wi2021.boete.art22_23.plafond_termijn',
  unit: 'eur',
  description: 'Total art. 22 and 23 fines during the (extended) term',
  values: [{ from: FROM, value: 2400, source: art('bi2021', '7.1', '5'), confidence: 'V' }],
});

export const FINE_22_23_CAP_NEW_TERM = defineParameter<
  readonly { readonly months: number; readonly cap: number }[]
>({
  id: 'wi2021.boete.art22_23.plafond_nieuwe_termijn',
  unit: 'table',
  description:
    "Total art. 22 and 23 fines during a new term after an art. 24/25 fine, by the new term's length",
  values: [
    {
      from: FROM,
      value: [
        { months: 6, cap: 400 },
        { months: 12, cap: 800 },
        { months: 18, cap: 1200 },
        { months: 24, cap: 1600 },
      ],
      source: art('bi2021', '7.1', '5'),
      confidence: 'V',
    },
  ],
});

export const FINE_24 = defineParameter<number>({
  id: 'wi2021.boete.art24',
  unit: 'eur',
  description: 'Fine for not completing PVT or MAP within the (extended) term',
  values: [{ from: FROM, value: 340, source: art('bi2021', '7.2', '1'), confidence: 'V' }],
});

export const FINE_25_MAX = defineParameter<number>({
  id: 'wi2021.boete.art25.maximum',
  unit: 'eur',
  description: 'Statutory maximum of the fine for not achieving the leerroute within the (extended) term',
  values: [{ from: FROM, value: 1000, source: art('wi2021', '26', '1', 'd'), confidence: 'V' }],
});

export const FINE_NEW_TERM_MONTHS = defineParameter<number>({
  id: 'wi2021.boete.nieuwe_termijn',
  unit: 'months',
  description: 'Longest new term in an art. 24/25 fine decision; the fine repeats every this many months',
  values: [{ from: FROM, value: 24, source: art('wi2021', '24', '2'), confidence: 'V' }],
});

export const CASE_LAW_ASYLUM_FINES = defineParameter<string>({
  id: 'rechtspraak.asiel_boetes.vanaf',
  unit: 'date',
  description:
    'From this date fines on beneficiaries of international protection require an individual assessment of persistent unwillingness (CJEU C-158/23)',
  values: [
    {
      from: '2013-01-01',
      value: '2025-02-04',
      source: source(
        'HvJ EU 4 februari 2025, C-158/23 (Keren), ECLI:EU:C:2025:52; ABRvS 9 juli 2025, ECLI:NL:RVS:2025:3087',
        'https://www.rijksoverheid.nl/actueel/nieuws/2025/07/09/uitspraak-raad-van-state-in-zaak-boetes-en-leningen-inburgering',
      ),
      confidence: 'S',
    },
  ],
});

// Loan (chapter 6 Wi2021, chapter 6 Bi2021)

export const LOAN_MAX = defineParameter<number>({
  id: 'wi2021.lening.maximum',
  unit: 'eur',
  description: 'Highest DUO loan for course, taalschakeltraject, literacy and exam costs',
  values: [{ from: FROM, value: 10000, source: art('bi2021', '6.2', '1'), confidence: 'V' }],
});

export const LOAN_VOLUNTARY_MAX = defineParameter<number>({
  id: 'wi2021.lening.vrijwillig.maximum',
  unit: 'eur',
  description: 'Highest loan for voluntary borrowers (EU/EEA/Swiss and family)',
  values: [{ from: FROM, value: 10000, source: art('bi2021', '6.2a', '2'), confidence: 'V' }],
});

export const LOAN_VOLUNTARY_WINDOW_YEARS = defineParameter<number>({
  id: 'wi2021.lening.vrijwillig.aanspraak',
  unit: 'years',
  description: 'Voluntary borrowers are entitled during this many years after obtaining residence',
  values: [{ from: FROM, value: 3, source: art('bi2021', '6.3', '1'), confidence: 'V' }],
});

export const LOAN_ENTITLEMENT_LAPSE_YEARS = defineParameter<number>({
  id: 'wi2021.lening.vervaltermijn',
  unit: 'years',
  description: 'Entitlement ends if the duty is not met within this many years after the (extended) term',
  values: [{ from: FROM, value: 6, source: art('wi2021', '20', '2', 'a'), confidence: 'V' }],
});

export const LOAN_REPAYMENT_DELAY_MONTHS = defineParameter<number>({
  id: 'wi2021.lening.aanloopfase',
  unit: 'months',
  description: 'Repayment starts this many months after fulfilment or lapse of entitlement',
  values: [{ from: FROM, value: 6, source: art('wi2021', '21', '3'), confidence: 'V' }],
});

export const LOAN_REPAYMENT_YEARS = defineParameter<number>({
  id: 'wi2021.lening.terugbetaalperiode',
  unit: 'years',
  description: 'Longest repayment period',
  values: [{ from: FROM, value: 10, source: art('bi2021', '6.7', '1'), confidence: 'V' }],
});
