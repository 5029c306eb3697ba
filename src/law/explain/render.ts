/**
 * Renders assessments for people: a short plain-language answer, the "why" lines each ending in the article it
 * rests on (linked to wetten.overheid.nl), and input problems. Text comes from the catalogs, never from code.
 */

import { type Formatter, formatter } from '../../i18n/index.ts';
import type { Assessment, FullAssessment } from '../assessment.ts';
import { art, type Citation, citationText, citationUrl } from '../engine/citation.ts';
import type { TraceNode } from '../engine/trace.ts';
import type { FactProblem } from '../facts/validate.ts';
import { otherSummaryLines } from './summary-overig.ts';

export type Catalog = Readonly<Record<string, string>>;
/** The six languages the law's explanations are written in (catalogs in this folder, same keys). */
export type Lang = 'nl' | 'en' | 'ar' | 'ti' | 'tr' | 'uk';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const ISO_LIST = /^\d{4}-\d{2}-\d{2}(?:, \d{4}-\d{2}-\d{2})+$/;
const ATW_CITATION = `${citationText(art('atw', '1', '1'))}; ${citationText(art('atw', '3'))}`;

/** Text lookup over a chain of catalogs through the one formatter (src/i18n): ICU messages, Intl dates. */
export type Texts = Formatter;

/** Texts in `lang` over `chain`: a language's own catalog first, then its fallbacks. */
export function texts(chain: readonly Catalog[], lang = 'nl'): Texts {
  return formatter(lang, chain);
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
 * The values of a node's outcome as its text shows them: regimes, routes and exam parts by their names, country
 * codes by the country's name. One preparation for the citizen's why-lines and the caseworker's tree.
 */
export function outcomeArgs(n: TraceNode, tx: Texts, options: WhyOptions = {}): Record<string, unknown> {
  const args = { ...(n.args ?? {}) } as Record<string, unknown>;
  if (typeof args.regime === 'string') args.regime = tx.t(`regime.${args.regime}`);
  if (typeof args.previousRegime === 'string') args.previousRegime = tx.t(`regime.${args.previousRegime}`);
  if (typeof args.route === 'string') args.route = tx.t(`route.${args.route}`);
  // A route change names the route asked for ({to}): its name, never the code.
  if (typeof args.to === 'string' && tx.has(`route.${args.to}`)) args.to = tx.t(`route.${args.to}`);
  const country = options.country ?? tx.country;
  for (const k of ['nationality', 'nationalities']) {
    const v = args[k];
    if (typeof v === 'string' && v) args[k] = v.split(', ').map(country).join(', ');
    else if (Array.isArray(v)) args[k] = v.map((c) => (typeof c === 'string' ? country(c) : c));
  }
  // Several dates in one value ("2025-03-03, 2025-04-19"): each written out by the formatter.
  for (const [k, v] of Object.entries(args))
    if (typeof v === 'string' && ISO_LIST.test(v)) args[k] = v.split(', ');
  for (const k of ['open', 'components', 'short']) {
    const v = args[k];
    if (typeof v === 'string' && v) {
      args[k] = v
        .split(', ')
        .map((id) => (tx.has(`component.${id}`) ? tx.t(`component.${id}`) : id))
        .join(', ');
    }
  }
  return args;
}

/**
 * "Why" lines from the derivation tree, each ending in its citation; one line per distinct outcome. `lang` is a
 * language with a law catalog (nl, en) or any catalog chain made with `texts` (the web's other languages).
 */
export function whyLines(a: Assessment, tx: Texts, options: WhyOptions = {}): WhyLine[] {
  const out: WhyLine[] = [];
  const visit = (n: TraceNode): void => {
    if (!n.reused && n.outcome) {
      const key = outcomeKey(n.rule, n.outcome);
      if (tx.has(key)) {
        const args = outcomeArgs(n, tx, options);
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
export function outOfScopeLines(a: Assessment, tx: Texts): string[] {
  const list = (a as FullAssessment).outOfScope ?? [];
  return list.map((e) =>
    tx.t('summary.outOfScope', {
      section: tx.t(`scope.section.${e.section}`),
      reason: tx.t(`scope.code.${e.code}`, { on: e.on }),
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
function firstStep(a: Assessment, tx: Texts): string | null {
  const p = a.nextDecisionPoints.find((x) => !x.overdue && TODO_KINDS.has(x.kind));
  if (!p || (a.plicht.status !== 'obliged' && a.plicht.status !== 'vrijgesteld')) return null;
  return tx.t('summary.todo', {
    what: tx.t(`point.${p.kind}`),
    date: p.date,
    citation: citationText(p.citation),
  });
}

/** An amount in euros, written the reader's way (Intl). */
export const euro = (tx: Texts, n: number): string =>
  tx.number(n, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: Number.isInteger(n) ? 0 : 2,
    maximumFractionDigits: 2,
  });

/** Fines due (with the amount, or the table it comes from), the new term, applications, route change, loan. */
function regelingSummaryLines(a: Assessment, tx: Texts): string[] {
  const lines: string[] = [];
  for (const f of a.fines?.items ?? []) {
    if (f.status !== 'due') continue;
    const article = `art. ${f.article} Wet inburgering 2021`;
    if (f.amount !== null) lines.push(tx.t('summary.fine.due', { amount: euro(tx, f.amount), article }));
    else if (f.amountOpenTerm)
      lines.push(
        tx.t('summary.fine.due_table', {
          article,
          table: f.amountOpenTerm.delegatedTo,
          max: euro(tx, f.max),
        }),
      );
    if ((f.article === '24' || f.article === '25') && f.newTermMonths !== null)
      lines.push(tx.t('summary.fine.new_term', { months: f.newTermMonths }));
    if (f.newTermLastDay) lines.push(tx.t('summary.fine.new_term_last_day', { lastDay: f.newTermLastDay }));
  }
  for (const x of a.applications ?? [])
    lines.push(tx.t('summary.application.due', { date: x.decisionDueOn, type: x.type }));
  const rq = a.routeChange?.request;
  if (rq)
    lines.push(
      tx.t(rq.allowed ? 'summary.route_change.allowed' : 'summary.route_change.not_allowed', {
        to: tx.t(`route.${rq.to}`),
      }),
    );
  const la = a.loan.amount;
  if (a.loan.eligible === true && la && la.amount !== null)
    lines.push(
      tx.t('summary.loan.amount', {
        amount: euro(tx, la.amount),
        instalment: euro(tx, la.minimumInstalment),
      }),
    );
  const fa = a.costs?.freeAttempts;
  if (fa?.some((x) => x.left > 0))
    lines.push(
      tx.t('summary.free_attempts', {
        items: fa
          .filter((x) => x.left > 0)
          .map((x) => `${tx.t(`component.${x.part}`)} ${x.left}×`)
          .join(', '),
      }),
    );
  return lines;
}

/** The short answer: status, regime, group, route, what is open, key dates, facts still needed. */
export function summaryLines(a: Assessment, tx: Texts): string[] {
  const lines: string[] = [];
  const regime = a.regime && a.regime !== 'unknown' ? tx.t(`regime.${a.regime}`) : '';
  // What to do and by when leads; then the status.
  const todo = firstStep(a, tx);
  if (todo) lines.push(todo);
  const notCovered = a.plicht.status === 'out_of_scope' && a.regime !== 'wi2007';
  lines.push(
    tx.t(notCovered ? 'summary.status.not_covered' : `summary.status.${a.plicht.status}`, {
      since: a.plicht.since,
      endedOn: a.plicht.endedOn ?? a.fulfilment?.on ?? null,
      regime,
    }),
  );
  if (a.plicht.status === 'obliged' || a.plicht.status === 'fulfilled') {
    if (regime) lines.push(tx.t('summary.regime', { regime }));
    if (a.group === 'asielstatushouder' || a.group === 'gezinsmigrant_overig')
      lines.push(tx.t(`summary.group.${a.group}`));
  }
  if (a.plicht.status === 'obliged' && a.regime === 'wi2021') {
    const r = a.leerroute;
    if (r?.route)
      lines.push(
        tx.t(r.assumed ? 'summary.route.assumed' : 'summary.route', {
          route: tx.t(`route.${r.route}`),
        }),
      );
    else lines.push(tx.t('summary.route.none'));
    const name = (id: string) => tx.t(`component.${id}`);
    const open = a.components.filter((c) => c.status === 'open').map((c) => name(c.id));
    const done = a.components.filter((c) => c.status === 'fulfilled').map((c) => name(c.id));
    if (open.length) lines.push(tx.t('summary.open', { items: open.join(', ') }));
    if (done.length) lines.push(tx.t('summary.done', { items: done.join(', ') }));
    if (a.pip && a.pip !== 'unknown') {
      lines.push(a.pip.adoptedOn ? tx.t('summary.pip.adopted', a.pip) : tx.t('summary.pip.deadline', a.pip));
      // The Algemene termijnenwet moved the last day off a weekend or holiday: say so, with the nominal day.
      if (!a.pip.adoptedOn && a.pip.nominalDeadline !== null && a.pip.nominalDeadline !== a.pip.deadline)
        lines.push(
          tx.t('summary.atw', {
            nominal: a.pip.nominalDeadline,
            date: a.pip.deadline,
            citation: ATW_CITATION,
          }),
        );
    }
    if (a.term && a.term !== 'unknown') lines.push(tx.t('summary.term', a.term));
    if (a.fines?.enforcement === 'individual_assessment_required') lines.push(tx.t('summary.fines.caselaw'));
    lines.push(...regelingSummaryLines(a, tx));
  }
  if (a.loan.eligible === true && a.loan.max !== null)
    lines.push(tx.t('summary.loan.yes', { max: euro(tx, a.loan.max) }));
  // The 2013 regime and the laws around inburgering (issue 6).
  lines.push(...otherSummaryLines(a, tx));
  lines.push(...outOfScopeLines(a, tx));
  const upcoming = a.nextDecisionPoints.filter((p) => !p.overdue).slice(0, 6);
  if (upcoming.length) {
    lines.push(tx.t('summary.next'));
    for (const p of upcoming)
      lines.push(`  ${tx.date(p.date)}: ${tx.t(`point.${p.kind}`)} (${citationText(p.citation)})`);
  }
  if (a.needs.length) {
    const items = a.needs.map((n) => {
      const generic = n.replace(/\[\d+\]/g, '[]');
      return tx.has(`needs.${generic}`) ? tx.t(`needs.${generic}`) : n;
    });
    lines.push(tx.t('summary.needs', { items: items.join('; ') }));
  }
  return lines;
}

/** Input problems as lines naming the field. */
export function problemLines(problems: readonly FactProblem[], tx: Texts): string[] {
  return problems.map((p) => {
    const key = tx.has(`problem.${p.code}`) ? `problem.${p.code}` : 'problem.default';
    const params = p.params as Record<string, unknown>;
    return tx.t(key, {
      ...params,
      path: p.path,
      allowedValues: (params.allowedValues as unknown[] | undefined)?.join(', '),
    });
  });
}
