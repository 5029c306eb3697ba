// Every indicator table a run publishes passes the disclosure policy: no published count below the minimum,
// counts on the rounding base, percentages only from allowed denominators, sums only with enough units and no
// dominant contributor, and no hidden cell derivable from the published margins (the same graph test the
// disclosure property tests check against linear algebra).
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  CBS_POLICY,
  CBS_WIJKEN_POLICY,
  type Counts,
  type DisclosurePolicy,
  derivableCells,
  gridIndex,
  type IndicatorTable,
  parseReform,
  renderSvg,
  type SourceCell,
  simulateSequential,
  toCsv,
  toJson,
} from '../../src/sim/index.ts';

const REFORM = parseReform(`
id: boetes
title: Boetes asiel herstel
interpretations:
  caseLawAsylumFines: ignore
`);

let counts: Counts | undefined;
function run(): Counts {
  counts ??= simulateSequential({ persons: 2500, seed: 31, peildatum: '2026-11-23', reform: REFORM });
  return counts;
}

interface Exact {
  count: number;
  numerator: number;
  sum: number;
  largest: number;
}

/** Exact figures of every cell with margins, by grid index. */
function exactCells(tb: IndicatorTable): { grid: { rows: number; columns: number }; at: Exact[] } {
  const rows = tb.source.dimensions[0].categories.length;
  const columns = tb.source.dimensions[1]?.categories.length ?? 0;
  const grid = { rows, columns };
  const size = columns === 0 ? rows + 1 : (rows + 1) * (columns + 1);
  const at = Array.from({ length: size }, () => ({ count: 0, numerator: 0, sum: 0, largest: 0 }));
  const add = (i: number, c: SourceCell) => {
    const e = at[i]!;
    e.count += c.count;
    e.numerator += c.numerator ?? 0;
    e.sum += c.sum ?? 0;
    e.largest = Math.max(e.largest, c.largest ?? 0);
  };
  const width = Math.max(columns, 1);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < width; c++) {
      const cell = tb.source.cells[r * width + c]!;
      if (columns === 0) {
        add(gridIndex(grid, r), cell);
        add(gridIndex(grid, null), cell);
      } else {
        for (const i of [
          gridIndex(grid, r, c),
          gridIndex(grid, r, null),
          gridIndex(grid, null, c),
          gridIndex(grid, null, null),
        ])
          add(i, cell);
      }
    }
  }
  return { grid, at };
}

function checkTable(tb: IndicatorTable, policy: DisclosurePolicy): void {
  const p = tb.published;
  const { grid, at } = exactCells(tb);
  const rowIds = p.dimensions[0].categories.map((k) => k.id);
  const colIds = p.dimensions[1]?.categories.map((k) => k.id) ?? [];
  const index = (row: string | null, column: string | null | undefined) =>
    gridIndex(
      grid,
      row === null ? null : rowIds.indexOf(row),
      grid.columns === 0 ? null : column == null ? null : colIds.indexOf(column),
    );
  const hidden = new Array<boolean>(at.length).fill(false);
  for (const cell of p.cells) {
    const i = index(cell.row, cell.column);
    const e = at[i]!;
    const where = `${tb.id} (${cell.row ?? 'total'}, ${cell.column ?? 'total'})`;
    const count = cell.values.count;
    if (count) {
      if (count.status === 'published') {
        expect(count.value === 0 || count.value! >= policy.minCellSize, where).toBe(true);
        expect(e.count === 0 || e.count >= policy.minCellSize, where).toBe(true);
        expect(count.value! % policy.rounding.base, where).toBe(0);
      } else if (count.status === 'suppressed') hidden[i] = true;
    }
    const share = cell.values.share;
    if (share?.status === 'published') {
      const den =
        p.shareBase === 'numerator'
          ? e.count
          : p.shareBase === 'row'
            ? at[gridIndex(grid, cell.row === null ? null : rowIds.indexOf(cell.row), null)]!.count
            : p.shareBase === 'column'
              ? at[gridIndex(grid, null, cell.column == null ? null : colIds.indexOf(cell.column))]!.count
              : at[gridIndex(grid, null, null)]!.count;
      expect(den, where).toBeGreaterThanOrEqual(Math.max(1, policy.minDenominator));
    }
    const sum = cell.values.sum;
    if (sum?.status === 'published' && e.count > 0) {
      expect(e.count, where).toBeGreaterThanOrEqual(Math.max(policy.minCellSize, policy.magnitude.minUnits));
      expect(e.largest, where).toBeLessThanOrEqual(
        policy.magnitude.maxContributorShare * Math.abs(e.sum) + 1e-9,
      );
    }
  }
  if (p.totals && p.measures.includes('count')) {
    const derivable = derivableCells(grid, hidden);
    expect(derivable.some(Boolean), `${tb.id}: a hidden count is derivable from the margins`).toBe(false);
  }
}

function allTables(policy: DisclosurePolicy, lang: 'nl' | 'en') {
  const report = buildReport(run(), { lang, policy, reform: REFORM });
  return {
    report,
    tables: [
      ...report.tables,
      ...report.reformTables,
      ...report.transitionTables,
      ...report.comparisons.flatMap((c) => [c.baseline, c.reform]),
    ],
  };
}

describe('indicator tables under disclosure control', () => {
  it.each([
    ['cbs', CBS_POLICY],
    ['cbs-wijken', CBS_WIJKEN_POLICY],
  ] as const)('every published table passes the %s policy', (_id, policy) => {
    const { tables } = allTables(policy, 'nl');
    expect(tables.length).toBeGreaterThan(35);
    for (const tb of tables) checkTable(tb, policy);
  });

  it('small cells exist in a small run and are hidden, with the legend saying so', () => {
    const { report } = allTables(CBS_POLICY, 'en');
    const byGemeente = report.tables.find((x) => x.id === 'gemeente_intake')!.published;
    const texel = byGemeente.cells.filter((c) => c.row === '0448' || c.row === '0088');
    expect(texel.some((c) => c.values.count?.status === 'suppressed')).toBe(true);
    const json = JSON.parse(toJson(byGemeente, { lang: 'en' }));
    expect(json.legend.symbols.map((s: { symbol: string }) => s.symbol)).toContain('x');
    expect(json.policy.rounding.seed).toBeUndefined();
  });

  it('builds every table in Dutch and English (all labels in the catalogs)', () => {
    for (const lang of ['nl', 'en'] as const) {
      const { tables } = allTables(CBS_POLICY, lang);
      for (const tb of tables) {
        expect(tb.title.length, tb.id).toBeGreaterThan(3);
        expect(toCsv(tb.published, { lang }).split('\n').length).toBeGreaterThan(2);
      }
    }
  });

  it('the figures add up: population over cohorts and groups equals the persons counted', () => {
    const c = run();
    const pop = c.scenarios[0]!.population;
    expect(pop.count.reduce((a, b) => a + b, 0)).toBe(c.scenarios[0]!.persons);
    expect(c.scenarios[0]!.persons + c.skipped).toBe(2500);
    // Under the reform (fines on asylum status holders without individual assessment) nobody awaits one.
    const fines = c.scenarios[1]!.fines;
    expect(fines.count[fines.at(4, 0)]).toBe(0);
    expect(c.scenarios[0]!.fines.count[fines.at(4, 0)]).toBeGreaterThan(0);
  });

  it('renders the report charts to SVG', async () => {
    const { report } = allTables(CBS_POLICY, 'nl');
    expect(report.charts.map((x) => x.id)).toEqual([
      'progress',
      'route',
      'workload_term_end',
      'workload_decision',
      'compare_fulfilled_in_term',
      'compare_fines',
      'compare_outcomes',
    ]);
    const svg = await renderSvg(report.charts.find((x) => x.id === 'workload_term_end')!.spec);
    expect(svg).toContain('<svg');
    expect(svg).toContain('Termijn eindigt');
  });
});
