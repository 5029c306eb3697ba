// Hand-written SQL (PostgreSQL 15 features only). Statements are separated by breakpoint lines: PGlite takes one
// statement per call. Kept as a module so a bundled build carries its migrations.
export default String.raw`
-- A shared append statement written set-based (issue 14, the chain's throughput), with the same answers.
--
-- case_append_batch (migrations 0008, 0041) ran case_append once per append: for a case DUO opens, some twelve
-- statements inside the database (the subject lock and check, the stream, the subject, the gemeente row, the
-- events, the stream-version trigger, the status, the deadlines' delete and insert, ...), each planned, started and
-- ended on its own. A batch of 64 cases was some 770 of them. Now a batch in which the appends cannot touch one
-- another is written by case_append_set in a fixed number of statements for all its appends together: one lock of
-- the existing streams, one insert of the new streams, of their subjects, of all events (one run of the
-- stream-version trigger) and one write of all projections.
--
-- When the appends cannot touch one another: one gemeente; no handover; each stream once; each subject opened once;
-- each projection row of its own append's stream; expected versions and event lists well-formed. A batch that is
-- anything else, and one where anything raises (a subject that has a case already, a duplicate event id, an event
-- not the next version, ...), is rolled back to where it started and appended one by one as before, where the
-- append that raises fails alone. So the set-based path answers only what the one-by-one path would have answered
-- (the appends of such a batch do not see one another's writes), and the rules stay where they were: the policies,
-- the stream-version trigger (now run once for the whole statement, checking every stream of it) and the unique
-- keys. Existing streams are locked in the order of their ids and subjects in the order of their hash, so that two
-- batches never wait for each other crosswise.
CREATE FUNCTION case_append_set(p_batch jsonb) RETURNS json LANGUAGE plpgsql AS $$
DECLARE
  v_gemeente text;
  v_ok boolean;
  v_versions jsonb;
  v_opened uuid[];
  v_answers jsonb;
BEGIN
  SELECT min(b.x->>'gemeente'),
    count(DISTINCT b.x->>'gemeente') = 1 AND count(b.x->>'gemeente') = count(*)
    AND count(b.x->>'handover') = 0
    AND count(DISTINCT b.x->>'stream') = count(*) AND count(b.x->>'stream') = count(*)
    AND bool_and(jsonb_typeof(b.x->'expected') = 'number' AND b.x->>'expected' ~ '^[0-9]{1,9}$'
      AND jsonb_typeof(b.x->'events') = 'array' AND jsonb_typeof(b.x->'statuses') = 'array'
      AND jsonb_typeof(b.x->'deadlines') = 'array')
    AND count(b.x->'open'->>'hash') FILTER (WHERE b.x->>'expected' = '0')
      = count(DISTINCT b.x->'open'->>'hash') FILTER (WHERE b.x->>'expected' = '0')
  INTO v_gemeente, v_ok
  FROM jsonb_array_elements(p_batch) AS b(x);
  IF v_ok IS NOT TRUE THEN
    RETURN NULL;
  END IF;
  IF EXISTS (
    SELECT 1 FROM jsonb_array_elements(p_batch) AS b(x)
    CROSS JOIN LATERAL (
      SELECT s.value FROM jsonb_array_elements(b.x->'statuses') AS s(value)
      UNION ALL
      SELECT d.value FROM jsonb_array_elements(b.x->'deadlines') AS d(value)) AS p(row)
    WHERE jsonb_typeof(p.row) <> 'object' OR p.row->>'stream_id' IS DISTINCT FROM b.x->>'stream'
  ) THEN
    RETURN NULL;
  END IF;
  -- From here on, anything that raises rolls back to the caller, which appends one by one.
  IF current_setting('role') IS DISTINCT FROM 'inburgering_gm_' || v_gemeente THEN
    PERFORM set_config('role', 'inburgering_gm_' || v_gemeente, true), set_config('jit', 'off', true);
  END IF;
  -- The existing streams, locked (in id order) with their versions as each append's check reads them.
  SELECT coalesce(jsonb_object_agg(s.stream_id::text, s.version), '{}') INTO v_versions
  FROM (
    SELECT c.stream_id, c.version FROM case_stream c
    WHERE c.stream_id IN (SELECT (b.x->>'stream')::uuid FROM jsonb_array_elements(p_batch) AS b(x)
                          WHERE b.x->>'expected' <> '0')
    ORDER BY c.stream_id FOR NO KEY UPDATE) s;
  -- The new streams: each subject locked (in hash order) and checked as case_append does; a subject that has a case
  -- raises, and the one-by-one path answers that append with its error.
  PERFORM pg_advisory_xact_lock(hashtext('inburgering.subject:' || v_gemeente || ':' || h.hash))
  FROM (SELECT DISTINCT b.x->'open'->>'hash' AS hash FROM jsonb_array_elements(p_batch) AS b(x)
        WHERE b.x->>'expected' = '0' AND b.x->'open'->>'hash' IS NOT NULL ORDER BY 1) h;
  IF EXISTS (
    SELECT 1 FROM case_subject cs
    WHERE cs.gemeente = v_gemeente AND cs.bsn_hash IN (
      SELECT b.x->'open'->>'hash' FROM jsonb_array_elements(p_batch) AS b(x) WHERE b.x->>'expected' = '0')
  ) THEN
    RAISE EXCEPTION 'case_append_set: a subject has a case' USING ERRCODE = 'unique_violation';
  END IF;
  WITH ins AS (
    INSERT INTO case_stream (stream_id, gemeente, version, bsn, subject_hash)
    SELECT (b.x->>'stream')::uuid, v_gemeente, 0, b.x->'open'->>'bsn', b.x->'open'->>'hash'
    FROM jsonb_array_elements(p_batch) AS b(x)
    WHERE b.x->>'expected' = '0'
    ORDER BY 1
    ON CONFLICT (stream_id) DO NOTHING
    RETURNING stream_id)
  SELECT coalesce(array_agg(stream_id), '{}') INTO v_opened FROM ins;
  IF cardinality(v_opened) > 0 THEN
    INSERT INTO case_subject (bsn_hash, stream_id, gemeente)
    SELECT b.x->'open'->>'hash', (b.x->>'stream')::uuid, v_gemeente
    FROM jsonb_array_elements(p_batch) AS b(x)
    WHERE b.x->>'expected' = '0' AND b.x->'open'->>'hash' IS NOT NULL AND (b.x->>'stream')::uuid = ANY (v_opened);
    IF NOT EXISTS (SELECT 1 FROM gemeente WHERE code = v_gemeente) THEN
      INSERT INTO gemeente (code) VALUES (v_gemeente) ON CONFLICT (code) DO NOTHING;
    END IF;
  END IF;
  -- Each append's answer, as case_append gives it: written (the new version) or a conflict (the version found).
  SELECT jsonb_agg(
      CASE
        WHEN b.x->>'expected' = '0' AND (b.x->>'stream')::uuid = ANY (v_opened)
          THEN jsonb_build_object('version', jsonb_array_length(b.x->'events'))
        WHEN b.x->>'expected' = '0' THEN jsonb_build_object('conflict', true, 'actual', NULL)
        WHEN (v_versions->>(b.x->>'stream'))::integer = (b.x->>'expected')::integer
          THEN jsonb_build_object('version', (b.x->>'expected')::integer + jsonb_array_length(b.x->'events'))
        ELSE jsonb_build_object('conflict', true, 'actual', (v_versions->>(b.x->>'stream'))::integer)
      END ORDER BY b.i)
  INTO v_answers
  FROM jsonb_array_elements(p_batch) WITH ORDINALITY AS b(x, i);
  -- The events of every append that is written, in one statement (the stream-version trigger checks each stream).
  INSERT INTO case_event (stream_id, version, event_id, type, data, metadata, occurred_on, recorded_at, supersedes,
    recorded_by, retained, holder)
  SELECT (b.x->>'stream')::uuid, e.version, e.event_id, e.type, e.data, e.metadata, e.occurred_on, e.recorded_at,
    e.supersedes, v_gemeente, e.retained, v_gemeente
  FROM jsonb_array_elements(p_batch) WITH ORDINALITY AS b(x, i)
  CROSS JOIN LATERAL jsonb_to_recordset(b.x->'events') AS e(version integer, event_id uuid, type text, data jsonb,
    metadata jsonb, occurred_on date, recorded_at timestamptz, supersedes uuid, retained boolean)
  WHERE v_answers->(b.i::integer - 1) ? 'version'
  ORDER BY b.i, e.version;
  -- Their projections, in one call.
  PERFORM write_projections(
    coalesce((SELECT jsonb_agg(s.value) FROM jsonb_array_elements(p_batch) WITH ORDINALITY AS b(x, i),
      jsonb_array_elements(b.x->'statuses') AS s(value) WHERE v_answers->(b.i::integer - 1) ? 'version'), '[]'),
    coalesce((SELECT jsonb_agg(d.value) FROM jsonb_array_elements(p_batch) WITH ORDINALITY AS b(x, i),
      jsonb_array_elements(b.x->'deadlines') AS d(value) WHERE v_answers->(b.i::integer - 1) ? 'version'), '[]'));
  RETURN v_answers::json;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION case_append_set(jsonb) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION case_append_set(jsonb) TO inburgering_app;
--> statement-breakpoint
-- case_append_batch (migration 0041): a batch of more than one append tries the set-based path first, in a
-- subtransaction of its own; when that path does not apply (NULL) or raises, the batch runs one by one as before.
-- The spans of the appends written are then written as before.
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
  v_set json;
BEGIN
  IF v_n > 1 THEN
    BEGIN
      v_set := case_append_set(p_batch);
    EXCEPTION WHEN OTHERS THEN
      v_set := NULL;
    END;
  END IF;
  IF v_set IS NOT NULL THEN
    SELECT array_agg(a.value ORDER BY a.i) INTO v_out FROM json_array_elements(v_set) WITH ORDINALITY AS a(value, i);
    v_done := true;
  END IF;
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
`;
