// Hand-written SQL (PostgreSQL 15 features only). Statements are separated by breakpoint lines: PGlite takes one
// statement per call. Kept as a module so a bundled build carries its migrations.
export default String.raw`
-- Less work per append (issue 14, the chain's throughput), with the same rules and the same answers.
--
-- 1. The stream version follows its events once per statement instead of once per event. Until now a row trigger
--    updated case_stream for every event inserted: an append of seven events (a case DUO opened) wrote seven
--    versions of the stream row. Now one statement trigger reads the statement's new events (a transition table)
--    and, per stream, checks what the row trigger checked, for the whole run at once: the events of one stream
--    are all held by one gemeente, which holds the stream; their versions are contiguous (the primary key already
--    forbids two at one version) and the first is the next version of the stream. Then the stream moves to the
--    last. A statement that breaks this for any stream fails whole, with the same error as before. Same owner
--    (inburgering_handover) and same SECURITY DEFINER: the application still may not set a version itself.
CREATE OR REPLACE FUNCTION case_event_advance() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  r record;
BEGIN
  FOR r IN
    SELECT stream_id, min(holder) AS holder, max(holder) AS other_holder, min(version) AS lo, max(version) AS hi,
      count(*) AS n
    FROM new_events GROUP BY stream_id
  LOOP
    IF r.holder <> r.other_holder OR r.hi - r.lo + 1 <> r.n THEN
      RAISE EXCEPTION 'case_event: not the next version of a stream of this gemeente'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE case_stream SET version = r.hi, updated_at = now()
    WHERE stream_id = r.stream_id AND version = r.lo - 1 AND gemeente = r.holder;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'case_event: not the next version of a stream of this gemeente'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  END LOOP;
  RETURN NULL;
END
$$;
--> statement-breakpoint
DROP TRIGGER case_event_advance ON case_event;
--> statement-breakpoint
CREATE TRIGGER case_event_advance AFTER INSERT ON case_event REFERENCING NEW TABLE AS new_events
  FOR EACH STATEMENT EXECUTE FUNCTION case_event_advance();
--> statement-breakpoint
-- 2. Notifications for webhook subscribers (migration 0031): without a subscription of the caller's gemeente
--    (row-level security limits the look to its own) there is nothing to join, and the join is skipped.
CREATE OR REPLACE FUNCTION outbox_notify_subscribers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM notification_subscription) THEN
    RETURN NULL;
  END IF;
  INSERT INTO outbox (message_id, subscriber, gemeente, stream_id, event_id, kind, body, created_at, next_attempt_at)
  SELECT gen_random_uuid(), 'webhook:' || s.id::text, e.holder, e.stream_id, e.event_id, 'cloudevent',
    jsonb_build_object('eventType', e.type, 'version', e.version, 'time', e.recorded_at),
    e.recorded_at, now()
  FROM new_events e JOIN notification_subscription s ON s.gemeente = e.holder;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- 3. Many spans in three statements (access_log, access_audit, logboek_queue) instead of three per span: what
--    access_log_insert (migration 0030) writes for one span, for every span of the array, in the caller's role
--    (each span's gemeente is checked by the tables' policies, as before).
CREATE FUNCTION access_log_insert_many(p_spans jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO access_log (trace_id, span_id, parent_span_id, name, start_time, end_time, status_code, error_code,
    processing_activity_id, data_subject_id, data_subject_id_type, case_id, gemeente, record_count,
    foreign_operation, resource)
  SELECT x.trace_id, x.span_id, x.parent_span_id, x.name, x.start_time, x.end_time,
    CASE x.status_code
      WHEN 'OK' THEN 'STATUS_CODE_OK'
      WHEN 'ERROR' THEN CASE WHEN coalesce(x.error_code, '') LIKE 'store.%' THEN 'STATUS_CODE_ERROR'
                             ELSE 'STATUS_CODE_OK' END
      ELSE x.status_code END,
    x.error_code, x.processing_activity_id, x.data_subject_id, x.data_subject_id_type, x.case_id, x.gemeente,
    x.record_count, x.foreign_operation, x.resource
  FROM jsonb_to_recordset(p_spans) AS x(trace_id text, span_id text, parent_span_id text, name text,
    start_time timestamptz, end_time timestamptz, status_code text, error_code text, processing_activity_id text,
    data_subject_id text, data_subject_id_type text, case_id uuid, gemeente text, record_count integer,
    foreign_operation jsonb, resource jsonb);
  INSERT INTO access_audit (gemeente, trace_id, span_id, actor_id, actor_role)
  SELECT x.gemeente, x.trace_id, x.span_id, x.actor_id, coalesce(x.actor_role, '')
  FROM jsonb_to_recordset(p_spans) AS x(gemeente text, trace_id text, span_id text, actor_id text,
    actor_role text)
  WHERE x.actor_id IS NOT NULL;
  INSERT INTO logboek_queue (gemeente, trace_id, span_id)
  SELECT x.gemeente, x.trace_id, x.span_id
  FROM jsonb_to_recordset(p_spans) AS x(gemeente text, trace_id text, span_id text);
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION access_log_insert_many(jsonb) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION access_log_insert_many(jsonb) TO inburgering_app, inburgering_handover;
--> statement-breakpoint
-- One span is an array of one: the standard's mapping of a span to its three rows is written once, above.
CREATE OR REPLACE FUNCTION access_log_insert(p_span jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM access_log_insert_many(jsonb_build_array(p_span));
END
$$;
--> statement-breakpoint
-- The child spans of a batch processing (migration 0030), now written together.
CREATE OR REPLACE FUNCTION access_log_insert_subjects(p_parent jsonb, p_items jsonb) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM access_log_insert_many(coalesce(jsonb_agg(p_parent || jsonb_build_object(
      'span_id', i.span_id,
      'parent_span_id', p_parent->>'span_id',
      'case_id', i.case_id,
      'record_count', 1,
      'data_subject_id', s.subject_hash,
      'data_subject_id_type', CASE WHEN s.subject_hash IS NULL THEN NULL ELSE 'BSN-HMAC-SHA256' END)), '[]'))
  FROM jsonb_to_recordset(p_items) AS i(case_id uuid, span_id text)
  LEFT JOIN case_stream s ON s.stream_id = i.case_id;
END
$$;
--> statement-breakpoint
-- 4. case_append: the role is switched only when it is not already the gemeente's (a batch switches once instead
--    of once per append); the gemeente row is inserted only when missing; and the span is written only when one
--    is given (a batch passes none and writes its spans together, 5). Otherwise as in migration 0007.
CREATE OR REPLACE FUNCTION case_append(p_gemeente text, p_stream uuid, p_expected integer, p_events jsonb,
    p_statuses jsonb, p_deadlines jsonb, p_handover text, p_span jsonb, p_open jsonb) RETURNS json
  LANGUAGE plpgsql AS $$
DECLARE
  v_n integer := jsonb_array_length(p_events);
  v_actual integer;
BEGIN
  -- The gemeente's role, for this transaction (a batch of one gemeente's appends switches once).
  IF current_setting('role') IS DISTINCT FROM 'inburgering_gm_' || p_gemeente THEN
    PERFORM set_config('role', 'inburgering_gm_' || p_gemeente, true), set_config('jit', 'off', true);
  END IF;
  IF p_expected = 0 THEN
    IF p_open->>'hash' IS NOT NULL THEN
      -- One case per person per gemeente: only this gemeente's cases are looked at (row-level security).
      PERFORM pg_advisory_xact_lock(hashtext('inburgering.subject:' || p_gemeente || ':' || (p_open->>'hash')));
      IF EXISTS (SELECT 1 FROM case_subject WHERE bsn_hash = p_open->>'hash' AND gemeente = p_gemeente) THEN
        RAISE EXCEPTION 'case_append: the subject has a case' USING ERRCODE = 'unique_violation',
          CONSTRAINT = 'case_subject_pkey';
      END IF;
    END IF;
    INSERT INTO case_stream (stream_id, gemeente, version, bsn, subject_hash)
    VALUES (p_stream, p_gemeente, 0, p_open->>'bsn', p_open->>'hash')
    ON CONFLICT (stream_id) DO NOTHING;
    IF NOT FOUND THEN
      RETURN json_build_object('conflict', true, 'actual', NULL);
    END IF;
    IF p_open->>'hash' IS NOT NULL THEN
      INSERT INTO case_subject (bsn_hash, stream_id, gemeente) VALUES (p_open->>'hash', p_stream, p_gemeente);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM gemeente WHERE code = p_gemeente) THEN
      INSERT INTO gemeente (code) VALUES (p_gemeente) ON CONFLICT (code) DO NOTHING;
    END IF;
  ELSE
    SELECT version INTO v_actual FROM case_stream WHERE stream_id = p_stream FOR NO KEY UPDATE;
    IF v_actual IS NULL OR v_actual <> p_expected THEN
      RETURN json_build_object('conflict', true, 'actual', v_actual);
    END IF;
  END IF;
  INSERT INTO case_event (stream_id, version, event_id, type, data, metadata, occurred_on, recorded_at, supersedes,
    recorded_by, retained, holder)
  SELECT p_stream, x.version, x.event_id, x.type, x.data, x.metadata, x.occurred_on, x.recorded_at, x.supersedes,
    p_gemeente, x.retained, p_gemeente
  FROM jsonb_to_recordset(p_events) AS x(version integer, event_id uuid, type text, data jsonb, metadata jsonb,
    occurred_on date, recorded_at timestamptz, supersedes uuid, retained boolean)
  ORDER BY x.version;
  PERFORM write_projections(p_statuses, p_deadlines);
  IF p_handover IS NOT NULL THEN
    PERFORM handover_case(p_gemeente, p_stream, p_handover);
  END IF;
  -- A batch writes the spans of its appends together afterwards (case_append_batch) and passes none here.
  IF p_span IS NOT NULL THEN
    PERFORM access_log_insert(p_span);
  END IF;
  RETURN json_build_object('version', p_expected + v_n);
END
$$;
--> statement-breakpoint
-- 5. case_append_batch (migration 0008) with the spans of its written appends in one insert per gemeente.
CREATE OR REPLACE FUNCTION case_append_batch(p_batch jsonb) RETURNS json LANGUAGE plpgsql AS $$
DECLARE
  v_n integer := jsonb_array_length(p_batch);
  v_out json[] := array_fill(NULL::json, ARRAY[v_n]);
  v_failed boolean[] := array_fill(false, ARRAY[v_n]);
  v_cur integer := 0;
  v_item jsonb;
  v_state text;
  v_constraint text;
  v_done boolean := false;
  v_spans jsonb;
  v_gemeente text;
BEGIN
  WHILE NOT v_done LOOP
    BEGIN
      v_cur := 1;
      WHILE v_cur <= v_n LOOP
        IF NOT v_failed[v_cur] THEN
          v_item := p_batch->(v_cur - 1);
          v_out[v_cur] := case_append(v_item->>'gemeente', (v_item->>'stream')::uuid,
            (v_item->>'expected')::integer, v_item->'events', v_item->'statuses', v_item->'deadlines',
            v_item->>'handover', NULL, v_item->'open');
        END IF;
        v_cur := v_cur + 1;
      END LOOP;
      v_done := true;
    EXCEPTION WHEN OTHERS THEN
      -- v_cur (not transactional) names the append that raised; the answers of the others are computed again.
      GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_constraint = CONSTRAINT_NAME;
      v_failed[v_cur] := true;
      v_out[v_cur] := json_build_object('error', v_state, 'constraint', NULLIF(v_constraint, ''));
    END;
  END LOOP;
  -- The spans of the appends that were written (not those answered with a conflict or an error), in one insert per
  -- gemeente, in that gemeente's role (as case_append wrote each before).
  FOR v_gemeente, v_spans IN
    SELECT b.x->>'gemeente', jsonb_agg(b.x->'span')
    FROM jsonb_array_elements(p_batch) WITH ORDINALITY AS b(x, i)
    WHERE (v_out[b.i]::jsonb) ? 'version' AND jsonb_typeof(b.x->'span') = 'object'
    GROUP BY b.x->>'gemeente'
  LOOP
    IF current_setting('role') IS DISTINCT FROM 'inburgering_gm_' || v_gemeente THEN
      PERFORM set_config('role', 'inburgering_gm_' || v_gemeente, true);
    END IF;
    PERFORM access_log_insert_many(v_spans);
  END LOOP;
  RETURN array_to_json(v_out);
END
$$;
--> statement-breakpoint
-- 6. The outbox claim (migration 0022) in time linear in the pending messages. A message waits while an earlier
--    pending message of its stream (same subscriber) is held back (in backoff or leased): this was asked per
--    candidate with a NOT EXISTS that the planner, without statistics (PGlite runs no autovacuum, so no ANALYZE),
--    answered by scanning every pending message of the subscriber for every candidate (n^2: 49 ms for 172
--    candidates; a join with the held-back messages fared no better, as the planner took the join for one row).
--    Now the earliest held-back message of each stream is found once, into a JSON object keyed by stream, and a
--    candidate waits when its stream's entry is earlier. The same messages are claimed, in the same order. (The gemeente condition on
--    the held-back messages is what row-level security applied before: a gemeente sees only its own outbox.)
--    And the limit holds: the limited, locked selection was a subquery of the UPDATE, which the planner could run
--    again for every row it joined, each run locking the next messages, so a claim of 2 could take every due
--    message (test/store/outbox-claim.test.ts fails on the old function). It is now selected once.
CREATE OR REPLACE FUNCTION outbox_claim(p_gemeente text, p_subscriber text, p_lease_ms double precision,
    p_limit integer)
  RETURNS json LANGUAGE plpgsql AS $$
DECLARE
  v json;
  v_held jsonb;
BEGIN
  PERFORM set_config('role', 'inburgering_gm_' || p_gemeente, true), set_config('jit', 'off', true);
  -- The earliest held-back message of each stream, as {stream: [created_at, message_id]}: looked up per candidate
  -- by key, whatever plan the planner would have chosen for a join.
  SELECT coalesce(jsonb_object_agg(h.stream_id::text, jsonb_build_array(h.created_at, h.message_id)), '{}')
  INTO v_held
  FROM (
    SELECT DISTINCT ON (p.stream_id) p.stream_id, p.created_at, p.message_id
    FROM outbox p
    WHERE p.gemeente = p_gemeente AND p.subscriber = p_subscriber AND p.status = 'pending'
      AND (p.next_attempt_at > now() OR (p.lease_until IS NOT NULL AND p.lease_until >= now()))
    ORDER BY p.stream_id, p.created_at, p.message_id) h;
  WITH picked AS MATERIALIZED (
    SELECT c.message_id FROM outbox c
    WHERE c.gemeente = p_gemeente AND c.subscriber = p_subscriber AND c.status = 'pending'
      AND c.next_attempt_at <= now() AND (c.lease_until IS NULL OR c.lease_until < now())
      AND NOT (v_held ? c.stream_id::text
        AND ((v_held->c.stream_id::text->>0)::timestamptz, (v_held->c.stream_id::text->>1)::uuid)
            < (c.created_at, c.message_id))
    ORDER BY c.created_at, c.message_id LIMIT p_limit FOR UPDATE OF c SKIP LOCKED),
  claimed AS (
    UPDATE outbox o SET lease_until = now() + make_interval(secs => p_lease_ms / 1000), attempts = o.attempts + 1
    FROM picked d, case_stream s
    WHERE o.message_id = d.message_id AND s.stream_id = o.stream_id
    RETURNING o.message_id::text AS message_id, o.stream_id::text AS stream_id, o.kind, o.body, o.instelling,
      o.attempts, s.bsn, o.created_at
  )
  SELECT coalesce(json_agg(claimed ORDER BY created_at, message_id), '[]'::json) INTO v FROM claimed;
  RETURN v;
END
$$;
`;
