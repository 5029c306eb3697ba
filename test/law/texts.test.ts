/**
 * The one text system (src/i18n/format.ts) and its catalogs.
 *
 * Citizen-facing catalogs, complete in all six languages (nl, en, ar, ti, tr, uk): the law's explanations
 * (src/law/explain/<lang>.ts) and the web's site and checker texts (src/web/i18n/ui, test/web/catalogs.test.ts).
 * Staff and operator catalogs stay Dutch and English by design: the workspace (src/web/i18n/workspace), the API's
 * problem texts (src/api/i18n), the case file (src/case/i18n), the simulation (src/sim/i18n) and the CLI's own
 * messages (src/cli/i18n; for --lang ar|ti|tr|uk the CLI speaks English around explanations in that language).
 *
 * Checked here: every key in every catalog of its namespace, every message parses as ICU MessageFormat with the
 * same placeholders in every language, every placeholder is given by the code that renders it (over 1,000
 * generated persons, in all six languages), and plurals, dates and amounts come from Intl.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGS as CASE } from '../../src/case/index.ts';
import { chainEn } from '../../src/cli/i18n/chain.en.ts';
import { chainNl } from '../../src/cli/i18n/chain.nl.ts';
import { en as cliEn } from '../../src/cli/i18n/en.ts';
import { nl as cliNl } from '../../src/cli/i18n/nl.ts';
import { simulateEn } from '../../src/cli/i18n/simulate.en.ts';
import { simulateNl } from '../../src/cli/i18n/simulate.nl.ts';
import { formatMessage, formatter, MISSING, placeholders } from '../../src/i18n/index.ts';
import { beoordeel, renderProblemLines, renderSummaryLines, renderWhyLines } from '../../src/law/index.ts';
import { CATALOGS, fallbackChain, LANGS, t } from '../../src/law/texts.ts';
import { validateFacts } from '../../src/law/validate.ts';
import { en as simEn } from '../../src/sim/i18n/en.ts';
import { nl as simNl } from '../../src/sim/i18n/nl.ts';
import { UI_CATALOGS, WORKSPACE_CATALOGS } from '../../src/web/i18n/index.ts';
import { peildatumFor, person } from '../support/persons.ts';

const nl = CATALOGS.nl;

function flatten(o: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else if (v && typeof v === 'object') Object.assign(out, flatten(v, key));
  }
  return out;
}

describe('law explanations: complete in six languages', () => {
  for (const lang of LANGS) {
    it(`${lang} has exactly the Dutch keys, each a valid ICU message with the Dutch placeholders`, () => {
      const cat = CATALOGS[lang];
      expect(Object.keys(cat).sort()).toEqual(Object.keys(nl).sort());
      for (const [k, v] of Object.entries(nl)) {
        const own = placeholders(cat[k] as string, lang);
        expect(own, `${lang} ${k} does not parse`).not.toBeNull();
        expect(own, `${lang} ${k}`).toEqual(placeholders(v));
      }
    });
  }

  it('every placeholder is given by the code that renders it (1,000 persons, six languages)', () => {
    const gaps = new Set<string>();
    const txs = LANGS.map((lang) =>
      formatter(
        lang,
        fallbackChain(lang).map((l) => CATALOGS[l]),
        { onMissing: (key, name) => gaps.add(`${key} {${name}}`) },
      ),
    );
    let lines = 0;
    for (let s = 0; s < 1000; s++) {
      const a = beoordeel(person(s), peildatumFor(s), { trace: true });
      for (const tx of txs) {
        lines += renderSummaryLines(a, tx).length + renderWhyLines(a, tx).length;
      }
    }
    // Input problems too: a fact file with a wrong type, an unknown value, a missing and an unknown field.
    const v = validateFacts({ person: { birthDate: 7, nationalities: 'SY', x: 1 }, residence: [{}] });
    expect(v.ok).toBe(false);
    if (!v.ok) for (const tx of txs) lines += renderProblemLines(v.problems, tx).length;
    expect(lines).toBeGreaterThan(1000 * 6 * 5);
    expect([...gaps].sort()).toEqual([]);
  });

  it('no rendered line shows a raw placeholder or a catalog key', () => {
    for (const lang of LANGS) {
      for (let s = 0; s < 150; s++) {
        const a = beoordeel(person(s), peildatumFor(s), { trace: true });
        const tx = formatter(lang, [CATALOGS[lang]]);
        for (const line of [...renderSummaryLines(a, tx), ...renderWhyLines(a, tx).map((w) => w.text)]) {
          expect(line, `${lang} #${s}`).not.toMatch(/\{\w+[},]/);
          expect(line, `${lang} #${s}`).not.toMatch(/^(summary|rule|point|scope|component|route|regime)\.\w/);
        }
      }
    }
  });
});

describe('the one formatter', () => {
  it('Arabic and Ukrainian counts take their plural forms (ICU plural over Intl.PluralRules)', () => {
    const months = (lang: string, n: number) => t(lang, 'summary.fine.new_term', { months: n });
    // Arabic: 1 شهر واحد, 2 شهران (dual), 3-10 أشهر (few), 11-99 شهراً (many).
    expect(months('ar', 1)).toContain('شهر واحد');
    expect(months('ar', 2)).toContain('شهران');
    expect(months('ar', 3)).toContain('3 أشهر');
    expect(months('ar', 12)).toContain('12 شهراً');
    // Ukrainian: 1 місяць (one), 3 and 24 місяці (few), 12 місяців (many).
    expect(months('uk', 1)).toContain('1 місяць');
    expect(months('uk', 24)).toContain('24 місяці');
    expect(months('uk', 12)).toContain('12 місяців');
    expect(months('nl', 24)).toContain('24 maanden');
  });

  it('writes dates with Intl (Levantine month names in Arabic, Latin digits)', () => {
    expect(formatter('nl', []).date('2026-03-05')).toBe('5 maart 2026');
    expect(formatter('en', []).date('2026-03-05')).toBe('5 March 2026');
    expect(['5 آذار 2026', '5 مارس 2026']).toContain(formatter('ar', []).date('2026-03-05'));
    expect(formatter('uk', []).date('2026-12-31')).toBe('31 грудня 2026 р.');
    // Tigrinya: the names of src/i18n/format.ts on every platform (browsers lack CLDR's), day month year.
    expect(formatter('ti', []).date('2026-03-05')).toBe('5 መጋቢት 2026');
    // Before 1970 and across leap days: the date is computed from the ISO text, not the clock.
    expect(formatter('nl', []).date('1958-02-28')).toBe('28 februari 1958');
    expect(formatter('nl', []).date('2024-02-29')).toBe('29 februari 2024');
    expect(formatter('nl', []).date('not a date')).toBe('not a date');
  });

  it('names countries in the reader’s language (Intl.DisplayNames)', () => {
    expect(formatter('nl', []).country('SY')).toBe('Syrië');
    expect(formatter('tr', []).country('DE')).toBe('Almanya');
    expect(formatter('uk', []).country('NL')).toBe('Нідерланди');
  });

  it('one rule for a value the code did not give: an em dash, never the placeholder, never a throw', () => {
    expect(formatMessage('nl', 'Dag {a}, {b}.', { a: 'x' })).toBe(`Dag x, ${MISSING}.`);
    expect(formatMessage('nl', 'Dag {a}.', { a: null })).toBe(`Dag ${MISSING}.`);
    expect(formatMessage('nl', 'Lijst: {a}.', { a: ['x', 'y'] })).toBe('Lijst: x, y.');
    // A text that is not valid ICU is returned as written rather than throwing.
    expect(formatMessage('nl', 'Kapot {a')).toBe('Kapot {a');
    // Apostrophes in ordinary text are kept (ICU only quotes before a brace).
    expect(formatMessage('nl', "auto's van {a}", { a: 'Jan' })).toBe("auto's van Jan");
  });
});

describe('staff and operator catalogs: Dutch and English, same keys and placeholders', () => {
  const pairs: Record<string, [unknown, unknown]> = {
    'cli messages': [cliNl, cliEn],
    'cli simulate': [simulateNl, simulateEn],
    'cli chain': [chainNl, chainEn],
    'case file': [CASE.nl, CASE.en],
    simulation: [simNl, simEn],
  };
  for (const [name, [a, b]] of Object.entries(pairs)) {
    it(name, () => {
      const x = flatten(a);
      const y = flatten(b);
      expect(Object.keys(y).sort()).toEqual(Object.keys(x).sort());
      for (const [k, v] of Object.entries(x)) {
        expect(placeholders(v), `nl ${k} does not parse`).not.toBeNull();
        expect(placeholders(y[k] as string, 'en'), `${name} ${k}`).toEqual(placeholders(v));
      }
    });
  }
});

describe('no placeholder is quoted away', () => {
  // ICU MessageFormat reads an apostrophe before a brace as the start of quoted text: "'{name}'" prints the braces
  // and the word, not the value. Quote a value with a doubled apostrophe ("''{name}''") or typographic quotes.
  // Every "{word}" written in a message must therefore be a placeholder the parser sees.
  const all: Record<string, unknown> = {
    ...Object.fromEntries(LANGS.map((l) => [`law ${l}`, CATALOGS[l]])),
    'cli nl': cliNl,
    'cli en': cliEn,
    'cli simulate nl': simulateNl,
    'cli simulate en': simulateEn,
    'cli chain nl': chainNl,
    'cli chain en': chainEn,
    'case nl': CASE.nl,
    'case en': CASE.en,
    'sim nl': simNl,
    'sim en': simEn,
    // The web's site, checker and workspace texts, through the same formatter (src/web/i18n/load.ts).
    ...Object.fromEntries(Object.entries(UI_CATALOGS).map(([l, c]) => [`web ui ${l}`, c])),
    ...Object.fromEntries(Object.entries(WORKSPACE_CATALOGS).map(([l, c]) => [`web workspace ${l}`, c])),
  };
  for (const [name, catalog] of Object.entries(all)) {
    it(name, () => {
      const lost: string[] = [];
      for (const [k, v] of Object.entries(flatten(catalog))) {
        const seen = placeholders(v, name.slice(-2)) ?? [];
        for (const m of v.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)) {
          if (!seen.includes(m[1] as string)) lost.push(`${k}: {${m[1]}}`);
        }
      }
      expect(lost).toEqual([]);
    });
  }
});
