/**
 * The caseworker's explanation tree (src/web/i18n/workspace/explain-staff.ts): every rule text the law's catalogs
 * define has a third-person staff text in nl and en; every placeholder a staff text uses is a value the rule
 * gives; and the lines of real traced assessments (the law's scenario files, the demo cases, generated persons)
 * read with every value filled in: no dash for a missing value, no day numbers or ISO dates, no "U"/"you".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoCases, statusOf } from '../../src/case/index.ts';
import { placeholders } from '../../src/i18n/index.ts';
import { en as lawEn } from '../../src/law/explain/en.ts';
import { nl as lawNl } from '../../src/law/explain/nl.ts';
import { type Assessment, beoordeel, type TraceNode } from '../../src/law/index.ts';
import {
  STAFF_CATALOGS,
  STAFF_NAMES,
  type StaffLang,
  shownValue,
  staffFormatter,
  staffLine,
} from '../../src/web/i18n/workspace/explain-staff.ts';
import { loadScenarios } from '../law/scenario-runner.ts';
import { historyArb } from '../support/histories.ts';
import { peildatumFor, person } from '../support/persons.ts';

const LANGS: readonly StaffLang[] = ['nl', 'en'];
const LAW = { nl: [lawNl], en: [lawEn, lawNl] } as const;
const RULE_KEYS = Object.keys(lawNl).filter((k) => k.startsWith('rule.'));
/** The tree's own texts beside the rule texts. */
const OWN = ['other', 'tree.value', 'tree.facts', 'tree.params', 'tree.none'];

/**
 * Real traced assessments: every scenario of the law, 60 demo cases on two dates, 400 generated persons and 1,500
 * drawn life histories.
 */
function corpus(): Assessment[] {
  const out: Assessment[] = [];
  for (const s of loadScenarios()) {
    try {
      out.push(
        beoordeel(s.facts as never, s.peildatum, {
          trace: true,
          ...(s.interpretations ? { interpretations: s.interpretations as never } : {}),
        }),
      );
    } catch {
      // A scenario that expects a refusal has no assessment to explain.
    }
  }
  for (const c of generateDemoCases({ cases: 60, today: '2026-06-01', seed: 15 }))
    for (const peildatum of ['2024-06-01', '2026-06-01']) {
      const a = statusOf(c.events, { peildatum, trace: true }).assessment;
      if (a) out.push(a);
    }
  for (let s = 0; s < 400; s++) out.push(beoordeel(person(s), peildatumFor(s), { trace: true }));
  // Whole life histories over every era and every field of the facts (seeded: the same draws each run).
  for (const h of fc.sample(historyArb, { numRuns: 1500, seed: 15 })) {
    try {
      out.push(beoordeel(h.facts, h.peildatum, { trace: true }));
    } catch {
      // A date outside the law's tables: nothing to explain.
    }
  }
  return out;
}

function nodes(a: Assessment): TraceNode[] {
  const all: TraceNode[] = [];
  const visit = (n: TraceNode): void => {
    all.push(n);
    n.children.forEach(visit);
  };
  a.explanation?.forEach(visit);
  return all;
}

const ASSESSMENTS = corpus();
/** The values each rule outcome gives its text, over the corpus. */
const ARGS = new Map<string, Set<string>>();
for (const a of ASSESSMENTS)
  for (const n of nodes(a))
    if (n.outcome && !n.reused) {
      const key = `rule.${n.rule}.${n.outcome}`;
      const names = ARGS.get(key) ?? new Set<string>();
      for (const k of Object.keys(n.args ?? {})) names.add(k);
      ARGS.set(key, names);
    }

const SECOND_PERSON: Record<StaffLang, RegExp> = {
  nl: /\b(U|u|Uw|uw|jij|je|jouw)\b/,
  en: /\b(you|your|yours)\b/i,
};

describe('staff texts of the explanation tree', () => {
  it('cover every rule text of the law in nl and en, and nothing else', () => {
    for (const lang of LANGS) {
      const own = STAFF_CATALOGS[lang];
      expect(
        RULE_KEYS.filter((k) => own[k] === undefined),
        lang,
      ).toEqual([]);
      expect(
        Object.keys(own).filter((k) => !RULE_KEYS.includes(k) && !OWN.includes(k)),
        lang,
      ).toEqual([]);
    }
    expect(Object.keys(STAFF_CATALOGS.en).sort()).toEqual(Object.keys(STAFF_CATALOGS.nl).sort());
    expect(Object.keys(STAFF_NAMES.en).sort()).toEqual(Object.keys(STAFF_NAMES.nl).sort());
  });

  it('use only values the rule gives (as traced, or as the law’s own text uses them), the same in nl and en', () => {
    expect(ARGS.size).toBeGreaterThan(150);
    for (const key of RULE_KEYS) {
      const nl = placeholders(STAFF_CATALOGS.nl[key] ?? '', 'nl');
      const en = placeholders(STAFF_CATALOGS.en[key] ?? '', 'en');
      expect(nl, `${key} (nl) parses`).not.toBeNull();
      expect(en, `${key} (en) parses`).toEqual(nl);
      const given = ARGS.get(key) ?? new Set(placeholders(lawNl[key] ?? '') ?? []);
      for (const name of nl ?? []) expect(given.has(name), `${key} uses {${name}}`).toBe(true);
    }
  });

  it('read real traced assessments in the third person, every value filled in and every date written out', () => {
    let lines = 0;
    const seen = new Set<string>();
    const bad = new Set<string>();
    for (const lang of LANGS) {
      const missing: string[] = [];
      const f = staffFormatter(lang, LAW[lang], { onMissing: (k, name) => missing.push(`${k} {${name}}`) });
      for (const a of ASSESSMENTS)
        for (const n of nodes(a)) {
          const line = staffLine(n, f);
          if (line !== null) {
            lines++;
            seen.add(`rule.${n.rule}.${n.outcome}`);
            // A staff text for every outcome (never the generic "Regel x: uitkomst y"); values filled in, dates
            // written out, never a day number, never the citizen's "U"/"you".
            if (
              /^(Regel|Rule) /.test(line) ||
              /—|\{|\}|\bnull\b|\bundefined\b|NaN/.test(line) ||
              /\d{4}-\d{2}-\d{2}|\b\d{5,}\b/.test(line) ||
              // A code named (inburgeringsdiploma_wi2021, c_leeftijd), never shown as the code.
              /\b[a-z0-9]+_[a-z0-9_]+\b/.test(line) ||
              SECOND_PERSON[lang].test(line)
            )
              bad.add(`${lang} rule.${n.rule}.${n.outcome}: ${line}`);
          }
          for (const v of [n.value, ...n.facts.map((x) => x.value), ...n.params.map((p) => p.value)]) {
            const shown = shownValue(v, f);
            // Dates written out, never ISO, never the engine's day number under a date-like key ("on":19614).
            if (
              /\d{4}-\d{2}-\d{2}|—|"(?:on|\w*On|\w*[dD]ate|since|until|from|to|start|end)":-?\d{4,}/.test(
                shown,
              )
            )
              bad.add(`${lang} ${n.rule} value: ${shown}`);
          }
        }
      expect([...new Set(missing)]).toEqual([]);
    }
    expect([...bad].slice(0, 40)).toEqual([]);
    expect(lines).toBeGreaterThan(10_000);
    // The corpus reaches nearly every rule text of the law (the rest are checked statically above).
    expect(seen.size).toBeGreaterThan(RULE_KEYS.length - 20);
  });

  it('fills in a permit date as a written date in each language', () => {
    const a = beoordeel(
      {
        person: { birthDate: '1990-05-01', nationalities: ['SY'] },
        residence: [{ kind: 'asiel_bepaalde_tijd', grantedOn: '2023-03-01' }],
      } as never,
      '2024-06-01',
      { trace: true },
    );
    const arose = nodes(a).find((n) => n.rule === 'plicht.ontstaan' && n.outcome === 'arose');
    expect(arose).toBeDefined();
    expect(staffLine(arose!, staffFormatter('nl', LAW.nl))).toMatch(
      /^De inburgeringsplichtige kreeg op 1 maart 2023 een verblijfsvergunning .*Wet inburgering 2021/,
    );
    expect(staffLine(arose!, staffFormatter('en', LAW.en))).toMatch(/^The person .*1 March 2023/);
  });
});
