/**
 * One span per data subject (Logboek Dataverwerkingen, component Applicatie, "Gedrag": a processing with several
 * data subjects writes a separate record for each; a record names 0 or 1 subject). A batch processing (a deadline
 * scan, a caseload list, a CSV export) writes its own span (no subject, the record count) and, under the same
 * trace with that span as parent, one span per case it touched, each with that case's subject hash
 * (access_log_insert_subjects, migration 0030).
 */
import { type Session, type Span, spanRow } from './access-log.ts';
import type { Queryable } from './engine.ts';
import { spanId } from './pseudonym.ts';

/** Writes a span in the caller's transaction, and one child span per case in `subjects` (duplicates once). */
export async function writeSpanWithSubjects(
  tx: Queryable,
  session: Session,
  span: Span & { readonly subjects?: readonly string[] | undefined },
): Promise<void> {
  const { subjects, ...rest } = span;
  const row = spanRow(session, rest);
  await tx.query('SELECT access_log_insert($1::jsonb)', [JSON.stringify(row)]);
  if (subjects === undefined || subjects.length === 0) return;
  const items = [...new Set(subjects)].map((caseId) => ({ case_id: caseId, span_id: spanId() }));
  await tx.query('SELECT access_log_insert_subjects($1::jsonb, $2::jsonb)', [
    JSON.stringify(row),
    JSON.stringify(items),
  ]);
}
