import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CBS_POLICY,
  CBS_WIJKEN_POLICY,
  cellAt,
  type Dimension,
  type DisclosurePolicy,
  definePolicy,
  derivableCells,
  gridIndex,
  gridSize,
  legendFor,
  type Measure,
  magnitudeCell,
  PolicyError,
  type PublishedTable,
  policyById,
  publish,
  renderLegend,
  roundValue,
  type SourceCell,
  type SourceTable,
  TableError,
  toCsv,
  toJson,
} from '../../src/sim/disclosure/index.ts';

// ---------- helpers ----------

function dim(id: string, ids: readonly string[], provisional: readonly string[] = []): Dimension {
  return {
    id,
    label: id.toUpperCase(),
    categories: ids.map((k) => ({
      id: k,
      label: `${id}:${k}`,
      ...(provisional.includes(k) ? { provisional: true } : {}),
    })),
  };
}

function countTable(id: string, counts: readonly (readonly number[])[], oneD = false): SourceTable {
  const rows = dim(
    'r',
    counts.map((_, i) => `r${i}`),
  );
  if (oneD) return { id, dimensions: [rows], cells: counts.map((row) => ({ count: row[0]! })) };
  const cols = dim(
    'c',
    counts[0]!.map((_, j) => `c${j}`),
  );
  return { id, dimensions: [rows, cols], cells: counts.flat().map((count) => ({ count })) };
}

/** Published values of one measure as text rows (interior rows, then the total row; totals last in a row). */
function view(table: PublishedTable, m: Measure): string[][] {
  const text = (row: string | null, col: string | null) => {
    const v = cellAt(table, row, col).values[m]!;
    if (v.value === null) return v.symbol;
    return `${m === 'share' ? Math.round(v.value * 1000) / 10 : v.value}${v.symbol}`;
  };
  const rowIds: (string | null)[] = table.dimensions[0].categories.map((k) => k.id);
  if (table.totals) rowIds.push(null);
  if (table.dimensions.length === 1) return rowIds.map((r) => [text(r, null)]);
  const colIds: (string | null)[] = table.dimensions[1]!.categories.map((k) => k.id);
  if (table.totals) colIds.push(null);
  return rowIds.map((r) => colIds.map((c) => text(r, c)));
}

interface Line {
  /** Cell keys with coefficient: interior +1, the line's total -1. */
  readonly terms: readonly (readonly [string, number])[];
}

const key = (r: number | null, c: number | null) => `${r ?? 'T'}|${c ?? 'T'}`;

/** Exact values (with margins) of a measure of a source table, by cell key. */
function exact(table: SourceTable, pick: (c: SourceCell) => number): Map<string, number> {
  const rows = table.dimensions[0].categories.length;
  const cols = table.dimensions[1]?.categories.length ?? 0;
  const width = Math.max(cols, 1);
  const out = new Map<string, number>();
  const add = (k: string, v: number) => out.set(k, (out.get(k) ?? 0) + v);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < width; c++) {
      const v = pick(table.cells[r * width + c]!);
      if (cols === 0) {
        add(key(r, null), v);
      } else {
        add(key(r, c), v);
        add(key(r, null), v);
        add(key(null, c), v);
      }
      add(key(null, null), v);
    }
  }
  return out;
}

/** The additive constraints of a table with its margins: every row and column sums to its total. */
function lines(rows: number, cols: number): Line[] {
  const ri = [...Array(rows).keys()];
  const ci = [...Array(cols).keys()];
  if (cols === 0) return [{ terms: [...ri.map((r) => [key(r, null), 1] as const), [key(null, null), -1]] }];
  const out: Line[] = [];
  for (const r of [...ri, null])
    out.push({ terms: [...ci.map((c) => [key(r, c), 1] as const), [key(r, null), -1]] });
  for (const c of [...ci, null])
    out.push({ terms: [...ri.map((r) => [key(r, c), 1] as const), [key(null, c), -1]] });
  return out;
}

/** Keys of the cells not published for measure `m`; totals not in the table count as known (worst case). */
function hiddenKeys(table: PublishedTable, m: Measure): Set<string> {
  const rowIds = table.dimensions[0].categories.map((k) => k.id);
  const colIds = table.dimensions[1]?.categories.map((k) => k.id) ?? [];
  const out = new Set<string>();
  for (const cell of table.cells) {
    if (cell.values[m]!.status === 'published') continue;
    const r = cell.row === null ? null : rowIds.indexOf(cell.row);
    const c = cell.column === null || cell.column === undefined ? null : colIds.indexOf(cell.column);
    out.add(key(r, c));
  }
  return out;
}

/**
 * The attack the brief asks for: with published cells and totals taken as exact, repeatedly solve a hidden cell
 * from any row or column in which it is the only unknown. Returns what it solved, with the value it found.
 */
function peel(
  ls: readonly Line[],
  truth: ReadonlyMap<string, number>,
  hidden: ReadonlySet<string>,
): Map<string, number> {
  const known = new Map([...truth].filter(([k]) => !hidden.has(k)));
  const solved = new Map<string, number>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of ls) {
      const unknown = line.terms.filter(([k]) => !known.has(k));
      if (unknown.length !== 1) continue;
      const [k, coef] = unknown[0]!;
      const rest = line.terms.reduce((s, [k2, c2]) => (k2 === k ? s : s + c2 * known.get(k2)!), 0);
      const value = -rest / coef;
      known.set(k, value);
      solved.set(k, value);
      changed = true;
    }
  }
  return solved;
}

/** A stronger attack: hidden cells fixed by any linear combination of the lines (Gaussian elimination). */
function solvable(ls: readonly Line[], hidden: ReadonlySet<string>): Set<string> {
  const unknowns = [...hidden];
  const col = new Map(unknowns.map((k, i) => [k, i]));
  const rows = ls
    .map((l) => {
      const v = new Array<number>(unknowns.length).fill(0);
      for (const [k, c] of l.terms) if (col.has(k)) v[col.get(k)!] = c;
      return v;
    })
    .filter((v) => v.some((x) => x !== 0));
  const pivots: { row: number[]; at: number }[] = [];
  const reduce = (v: number[]) => {
    for (const p of pivots) {
      const f = v[p.at]!;
      if (Math.abs(f) > 1e-9) for (let j = 0; j < v.length; j++) v[j]! -= f * p.row[j]!;
    }
  };
  for (const r of rows) {
    const v = [...r];
    reduce(v);
    const at = v.findIndex((x) => Math.abs(x) > 1e-9);
    if (at === -1) continue;
    const f = v[at]!;
    const row = v.map((x) => x / f);
    for (const p of pivots) {
      const g = p.row[at]!;
      if (Math.abs(g) > 1e-9) for (let j = 0; j < row.length; j++) p.row[j]! -= g * row[j]!;
    }
    pivots.push({ row, at });
  }
  const out = new Set<string>();
  unknowns.forEach((k, i) => {
    const e = new Array<number>(unknowns.length).fill(0);
    e[i] = 1;
    reduce(e);
    if (e.every((x) => Math.abs(x) < 1e-9)) out.add(k);
  });
  return out;
}

function attack(source: SourceTable, table: PublishedTable, m: Measure, pick: (c: SourceCell) => number) {
  const rows = source.dimensions[0].categories.length;
  const cols = source.dimensions[1]?.categories.length ?? 0;
  const ls = lines(rows, cols);
  const hidden = hiddenKeys(table, m);
  return { peeled: peel(ls, exact(source, pick), hidden), solved: solvable(ls, hidden), hidden };
}

const byCount = (c: SourceCell) => c.count;
const bySum = (c: SourceCell) => c.sum ?? 0;

// ---------- exact outputs for small hand-made tables ----------

describe('publish: hand-made tables under the CBS-like default', () => {
  it('2-D counts with totals: one small cell gets three complementary suppressions, totals round to tens', () => {
    const source = countTable('routes', [
      [120, 45, 3],
      [80, 22, 31],
    ]);
    const t = publish(source, CBS_POLICY, { measures: ['count'], totals: true });
    expect(view(t, 'count')).toEqual([
      ['120', 'x', 'x', '170'],
      ['80', 'x', 'x', '130'],
      ['200', '70', '30', '300'],
    ]);
    expect(cellAt(t, 'r0', 'c2').values.count!.reason).toBe('frequency');
    expect(cellAt(t, 'r0', 'c1').values.count!.reason).toBe('secondary');
    expect(t.symbols).toEqual(['x']);
    expect(t.secondary).toBe(true);
    const { peeled, solved } = attack(source, t, 'count', byCount);
    expect(peeled.size).toBe(0);
    expect(solved.size).toBe(0);
  });

  it('one small cell in a larger table costs the cheapest rectangle, not a whole row', () => {
    // A greedy "hide the next-smallest cell in the line" would hide the whole small row and then a whole
    // large row; the cheapest cycle through the small cell is the classic rectangle of four.
    const source = countTable('routes-4x4', [
      [14100, 3900, 2600, 5600],
      [17500, 4800, 3900, 9900],
      [9000, 2400, 1800, 17300],
      [62, 7, 18, 21],
    ]);
    const t = publish(source, CBS_POLICY, { measures: ['count'], totals: true });
    expect(view(t, 'count')).toEqual([
      ['14100', '3900', '2600', '5600', '26200'],
      ['17500', '4800', '3900', '9900', '36100'],
      ['9000', 'x', 'x', '17300', '30500'],
      ['60', 'x', 'x', '20', '110'],
      ['40660', '11110', '8320', '32820', '92910'],
    ]);
    expect(attack(source, t, 'count', byCount).solved.size).toBe(0);
  });

  it('1-D counts with a total: the smallest non-zero cell protects the small one; zero stays published', () => {
    const source = countTable('groups', [[4], [25], [40], [0]], true);
    const t = publish(source, CBS_POLICY, { measures: ['count'], totals: true });
    expect(view(t, 'count')).toEqual([['x'], ['x'], ['40'], ['0'], ['70']]);
    expect(attack(source, t, 'count', byCount).peeled.size).toBe(0);
  });

  it('a small row total is itself suppressed and protected', () => {
    const source = countTable('small-row', [
      [3, 4, 0],
      [50, 60, 70],
      [55, 65, 75],
    ]);
    const t = publish(source, CBS_POLICY, { measures: ['count'], totals: true });
    expect(cellAt(t, 'r0', null).values.count!.reason).toBe('frequency');
    const { peeled, solved } = attack(source, t, 'count', byCount);
    expect([...peeled.keys()]).toEqual([]);
    expect([...solved]).toEqual([]);
  });

  it('shares of the row total: only from denominators >= 100, never of a hidden count', () => {
    const source = countTable('shares', [
      [60, 30, 10],
      [40, 20, 5],
    ]);
    const t = publish(source, CBS_POLICY, { measures: ['count', 'share'], totals: true, shareBase: 'row' });
    // Row 0 has 100 units: shares published. Row 1 has 65: '.'; its 5 is secret.
    expect(view(t, 'share')).toEqual([
      ['60', 'x', 'x', '100'],
      ['.', 'x', 'x', '.'],
      ['61', '30', '9', '100'],
    ]);
    expect(cellAt(t, 'r1', 'c0').values.share!.reason).toBe('denominator');
  });

  it('shares per numerator (progress): numerator / count, "." below the minimum denominator', () => {
    const source: SourceTable = {
      id: 'progress',
      dimensions: [dim('cohort', ['2022', '2023'], ['2023']), dim('month', ['12', '24'])],
      cells: [
        { count: 150, numerator: 30 },
        { count: 150, numerator: 71 },
        { count: 80, numerator: 10 },
        { count: 80, numerator: 20 },
      ],
    };
    const t = publish(source, CBS_POLICY, { measures: ['share'], shareBase: 'numerator' });
    expect(view(t, 'share')).toEqual([
      ['20', '47'],
      ['.', '.'],
    ]);
    const prov = publish(
      { ...source, cells: source.cells.map((c) => ({ ...c, count: c.count + 100 })) },
      CBS_POLICY,
      {
        measures: ['share'],
        shareBase: 'numerator',
      },
    );
    // 10 / 180 = 5.6% and 20 / 180 = 11.1%, published without decimals and marked provisional.
    expect(view(prov, 'share')[1]).toEqual(['6*', '11*']);
    expect(prov.symbols).toEqual(['*']);
  });

  it('sums and means: minimum units and the dominance rule, then secondary suppression', () => {
    const ok = { count: 200, sum: 1000, largest: 20 };
    const source: SourceTable = {
      id: 'months',
      dimensions: [dim('g', ['a', 'b', 'c', 'd'])],
      cells: [
        ok,
        { count: 120, sum: 500, largest: 200 },
        { count: 50, sum: 300, largest: 10 },
        { count: 300, sum: 2400, largest: 9 },
      ],
    };
    const t = publish(source, CBS_POLICY, { measures: ['sum', 'mean'], totals: true });
    expect(view(t, 'sum')).toEqual([['1000'], ['x'], ['x'], ['2400'], ['4200']]);
    expect(view(t, 'mean')).toEqual([['5'], ['x'], ['x'], ['8'], ['6.3']]);
    expect(cellAt(t, 'b').values.sum!.reason).toBe('dominance');
    expect(cellAt(t, 'c').values.sum!.reason).toBe('units');
    expect(attack(source, t, 'sum', bySum).peeled.size).toBe(0);
  });

  it('a lone dominance cell gets a secondary suppression', () => {
    const source: SourceTable = {
      id: 'dom',
      dimensions: [dim('g', ['a', 'b', 'c'])],
      cells: [
        { count: 200, sum: 1000, largest: 20 },
        { count: 120, sum: 500, largest: 200 },
        { count: 300, sum: 2400, largest: 9 },
      ],
    };
    const t = publish(source, CBS_POLICY, { measures: ['sum'], totals: true });
    expect(view(t, 'sum')).toEqual([['x'], ['x'], ['2400'], ['3900']]);
    expect(cellAt(t, 'a').values.sum!.reason).toBe('secondary');
  });

  it('magnitudeCell builds count, sum and largest contribution', () => {
    expect(magnitudeCell([3, 9, 1])).toEqual({ count: 3, sum: 13, largest: 9 });
    expect(magnitudeCell([])).toEqual({ count: 0, sum: 0, largest: 0 });
  });

  it('rejects malformed tables with the cell named', () => {
    const bad = countTable('bad', [[1.5, 2]]);
    expect(() => publish(bad, CBS_POLICY, { measures: ['count'] })).toThrow(
      /bad, cell \(r0, c0\).*whole number/,
    );
    const noNum = countTable('nonum', [[10, 2]]);
    expect(() => publish(noNum, CBS_POLICY, { measures: ['share'], shareBase: 'numerator' })).toThrow(
      TableError,
    );
    expect(() => publish(noNum, CBS_POLICY, { measures: ['share'] })).toThrow(/shareBase/);
    const short = { ...noNum, cells: noNum.cells.slice(1) };
    expect(() => publish(short, CBS_POLICY, { measures: ['count'] })).toThrow(/expected 2 cells/);
  });
});

describe('policies', () => {
  it('named policies carry the documented CBS parameters', () => {
    expect(policyById('cbs')).toMatchObject({
      minCellSize: 10,
      minDenominator: 100,
      rounding: { base: 10, method: 'fixed' },
    });
    expect(policyById('cbs-wijken')).toMatchObject({
      minDenominator: 10,
      rounding: { base: 5, method: 'random' },
    });
    expect(() => policyById('nope')).toThrow(/known: cbs, cbs-wijken/);
  });

  it('definePolicy validates', () => {
    expect(() => definePolicy({ id: 'p', minCellSize: 7, rounding: { base: 5 } })).toThrow(PolicyError);
    expect(() => definePolicy({ id: 'p', magnitude: { maxContributorShare: 0 } })).toThrow(
      /maxContributorShare/,
    );
    expect(definePolicy({ id: 'p', rounding: { base: 100 }, minCellSize: 100 }).rounding).toEqual({
      base: 100,
      method: 'fixed',
      seed: 'inburgering',
    });
  });

  it('fixed rounding goes to the nearest multiple, halves up', () => {
    const rule = CBS_POLICY.rounding;
    expect([0, 4, 5, 14, 15, 301].map((v) => roundValue(v, rule, 'k'))).toEqual([0, 0, 10, 10, 20, 300]);
  });

  it('random rounding is deterministic, lands on a neighbouring multiple and is unbiased', () => {
    const rule = CBS_WIJKEN_POLICY.rounding;
    const draws = Array.from({ length: 20_000 }, (_, i) => roundValue(23, rule, `cell-${i}`));
    expect(new Set(draws)).toEqual(new Set([20, 25]));
    const mean = draws.reduce((s, v) => s + v, 0) / draws.length;
    expect(mean).toBeGreaterThan(22.9);
    expect(mean).toBeLessThan(23.1);
    expect(roundValue(23, rule, 'cell-7')).toBe(draws[7]);
    expect(roundValue(25, rule, 'x')).toBe(25);
  });

  it('random rounding is consistent across tables: same population, same figure', () => {
    // Averaging many independently rounded copies of one figure would undo the rounding.
    const g = dim('g', ['a', 'b']);
    const h = dim('h', ['p', 'q']);
    const counts = [23, 41, 17, 68];
    const gh = publish(
      { id: 'one', dimensions: [g, h], cells: counts.map((count) => ({ count })) },
      CBS_WIJKEN_POLICY,
      {
        measures: ['count'],
        totals: true,
      },
    );
    const hg = publish(
      { id: 'two', dimensions: [h, g], cells: [0, 2, 1, 3].map((i) => ({ count: counts[i]! })) },
      CBS_WIJKEN_POLICY,
      { measures: ['count'], totals: true },
    );
    const gOnly = publish(
      { id: 'three', dimensions: [g], cells: [{ count: 64 }, { count: 85 }] },
      CBS_WIJKEN_POLICY,
      {
        measures: ['count'],
        totals: true,
      },
    );
    for (const [r, c] of [
      ['a', 'p'],
      ['a', 'q'],
      ['b', 'p'],
      ['b', 'q'],
    ] as const) {
      expect(cellAt(gh, r, c).values.count!.value).toBe(cellAt(hg, c, r).values.count!.value);
    }
    expect(cellAt(gOnly, 'a').values.count!.value).toBe(cellAt(gh, 'a', null).values.count!.value);
    expect(cellAt(gOnly, null).values.count!.value).toBe(cellAt(gh, null, null).values.count!.value);
    // A different secret rounds differently somewhere.
    const other = definePolicy({ id: 'other', rounding: { seed: 'another secret' } }, CBS_WIJKEN_POLICY);
    const draws = (p: DisclosurePolicy) =>
      Array.from({ length: 50 }, (_, i) => roundValue(i * 5 + 2, p.rounding, `k${i}`)).join();
    expect(draws(other)).not.toBe(draws(CBS_WIJKEN_POLICY));
  });

  it('cbs-wijken publishes small counts randomly rounded to fives, same table same figures', () => {
    const source = countTable('wijk', [
      [3, 12],
      [41, 7],
    ]);
    const a = publish(source, CBS_WIJKEN_POLICY, { measures: ['count'], totals: true });
    const b = publish(source, CBS_WIJKEN_POLICY, { measures: ['count'], totals: true });
    expect(a).toEqual(b);
    const values = a.cells.map((c) => c.values.count!.value);
    expect(values.every((v) => v !== null && v % 5 === 0)).toBe(true);
    expect(
      cellAt(a, 'r0', 'c0').values.count!.value === 0 || cellAt(a, 'r0', 'c0').values.count!.value === 5,
    ).toBe(true);
  });
});

describe('legend and export', () => {
  const source: SourceTable = {
    id: 'export',
    dimensions: [
      {
        id: 'cohort',
        label: 'Cohort',
        categories: [
          { id: '2022', label: '2022' },
          { id: '2023', label: '2023', provisional: true },
        ],
      },
    ],
    cells: [{ count: 1234 }, { count: 7 }],
  };
  const t = publish(source, CBS_POLICY, { measures: ['count'], totals: true });

  it('renders the legend in Dutch and English with only the symbols used', () => {
    expect(renderLegend(legendFor(CBS_POLICY, 'nl', [t]))).toEqual([
      'Verklaring van tekens',
      'x  geheim',
      '*  voorlopig cijfer',
      'Aantallen zijn afgerond op tientallen; een totaal kan daardoor afwijken van de som van de delen.',
      'Aantallen kleiner dan 10 (behalve 0) zijn geheim.',
      'Enkele cellen zijn extra geheim gemaakt, zodat een geheime cel niet uit de totalen is af te leiden.',
    ]);
    const en = legendFor(CBS_WIJKEN_POLICY, 'en');
    expect(en.symbols.map((s) => s.symbol)).toEqual(['x', '.', '*']);
    expect(en.notes[0]).toBe(
      'Counts are randomly rounded to multiples of 5; a total may therefore differ from the sum of its parts.',
    );
  });

  it('CSV: long format, one line per cell, value and symbol columns', () => {
    // Two cells and a total: 7 is secret, which exposes nothing but forces its partner and total.
    expect(toCsv(t, { lang: 'nl' })).toBe(
      ['Cohort,aantal,aantal (teken)', '2022,,x', '2023,,x', 'Totaal,1240,*', ''].join('\n'),
    );
    const shares = publish(countTable('s', [[150, 50]]), CBS_POLICY, {
      measures: ['share'],
      shareBase: 'row',
      totals: true,
    });
    expect(toCsv(shares, { lang: 'en', delimiter: ';' })).toBe(
      [
        'R;C;percentage;percentage (symbol)',
        'r:r0;c:c0;75;',
        'r:r0;c:c1;25;',
        'r:r0;Total;100;',
        'Total;c:c0;75;',
        'Total;c:c1;25;',
        'Total;Total;100;',
        '',
      ].join('\n'),
    );
  });

  it('CSV quotes fields with the delimiter or quotes', () => {
    const q = publish(
      {
        id: 'q',
        dimensions: [{ id: 'g', label: 'Groep, "soort"', categories: [{ id: 'a', label: 'a' }] }],
        cells: [{ count: 20 }],
      },
      CBS_POLICY,
      { measures: ['count'] },
    );
    expect(toCsv(q, { lang: 'nl' }).split('\n')[0]).toBe('"Groep, ""soort""",aantal,aantal (teken)');
  });

  it('JSON: labelled cells, policy and legend', () => {
    const doc = JSON.parse(toJson(t, { lang: 'en' }));
    expect(doc.cells).toEqual([
      {
        row: '2022',
        rowLabel: '2022',
        provisional: false,
        count: { value: null, status: 'suppressed', symbol: 'x', reason: 'secondary' },
      },
      {
        row: '2023',
        rowLabel: '2023',
        provisional: true,
        count: { value: null, status: 'suppressed', symbol: 'x', reason: 'frequency' },
      },
      {
        row: null,
        rowLabel: 'Total',
        provisional: true,
        count: { value: 1240, status: 'published', symbol: '*' },
      },
    ]);
    expect(doc.policy.id).toBe('cbs');
    // The rounding key is secret: it would tell which way each figure was rounded.
    expect(doc.policy.rounding).toEqual({ base: 10, method: 'fixed' });
    const keyed = definePolicy({ id: 'keyed', rounding: { method: 'random', seed: 's3cr3t-key' } });
    expect(toJson(publish(source, keyed, { measures: ['count'] }), { lang: 'nl' })).not.toContain(
      's3cr3t-key',
    );
    expect(doc.legend.symbols).toEqual([
      { symbol: 'x', text: 'confidential' },
      { symbol: '*', text: 'provisional figure' },
    ]);
  });
});

// ---------- the attack checkers themselves ----------

describe('attack checkers', () => {
  it('find a cell hidden alone in its row (so the property tests can fail)', () => {
    const source = countTable('naive', [
      [120, 45, 3],
      [80, 22, 31],
    ]);
    const naive = publish(source, definePolicy({ id: 'none', minCellSize: 0, rounding: { base: 1 } }), {
      measures: ['count'],
      totals: true,
    });
    // Hide only the primary cell by hand: the checker must recover it exactly.
    const hidden = new Set([key(0, 2)]);
    const ls = lines(2, 3);
    expect(peel(ls, exact(source, byCount), hidden)).toEqual(new Map([[key(0, 2), 3]]));
    expect(solvable(ls, hidden)).toEqual(hidden);
    expect(naive.cells.every((c) => c.values.count!.status === 'published')).toBe(true);
  });

  it('the linear attack sees through a pattern line-peeling misses (two rectangles joined by one cell)', () => {
    // Rectangles on rows 0-1 x cols 0-1 and rows 2-3 x cols 2-3, joined by (1, 2): every line has >= 2 unknowns.
    // biome-ignore format: grid layout
    const hidden = new Set([
      key(0, 0), key(0, 1), key(1, 0), key(1, 1),
      key(2, 2), key(2, 3), key(3, 2), key(3, 3),
      key(1, 2),
    ]);
    const ls = lines(4, 4);
    const uniform = countTable(
      'x',
      Array.from({ length: 4 }, () => [20, 30, 40, 50]),
    );
    const truth = exact(uniform, byCount);
    expect(peel(ls, truth, hidden).size).toBe(0);
    expect(solvable(ls, hidden)).toEqual(new Set([key(1, 2)]));
    // ... and so does the implementation's graph test.
    const grid = { rows: 4, columns: 4 };
    const flags = new Array<boolean>(gridSize(grid)).fill(false);
    for (const k of hidden) {
      const [r, c] = k.split('|').map(Number) as [number, number];
      flags[gridIndex(grid, r, c)] = true;
    }
    const derivable = derivableCells(grid, flags);
    expect(derivable.map((d, i) => (d ? i : -1)).filter((i) => i >= 0)).toEqual([gridIndex(grid, 1, 2)]);
  });
});

// ---------- properties ----------

const policyArb: fc.Arbitrary<DisclosurePolicy> = fc
  .record({
    base: fc.constantFrom(1 as const, 5 as const, 10 as const, 100 as const),
    method: fc.constantFrom('fixed' as const, 'random' as const),
    min: fc.integer({ min: 0, max: 20 }),
    minDenominator: fc.integer({ min: 0, max: 200 }),
    minUnits: fc.integer({ min: 0, max: 120 }),
    maxShare: fc.double({ min: 0.05, max: 1, noNaN: true }),
    seed: fc.string({ maxLength: 8 }),
  })
  .map((p) =>
    definePolicy({
      id: 'prop',
      minCellSize: Math.ceil(p.min / p.base) * p.base,
      rounding: { base: p.base, method: p.method, seed: p.seed },
      minDenominator: p.minDenominator,
      magnitude: { minUnits: p.minUnits, maxContributorShare: p.maxShare },
    }),
  );

const countArb = fc.oneof(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 400 }));

const cellArb: fc.Arbitrary<SourceCell> = fc
  .record({
    count: countArb,
    frac: fc.double({ min: 0, max: 1, noNaN: true }),
    largest: fc.integer({ min: 0, max: 50 }),
    spread: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ count, frac, largest, spread }) => {
    if (count === 0) return { count, numerator: 0, sum: 0, largest: 0 };
    const top = largest;
    const sum = top + Math.round(spread * (count - 1) * top);
    return { count, numerator: Math.floor(frac * count), sum, largest: top };
  });

/** 1-D (columns 0) or 2-D source tables of up to 6 by 5 cells. */
const tableArb = (minRows = 1, minCols = 0, maxCols = 5): fc.Arbitrary<SourceTable> =>
  fc
    .record({ rows: fc.integer({ min: minRows, max: 6 }), cols: fc.integer({ min: minCols, max: maxCols }) })
    .chain(({ rows, cols }) =>
      fc
        .array(cellArb, { minLength: rows * Math.max(cols, 1), maxLength: rows * Math.max(cols, 1) })
        .map((cells): SourceTable => {
          const r = dim(
            'r',
            Array.from({ length: rows }, (_, i) => `r${i}`),
          );
          const c = dim(
            'c',
            Array.from({ length: cols }, (_, j) => `c${j}`),
          );
          return { id: 'prop', dimensions: cols === 0 ? [r] : [r, c], cells };
        }),
    );

const RUNS = { numRuns: 400 };

describe('properties', () => {
  it('no published count below the minimum; every published count and sum is a multiple of the base', () => {
    fc.assert(
      fc.property(tableArb(), policyArb, fc.boolean(), (source, policy, totals) => {
        const t = publish(source, policy, { measures: ['count', 'sum'], totals });
        const truth = exact(source, byCount);
        const rows = source.dimensions[0].categories.map((k) => k.id);
        const cols = source.dimensions[1]?.categories.map((k) => k.id) ?? [];
        for (const cell of t.cells) {
          const r = cell.row === null ? null : rows.indexOf(cell.row);
          const c = cell.column == null ? null : cols.indexOf(cell.column);
          const n = truth.get(key(r, c))!;
          const v = cell.values.count!;
          if (v.status === 'published') {
            expect(v.value! === 0 || v.value! >= policy.minCellSize).toBe(true);
            expect(n === 0 || n >= policy.minCellSize).toBe(true);
            expect(v.value! % policy.rounding.base).toBe(0);
          } else {
            expect(v.symbol).toBe('x');
          }
          const s = cell.values.sum!;
          if (s.status === 'published') {
            expect(Math.abs(s.value!) % policy.rounding.base).toBe(0);
            expect(n === 0 || n >= Math.max(policy.minCellSize, policy.magnitude.minUnits)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('percentages only where the denominator is allowed', () => {
    fc.assert(
      fc.property(
        tableArb(),
        policyArb,
        fc.constantFrom('numerator' as const, 'row' as const, 'column' as const, 'total' as const),
        (source, policy, base) => {
          const oneD = source.dimensions.length === 1;
          const shareBase = oneD && (base === 'row' || base === 'column') ? 'total' : base;
          const t = publish(source, policy, { measures: ['share'], shareBase, totals: true });
          const counts = exact(source, byCount);
          const nums = exact(source, (c) => c.numerator ?? 0);
          const rows = source.dimensions[0].categories.map((k) => k.id);
          const cols = source.dimensions[1]?.categories.map((k) => k.id) ?? [];
          for (const cell of t.cells) {
            const r = cell.row === null ? null : rows.indexOf(cell.row);
            const c = cell.column == null ? null : cols.indexOf(cell.column);
            const v = cell.values.share!;
            if (v.status !== 'published') continue;
            const den =
              shareBase === 'numerator'
                ? counts.get(key(r, c))!
                : shareBase === 'row'
                  ? counts.get(key(r, null))!
                  : shareBase === 'column'
                    ? counts.get(key(null, c))!
                    : counts.get(key(null, null))!;
            const num = shareBase === 'numerator' ? nums.get(key(r, c))! : counts.get(key(r, c))!;
            expect(den).toBeGreaterThanOrEqual(Math.max(policy.minDenominator, 1));
            expect(Math.abs(v.value! - num / den)).toBeLessThanOrEqual(
              0.5 * 10 ** -(policy.percentDecimals + 2) + 1e-12,
            );
          }
        },
      ),
      RUNS,
    );
  });

  it('no suppressed count or sum is recoverable from a table with published totals', () => {
    fc.assert(
      fc.property(tableArb(), policyArb, (source, policy) => {
        const t = publish(source, policy, { measures: ['count', 'sum'], totals: true });
        for (const [m, pick] of [
          ['count', byCount],
          ['sum', bySum],
        ] as const) {
          const { peeled, solved } = attack(source, t, m, pick);
          expect([...peeled.keys()]).toEqual([]);
          expect([...solved]).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it('without published totals, nothing is recoverable even if exact totals are known elsewhere', () => {
    // 2-D tables need two rows and two columns (a single row is its own column totals); 1-D tables two rows.
    fc.assert(
      fc.property(fc.oneof(tableArb(2, 2), tableArb(2, 0, 0)), policyArb, (source, policy) => {
        const t = publish(source, policy, { measures: ['count'], totals: false });
        expect(t.cells.every((c) => c.row !== null && c.column !== null)).toBe(true);
        const { peeled, solved } = attack(source, t, 'count', byCount);
        expect([...peeled.keys()]).toEqual([]);
        expect([...solved]).toEqual([]);
      }),
      RUNS,
    );
  });

  it('the graph test of derivability agrees with linear algebra on random patterns', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        fc.infiniteStream(fc.boolean()),
        (rows, cols, bits) => {
          const grid = { rows, columns: cols };
          const flags = [...bits.take(gridSize(grid))];
          const keys: string[] = [];
          for (let r = 0; r <= rows; r++) {
            for (let c = 0; c <= (cols === 0 ? 0 : cols); c++) {
              const rr = r === rows ? null : r;
              const cc = cols === 0 || c === cols ? null : c;
              keys[gridIndex(grid, rr, cc)] = key(rr, cc);
            }
          }
          const hidden = new Set(keys.filter((_, i) => flags[i]));
          const expected = solvable(lines(rows, cols), hidden);
          const got = derivableCells(grid, flags);
          expect(new Set(keys.filter((_, i) => got[i]))).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
