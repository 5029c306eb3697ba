/**
 * Renders assessments for people: a short plain-language answer, the "why" lines each ending in the article it
 * rests on (linked to wetten.overheid.nl), and input problems. Text comes from the catalogs, never from code.
 */
import type { Assessment, FullAssessment } from '../assessment.ts';
import { art, type Citation, citationText, citationUrl } from '../engine/citation.ts';
import type { TraceNode } from '../engine/trace.ts';
import type { FactProblem } from '../facts/validate.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';
import { otherSummaryLines } from './summary-overig.ts';

export type Catalog = Readonly<Record<string, string>>;

export const CATALOGS: Readonly<Record<string, Catalog>> = { nl, en };
export type Lang = keyof typeof CATALOGS | string;

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const ATW_CITATION = `${citationText(art('atw', '1', '1'))}; ${citationText(art('atw', '3'))}`;

/** Text lookup over a chain of catalogs (the first that has a key wins), with dates written out. */
export interface Texts {
  has(key: string): boolean;
  t(key: string, args?: Readonly<Record<string, unknown>>): string;
  date(iso: string): string;
}

/** Texts over `chain`; a language's own catalog first, then its fallbacks (e.g. [ar, en, nl]). */
export function texts(chain: readonly Catalog[]): Texts {
  // One map over the whole chain (the first catalog that has a key wins), built once per chain.
  const merged = new Map<string, string>();
  for (let i = chain.length - 1; i >= 0; i--) {
    for (const [k, v] of Object.entries(chain[i]!)) if (v !== undefined) merged.set(k, v);
  }
  const lookup = (key: string): string | undefined => merged.get(key);
  const dateFormat = lookup('date.format') ?? '{day} {month} {year}';
  const dates = new Map<string, string>();
  const date = (iso: string): string => {
    let out = dates.get(iso);
    if (out === undefined) {
      const [y, m, d] = iso.split('-');
      out = dateFormat
        .replace('{day}', String(Number(d)))
        .replace('{month}', lookup(`month.${Number(m)}`) ?? String(m))
        .replace('{year}', String(y));
      if (dates.size >= DATE_CACHE_LIMIT) dates.clear();
      dates.set(iso, out);
    }
    return out;
  };
  // Templates split once into literal text (even places) and argument names (odd places).
  const compiled = new Map<string, readonly string[]>();
  const compile = (template: string): readonly string[] => {
    let parts = compiled.get(template);
    if (parts === undefined) {
      parts = template.split(/\{(\w+)\}/);
      compiled.set(template, parts);
    }
    return parts;
  };
  const fill = (v: unknown): string => {
    if (v === undefined || v === null) return '—';
    if (typeof v === 'string' && ISO.test(v)) return date(v);
    if (Array.isArray(v)) return v.join(', ');
    return String(v);
  };
  return {
    has: (key) => merged.has(key),
    date,
    t: (key, args = {}) => {
      const template = lookup(key);
      if (template === undefined) return key;
      const parts = compile(template);
      if (parts.length === 1) return template;
      let out = parts[0]!;
      for (let i = 1; i < parts.length; i += 2) out += fill(args[parts[i]!]) + parts[i + 1]!;
      return out;
    },
  };
}

/** Written-out dates kept per language (a caseload repeats the same few thousand). */
const DATE_CACHE_LIMIT = 20_000;

const NL_TEXTS = texts([nl]);
const BY_LANG: Readonly<Record<string, Texts>> = { nl: NL_TEXTS, en: texts([en, nl]) };

function textsOf(lang: Lang | Texts): Texts {
  return typeof lang === 'string' ? (BY_LANG[lang] ?? NL_TEXTS) : lang;
}

export function formatDate(iso: string, lang: Lang): string {
  return textsOf(lang).date(iso);
}

/** The text for `key`, with `{name}` filled from `args` (ISO dates written out); falls back to Dutch, then the key. */
export function t(lang: Lang, key: string, args: Readonly<Record<string, unknown>> = {}): string {
  return textsOf(lang).t(key, args);
}

/** Whether the language's own catalog has `key` (no fallback). */
export function hasText(lang: Lang, key: string): boolean {
  return (CATALOGS[lang] ?? nl)[key] !== undefined;
}

export interface WhyLine {
  readonly rule: string;
  readonly outcome: string;
  readonly text: string;
  readonly citation: string;
  readonly url: string;
}

/** The node's deciding citation: the outcome's own article, else the rule's first. */
export function nodeCitation(n: TraceNode): Citation {
  return n.cite ?? (n.citations[0] as Citation);
}

// Catalog keys per rule and outcome, built once: the same key string each time keeps its hash, so the catalog
// lookups of a why-line cost no concatenation. Bounded: outcomes are codes in the rules.
const OUTCOME_KEYS = new Map<string, Map<string, string>>();
function outcomeKey(rule: string, outcome: string): string {
  let byOutcome = OUTCOME_KEYS.get(rule);
  if (byOutcome === undefined) {
    byOutcome = new Map();
    OUTCOME_KEYS.set(rule, byOutcome);
  }
  let key = byOutcome.get(outcome);
  if (key === undefined) {
    key = `rule.${rule}.${outcome}`;
    byOutcome.set(outcome, key);
  }
  return key;
}

export interface WhyOptions {
  /** Names a country for its ISO code (reasons carry codes such as "SY"); default: Intl.DisplayNames in `lang`. */
  readonly country?: (code: string) => string;
}

// Country names per language from the runtime's CLDR data (Node ships full ICU), built once per language.
const COUNTRY_NAMES = new Map<string, (code: string) => string>();
/** The name of a country (ISO 3166-1 alpha-2) in `lang`; the code itself when the runtime knows no name. */
export function countryName(code: string, lang: string): string {
  let f = COUNTRY_NAMES.get(lang);
  if (f === undefined) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    } catch {
      names = undefined;
    }
    f = (c: string) => {
      if (c === 'NL') return names?.of('NL') ?? c;
      try {
        return names?.of(c) ?? c;
      } catch {
        return c;
      }
    };
    COUNTRY_NAMES.set(lang, f);
  }
  return f(code);
}

/**
 * Outcomes that only say a fact was not reported (so the law's default applies): true, but never the reason for
 * the answer, so they follow the deciding reasons.
 */
const PRESUMPTIONS: ReadonlySet<string> = new Set([
  'plicht.uitzonderingen_verdrag_langdurig_ingezetene.none_presumed',
]);

/** Rules whose outcomes decide the headline answer; their lines come first, in this order. */
const DECIDING: readonly string[] = [
  'plicht.ontstaan',
  'plicht.nationaliteit',
  'wi2021.plicht.status',
  'wi2013.plicht.status',
  'wi2021.pip.termijn',
  'wi2021.termijn',
];

function rank(line: WhyLine): number {
  if (PRESUMPTIONS.has(`${line.rule}.${line.outcome}`)) return DECIDING.length + 1;
  const i = DECIDING.indexOf(line.rule);
  return i < 0 ? DECIDING.length : i;
}

/** A link to the article as it read on `on` (the date the law makes decisive), never later than the peildatum. */
function versionDate(n: TraceNode, peildatum: string): string {
  let on: string | undefined;
  for (const p of n.params) if (on === undefined || p.on > on) on = p.on;
  if (on === undefined) {
    const d = n.args?.date;
    if (typeof d === 'string' && ISO.test(d)) on = d;
  }
  return on === undefined || on > peildatum ? peildatum : on;
}

/**
 * "Why" lines from the derivation tree, each ending in its citation; one line per distinct outcome. `lang` is a
 * language with a law catalog (nl, en) or any catalog chain made with `texts` (the web's other languages).
 */
export function whyLines(a: Assessment, lang: Lang | Texts, options: WhyOptions = {}): WhyLine[] {
  const tx = textsOf(lang);
  const out: WhyLine[] = [];
  const visit = (n: TraceNode): void => {
    if (!n.reused && n.outcome) {
      const key = outcomeKey(n.rule, n.outcome);
      if (tx.has(key) || NL_TEXTS.has(key)) {
        const args = { ...(n.args ?? {}) } as Record<string, unknown>;
        if (typeof args.regime === 'string') args.regime = tx.t(`regime.${args.regime}`);
        if (typeof args.previousRegime === 'string')
          args.previousRegime = tx.t(`regime.${args.previousRegime}`);
        if (typeof args.route === 'string') args.route = tx.t(`route.${args.route}`);
        // A route change names the route asked for ({to}): its name, never the code.
        if (typeof args.to === 'string' && tx.has(`route.${args.to}`)) args.to = tx.t(`route.${args.to}`);
        const country =
          options.country ?? (typeof lang === 'string' ? (c: string) => countryName(c, lang) : undefined);
        if (country) {
          for (const k of ['nationality', 'nationalities']) {
            const v = args[k];
            if (typeof v === 'string' && v) args[k] = v.split(', ').map(country).join(', ');
            else if (Array.isArray(v)) args[k] = v.map((c) => (typeof c === 'string' ? country(c) : c));
          }
        }
        for (const k of ['open', 'components']) {
          const v = args[k];
          if (typeof v === 'string' && v) {
            args[k] = v
              .split(', ')
              .map((id) => (tx.has(`component.${id}`) ? tx.t(`component.${id}`) : id))
              .join(', ');
          }
        }
        const text = tx.t(key, args);
        // A text already given is not repeated. A scan of the few lines so far beats hashing each new text.
        if (!out.some((l) => l.text === text)) {
          const c = nodeCitation(n);
          out.push({
            rule: n.rule,
            outcome: n.outcome,
            text,
            citation: citationText(c),
            url: citationUrl(c, versionDate(n, a.peildatum)),
          });
        }
      }
    }
    for (const c of n.children) visit(c);
  };
  for (const root of a.explanation ?? []) visit(root);
  // The deciding reasons first, the presumed defaults last; otherwise the order of the derivation (stable sort).
  return out
    .map((l, i) => ({ l, i, r: rank(l) }))
    .sort((x, y) => x.r - y.r || x.i - y.i)
    .map((x) => x.l);
}

/** Lines naming what the engine did not assess, why, and the article that decides it. */
export function outOfScopeLines(a: Assessment, lang: Lang): string[] {
  const list = (a as FullAssessment).outOfScope ?? [];
  return list.map((e) =>
    t(lang, 'summary.outOfScope', {
      section: t(lang, `scope.section.${e.section}`),
      reason: t(lang, `scope.code.${e.code}`, { on: e.on }),
      citation: citationText(e.citation),
    }),
  );
}

/** Decision points that ask something of the person or the gemeente (not merely a date that arrives). */
const TODO_KINDS: ReadonlySet<string> = new Set([
  'pip_deadline',
  'pip_deadline_after_move',
  'route_change_window_closes',
  'extension_application_opens',
  'term_last_day',
  'vrijstelling_ends',
]);

/** The first thing to do (or that must happen) and by when: the nearest upcoming decision point that asks one. */
function firstStep(a: Assessment, lang: Lang): string | null {
  const p = a.nextDecisionPoints.find((x) => !x.overdue && TODO_KINDS.has(x.kind));
  if (!p || (a.plicht.status !== 'obliged' && a.plicht.status !== 'vrijgesteld')) return null;
  return t(lang, 'summary.todo', {
    what: t(lang, `point.${p.kind}`),
    date: p.date,
    citation: citationText(p.citation),
  });
}

const euro = (n: number): string =>
  `€ ${n.toLocaleString('nl-NL', { minimumFractionDigits: Number.isInteger(n) ? 0 : 2 })}`;

/** Fines due (with the amount, or the table it comes from), the new term, applications, route change, loan. */
function regelingSummaryLines(a: Assessment, lang: Lang): string[] {
  const lines: string[] = [];
  for (const f of a.fines?.items ?? []) {
    if (f.status !== 'due') continue;
    const article = `art. ${f.article} Wet inburgering 2021`;
    if (f.amount !== null) lines.push(t(lang, 'summary.fine.due', { amount: euro(f.amount), article }));
    else if (f.amountOpenTerm)
      lines.push(
        t(lang, 'summary.fine.due_table', { article, table: f.amountOpenTerm.delegatedTo, max: euro(f.max) }),
      );
    if ((f.article === '24' || f.article === '25') && f.newTermMonths !== null)
      lines.push(t(lang, 'summary.fine.new_term', { months: f.newTermMonths }));
    if (f.newTermLastDay)
      lines.push(t(lang, 'summary.fine.new_term_last_day', { lastDay: f.newTermLastDay }));
  }
  for (const x of a.applications ?? [])
    lines.push(t(lang, 'summary.application.due', { date: x.decisionDueOn, type: x.type }));
  const rq = a.routeChange?.request;
  if (rq)
    lines.push(
      t(lang, rq.allowed ? 'summary.route_change.allowed' : 'summary.route_change.not_allowed', {
        to: t(lang, `route.${rq.to}`),
      }),
    );
  const la = a.loan.amount;
  if (a.loan.eligible === true && la && la.amount !== null)
    lines.push(
      t(lang, 'summary.loan.amount', { amount: euro(la.amount), instalment: euro(la.minimumInstalment) }),
    );
  const fa = a.costs?.freeAttempts;
  if (fa?.some((x) => x.left > 0))
    lines.push(
      t(lang, 'summary.free_attempts', {
        items: fa
          .filter((x) => x.left > 0)
          .map((x) => `${t(lang, `component.${x.part}`)} ${x.left}×`)
          .join(', '),
      }),
    );
  return lines;
}

/** The short answer: status, regime, group, route, what is open, key dates, facts still needed. */
export function summaryLines(a: Assessment, lang: Lang): string[] {
  const lines: string[] = [];
  const regime = a.regime && a.regime !== 'unknown' ? t(lang, `regime.${a.regime}`) : '';
  // What to do and by when leads; then the status.
  const todo = firstStep(a, lang);
  if (todo) lines.push(todo);
  const notCovered = a.plicht.status === 'out_of_scope' && a.regime !== 'wi2007';
  lines.push(
    t(lang, notCovered ? 'summary.status.not_covered' : `summary.status.${a.plicht.status}`, {
      since: a.plicht.since,
      endedOn: a.plicht.endedOn ?? a.fulfilment?.on ?? null,
      regime,
    }),
  );
  if (a.plicht.status === 'obliged' || a.plicht.status === 'fulfilled') {
    if (regime) lines.push(t(lang, 'summary.regime', { regime }));
    if (a.group === 'asielstatushouder' || a.group === 'gezinsmigrant_overig')
      lines.push(t(lang, `summary.group.${a.group}`));
  }
  if (a.plicht.status === 'obliged' && a.regime === 'wi2021') {
    const r = a.leerroute;
    if (r?.route)
      lines.push(
        t(lang, r.assumed ? 'summary.route.assumed' : 'summary.route', {
          route: t(lang, `route.${r.route}`),
        }),
      );
    else lines.push(t(lang, 'summary.route.none'));
    const name = (id: string) => t(lang, `component.${id}`);
    const open = a.components.filter((c) => c.status === 'open').map((c) => name(c.id));
    const done = a.components.filter((c) => c.status === 'fulfilled').map((c) => name(c.id));
    if (open.length) lines.push(t(lang, 'summary.open', { items: open.join(', ') }));
    if (done.length) lines.push(t(lang, 'summary.done', { items: done.join(', ') }));
    if (a.pip && a.pip !== 'unknown') {
      lines.push(
        a.pip.adoptedOn ? t(lang, 'summary.pip.adopted', a.pip) : t(lang, 'summary.pip.deadline', a.pip),
      );
      // The Algemene termijnenwet moved the last day off a weekend or holiday: say so, with the nominal day.
      if (!a.pip.adoptedOn && a.pip.nominalDeadline !== null && a.pip.nominalDeadline !== a.pip.deadline)
        lines.push(
          t(lang, 'summary.atw', {
            nominal: a.pip.nominalDeadline,
            date: a.pip.deadline,
            citation: ATW_CITATION,
          }),
        );
    }
    if (a.term && a.term !== 'unknown') lines.push(t(lang, 'summary.term', a.term));
    if (a.fines?.enforcement === 'individual_assessment_required')
      lines.push(t(lang, 'summary.fines.caselaw'));
    lines.push(...regelingSummaryLines(a, lang));
  }
  if (a.loan.eligible === true && a.loan.max !== null)
    lines.push(t(lang, 'summary.loan.yes', { max: `€ ${a.loan.max.toLocaleString('nl-NL')}` }));
  // The 2013 regime and the laws around inburgering (issue 6).
  lines.push(...otherSummaryLines(a, lang));
  lines.push(...outOfScopeLines(a, lang));
  const upcoming = a.nextDecisionPoints.filter((p) => !p.overdue).slice(0, 6);
  if (upcoming.length) {
    lines.push(t(lang, 'summary.next'));
    for (const p of upcoming)
      lines.push(
        `  ${formatDate(p.date, lang)}: ${t(lang, `point.${p.kind}`)} (${citationText(p.citation)})`,
      );
  }
  if (a.needs.length) {
    const items = a.needs.map((n) => {
      const generic = n.replace(/\[\d+\]/g, '[]');
      return hasText(lang, `needs.${generic}`) ? t(lang, `needs.${generic}`) : n;
    });
    lines.push(t(lang, 'summary.needs', { items: items.join('; ') }));
  }
  return lines;
}

/** Input problems as lines naming the field. */
export function problemLines(problems: readonly FactProblem[], lang: Lang): string[] {
  return problems.map((p) => {
    const key = hasText(lang, `problem.${p.code}`) ? `problem.${p.code}` : 'problem.default';
    const params = p.params as Record<string, unknown>;
    return t(lang, key, {
      ...params,
      path: p.path,
      allowedValues: (params.allowedValues as unknown[] | undefined)?.join(', '),
    });
  });
}
