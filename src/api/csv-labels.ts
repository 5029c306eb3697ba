/**
 * The words of the CSV exports in the reader's language (nl or en, by Accept-Language): column headers, stages,
 * deadline kinds, target groups, leerroutes and yes/no. A machine reads the code column beside each label.
 * Stage and deadline names are the case file's own (src/i18n), so the export says what the workspace says.
 */
import { DEADLINE_NAMES_EN, DEADLINE_NAMES_NL, STAGE_NAMES_EN, STAGE_NAMES_NL } from '../i18n/index.ts';
import type { Lang } from './i18n/index.ts';

interface CsvWords {
  readonly stage: Readonly<Record<string, string>>;
  readonly deadline: Readonly<Record<string, string>>;
  readonly group: Readonly<Record<string, string>>;
  readonly route: Readonly<Record<string, string>>;
  readonly yes: string;
  readonly no: string;
  readonly cases: readonly string[];
  readonly deadlines: readonly string[];
}

const WORDS: Readonly<Record<Lang, CsvWords>> = {
  nl: {
    stage: STAGE_NAMES_NL,
    deadline: DEADLINE_NAMES_NL,
    group: { asielstatushouder: 'Asielstatushouder', gezinsmigrant_overig: 'Gezinsmigrant of overig' },
    route: { B1: 'B1-route', onderwijs: 'Onderwijsroute', Z: 'Z-route' },
    yes: 'ja',
    no: 'nee',
    cases: [
      'Dossier',
      'Naam',
      'Fase',
      'Fase (code)',
      'Volgende termijn',
      'Soort termijn',
      'Soort termijn (code)',
      'Verlopen',
      'Doelgroep',
      'Doelgroep (code)',
      'Leerroute',
      'Leerroute (code)',
      'PIP uiterlijk',
      'PIP vastgesteld',
      'Einde inburgeringstermijn',
    ],
    deadlines: ['Dossier', 'Naam', 'Datum', 'Soort termijn', 'Soort termijn (code)', 'Artikel', 'Verlopen'],
  },
  en: {
    stage: STAGE_NAMES_EN,
    deadline: DEADLINE_NAMES_EN,
    group: { asielstatushouder: 'Asylum status holder', gezinsmigrant_overig: 'Family or other migrant' },
    route: { B1: 'B1 route', onderwijs: 'Education route', Z: 'Z-route' },
    yes: 'yes',
    no: 'no',
    cases: [
      'Case',
      'Name',
      'Stage',
      'Stage (code)',
      'Next deadline',
      'Deadline kind',
      'Deadline kind (code)',
      'Overdue',
      'Target group',
      'Target group (code)',
      'Leerroute',
      'Leerroute (code)',
      'PIP due',
      'PIP adopted',
      'End of integration term',
    ],
    deadlines: ['Case', 'Name', 'Date', 'Deadline kind', 'Deadline kind (code)', 'Article', 'Overdue'],
  },
};

export interface CsvLabels {
  readonly cases: readonly string[];
  readonly deadlines: readonly string[];
  stage(code: string): string;
  deadline(code: string | null): string;
  group(code: string | null): string;
  route(code: string | null): string;
  yesNo(v: boolean): string;
}

/** The labels of one language; a code without a name is shown as the code. */
export function csvLabels(lang: Lang): CsvLabels {
  const w = WORDS[lang];
  const of = (m: Readonly<Record<string, string>>, code: string | null): string =>
    code === null ? '' : (m[code] ?? code);
  return {
    cases: w.cases,
    deadlines: w.deadlines,
    stage: (c) => of(w.stage, c),
    deadline: (c) => of(w.deadline, c),
    group: (c) => of(w.group, c),
    route: (c) => of(w.route, c),
    yesNo: (v) => (v ? w.yes : w.no),
  };
}
