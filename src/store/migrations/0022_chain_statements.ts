// Hand-written SQL (PostgreSQL 15 features only). Statements are separated by breakpoint lines: PGlite takes one
// statement per call. Kept as a module so a bundled build carries its migrations.
export default String.raw`
-- The chain's frequent writes as one statement each (src/chain): like case_append, each function switches to the
-- gemeente's role itself (set_config fails unless the login is a member; row-level security then applies), so a
-- batch of notifications or deliveries costs one round trip and one commit instead of BEGIN, the role, the
-- statement and COMMIT.

-- Notifications as received (many at once): a repeated berichtId or replayed content inserts nothing. Answers the
-- rows inserted.
CREATE FUNCTION duo_inbox_receive(p_gemeente text, p_rows jsonb) RETURNS json LANGUAGE plpgsql AS $$
DECLARE
  v json;
BEGIN
  PERFORM set_config('role', 'inburgering_gm_' || p_gemeente, true), set_config('jit', 'off', true);
  WITH ins AS (
    INSERT INTO duo_inbox (gemeente, bericht_id, gebeurtenis_id, bsn, v_nummer, registratie)
    SELECT p_gemeente, x.bericht_id, x.gebeurtenis_id, x.bsn, x.v_nummer, x.registratie
    FROM jsonb_to_recordset(p_rows) AS x(bericht_id uuid, gebeurtenis_id text, bsn text, v_nummer bigint,
      registratie timestamptz)
    ON CONFLICT DO NOTHING
    RETURNING bericht_id::text AS bericht_id, gebeurtenis_id, bsn, registratie::text AS registratie,
      received_at::text AS received_at
  )
  SELECT coalesce(json_agg(ins), '[]'::json) INTO v FROM ins;
  RETURN v;
END
$$;
--> statement-breakpoint
-- The outcome of processed notifications (status 'received' keeps a row for a retry, with its error).
CREATE FUNCTION duo_inbox_finish(p_gemeente text, p_rows jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('role', 'inburgering_gm_' || p_gemeente, true), set_config('jit', 'off', true);
  UPDATE duo_inbox i SET status = d.status, case_id = d.case_id, events_added = d.added,
    processed_at = CASE WHEN d.status = 'received' THEN NULL ELSE now() END,
    attempts = i.attempts + 1, last_error = d.error
  FROM jsonb_to_recordset(p_rows) AS d(bericht_id uuid, status text, case_id uuid, added integer, error text)
  WHERE i.gemeente = p_gemeente AND i.bericht_id = d.bericht_id;
END
$$;
--> statement-breakpoint
-- Leases due messages of one subscriber, oldest first; a message waits while an older one of its case is pending
-- and not yet due or leased (a person's messages stay in order). Answers the leased rows with the case's BSN.
CREATE FUNCTION outbox_claim(p_gemeente text, p_subscriber text, p_lease_ms double precision, p_limit integer)
  RETURNS json LANGUAGE plpgsql AS $$
DECLARE
  v json;
BEGIN
  PERFORM set_config('role', 'inburgering_gm_' || p_gemeente, true), set_config('jit', 'off', true);
  WITH claimed AS (
    UPDATE outbox o SET lease_until = now() + make_interval(secs => p_lease_ms / 1000), attempts = o.attempts + 1
    FROM (
      SELECT c.message_id FROM outbox c
      WHERE c.gemeente = p_gemeente AND c.subscriber = p_subscriber AND c.status = 'pending'
        AND c.next_attempt_at <= now() AND (c.lease_until IS NULL OR c.lease_until < now())
        AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.stream_id = c.stream_id AND p.status = 'pending'
          AND p.subscriber = c.subscriber AND (p.created_at, p.message_id) < (c.created_at, c.message_id)
          AND (p.next_attempt_at > now() OR (p.lease_until IS NOT NULL AND p.lease_until >= now())))
      ORDER BY c.created_at, c.message_id LIMIT p_limit FOR UPDATE SKIP LOCKED
    ) d, case_stream s
    WHERE o.message_id = d.message_id AND s.stream_id = o.stream_id
    RETURNING o.message_id::text AS message_id, o.stream_id::text AS stream_id, o.kind, o.body, o.instelling,
      o.attempts, s.bsn, o.created_at
  )
  SELECT coalesce(json_agg(claimed ORDER BY created_at, message_id), '[]'::json) INTO v FROM claimed;
  RETURN v;
END
$$;
--> statement-breakpoint
-- Messages delivered (DUO's 2xx), with the status each got.
CREATE FUNCTION outbox_delivered(p_gemeente text, p_ids uuid[], p_status integer[]) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('role', 'inburgering_gm_' || p_gemeente, true), set_config('jit', 'off', true);
  UPDATE outbox o SET status = 'delivered', response_status = d.st, last_error = NULL, lease_until = NULL,
    delivered_at = now()
  FROM unnest(p_ids, p_status) AS d(id, st) WHERE o.gemeente = p_gemeente AND o.message_id = d.id;
END
$$;
`;
