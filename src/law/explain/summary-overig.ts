/**
 * Summary lines for the sections of the laws around inburgering (issue 6), in the style of `summaryLines`: what
 * applies, what is still open, and the dates that matter. Text comes from the catalogs (nl-overig.ts, en-overig.ts).
 */
import type { Assessment, FullAssessment } from '../assessment.ts';
import { citationText } from '../engine/citation.ts';
import { euro, type Texts } from './render.ts';

export function otherSummaryLines(assessment: Assessment, tx: Texts): string[] {
  const a = assessment as FullAssessment;
  const out: string[] = [];
  const w13 = a.wi2013;
  if (w13 && w13.status === 'obliged') {
    const open = w13.components.filter((c) => c.status === 'open').map((c) => tx.t(`component.${c.id}`));
    if (open.length) out.push(tx.t('summary.wi2013.open', { items: open.join(', ') }));
    if (
      w13.pvtTerm &&
      w13.pvtTerm !== 'unknown' &&
      w13.components.some((c) => c.id === 'pvt' && c.status === 'open')
    )
      out.push(tx.t('summary.wi2013.pvt', { lastDay: w13.pvtTerm.lastDay }));
    if (w13.examTerm && !w13.fulfilment.fulfilled)
      out.push(tx.t('summary.wi2013.term', { lastDay: w13.examTerm.lastDay }));
    const due = w13.fines?.items.find((i) => i.status === 'due');
    if (due)
      out.push(
        due.amount === null
          ? tx.t('summary.wi2013.fine.open', { max: euro(tx, due.max) })
          : tx.t('summary.wi2013.fine', { amount: euro(tx, due.amount) }),
      );
    if (w13.caseLaw.applies) out.push(tx.t('summary.wi2013.caselaw'));
  }
  if (a.wib) {
    if (a.wib.required === false) out.push(tx.t('summary.wib.exempt'));
    else if (a.wib.valid === true) out.push(tx.t('summary.wib.valid', { validUntil: a.wib.validUntil }));
    else out.push(tx.t('summary.wib.invalid'));
  }
  if (a.taaleis) {
    if (typeof a.taaleis.percent === 'number' && a.taaleis.percent > 0)
      out.push(tx.t('summary.taaleis.reduction', { percent: a.taaleis.percent }));
    else if (a.taaleis.testDuty === true && !a.taaleis.suspicion) out.push(tx.t('summary.taaleis.test'));
  }
  if (a.remigratie && a.remigratie.eligible !== 'unknown')
    out.push(tx.t(a.remigratie.eligible ? 'summary.remigratie.yes' : 'summary.remigratie.no'));
  if (a.naturalisatie && a.naturalisatie.eligible !== 'unknown')
    out.push(tx.t(a.naturalisatie.eligible ? 'summary.naturalisatie.yes' : 'summary.naturalisatie.no'));
  if (a.verblijf?.termConsequence?.extensionMayBeRefused) out.push(tx.t('summary.verblijf.risk'));
  const pr = a.verblijf?.permanentResidence;
  if (pr && pr.met !== 'unknown')
    out.push(tx.t(pr.met ? 'summary.verblijf.permanent.yes' : 'summary.verblijf.permanent.no'));
  const upcoming = (a.otherDecisionPoints ?? []).filter((p) => !p.overdue).slice(0, 4);
  for (const p of upcoming)
    out.push(`  ${tx.date(p.date)}: ${tx.t(`point.${p.kind}`)} (${citationText(p.citation)})`);
  return out;
}
