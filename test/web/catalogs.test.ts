/**
 * The web catalogs: every language has every UI key with the same placeholders; the Arabic, Tigrinya, Turkish and
 * Ukrainian law explanations cover every key the checker can show; and for Dutch and English the web renderer
 * says exactly what the law's own renderer says.
 */
import fc from 'fast-check';
import { IntlMessageFormat } from 'intl-messageformat';
import { beforeAll, describe, expect, it } from 'vitest';
import { placeholders as icuPlaceholders } from '../../src/i18n/index.ts';
import type { FullAssessment } from '../../src/law/assessment.ts';
import type { TraceNode } from '../../src/law/engine/trace.ts';
import { beoordeel } from '../../src/law/index.ts';
import { CATALOGS as LAW, whyLines } from '../../src/law/texts.ts';
import {
  type Answer,
  type Answers,
  factsFrom,
  PURPOSE_OPTIONS,
  QUESTIONS,
  type QuestionId,
  RESIDENCE_OPTIONS,
  SPONSOR_OPTIONS,
  step,
  walk,
} from '../../src/web/checker/questions.ts';
import { explainCatalog, explainer } from '../../src/web/i18n/explain.ts';
import { LANGS, type Lang } from '../../src/web/i18n/languages.ts';
import { loadTexts, translator, type WebTexts } from '../../src/web/i18n/load.ts';
import { ar } from '../../src/web/i18n/ui/ar.ts';
import { en } from '../../src/web/i18n/ui/en.ts';
import { nl } from '../../src/web/i18n/ui/nl.ts';
import { ti } from '../../src/web/i18n/ui/ti.ts';
import { tr } from '../../src/web/i18n/ui/tr.ts';
import { uk } from '../../src/web/i18n/ui/uk.ts';
import { en as wsEn } from '../../src/web/i18n/workspace/en.ts';
import { nl as wsNl } from '../../src/web/i18n/workspace/nl.ts';
import { PEILDATUM, PERSONAS } from './personas.ts';

const UI = { nl, en, ar, ti, tr, uk } as const;
const NEWCOMER_LANGS = ['ar', 'ti', 'tr', 'uk'] as const;

function flatten(o: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else Object.assign(out, flatten(v, key));
  }
  return out;
}

/** How a message uses each of its arguments: as a count or number (plural, number) or as text. */
function argKinds(ast: unknown, out = new Map<string, 'number' | 'text'>()): Map<string, 'number' | 'text'> {
  if (Array.isArray(ast)) for (const el of ast) argKinds(el, out);
  else if (ast && typeof ast === 'object') {
    const el = ast as { type?: number; value?: unknown; options?: Record<string, { value: unknown }> };
    // intl-messageformat's element types: 1 argument, 2 number, 5 select, 6 plural.
    if (typeof el.value === 'string' && (el.type === 2 || el.type === 6)) out.set(el.value, 'number');
    else if (typeof el.value === 'string' && (el.type === 1 || el.type === 5) && !out.has(el.value))
      out.set(el.value, 'text');
    if (el.options) for (const o of Object.values(el.options)) argKinds(o.value, out);
  }
  return out;
}

/** The plural elements of a message with the categories each one writes out. */
function plurals(ast: unknown, out: string[][] = []): string[][] {
  if (Array.isArray(ast)) for (const el of ast) plurals(el, out);
  else if (ast && typeof ast === 'object') {
    const el = ast as { type?: number; options?: Record<string, { value: unknown }> };
    if (el.type === 6 && el.options) out.push(Object.keys(el.options));
    if (el.options) for (const o of Object.values(el.options)) plurals(o.value, out);
  }
  return out;
}

/**
 * Every message of `catalog` in `lang`, through the web's own `t` (src/web/i18n/load.ts over src/i18n/format.ts):
 * it parses as ICU, each plural has every category the language's plural rules know (Arabic: zero, one, two, few,
 * many, other), and it formats with text and counts filled in: every text value shows, no brace is left over (a
 * message that does not parse or format comes back as written, with its braces).
 */
function checkFormats(
  lang: Lang,
  ns: 'ui' | 'ws',
  catalog: Record<string, string>,
  texts: WebTexts,
): string[] {
  const bad: string[] = [];
  const t = translator(texts, ns);
  const categories = new Intl.PluralRules(texts.ui.locale).resolvedOptions().pluralCategories;
  for (const [k, v] of Object.entries(catalog)) {
    let ast: unknown;
    try {
      ast = new IntlMessageFormat(v, texts.ui.locale, undefined, { ignoreTag: true }).getAst();
    } catch (e) {
      bad.push(`${lang} ${k}: does not parse (${String(e)})`);
      continue;
    }
    for (const p of plurals(ast)) {
      const missing = categories.filter((c) => !p.includes(c));
      if (!p.includes('other') || missing.length > 0) bad.push(`${lang} ${k}: plural without ${missing}`);
    }
    const kinds = argKinds(ast);
    for (const n of [1, 2, 7]) {
      const args = Object.fromEntries(
        [...kinds].map(([name, kind]) => [name, kind === 'number' ? n : `«${name}»`]),
      );
      const out = t(k, args);
      if (/[{}]/.test(out)) bad.push(`${lang} ${k}: left a brace: ${out}`);
      for (const [name, kind] of kinds)
        if (kind === 'text' && !out.includes(`«${name}»`)) bad.push(`${lang} ${k}: lost {${name}}`);
      if (kinds.size > 0 && [...kinds.values()].includes('number') && !out.includes(String(n)))
        bad.push(`${lang} ${k}: count ${n} not shown: ${out}`);
    }
  }
  return bad;
}

describe('UI catalogs', () => {
  const base = flatten(nl);
  for (const lang of LANGS) {
    it(`${lang} has every key of the Dutch catalog with the same ICU placeholders`, () => {
      const cat = flatten(UI[lang]);
      expect(Object.keys(cat).sort()).toEqual(Object.keys(base).sort());
      for (const [k, v] of Object.entries(base)) {
        const own = icuPlaceholders(cat[k] as string, lang);
        expect(own, `${lang} ${k} does not parse`).not.toBeNull();
        expect(own, `${lang} ${k}`).toEqual(icuPlaceholders(v));
        if (k !== 'app.machineTranslation') expect(cat[k], `${lang} ${k}`).not.toBe('');
      }
    });
    it(`${lang}: every message formats through the one formatter`, async () => {
      expect(checkFormats(lang, 'ui', flatten(UI[lang]), await loadTexts(lang, false))).toEqual([]);
    });
  }
  it('the newcomers’ languages say that they are machine translations; nl and en do not', () => {
    for (const lang of NEWCOMER_LANGS) expect(UI[lang].app.machineTranslation.length).toBeGreaterThan(20);
    expect(nl.app.machineTranslation).toBe('');
    expect(en.app.machineTranslation).toBe('');
  });
  it('every question and option of the checker has a text', () => {
    for (const [id, q] of Object.entries(QUESTIONS)) {
      const c = flatten(nl);
      expect(c[`checker.q.${id}.title`]).toBeTruthy();
      for (const o of q.options ?? []) expect(c[`checker.q.${id}.option.${o}`], `${id}.${o}`).toBeTruthy();
    }
  });
  it('workspace: en has every Dutch key with the same ICU placeholders', () => {
    const a = flatten(wsNl);
    const b = flatten(wsEn);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const [k, v] of Object.entries(a)) {
      expect(icuPlaceholders(v), `nl ${k} does not parse`).not.toBeNull();
      expect(icuPlaceholders(b[k] as string, 'en'), k).toEqual(icuPlaceholders(v));
    }
  });
  for (const [lang, cat] of [
    ['nl', wsNl],
    ['en', wsEn],
  ] as const) {
    it(`workspace ${lang}: every message formats through the one formatter`, async () => {
      expect(checkFormats(lang, 'ws', flatten(cat), await loadTexts(lang, true))).toEqual([]);
    });
  }
  it('plurals and values as the pages show them', async () => {
    const t = translator(await loadTexts('nl', true), 'ws');
    expect(t('caseload.count', { count: 1 })).toBe('1 dossier');
    expect(t('caseload.count', { count: 1234 })).toBe('1.234 dossiers');
    expect(t('chain.count', { count: 2 })).toBe('2 dossiers met een verschil');
    // A key of the other namespace, a key no catalog has (with and without a default), a value not given.
    expect(t('ui:app.loading')).toBe(nl.app.loading);
    expect(t('chain.facts.nope', { defaultValue: 'x' })).toBe('x');
    expect(t('no.such.key')).toBe('no.such.key');
    expect(t('case.title', {})).toBe('Dossier —');
    const en = translator(await loadTexts('en', true), 'ws');
    expect(en('caseload.count', { count: 1 })).toBe('1 case');
    expect(en('caseload.count', { count: 3 })).toBe('3 cases');
  });
});

// --- the law's explanations ----------------------------------------------------------------------------------

const countries = (...codes: string[]): Answer => ({ kind: 'countries', codes });
const choice = (value: string): Answer => ({ kind: 'choice', value });
const date = (d: string): Answer => ({ kind: 'date', date: d });
const DOMAIN: Readonly<Record<QuestionId, readonly (Answer | null)[]>> = {
  nationality: [countries('SY'), countries('NL'), countries('DE'), countries('TR'), countries('ER')],
  residenceKind: RESIDENCE_OPTIONS.map(choice),
  residencePurpose: PURPOSE_OPTIONS.map(choice),
  sponsor: SPONSOR_OPTIONS.map(choice),
  grantedOn: ['2016-06-01', '2020-06-01', '2022-03-01', '2023-03-01', '2025-06-01', '2027-06-01'].map(date),
  birthDate: ['1950-01-01', '1958-06-01', '1990-01-01', '2012-01-01'].map(date),
  duoNotice: [date('2023-02-01'), date('2025-09-01'), date('2026-10-01'), null],
  housingRegistration: [date('2023-02-01'), date('2025-09-01'), date('2026-10-01'), null],
  registration: [date('2023-02-01'), date('2025-09-01'), date('2026-10-01'), null],
  pip: [{ kind: 'no' }, date('2026-01-15'), null],
  bijstand: [{ kind: 'no' }, date('2026-01-15'), null],
};

/** The checker's final results over the personas and many random people (traced). */
function checkerResults(): FullAssessment[] {
  const out: FullAssessment[] = [];
  const finish = (w: { answers: Answers; skipped: Set<QuestionId> }) =>
    out.push(step(w.answers, w.skipped, PEILDATUM, true).assessment);
  for (const p of PERSONAS) {
    finish(walk((q) => p.answers[q] ?? undefined, PEILDATUM));
  }
  const ids = Object.keys(QUESTIONS) as QuestionId[];
  fc.assert(
    fc.property(
      fc.record(
        Object.fromEntries(ids.map((q) => [q, fc.constantFrom(...DOMAIN[q])])) as Record<
          QuestionId,
          fc.Arbitrary<Answer | null>
        >,
      ),
      (person) => {
        finish(walk((q) => person[q] ?? undefined, PEILDATUM));
      },
    ),
    { numRuns: 400, seed: 7 },
  );
  return out;
}

/** The catalog keys the result page reads for an assessment (mirrors src/web/checker/Result.tsx). */
function keysShown(a: FullAssessment): Set<string> {
  const keys = new Set<string>(['summary.route.none', 'summary.route', 'summary.route.assumed']);
  keys.add(`summary.status.${a.plicht.status}`);
  if (a.regime && a.regime !== 'unknown') keys.add(`regime.${a.regime}`).add('summary.regime');
  if (a.group === 'asielstatushouder' || a.group === 'gezinsmigrant_overig')
    keys.add(`summary.group.${a.group}`);
  if (a.leerroute?.route) keys.add(`route.${a.leerroute.route}`);
  for (const c of a.components) keys.add(`component.${c.id}`);
  if (a.pip && a.pip !== 'unknown')
    keys.add(a.pip.adoptedOn ? 'summary.pip.adopted' : 'summary.pip.deadline');
  if (a.term && a.term !== 'unknown') keys.add('summary.term');
  if (a.loan.eligible === true) keys.add('summary.loan.yes');
  if (a.fines?.enforcement === 'individual_assessment_required') keys.add('summary.fines.caselaw');
  for (const p of [...a.nextDecisionPoints, ...(a.otherDecisionPoints ?? [])]) keys.add(`point.${p.kind}`);
  const w13 = a.regime === 'wi2013' ? a.wi2013 : undefined;
  if (w13) {
    for (const c of w13.components) keys.add(`component.${c.id}`);
    keys.add('summary.wi2013.term').add('summary.wi2013.pvt');
    if (w13.caseLaw.applies) keys.add('summary.wi2013.caselaw');
  }
  for (const n of a.needs) keys.add(`needs.${n.replace(/\[\d+\]/g, '[]')}`);
  const visit = (n: TraceNode) => {
    if (n.outcome && LAW.nl?.[`rule.${n.rule}.${n.outcome}`] !== undefined) {
      keys.add(`rule.${n.rule}.${n.outcome}`);
      const args = n.args ?? {};
      if (typeof args.regime === 'string') keys.add(`regime.${args.regime}`);
      if (typeof args.route === 'string') keys.add(`route.${args.route}`);
    }
    n.children.forEach(visit);
  };
  (a.explanation ?? []).forEach(visit);
  return keys;
}

const EXPLAIN_CATALOGS = LAW;

describe('law explanations in ar, ti, tr, uk', () => {
  const results = checkerResults();
  beforeAll(async () => {
    // The web fetches one language's catalog on demand; here all six, as the result page would one by one.
    for (const lang of LANGS) expect(await explainCatalog(lang)).toBe(LAW[lang]);
  });
  const shown = new Set<string>();
  for (const a of results) for (const k of keysShown(a)) shown.add(k);

  it('the checker reaches a broad set of explanations (sanity)', () => {
    expect(results.length).toBeGreaterThan(300);
    expect([...shown].filter((k) => k.startsWith('rule.')).length).toBeGreaterThan(25);
    expect(shown.has('summary.status.obliged') && shown.has('summary.status.not_obliged')).toBe(true);
  });

  for (const lang of NEWCOMER_LANGS) {
    it(`${lang} has a text for every explanation key the checker can show`, () => {
      const cat = EXPLAIN_CATALOGS[lang];
      const missing = [...shown].filter((k) => LAW.nl?.[k] !== undefined && cat[k] === undefined).sort();
      expect(missing).toEqual([]);
    });
    it(`${lang} uses only keys the law knows, with the same placeholders`, () => {
      const cat = EXPLAIN_CATALOGS[lang];
      const nlCat = LAW.nl as Record<string, string>;
      for (const [k, v] of Object.entries(cat)) {
        expect(nlCat[k], `${lang}: ${k} is not a law catalog key`).toBeDefined();
        expect(icuPlaceholders(v, lang), `${lang} ${k}`).toEqual(icuPlaceholders(nlCat[k] as string));
      }
    });
  }

  it('for nl and en the web’s reasons are exactly the law’s whyLines', () => {
    for (const a of results.slice(0, 150)) {
      for (const lang of ['nl', 'en'] as const) {
        const ex = explainer(lang);
        expect(ex.why(a).map((w) => [w.text, w.citation, w.url])).toEqual(
          whyLines(a, lang).map((w) => [w.text, w.citation, w.url]),
        );
      }
    }
  });

  it('renders dates in each language (Intl.DateTimeFormat, no hand-written month names)', () => {
    expect(explainer('nl').date('2026-03-05')).toBe('5 maart 2026');
    // Arabic months from the platform's ar-SY (Levantine) names where it has them, as Syrians read them.
    expect(['5 آذار 2026', '5 مارس 2026']).toContain(explainer('ar').date('2026-03-05'));
    expect(explainer('ar').date('2027-02-15')).toBe('15 شباط 2027');
    expect(explainer('tr').date('2026-03-05')).toBe('5 Mart 2026');
    expect(explainer('uk').date('2026-03-05')).toBe('5 березня 2026 р.');
    // Tigrinya: day month year with the names of src/i18n/format.ts (browsers lack CLDR's Tigrinya months).
    expect(explainer('ti').date('2026-03-05')).toBe('5 መጋቢት 2026');
  });

  it('the checker builds facts the law accepts', () => {
    for (const p of PERSONAS) {
      const w = walk((q) => p.answers[q] ?? undefined, PEILDATUM);
      expect(() => beoordeel(factsFrom(w.answers), PEILDATUM)).not.toThrow();
    }
  });
});
