/**
 * Outcomes the assessment reports that are decisions of the law in their own right, so rules like every other
 * (with citations and a trace node): whether the PIP was adopted in time, whether the term has expired, and the
 * decision points (what must or may happen next, and when, each with the article that sets it).
 */
import type { DecisionPoint } from '../assessment.ts';
import { aowDate } from '../common/aow.ts';
import type { LawContext } from '../context.ts';
import { art, type Citation } from '../engine/citation.ts';
import type { Day } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import { Unknown } from '../engine/unknown.ts';
import { ontzorgen } from '../participatiewet/ontzorgen.ts';
import { fines } from './boete.ts';
import { loan } from './lening.ts';
import { pipAfterMove, pipDeadline } from './pip.ts';
import { duty } from './status.ts';
import { extensionWindow, routeChangeWindow, term } from './termijn.ts';
import { vrijstelling } from './vrijstelling.ts';

/**
 * Whether the college adopted the first PIP within its deadline: true or false once adopted; false once the
 * deadline passed without a PIP; null while it is still open. Asked only when the deadline is known.
 */
export const pipMet = defineRule<boolean | null, LawContext>(
  {
    id: 'wi2021.pip.tijdig',
    citation: [art('bi2021', '5.3', '1'), art('wi2021', '15', '1')],
    validFrom: '2022-01-01',
    reads: ['pips'],
    description: 'Whether the college adopted the PIP within the deadline (open while the deadline runs)',
  },
  (ctx) => {
    const pd = ctx.get(pipDeadline);
    if (pd === null || pd instanceof Unknown) return null;
    const t = ctx.getOr(term, 'term', null);
    const adopted = t !== null && !(t instanceof Unknown) ? t.pipDate : null;
    if (adopted === null) return ctx.peildatum > pd.deadline ? false : null;
    return adopted <= pd.deadline;
  },
);

/** Whether the (extended) term's last day lies before the peildatum. Asked only when the term is known. */
export const termExpired = defineRule<boolean | null, LawContext>(
  {
    id: 'wi2021.termijn.verstreken',
    citation: [art('wi2021', '11', '1'), art('wi2021', '12', '1')],
    validFrom: '2022-01-01',
    description: 'Whether the inburgeringstermijn, with its extensions, has expired on the peildatum',
  },
  (ctx) => {
    const t = ctx.get(term);
    if (t === null || t instanceof Unknown) return null;
    return ctx.peildatum > t.lastDay;
  },
);

export interface Point {
  readonly day: Day;
  readonly kind: DecisionPoint['kind'];
  readonly citation: Citation;
}

// The article behind each decision point.
const CITE = {
  pip: art('bi2021', '5.3', '1'),
  pipAfterMove: art('bi2021', '5.3', '3'),
  routeChange: art('bi2021', '5.4', '1'),
  extension: art('bi2021', '4.5', '1'),
  term: art('wi2021', '11', '1'),
  fine24: art('wi2021', '24', '1'),
  fine25: art('wi2021', '25', '1'),
  vrijstelling: art('wi2021', '4', '1', 'c'),
  aow: art('wi2021', '3', '1'),
  loanEnds: art('wi2021', '20', '2', 'a'),
  repayment: art('wi2021', '21', '3'),
  ontzorgen: art('pw', '56a', '1'),
} as const;

function add(points: Point[], day: Day | null | undefined, kind: Point['kind'], citation: Citation): void {
  if (day !== null && day !== undefined) points.push({ day, kind, citation });
}

const byDay = (a: Point, b: Point): number => a.day - b.day;

/**
 * The Wi2021 decision points, in date order: for a person under the duty, the PIP deadlines not yet met, the
 * route-change window and the extension application while open, the term's last day, fines that become possible,
 * the end of a vrijstelling, the AOW age; the end of ontzorgen. Asked for a person under the Wi2021 regime.
 */
export const decisionPoints = defineRule<readonly Point[], LawContext>(
  {
    id: 'wi2021.beslismomenten',
    citation: Object.values(CITE).filter((c) => c !== CITE.loanEnds && c !== CITE.repayment),
    validFrom: '2022-01-01',
    description:
      'What must or may happen next under the Wi2021, and when (PIP, term, windows, fines, AOW age)',
  },
  (ctx) => {
    const points: Point[] = [];
    const P = ctx.peildatum;
    const d = ctx.get(duty);
    const live = d !== null && !(d instanceof Unknown) && d.status === 'obliged';
    const vrijgesteld = d !== null && !(d instanceof Unknown) && d.status === 'vrijgesteld';
    const v = ctx.getOr(vrijstelling, 'wi2021', null);
    const until = v?.inForce ? v.inForce.until : null;
    if (live) {
      const pd = ctx.getOr(pipDeadline, 'pip', null);
      const t = ctx.getOr(term, 'term', null);
      const adopted = t !== null && !(t instanceof Unknown) ? t.pipDate : null;
      if (pd !== null && !(pd instanceof Unknown) && adopted === null)
        add(points, pd.deadline, 'pip_deadline', CITE.pip);
      const move = ctx.getOr(pipAfterMove, 'pip', null);
      if (move && move.adoptedOn === null)
        add(points, move.deadline, 'pip_deadline_after_move', CITE.pipAfterMove);
      const rc = ctx.getOr(routeChangeWindow, 'wi2021', null);
      if (rc && rc.lastDay >= P) add(points, rc.lastDay, 'route_change_window_closes', CITE.routeChange);
      const ew = ctx.getOr(extensionWindow, 'term', null);
      if (ew && ew.opensOn >= P) add(points, ew.opensOn, 'extension_application_opens', CITE.extension);
      if (t !== null && !(t instanceof Unknown)) add(points, t.lastDay, 'term_last_day', CITE.term);
      const fi = ctx.getOr(fines, 'fines', null);
      for (const item of fi?.items ?? []) {
        if (
          (item.article === '24' || item.article === '25') &&
          item.from !== null &&
          item.status !== 'barred'
        ) {
          if (item.article === '24') add(points, item.from, 'fine_24_possible', CITE.fine24);
          else add(points, item.from, 'fine_25_possible', CITE.fine25);
        }
      }
      if (until !== null) add(points, until + 1, 'vrijstelling_ends', CITE.vrijstelling);
    }
    if (vrijgesteld && until !== null) add(points, until + 1, 'vrijstelling_ends', CITE.vrijstelling);
    const noOz = { applies: false, to: null };
    const oz = ctx.getOr(ontzorgen, 'ontzorgen', noOz);
    if (live || vrijgesteld) {
      const aow = ctx.getOr(aowDate, 'aow', new Unknown([]));
      if (!(aow instanceof Unknown)) add(points, aow, 'aow_age', CITE.aow);
    }
    if (oz.applies === true && oz.to !== null && oz.to >= P)
      add(points, oz.to, 'ontzorgen_ends', CITE.ontzorgen);
    return points.sort(byDay);
  },
);

/** The Wi2021 loan's decision points: the end of the entitlement, the start of repayment (when still ahead). */
export const loanPoints = defineRule<readonly Point[], LawContext>(
  {
    id: 'wi2021.lening.beslismomenten',
    citation: [CITE.loanEnds, CITE.repayment],
    validFrom: '2022-01-01',
    description: 'When the loan entitlement ends and repayment starts',
  },
  (ctx) => {
    const points: Point[] = [];
    const lo = ctx.getOr(loan, 'loan', null);
    if (lo === null) return points;
    if (lo.entitlementEndsOn !== null && lo.eligible === true)
      add(points, lo.entitlementEndsOn, 'loan_entitlement_ends', CITE.loanEnds);
    if (lo.repaymentStartsOn !== null && lo.repaymentStartsOn >= ctx.peildatum)
      add(points, lo.repaymentStartsOn, 'loan_repayment_starts', CITE.repayment);
    return points;
  },
);
