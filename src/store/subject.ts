/**
 * The BSN of a case: the case of a BSN (looked up by its keyed hash, never in the clear) and the BSN of a case for
 * an exchange that needs it, each logged as its own processing.
 */
import { caseError, isValidBsn, type Result } from '../case/index.ts';
import { type Session, spanRow } from './access-log.ts';
import { head } from './reads.ts';
import { checkSession, type StoreCore } from './session.ts';

/** The case of a BSN within the session's gemeente (looked up by its keyed hash), or null. */
export async function findCaseByBsn(
  core: StoreCore,
  session: Session,
  bsn: string,
): Promise<Result<string | null>> {
  if (!isValidBsn(bsn)) return { ok: false, error: caseError('bsn.invalid') };
  const hash = core.pseudonym(bsn);
  return core.logged(session, 'case.find_by_bsn', null, async (tx, span) => {
    span.subjectHash = hash;
    const r = await tx.query<{ stream_id: string }>(
      // Two cases of one person in a gemeente only after a move into a gemeente that had opened one: the newest.
      `SELECT cs.stream_id::text AS stream_id FROM case_subject cs JOIN case_stream s ON s.stream_id = cs.stream_id
       WHERE cs.bsn_hash = $1 ORDER BY s.created_at DESC, cs.stream_id LIMIT 1`,
      [hash],
    );
    span.recordCount = r.rows.length;
    return { ok: true, value: r.rows[0]?.stream_id ?? null };
  });
}

/**
 * `findCaseByBsn` for many BSNs in one transaction (the chain's batches of notifications): each lookup is logged
 * as its own span, all spans in one statement. Invalid BSNs answer null.
 */
export async function findCasesByBsn(
  core: StoreCore,
  session: Session,
  bsns: readonly string[],
): Promise<Map<string, string | null>> {
  checkSession(session);
  const valid = [...new Set(bsns)].filter(isValidBsn);
  const hashes = new Map(valid.map((b) => [core.pseudonym(b), b]));
  const out = new Map<string, string | null>(bsns.map((b) => [b, null]));
  if (valid.length === 0) return out;
  const start = core.clock();
  await core.session(session.gemeente, async (tx) => {
    const r = await tx.query<{ bsn_hash: string; stream_id: string }>(
      `SELECT DISTINCT ON (cs.bsn_hash) cs.bsn_hash, cs.stream_id::text AS stream_id
         FROM case_subject cs JOIN case_stream s ON s.stream_id = cs.stream_id
         WHERE cs.bsn_hash = ANY($1::text[]) ORDER BY cs.bsn_hash, s.created_at DESC, cs.stream_id`,
      [[...hashes.keys()]],
    );
    for (const row of r.rows) out.set(hashes.get(row.bsn_hash) as string, row.stream_id);
    const end = core.clock();
    const spans = [...hashes.keys()].map((h) =>
      spanRow(session, {
        name: 'case.find_by_bsn',
        start,
        end,
        ok: true,
        errorCode: null,
        caseId: null,
        subjectHash: h,
        recordCount: out.get(hashes.get(h) as string) ? 1 : 0,
      }),
    );
    await tx.query('SELECT access_log_insert_many($1::jsonb)', [JSON.stringify(spans)]);
  });
  return out;
}

/** The BSN of a case, for an exchange that needs it (DUO, CBS). Logged as its own processing. */
export async function revealBsn(core: StoreCore, session: Session, caseId: string): Promise<string | null> {
  return core.logged(session, 'case.reveal_bsn', caseId, async (tx, span) => {
    const h = await head(tx, caseId);
    span.subjectHash = h.subject_hash;
    const r = await tx.query<{ bsn: string | null }>('SELECT bsn FROM case_stream WHERE stream_id = $1', [
      caseId,
    ]);
    return r.rows[0]?.bsn ?? null;
  });
}
