// Hand-written SQL (PostgreSQL 15 features only). Statements are separated by breakpoint lines: PGlite takes one
// statement per call. Kept as a module so a bundled build carries its migrations.
export default String.raw`
-- Group commit with one subtransaction per batch instead of one per append (issue 12). Migration 0007 ran every
-- append of a shared statement in a subtransaction of its own, so that one that raises fails alone; that cost a
-- subtransaction (and a subtransaction id for its writes) on every append. Now the whole batch runs in one
-- subtransaction. When an append raises, the subtransaction is rolled back, that append is answered with its
-- error, and the batch is run again without it (and without any other that failed before): a failing append still
-- fails alone and the others commit, each with what it would have written alone. A batch of n appends with k
-- failures runs k + 1 times; without failures, once.
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
BEGIN
  WHILE NOT v_done LOOP
    BEGIN
      v_cur := 1;
      WHILE v_cur <= v_n LOOP
        IF NOT v_failed[v_cur] THEN
          v_item := p_batch->(v_cur - 1);
          v_out[v_cur] := case_append(v_item->>'gemeente', (v_item->>'stream')::uuid,
            (v_item->>'expected')::integer, v_item->'events', v_item->'statuses', v_item->'deadlines',
            v_item->>'handover', v_item->'span', v_item->'open');
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
  RETURN array_to_json(v_out);
END
$$;
--> statement-breakpoint
-- The stream version still moves only with its events (migration 0007), now checked after the row is inserted
-- (AFTER instead of BEFORE): by then the caller's row-level security has admitted the event (case_event_append:
-- the holder and recorder are the caller's gemeente and the stream is one it sees; no other role may insert
-- events but the owner), so the trigger no longer asks the catalogue whether the login acts for the holder
-- (login_acts_for, a look-up in pg_roles and a membership test on every event). What a caller can learn is
-- unchanged: an event for a stream it cannot see is refused by its policy, whether that stream exists or not; one
-- for its own stream at a version other than the next is refused here. Still SECURITY DEFINER (the application
-- may not set a version), owned by inburgering_handover.
CREATE OR REPLACE FUNCTION case_event_advance() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE case_stream SET version = NEW.version, updated_at = now()
  WHERE stream_id = NEW.stream_id AND version = NEW.version - 1 AND gemeente = NEW.holder;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'case_event: not the next version of a stream of this gemeente'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
DROP TRIGGER case_event_advance ON case_event;
--> statement-breakpoint
CREATE TRIGGER case_event_advance AFTER INSERT ON case_event FOR EACH ROW EXECUTE FUNCTION case_event_advance();
`;
