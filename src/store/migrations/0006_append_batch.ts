// Hand-written SQL (PostgreSQL 15 features only). Statements are separated by breakpoint lines: PGlite takes one
// statement per call. Kept as a module so a bundled build carries its migrations.
export default String.raw`
-- Group commit in the application (append-batch.ts): appends that wait at the same time go to the database in one
-- statement. Each item is one case_append, applied in order with its own version check, events, projection,
-- handover and access-log span, as the application role for its own gemeente (case_append sets both); they share
-- the transaction and its commit. An item that raises rolls the whole statement back (the caller then sends the
-- items one by one). Answers case_append's answers, in order, as a JSON array.
CREATE FUNCTION case_append_batch(p_batch jsonb) RETURNS json LANGUAGE plpgsql AS $$
DECLARE
  v_out json[] := '{}';
  v_item jsonb;
BEGIN
  FOR v_item IN SELECT t.x FROM jsonb_array_elements(p_batch) WITH ORDINALITY AS t(x, i) ORDER BY t.i LOOP
    v_out := v_out || case_append(v_item->>'gemeente', (v_item->>'stream')::uuid, (v_item->>'expected')::integer,
      v_item->'events', v_item->'statuses', v_item->'deadlines', v_item->>'handover', v_item->'span',
      v_item->'open');
  END LOOP;
  RETURN array_to_json(v_out);
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION case_append_batch(jsonb) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION case_append_batch(jsonb) TO inburgering_app;
`;
