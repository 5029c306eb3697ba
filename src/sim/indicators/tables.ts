// Indicator tables as CBS and SZW publish them (Statistiek Wet Inburgering, Monitor Inburgering): every table is
// built from exact counts and goes out only through the disclosure policy, with the legend that explains it.
import { toYMD } from '../../law/index.ts';
import type { DisclosurePolicy } from '../disclosure/policy.ts';
import { type PublishOptions, publish } from '../disclosure/publish.ts';
import type { Category, Dimension, PublishedTable, SourceCell, SourceTable } from '../disclosure/table.ts';
import { type Lang, type MessageKey, t } from '../i18n/index.ts';
import {
  CHANGES,
  EXEMPTIONS,
  EXTENSION_GROUNDS,
  FINE_AMOUNT_KINDS,
  FINE_KINDS,
  type Frame,
  GEMEENTE_INDICATORS,
  GROUPS,
  OUTCOMES,
  ROUTES,
  type ScenarioCounts,
  SEXES,
  STATUSES,
  TASKS,
} from './collect.ts';
import type { Cube } from './cube.ts';

export interface IndicatorTable {
  /** File name stem and table id. */
  readonly id: string;
  readonly title: string;
  readonly source: SourceTable;
  readonly options: PublishOptions;
  readonly published: PublishedTable;
}

export interface TableOptions {
  readonly lang: Lang;
  readonly policy: DisclosurePolicy;
  /** Display name of a gemeente code (default: the code). */
  readonly gemeenteName?: (code: string) => string;
  /** Order of gemeenten in the tables (others follow by code). */
  readonly gemeenteOrder?: readonly string[];
}

type Kind = 'count' | 'share' | 'magnitude';

/** Builds dimensions with catalog labels. */
export class Dimensions {
  constructor(
    readonly lang: Lang,
    readonly frame: Frame,
  ) {}

  private cats(prefix: string, ids: readonly string[]): Category[] {
    return ids.map((id) => ({ id, label: t(this.lang, `${prefix}.${id}` as MessageKey) }));
  }

  private dim(id: string, categories: Category[]): Dimension {
    return { id, label: t(this.lang, `dim.${id}` as MessageKey), categories };
  }

  /** Cohort years; a cohort is provisional until the end of the year after it (as CBS marks the latest). */
  cohort(): Dimension {
    const { year } = toYMD(this.frame.peildatum);
    return this.dim(
      'cohort',
      this.frame.cohorts.map((y) => ({
        id: String(y),
        label: String(y),
        value: y,
        provisional: year <= y + 1,
      })),
    );
  }

  group(): Dimension {
    return this.dim('group', this.cats('group', GROUPS));
  }
  sex(): Dimension {
    return this.dim('sex', this.cats('sex', SEXES));
  }
  route(): Dimension {
    return this.dim('route', this.cats('route', ROUTES));
  }
  status(): Dimension {
    return this.dim('status', this.cats('status', STATUSES));
  }
  outcome(id = 'outcome'): Dimension {
    return { ...this.dim('outcome', this.cats('outcome', OUTCOMES)), id };
  }
  extensionGround(): Dimension {
    return this.dim('extensionGround', this.cats('extension', EXTENSION_GROUNDS));
  }
  exemption(): Dimension {
    return this.dim('exemption', this.cats('exemption', EXEMPTIONS));
  }
  fine(): Dimension {
    return this.dim('fine', this.cats('fine', FINE_KINDS));
  }
  fineAmount(): Dimension {
    return this.dim('fine', this.cats('fine', FINE_AMOUNT_KINDS));
  }
  change(): Dimension {
    return this.dim('change', this.cats('change', CHANGES));
  }
  task(): Dimension {
    return this.dim('task', this.cats('task', TASKS));
  }
  progressMonth(): Dimension {
    return this.dim(
      'month',
      this.frame.progress.map((m) => ({
        id: String(m),
        label: t(this.lang, 'month.label', { months: m }),
        value: m,
      })),
    );
  }
  calendarMonth(): Dimension {
    const cats: Category[] = [];
    for (let i = 0; i < this.frame.months; i++) {
      const n = this.frame.firstMonth + i;
      const label = `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
      cats.push({ id: label, label, value: i });
    }
    return this.dim('calendarMonth', cats);
  }
}

function cellsOf(cube: Cube, kind: Kind, pick?: (i: number) => boolean): SourceCell[] {
  const out: SourceCell[] = [];
  for (let i = 0; i < cube.size; i++) {
    if (pick && !pick(i)) continue;
    const count = cube.count[i]!;
    if (kind === 'share') out.push({ count, numerator: cube.numerator[i]! });
    else if (kind === 'magnitude') out.push({ count, sum: cube.sum[i]!, largest: cube.largest[i]! });
    else out.push({ count });
  }
  return out;
}

const SHARE: PublishOptions = { measures: ['count', 'share'], shareBase: 'numerator', totals: true };
const COUNT: PublishOptions = { measures: ['count'], totals: true };
const COUNT_ROW_SHARE: PublishOptions = { measures: ['count', 'share'], shareBase: 'row', totals: true };
const MAGNITUDE: PublishOptions = { measures: ['count', 'sum', 'mean'], totals: true };

/** One table: exact source, publish options and the published result. */
export function table(
  id: string,
  lang: Lang,
  policy: DisclosurePolicy,
  dimensions: SourceTable['dimensions'],
  cells: readonly SourceCell[],
  options: PublishOptions,
  title: string = t(lang, `table.${id}` as MessageKey),
): IndicatorTable {
  const source: SourceTable = { id, dimensions, cells };
  return {
    id,
    title,
    source,
    options,
    published: publish(source, policy, options),
  };
}

/** Gemeente codes in table order: the given order first, then the rest by code. */
function gemeenteCodes(s: ScenarioCounts, order: readonly string[] = []): string[] {
  const seen = new Set(s.gemeenten.keys());
  const first = order.filter((c) => seen.has(c));
  const rest = [...seen].filter((c) => !order.includes(c)).sort();
  return [...first, ...rest];
}

/** The monitoring tables of one scenario. */
export function indicatorTables(s: ScenarioCounts, options: TableOptions): IndicatorTable[] {
  const { lang, policy } = options;
  const d = new Dimensions(lang, s.frame);
  const T = (
    id: string,
    dims: SourceTable['dimensions'],
    cube: Cube,
    kind: Kind,
    publishOptions: PublishOptions,
  ): IndicatorTable => table(id, lang, policy, dims, cellsOf(cube, kind), publishOptions);

  const codes = gemeenteCodes(s, options.gemeenteOrder);
  const name = options.gemeenteName ?? ((c: string) => c);
  const gemeenteDim: Dimension = {
    id: 'gemeente',
    label: t(lang, 'dim.gemeente'),
    categories: codes.map((c) => ({ id: c, label: name(c) })),
  };
  const gemeenteTable = (indicator: number, id: string): IndicatorTable => {
    const cells: SourceCell[] = [];
    for (const code of codes) {
      const cube = s.gemeenten.get(code)!;
      for (let g = 0; g < GROUPS.length; g++) {
        const i = cube.at(indicator, g);
        cells.push({ count: cube.count[i]!, numerator: cube.numerator[i]! });
      }
    }
    return table(id, lang, policy, [gemeenteDim, d.group()], cells, SHARE);
  };

  return [
    T('population', [d.cohort(), d.group()], s.population, 'count', COUNT),
    T('sex', [d.group(), d.sex()], s.sex, 'count', COUNT_ROW_SHARE),
    T('status', [d.cohort(), d.status()], s.status, 'count', COUNT_ROW_SHARE),
    T('intake_year_end', [d.cohort(), d.group()], s.intakeYearEnd, 'share', SHARE),
    T('intake', [d.cohort(), d.group()], s.intakeNow, 'share', SHARE),
    T('pip_adopted', [d.cohort(), d.group()], s.pipAdopted, 'share', SHARE),
    T('pip_in_time', [d.cohort(), d.group()], s.pipInTime, 'share', SHARE),
    T('route', [d.cohort(), d.route()], s.route, 'count', COUNT_ROW_SHARE),
    T('fulfilled_in_term', [d.cohort(), d.group()], s.fulfilledInTerm, 'share', SHARE),
    T('fulfilled_by_route', [d.route(), d.group()], s.fulfilledByRoute, 'share', SHARE),
    T('progress', [d.group(), d.progressMonth()], s.progress, 'share', {
      measures: ['count', 'share'],
      shareBase: 'numerator',
    }),
    T('extended', [d.cohort(), d.group()], s.extended, 'share', SHARE),
    T('extension_grounds', [d.cohort(), d.extensionGround()], s.extensionGrounds, 'count', COUNT),
    T('exemptions', [d.exemption(), d.group()], s.exemptions, 'count', COUNT),
    T('fines', [d.fine(), d.group()], s.fines, 'count', COUNT),
    T('fine_amounts', [d.fineAmount(), d.group()], s.fineAmounts, 'magnitude', MAGNITUDE),
    T('loans', [d.cohort(), d.group()], s.loans, 'magnitude', MAGNITUDE),
    T('outcomes', [d.group(), d.outcome()], s.outcomes, 'count', COUNT_ROW_SHARE),
    T('workload', [d.calendarMonth(), d.task()], s.workload, 'count', COUNT),
    gemeenteTable(GEMEENTE_INDICATORS.indexOf('intake'), 'gemeente_intake'),
    gemeenteTable(GEMEENTE_INDICATORS.indexOf('pip_in_time'), 'gemeente_pip_in_time'),
    gemeenteTable(GEMEENTE_INDICATORS.indexOf('fulfilled_in_term'), 'gemeente_fulfilled_in_term'),
  ];
}

/** A 1-D table summed over the rows of a 2-D cube: per column category (e.g. per group over all cohorts). */
export function columnTotals(
  cube: Cube,
): { count: number; numerator: number; sum: number; largest: number }[] {
  const [rows, cols] = [cube.shape[0]!, cube.shape[1] ?? 1];
  const out = Array.from({ length: cols }, () => ({ count: 0, numerator: 0, sum: 0, largest: 0 }));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const o = out[c]!;
      o.count += cube.count[i]!;
      o.numerator += cube.numerator[i]!;
      o.sum += cube.sum[i]!;
      o.largest = Math.max(o.largest, cube.largest[i]!);
    }
  }
  return out;
}

/** As `columnTotals`, per row (summed over the columns). */
export function rowTotals(cube: Cube): { count: number; numerator: number; sum: number; largest: number }[] {
  const [rows, cols] = [cube.shape[0]!, cube.shape[1] ?? 1];
  const out = Array.from({ length: rows }, () => ({ count: 0, numerator: 0, sum: 0, largest: 0 }));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const o = out[r]!;
      o.count += cube.count[i]!;
      o.numerator += cube.numerator[i]!;
      o.sum += cube.sum[i]!;
      o.largest = Math.max(o.largest, cube.largest[i]!);
    }
  }
  return out;
}
