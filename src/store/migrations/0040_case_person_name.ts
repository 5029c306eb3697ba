// Hand-written SQL (PostgreSQL 15 features only). Statements are separated by breakpoint lines: PGlite takes one
// statement per call. Kept as a module so a bundled build carries its migrations.
export default String.raw`
-- The person's name per case (issue 15: a klantmanager works with names). The name lives in the events
-- (CaseOpened, PersonDetailsRecorded: from the registration, the BRP or a correction); this table is its index for
-- the caseload and the search by name, kept by triggers whatever path appended the events (case_append, imports).
--
-- Isolated per gemeente like case_stream (row-level security on app_gemeente(), forced); not granted to the
-- pseudonymised or analyst roles. name_key is the name in lower case without diacritics, for a search that finds
-- "Özdemir" with "ozdemir". A move (warme overdracht) takes the row along with the case.
CREATE FUNCTION person_name_key(p_name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT translate(lower(p_name),
    'áàâäãåāăąçćčďéèêëēėęěğíìîïīįıłñńňóòôöõøōőřśšşťúùûüūůűųýÿžźż',
    'aaaaaaaaacccdeeeeeeeegiiiiiiilnnnoooooooorsssstuuuuuuuuyyzzz')
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION person_name_key(text) TO PUBLIC;
--> statement-breakpoint
CREATE TABLE case_person (
  stream_id uuid PRIMARY KEY,
  gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  name_key text NOT NULL,
  -- The event the name comes from.
  event_id uuid NOT NULL
);
--> statement-breakpoint
CREATE INDEX case_person_gemeente ON case_person (gemeente, name_key);
--> statement-breakpoint
GRANT SELECT ON case_person TO inburgering_app;
--> statement-breakpoint
ALTER TABLE case_person ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_person FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_person_own ON case_person FOR SELECT USING (gemeente = app_gemeente());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON case_person TO inburgering_handover;
--> statement-breakpoint
CREATE POLICY handover_all ON case_person TO inburgering_handover USING (true) WITH CHECK (true);
--> statement-breakpoint
-- The name of a stream: from its newest CaseOpened or PersonDetailsRecorded that carries one and is neither
-- corrected nor retracted (no later row supersedes it); none when there is no such event.
CREATE FUNCTION case_person_refresh(p_stream uuid, p_gemeente text) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_name text;
  v_event uuid;
BEGIN
  SELECT btrim(e.data->>'name'), e.event_id INTO v_name, v_event
  FROM case_event e
  WHERE e.stream_id = p_stream AND e.type IN ('CaseOpened', 'PersonDetailsRecorded')
    AND jsonb_typeof(e.data->'name') = 'string' AND btrim(e.data->>'name') <> ''
    AND NOT EXISTS (SELECT 1 FROM case_event c WHERE c.stream_id = p_stream AND c.supersedes = e.event_id)
  ORDER BY e.version DESC LIMIT 1;
  IF v_name IS NULL THEN
    DELETE FROM case_person WHERE stream_id = p_stream;
  ELSE
    INSERT INTO case_person (stream_id, gemeente, name, name_key, event_id)
    VALUES (p_stream, p_gemeente, left(v_name, 200), person_name_key(left(v_name, 200)), v_event)
    ON CONFLICT (stream_id) DO UPDATE
      SET gemeente = EXCLUDED.gemeente, name = EXCLUDED.name, name_key = EXCLUDED.name_key,
        event_id = EXCLUDED.event_id;
  END IF;
END
$$;
--> statement-breakpoint
ALTER FUNCTION case_person_refresh(uuid, text) OWNER TO inburgering_handover;
--> statement-breakpoint
REVOKE ALL ON FUNCTION case_person_refresh(uuid, text) FROM PUBLIC;
--> statement-breakpoint
-- After an event row passed the appending gemeente's policies: a name event, or any correction or retraction
-- (which may withdraw a name), refreshes the stream's name for the gemeente holding it.
CREATE FUNCTION case_person_from_event() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM case_person_refresh(NEW.stream_id, NEW.holder);
  RETURN NULL;
END
$$;
--> statement-breakpoint
ALTER FUNCTION case_person_from_event() OWNER TO inburgering_handover;
--> statement-breakpoint
REVOKE ALL ON FUNCTION case_person_from_event() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER case_event_person AFTER INSERT ON case_event FOR EACH ROW
  WHEN ((NEW.type IN ('CaseOpened', 'PersonDetailsRecorded') AND NEW.data ? 'name') OR NEW.supersedes IS NOT NULL)
  EXECUTE FUNCTION case_person_from_event();
--> statement-breakpoint
-- Warme overdracht: the name passes to the gemeente that now holds the case.
CREATE FUNCTION case_person_follow_stream() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE case_person SET gemeente = NEW.gemeente WHERE stream_id = NEW.stream_id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
ALTER FUNCTION case_person_follow_stream() OWNER TO inburgering_handover;
--> statement-breakpoint
REVOKE ALL ON FUNCTION case_person_follow_stream() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER case_stream_person AFTER UPDATE OF gemeente ON case_stream FOR EACH ROW
  WHEN (OLD.gemeente IS DISTINCT FROM NEW.gemeente)
  EXECUTE FUNCTION case_person_follow_stream();
--> statement-breakpoint
-- Names already in the events (a store migrated with cases in it), read as the handover role (the owner is
-- subject to the forced policies like everyone).
CREATE FUNCTION case_person_backfill() RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM case_person_refresh(s.stream_id, s.gemeente) FROM case_stream s
  WHERE EXISTS (SELECT 1 FROM case_event e WHERE e.stream_id = s.stream_id
    AND e.type IN ('CaseOpened', 'PersonDetailsRecorded') AND e.data ? 'name');
END
$$;
--> statement-breakpoint
ALTER FUNCTION case_person_backfill() OWNER TO inburgering_handover;
--> statement-breakpoint
SELECT case_person_backfill();
--> statement-breakpoint
DROP FUNCTION case_person_backfill();
`;
