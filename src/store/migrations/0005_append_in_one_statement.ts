// Hand-written SQL (PostgreSQL 15 features only). Statements are separated by breakpoint lines: PGlite takes one
// statement per call. Kept as a module so a bundled build carries its migrations.
export default String.raw`
-- An append in one statement. Before this migration an append was eleven round trips to the database in one
-- transaction (BEGIN, set role and gemeente, lock the head, read the stream, bump the version, insert the events,
-- upsert the status, delete and insert the deadlines, write the access-log span, COMMIT). Now it is two statements,
-- each its own transaction: case_read (the head and the events, one snapshot) and case_append (version check,
-- events, projection, handover and access-log span, all or nothing). Both switch to the application role and set
-- app.gemeente themselves, transaction-local, before they touch a table, so row-level security applies exactly as
-- it does to the store's other sessions. They are SECURITY INVOKER: they give a caller nothing it could not do
-- with set_config and plain SQL. Optimistic concurrency is the version check in case_append's UPDATE: the stream
-- must still be at the version its events were read at.

-- One span of the access log from a JSON object with the columns' names (access-log.ts spanRow).
CREATE FUNCTION access_log_insert(p_span jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO access_log (trace_id, span_id, parent_span_id, name, start_time, end_time, status_code, error_code,
    processing_activity_id, data_subject_id, data_subject_id_type, case_id, gemeente, actor_id, actor_role,
    record_count, foreign_operation, resource)
  SELECT x.trace_id, x.span_id, x.parent_span_id, x.name, x.start_time, x.end_time, x.status_code, x.error_code,
    x.processing_activity_id, x.data_subject_id, x.data_subject_id_type, x.case_id, x.gemeente, x.actor_id,
    x.actor_role, x.record_count, x.foreign_operation, x.resource
  FROM jsonb_to_record(p_span) AS x(trace_id text, span_id text, parent_span_id text, name text,
    start_time timestamptz, end_time timestamptz, status_code text, error_code text, processing_activity_id text,
    data_subject_id text, data_subject_id_type text, case_id uuid, gemeente text, actor_id text, actor_role text,
    record_count integer, foreign_operation jsonb, resource jsonb);
END
$$;
--> statement-breakpoint
-- A span written in a transaction of its own (a refused command, a failure), as the application role.
CREATE FUNCTION access_log_write(p_gemeente text, p_span jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('role', 'inburgering_app', true), set_config('app.gemeente', p_gemeente, true);
  PERFORM access_log_insert(p_span);
END
$$;
--> statement-breakpoint
-- Upserts status rows and replaces the deadlines of the cases written (projection.ts). A row computed from an
-- older stream version than the one stored is skipped, its deadlines too. Returns the number of rows written.
-- Each case's deadlines in p_deadlines are distinct by (kind, due_on) (projectionOf).
CREATE FUNCTION write_projections(p_statuses jsonb, p_deadlines jsonb) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  v_ids uuid[];
BEGIN
  WITH up AS (
    INSERT INTO case_status (stream_id, gemeente, version, computed_on, computed_at, stage, plicht_status, regime,
      grp, leerroute, pip_deadline, term_last_day, next_deadline_on, next_deadline_kind, law_error, summary, facts,
      facts_version, valid_through)
    SELECT x.stream_id, x.gemeente, x.version, x.computed_on, now(), x.stage, x.plicht_status, x.regime, x.grp,
      x.leerroute, x.pip_deadline, x.term_last_day, x.next_deadline_on, x.next_deadline_kind, x.law_error,
      x.summary, x.facts, x.facts_version, x.valid_through
    FROM jsonb_to_recordset(p_statuses) AS x(stream_id uuid, gemeente text, version integer, computed_on date,
      stage text, plicht_status text, regime text, grp text, leerroute text, pip_deadline date,
      term_last_day date, next_deadline_on date, next_deadline_kind text, law_error text, summary jsonb,
      facts jsonb, facts_version integer, valid_through date)
    ON CONFLICT (stream_id) DO UPDATE SET gemeente = EXCLUDED.gemeente, version = EXCLUDED.version,
      computed_on = EXCLUDED.computed_on, computed_at = EXCLUDED.computed_at, stage = EXCLUDED.stage,
      plicht_status = EXCLUDED.plicht_status, regime = EXCLUDED.regime, grp = EXCLUDED.grp,
      leerroute = EXCLUDED.leerroute, pip_deadline = EXCLUDED.pip_deadline,
      term_last_day = EXCLUDED.term_last_day, next_deadline_on = EXCLUDED.next_deadline_on,
      next_deadline_kind = EXCLUDED.next_deadline_kind, law_error = EXCLUDED.law_error, summary = EXCLUDED.summary,
      facts = CASE WHEN EXCLUDED.facts_version IS NULL THEN case_status.facts ELSE EXCLUDED.facts END,
      facts_version = COALESCE(EXCLUDED.facts_version, case_status.facts_version),
      valid_through = CASE WHEN EXCLUDED.facts_version IS NULL THEN case_status.valid_through
                           ELSE EXCLUDED.valid_through END
    WHERE case_status.version <= EXCLUDED.version
    RETURNING case_status.stream_id)
  SELECT array_agg(up.stream_id) INTO v_ids FROM up;
  IF v_ids IS NULL THEN
    RETURN 0;
  END IF;
  -- Only what changed: a deadline that stays (same kind and date) is not deleted and inserted again, so an append
  -- that does not move the deadlines leaves no dead rows behind (case_deadline is not HOT-updated: every delete
  -- and insert leaves index entries that later scans of the stream wade through until a vacuum).
  DELETE FROM case_deadline d
  WHERE d.stream_id = ANY (v_ids)
    AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset(p_deadlines) AS x(stream_id uuid, due_on date, kind text)
                    WHERE x.stream_id = d.stream_id AND x.kind = d.kind AND x.due_on = d.due_on);
  INSERT INTO case_deadline (stream_id, gemeente, due_on, kind, citation, article)
  SELECT x.stream_id, x.gemeente, x.due_on, x.kind, x.citation, x.article
  FROM jsonb_to_recordset(p_deadlines) AS x(stream_id uuid, gemeente text, due_on date, kind text, citation jsonb,
    article text)
  WHERE x.stream_id = ANY (v_ids)
  ON CONFLICT (stream_id, kind, due_on) DO UPDATE
    SET gemeente = EXCLUDED.gemeente, citation = EXCLUDED.citation, article = EXCLUDED.article
    WHERE (case_deadline.gemeente, case_deadline.citation, case_deadline.article)
          IS DISTINCT FROM (EXCLUDED.gemeente, EXCLUDED.citation, EXCLUDED.article);
  RETURN cardinality(v_ids);
END
$$;
--> statement-breakpoint
-- The head of a stream and its events after version p_after, in stream order, from one snapshot, as the
-- application role for gemeente p_gemeente: null when that gemeente cannot see the case. With p_lock the head is
-- locked first (FOR UPDATE, until the caller's transaction ends) and the read sees the latest committed version.
CREATE FUNCTION case_read(p_gemeente text, p_stream uuid, p_after integer, p_lock boolean) RETURNS json
  LANGUAGE plpgsql AS $$
DECLARE
  v_out json;
BEGIN
  PERFORM set_config('role', 'inburgering_app', true), set_config('app.gemeente', p_gemeente, true),
    set_config('jit', 'off', true);
  IF p_lock THEN
    PERFORM 1 FROM case_stream WHERE stream_id = p_stream FOR UPDATE;
  END IF;
  SELECT json_build_object('version', s.version, 'gemeente', s.gemeente, 'subject_hash', s.subject_hash,
      'events', COALESCE((SELECT json_agg(json_build_array(e.type, e.data, e.metadata) ORDER BY e.version)
                          FROM case_event e
                          WHERE e.stream_id = s.stream_id AND e.version > p_after AND e.version <= s.version),
                         '[]'::json))
    INTO v_out
  FROM case_stream s WHERE s.stream_id = p_stream;
  RETURN v_out;
END
$$;
--> statement-breakpoint
-- Appends events to a stream that must be at p_expected (0 creates it, with p_open's BSN and its keyed hash),
-- writes the projection rows, hands the case over when p_handover names another gemeente, and writes the
-- access-log span: all in the caller's transaction (one statement: its own), as the application role for
-- p_gemeente. A stream at another version is answered, not raised: {"conflict": true, "actual": <version or null
-- when the gemeente cannot see it>}; nothing is written then. A BSN that already has a case raises
-- unique_violation on case_subject_pkey (and so writes nothing). Otherwise {"version": <new version>}.
CREATE FUNCTION case_append(p_gemeente text, p_stream uuid, p_expected integer, p_events jsonb,
    p_statuses jsonb, p_deadlines jsonb, p_handover text, p_span jsonb, p_open jsonb) RETURNS json
  LANGUAGE plpgsql AS $$
DECLARE
  v_n integer := jsonb_array_length(p_events);
  v_actual integer;
BEGIN
  PERFORM set_config('role', 'inburgering_app', true), set_config('app.gemeente', p_gemeente, true),
    set_config('jit', 'off', true);
  IF p_expected = 0 THEN
    INSERT INTO case_stream (stream_id, gemeente, version, bsn, subject_hash)
    VALUES (p_stream, p_gemeente, v_n, p_open->>'bsn', p_open->>'hash')
    ON CONFLICT (stream_id) DO NOTHING;
    IF NOT FOUND THEN
      RETURN json_build_object('conflict', true, 'actual', NULL);
    END IF;
    IF p_open->>'hash' IS NOT NULL THEN
      INSERT INTO case_subject (bsn_hash, stream_id, gemeente) VALUES (p_open->>'hash', p_stream, p_gemeente)
      ON CONFLICT (bsn_hash) DO NOTHING;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'case_append: the subject has a case' USING ERRCODE = 'unique_violation',
          CONSTRAINT = 'case_subject_pkey';
      END IF;
    END IF;
    INSERT INTO gemeente (code) VALUES (p_gemeente) ON CONFLICT (code) DO NOTHING;
  ELSE
    UPDATE case_stream SET version = version + v_n, updated_at = now()
    WHERE stream_id = p_stream AND version = p_expected;
    IF NOT FOUND THEN
      SELECT version INTO v_actual FROM case_stream WHERE stream_id = p_stream;
      RETURN json_build_object('conflict', true, 'actual', v_actual);
    END IF;
  END IF;
  INSERT INTO case_event (stream_id, version, event_id, type, data, metadata, occurred_on, recorded_at, supersedes,
    recorded_by, retained, holder)
  SELECT p_stream, x.version, x.event_id, x.type, x.data, x.metadata, x.occurred_on, x.recorded_at, x.supersedes,
    p_gemeente, x.retained, p_gemeente
  FROM jsonb_to_recordset(p_events) AS x(version integer, event_id uuid, type text, data jsonb, metadata jsonb,
    occurred_on date, recorded_at timestamptz, supersedes uuid, retained boolean);
  PERFORM write_projections(p_statuses, p_deadlines);
  IF p_handover IS NOT NULL THEN
    PERFORM handover_case(p_stream, p_handover);
  END IF;
  PERFORM access_log_insert(p_span);
  RETURN json_build_object('version', p_expected + v_n);
END
$$;
--> statement-breakpoint
-- The facts snapshot is rewritten on every append and, for a long history, is larger than the TOAST threshold:
-- lz4 compresses it several times faster than the default pglz, where the server has it (PGlite may not).
DO $$
BEGIN
  IF 'lz4' = ANY ((SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression')::text[]) THEN
    ALTER TABLE case_status ALTER COLUMN facts SET COMPRESSION lz4;
  END IF;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION access_log_insert(jsonb), access_log_write(text, jsonb), write_projections(jsonb, jsonb),
  case_read(text, uuid, integer, boolean), case_append(text, uuid, integer, jsonb, jsonb, jsonb, text, jsonb, jsonb)
  FROM PUBLIC;
--> statement-breakpoint
-- A login role that is a member of the application role (production) may call them; the owner always may.
GRANT EXECUTE ON FUNCTION access_log_insert(jsonb), access_log_write(text, jsonb), write_projections(jsonb, jsonb),
  case_read(text, uuid, integer, boolean), case_append(text, uuid, integer, jsonb, jsonb, jsonb, text, jsonb, jsonb)
  TO inburgering_app;
`;
