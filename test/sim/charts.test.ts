import { describe, expect, it } from 'vitest';
import {
  ChartError,
  PALETTE,
  progressCurveSpec,
  reformComparisonSpec,
  renderPng,
  renderSvg,
  routeSharesSpec,
  textColourOn,
  wrapText,
} from '../../src/sim/charts/index.ts';
import { textWidth } from '../../src/sim/charts/metrics.ts';
import { CBS_POLICY, type Dimension, publish, type SourceTable } from '../../src/sim/disclosure/index.ts';

/** Contents of the first SVG group whose class starts with `cls` (mark groups hold no nested groups). */
function markGroup(svg: string, cls: string): string {
  const start = svg.indexOf(`class="${cls}`);
  if (start === -1) throw new Error(`no group ${cls}`);
  return svg.slice(start, svg.indexOf('</g>', start));
}

/** Contents of every SVG group whose class starts with `cls`, joined. */
function markGroups(svg: string, cls: string): string {
  const parts: string[] = [];
  for (let at = svg.indexOf(`class="${cls}`); at !== -1; at = svg.indexOf(`class="${cls}`, at + 1)) {
    parts.push(svg.slice(at, svg.indexOf('</g>', at)));
  }
  return parts.join('\n');
}

/** Text content in document order; a multi-line text gives one entry per line (tspan). */
function texts(svgPart: string): string[] {
  return [...svgPart.matchAll(/<(?:text|tspan)[^>]*>([^<]+)</g)].map((m) => m[1]!);
}

function count(haystack: string, needle: string | RegExp): number {
  return haystack.split(needle).length - 1;
}

const groups: Dimension = {
  id: 'groep',
  label: 'Groep',
  categories: [
    { id: 'asiel', label: 'Asielmigranten' },
    { id: 'gezin', label: 'Gezinsmigranten', provisional: true },
  ],
};

describe('progress curve', () => {
  const source: SourceTable = {
    id: 'progress',
    dimensions: [
      groups,
      {
        id: 'maand',
        label: 'Maand',
        categories: [0, 12, 24].map((m) => ({ id: String(m), label: String(m), value: m })),
      },
    ],
    cells: [
      { count: 400, numerator: 8 },
      { count: 400, numerator: 100 },
      { count: 400, numerator: 220 },
      { count: 300, numerator: 30 },
      { count: 300, numerator: 120 },
      { count: 60, numerator: 40 }, // too small a denominator: '.'
    ],
  };
  const table = publish(source, CBS_POLICY, { measures: ['share'], shareBase: 'numerator' });

  it('draws one line per group, a point per published figure, with Dutch labels and the legend', async () => {
    const svg = await renderSvg(progressCurveSpec(table, { lang: 'nl' }));
    // Vega draws each series as its own line mark group.
    expect(count(svg, 'class="mark-line role-mark')).toBe(2);
    expect(svg).toMatch(/aria-label="Asielmigranten;[^"]*" [^>]*d="M0,[\d.]+L280,[\d.]+L560,[\d.]+"/);
    // Five published points; the '.' one is left out.
    expect(count(markGroup(svg, 'mark-symbol role-mark'), '<path')).toBe(5);
    expect(svg).toContain('aria-label="Asielmigranten; Maanden sinds de start: 24; Aandeel voldaan: 55%"');
    expect(svg).not.toContain('Gezinsmigranten*; Maanden sinds de start: 24');
    expect(texts(markGroups(svg, 'mark-text role-legend-label'))).toEqual([
      'Asielmigranten',
      'Gezinsmigranten*',
    ]);
    expect(texts(markGroup(svg, 'mark-text role-axis-label'))).toEqual(['0', '6', '12', '18', '24']);
    const yLabels = texts(svg.slice(svg.indexOf('Y-axis')));
    expect(yLabels.slice(0, 6)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
    const all = texts(svg);
    expect(all).toContain('Aandeel dat heeft voldaan, naar maanden sinds de start');
    expect(all).toContain('Maanden sinds de start');
    expect(all).toContain(
      'Verklaring van tekens: . = cijfer onbekend of onvoldoende betrouwbaar; * = voorlopig cijfer',
    );
    expect(all).toContain('Percentages staan er alleen als de noemer ten minste 100 waarnemingen telt.');
    expect(all).toContain('Bron: inburgering, eigen berekening');
  });

  it('speaks English, takes a title and source, and uses the colour-blind-safe palette', async () => {
    const svg = await renderSvg(
      progressCurveSpec(table, { lang: 'en', title: 'Voldaan by group', source: 'Source: test data' }),
    );
    const all = texts(svg);
    expect(all).toEqual(
      expect.arrayContaining(['Voldaan by group', 'Months since the start', 'Source: test data']),
    );
    expect(all).not.toContain('Bron: inburgering, eigen berekening');
    expect(svg).toContain(`stroke="${PALETTE[0]}"`);
    expect(svg).toContain(`stroke="${PALETTE[1]}"`);
  });

  it('refuses a table that is not group by month shares', () => {
    const oneD = publish(
      { id: 'x', dimensions: [groups], cells: [{ count: 200 }, { count: 300 }] },
      CBS_POLICY,
      { measures: ['count'] },
    );
    expect(() => progressCurveSpec(oneD, { lang: 'nl' })).toThrow(ChartError);
  });
});

describe('route shares', () => {
  const source: SourceTable = {
    id: 'routes',
    dimensions: [
      groups,
      {
        id: 'route',
        label: 'Leerroute',
        categories: [
          { id: 'b1', label: 'B1-route' },
          { id: 'ond', label: 'Onderwijsroute' },
          { id: 'z', label: 'Z-route' },
        ],
      },
    ],
    // Asiel: 600/250/150 of 1000. Gezin: 300/4/96 of 400: the 4 is secret, and with only two rows it takes the
    // 96 and both asiel cells in those columns with it.
    cells: [600, 250, 150, 300, 4, 96].map((n) => ({ count: n })),
  };
  const table = publish(source, CBS_POLICY, { measures: ['count', 'share'], shareBase: 'row' });

  it('stacks the published shares and draws the confidential rest as one grey x part', async () => {
    const svg = await renderSvg(routeSharesSpec(table, { lang: 'nl' }));
    const bars = markGroup(svg, 'mark-rect role-mark');
    expect(count(bars, '<path')).toBe(4);
    expect(bars).toContain('aria-label="Asielmigranten; B1-route: 60%"');
    expect(bars).toContain('aria-label="Asielmigranten; geheim (x): 40%"');
    expect(bars).toContain('aria-label="Gezinsmigranten*; B1-route: 75%"');
    expect(bars).toContain('aria-label="Gezinsmigranten*; geheim (x): 25%"');
    expect(count(bars, 'fill="#BDBDBD"')).toBe(2);
    expect(texts(markGroup(svg, 'mark-text role-mark'))).toEqual(['60%', 'x', '75%', 'x']);
    expect(texts(markGroups(svg, 'mark-text role-legend-label'))).toEqual([
      'B1-route',
      'Onderwijsroute',
      'Z-route',
      'geheim (x)',
    ]);
    const all = texts(svg);
    expect(all).toContain('Verdeling over de leerroutes');
    expect(all).toContain('Aantallen kleiner dan 10 (behalve 0) zijn geheim.');
    expect(all.some((s) => s.startsWith('Enkele cellen zijn extra geheim gemaakt'))).toBe(true);
  });

  it('shows "." for a row whose total is too small for percentages', async () => {
    const small = publish(
      { ...source, cells: [600, 250, 150, 40, 20, 30].map((n) => ({ count: n })) },
      CBS_POLICY,
      {
        measures: ['share'],
        shareBase: 'row',
      },
    );
    const svg = await renderSvg(routeSharesSpec(small, { lang: 'en' }));
    expect(count(markGroup(svg, 'mark-rect role-mark'), '<path')).toBe(3);
    expect(texts(markGroups(svg, 'mark-text role-mark'))).toEqual(['60%', '25%', '15%', '.']);
    expect(texts(svg)).toContain(
      'Explanation of symbols: . = figure not available or not reliable enough; * = provisional figure',
    );
  });

  it('needs shares of the row total', () => {
    const perNumerator = publish(
      { ...source, cells: source.cells.map((c) => ({ ...c, numerator: 0 })) },
      CBS_POLICY,
      { measures: ['share'], shareBase: 'numerator' },
    );
    expect(() => routeSharesSpec(perNumerator, { lang: 'nl' })).toThrow(/row total/);
  });
});

describe('baseline against reform', () => {
  const dims = [
    {
      id: 'groep',
      label: 'Groep',
      categories: [
        ...groups.categories.map((k) => ({ id: k.id, label: k.label })),
        { id: 'klein', label: 'Klein' },
      ],
    },
  ] as const;
  const baseline = publish(
    {
      id: 'base',
      dimensions: dims,
      cells: [
        { count: 1000, numerator: 320 },
        { count: 500, numerator: 250 },
        { count: 40, numerator: 10 },
      ],
    },
    CBS_POLICY,
    { measures: ['share'], shareBase: 'numerator' },
  );
  const reform = publish(
    {
      id: 'reform',
      dimensions: dims,
      cells: [
        { count: 1000, numerator: 390 },
        { count: 500, numerator: 235 },
        { count: 40, numerator: 12 },
      ],
    },
    CBS_POLICY,
    { measures: ['share'], shareBase: 'numerator' },
  );

  it('draws paired bars with the difference in percentage points, and the symbol where a figure is missing', async () => {
    const svg = await renderSvg(reformComparisonSpec(baseline, reform, { lang: 'nl' }));
    const bars = markGroup(svg, 'mark-rect role-mark');
    expect(count(bars, '<path')).toBe(4);
    expect(bars).toContain('aria-label="Asielmigranten; Basis: 32%"');
    expect(bars).toContain('aria-label="Asielmigranten; Hervorming: 39%"');
    const labels = texts(svg);
    expect(labels).toEqual(expect.arrayContaining(['+7 %-punt', '\u22123 %-punt', 'Basis', 'Hervorming']));
    expect(labels.filter((s) => s === '.')).toHaveLength(2);
    expect(labels).toContain('Basis en hervorming vergeleken');
  });

  it('English labels and percentage points', async () => {
    const svg = await renderSvg(reformComparisonSpec(baseline, reform, { lang: 'en' }));
    expect(texts(svg)).toEqual(expect.arrayContaining(['+7 pp', '\u22123 pp', 'Baseline', 'Reform']));
  });

  it('refuses tables over different categories', () => {
    const other = publish(
      {
        id: 'o',
        dimensions: [groups],
        cells: [
          { count: 200, numerator: 1 },
          { count: 200, numerator: 1 },
        ],
      },
      CBS_POLICY,
      { measures: ['share'], shareBase: 'numerator' },
    );
    expect(() => reformComparisonSpec(baseline, other, { lang: 'nl' })).toThrow(/different categories/);
  });
});

describe('PNG', () => {
  it('is a PNG of a sane size', async () => {
    const table = publish(
      {
        id: 'p',
        dimensions: [groups],
        cells: [
          { count: 200, numerator: 50 },
          { count: 300, numerator: 200 },
        ],
      },
      CBS_POLICY,
      { measures: ['share'], shareBase: 'numerator' },
    );
    const spec = reformComparisonSpec(table, table, { lang: 'nl' });
    const png = await renderPng(spec, { scale: 2 });
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const header = new DataView(png.buffer, png.byteOffset + 16, 8);
    const [width, height] = [header.getUint32(0), header.getUint32(4)];
    // The plot is 560 by 320 units plus axes, legend and footnote, at scale 2.
    expect(width).toBeGreaterThan(1200);
    expect(width).toBeLessThan(1600);
    expect(height).toBeGreaterThan(800);
    expect(height).toBeLessThan(1300);
    expect(png.length).toBeGreaterThan(20_000);
  });
});

describe('theme helpers', () => {
  it('measures DejaVu Sans', () => {
    expect(textWidth('iiii', 10)).toBeCloseTo(11.12, 2);
    expect(textWidth('MMMM', 10)).toBeCloseTo(34.52, 2);
    expect(textWidth('MMMM', 10, true)).toBeGreaterThan(textWidth('MMMM', 10));
  });

  it('wraps footnotes to the width', () => {
    const text =
      'Enkele cellen zijn extra geheim gemaakt, zodat een geheime cel niet uit de totalen is af te leiden.';
    const lines = wrapText(text, 200, 11);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) expect(textWidth(l, 11)).toBeLessThanOrEqual(200);
  });

  it('picks readable text on bar colours', () => {
    expect(textColourOn('#0072B2')).toBe('#ffffff');
    expect(textColourOn('#E69F00')).toBe('#1a1a1a');
    expect(textColourOn('#BDBDBD')).toBe('#1a1a1a');
  });
});
