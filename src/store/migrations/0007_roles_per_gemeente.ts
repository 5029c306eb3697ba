// Hand-written SQL (PostgreSQL 15 features only). Statements are separated by breakpoint lines: PGlite takes one
// statement per call. Kept as a module so a bundled build carries its migrations.
export default String.raw`
-- Isolation bound to the database identity (security audit, finding 1). Until now the policies compared rows with
-- the setting app.gemeente, which any member of inburgering_app could set to another gemeente's code. Now:
--
--   inburgering_gm_<code>  one NOLOGIN role per gemeente, a member of inburgering_app (its table privileges).
--                          app_gemeente() derives the gemeente from current_user, and only from it; the policies
--                          compare every row with app_gemeente(). A session acts for a gemeente by SET ROLE to its
--                          role, which PostgreSQL allows only to a login that is a member of that role.
--   inburgering_runtime    NOLOGIN; the server's login is its member. It is granted every gemeente role (the server
--                          serves them all) and may create a missing one (ensure_gemeente_role).
--   inburgering_app        table and function privileges only; being a member of it shows no row at all.
--   inburgering_analyst    NOLOGIN; reads the schema analyst only: pseudonymised views without BSN, subject hash,
--                          facts or event data.
--   inburgering_handover   owns the few SECURITY DEFINER functions (handover, stream version, refused-access span),
--                          each of which checks the calling login's membership of the gemeente it acts for.
--
-- The functions that take a gemeente (case_read, case_append, access_log_write) switch to that gemeente's role
-- themselves: set_config('role', ...) fails unless the login is a member, so the argument is verified by the
-- database. The stream version moves only with the events (a trigger); the application cannot set it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'inburgering_runtime') THEN
    CREATE ROLE inburgering_runtime NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'inburgering_analyst') THEN
    CREATE ROLE inburgering_analyst NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;
--> statement-breakpoint
-- The gemeente of the current role: inburgering_gm_0363 acts for 0363; any other role for none.
CREATE FUNCTION app_gemeente() RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN current_user ~ '^inburgering_gm_[0-9]{4}$' THEN right(current_user::text, 4) END
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_gemeente() TO PUBLIC;
--> statement-breakpoint
-- Creates the role of a gemeente when it is missing and grants it to the runtime. Owned by the migrating role
-- (which needs CREATEROLE in production); callable only by the runtime.
CREATE FUNCTION ensure_gemeente_role(p_code text) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_role text := 'inburgering_gm_' || p_code;
BEGIN
  IF p_code IS NULL OR p_code !~ '^[0-9]{4}$' THEN
    RAISE EXCEPTION 'ensure_gemeente_role: invalid gemeente' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_role) THEN
    BEGIN
      EXECUTE format('CREATE ROLE %I NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE', v_role);
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL;
    END;
  END IF;
  IF NOT pg_has_role(v_role, 'inburgering_app', 'MEMBER') THEN
    EXECUTE format('GRANT inburgering_app TO %I', v_role);
  END IF;
  IF NOT pg_has_role('inburgering_runtime', v_role, 'MEMBER') THEN
    EXECUTE format('GRANT %I TO inburgering_runtime', v_role);
  END IF;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ensure_gemeente_role(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ensure_gemeente_role(text) TO inburgering_runtime;
--> statement-breakpoint
-- True when the login of this session may act for the gemeente (a member of its role). Definer functions use it:
-- inside them current_user is their owner, the login (session_user) is who called.
CREATE FUNCTION login_acts_for(p_code text) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN p_code ~ '^[0-9]{4}$' AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'inburgering_gm_' || p_code)
    THEN pg_has_role(session_user, 'inburgering_gm_' || p_code, 'MEMBER') ELSE false END
$$;
--> statement-breakpoint
-- Roles of the gemeenten already stored.
DO $$
DECLARE
  v_code text;
BEGIN
  FOR v_code IN SELECT code FROM gemeente UNION SELECT DISTINCT gemeente FROM case_stream LOOP
    PERFORM ensure_gemeente_role(v_code);
  END LOOP;
END
$$;
--> statement-breakpoint
-- The runtime reads the list of gemeenten and names them (not personal data).
GRANT USAGE ON SCHEMA public TO inburgering_runtime;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE (name) ON gemeente TO inburgering_runtime;
--> statement-breakpoint
CREATE POLICY gemeente_runtime_add ON gemeente FOR INSERT TO inburgering_runtime WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY gemeente_runtime_name ON gemeente FOR UPDATE TO inburgering_runtime USING (true) WITH CHECK (true);
--> statement-breakpoint
-- Every policy of the application again, now on app_gemeente() instead of a setting a client chooses.
DROP POLICY gemeente_add ON gemeente;
--> statement-breakpoint
CREATE POLICY gemeente_add ON gemeente FOR INSERT WITH CHECK (code = app_gemeente());
--> statement-breakpoint
DROP POLICY case_stream_read ON case_stream;
--> statement-breakpoint
DROP POLICY case_stream_open ON case_stream;
--> statement-breakpoint
DROP POLICY case_stream_write ON case_stream;
--> statement-breakpoint
CREATE POLICY case_stream_read ON case_stream FOR SELECT USING (gemeente = app_gemeente());
--> statement-breakpoint
-- A stream starts at version 0; its events move it (case_event_advance).
CREATE POLICY case_stream_open ON case_stream FOR INSERT WITH CHECK (gemeente = app_gemeente() AND version = 0);
--> statement-breakpoint
CREATE POLICY case_stream_write ON case_stream FOR UPDATE
  USING (gemeente = app_gemeente()) WITH CHECK (gemeente = app_gemeente());
--> statement-breakpoint
-- The application may lock its streams (FOR NO KEY UPDATE needs an updatable column) but not set their version,
-- gemeente or BSN.
REVOKE UPDATE ON case_stream FROM inburgering_app;
--> statement-breakpoint
GRANT UPDATE (updated_at) ON case_stream TO inburgering_app;
--> statement-breakpoint
REVOKE UPDATE ON case_subject FROM inburgering_app;
--> statement-breakpoint
DROP POLICY case_subject_read ON case_subject;
--> statement-breakpoint
DROP POLICY case_subject_add ON case_subject;
--> statement-breakpoint
DROP POLICY case_subject_write ON case_subject;
--> statement-breakpoint
CREATE POLICY case_subject_read ON case_subject FOR SELECT USING (gemeente = app_gemeente());
--> statement-breakpoint
CREATE POLICY case_subject_add ON case_subject FOR INSERT WITH CHECK (gemeente = app_gemeente());
--> statement-breakpoint
-- One case per person per gemeente (finding 6), not nationally: a national key made opening a case answer
-- "exists" for a person another gemeente holds. The key is now (subject, case); open checks the gemeente's own
-- cases only (case_append).
ALTER TABLE case_subject DROP CONSTRAINT case_subject_pkey;
--> statement-breakpoint
ALTER TABLE case_subject ADD CONSTRAINT case_subject_pkey PRIMARY KEY (bsn_hash, stream_id);
--> statement-breakpoint
CREATE INDEX case_subject_gemeente ON case_subject (gemeente, bsn_hash);
--> statement-breakpoint
DROP POLICY case_event_read ON case_event;
--> statement-breakpoint
DROP POLICY case_event_append ON case_event;
--> statement-breakpoint
CREATE POLICY case_event_read ON case_event FOR SELECT
  USING (holder = app_gemeente() OR (retained AND recorded_by = app_gemeente()));
--> statement-breakpoint
CREATE POLICY case_event_append ON case_event FOR INSERT
  WITH CHECK (recorded_by = app_gemeente() AND holder = app_gemeente()
              AND EXISTS (SELECT 1 FROM case_stream s WHERE s.stream_id = case_event.stream_id));
--> statement-breakpoint
DROP POLICY case_status_own ON case_status;
--> statement-breakpoint
CREATE POLICY case_status_own ON case_status USING (gemeente = app_gemeente()) WITH CHECK (gemeente = app_gemeente());
--> statement-breakpoint
DROP POLICY case_deadline_own ON case_deadline;
--> statement-breakpoint
CREATE POLICY case_deadline_own ON case_deadline
  USING (gemeente = app_gemeente()) WITH CHECK (gemeente = app_gemeente());
--> statement-breakpoint
DROP POLICY access_log_read ON access_log;
--> statement-breakpoint
DROP POLICY access_log_write ON access_log;
--> statement-breakpoint
CREATE POLICY access_log_read ON access_log FOR SELECT USING (gemeente = app_gemeente());
--> statement-breakpoint
CREATE POLICY access_log_write ON access_log FOR INSERT WITH CHECK (gemeente = app_gemeente());
--> statement-breakpoint
-- The stream version follows its events, one by one, for everyone (the owner included): an event must be the
-- next version of a stream, and writing it moves the stream there. Runs as inburgering_handover (which may update
-- any stream's version); the event's own insert is checked by the caller's policies first.
GRANT SELECT, INSERT ON access_log TO inburgering_handover;
--> statement-breakpoint
CREATE POLICY handover_all ON access_log TO inburgering_handover USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE FUNCTION case_event_advance() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  -- Runs before the caller's policies are checked: it answers the same for a stream the caller may not see as for
  -- a wrong version (no oracle), and only for a gemeente the login acts for.
  IF NOT login_acts_for(NEW.holder) THEN
    RAISE EXCEPTION 'case_event: not a gemeente of this login' USING ERRCODE = 'insufficient_privilege';
  END IF;
  UPDATE case_stream SET version = NEW.version, updated_at = now()
  WHERE stream_id = NEW.stream_id AND version = NEW.version - 1 AND gemeente = NEW.holder;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'case_event: not the next version of a stream of this gemeente'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
ALTER FUNCTION case_event_advance() OWNER TO inburgering_handover;
--> statement-breakpoint
REVOKE ALL ON FUNCTION case_event_advance() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER case_event_advance BEFORE INSERT ON case_event FOR EACH ROW EXECUTE FUNCTION case_event_advance();
--> statement-breakpoint
-- Warme overdracht, now for a gemeente the login acts for (a member of its role) and that holds the case.
DROP FUNCTION handover_case(uuid, text);
--> statement-breakpoint
CREATE FUNCTION handover_case(p_from text, p_stream uuid, p_to text) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF p_to IS NULL OR p_to !~ '^[0-9]{4}$' THEN
    RAISE EXCEPTION 'handover_case: invalid gemeente' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF NOT login_acts_for(p_from)
     OR NOT EXISTS (SELECT 1 FROM case_stream WHERE stream_id = p_stream AND gemeente = p_from) THEN
    RAISE EXCEPTION 'handover_case: the session does not hold this case' USING ERRCODE = 'insufficient_privilege';
  END IF;
  UPDATE case_stream SET gemeente = p_to, updated_at = now() WHERE stream_id = p_stream;
  UPDATE case_subject SET gemeente = p_to WHERE stream_id = p_stream;
  UPDATE case_event SET holder = p_to WHERE stream_id = p_stream;
  UPDATE case_status SET gemeente = p_to WHERE stream_id = p_stream;
  UPDATE case_deadline SET gemeente = p_to WHERE stream_id = p_stream;
  INSERT INTO gemeente (code) VALUES (p_to) ON CONFLICT (code) DO NOTHING;
END
$$;
--> statement-breakpoint
ALTER FUNCTION handover_case(text, uuid, text) OWNER TO inburgering_handover;
--> statement-breakpoint
REVOKE ALL ON FUNCTION handover_case(text, uuid, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION handover_case(text, uuid, text) TO inburgering_app;
--> statement-breakpoint
-- A refused access to a case (not found or forbidden for the caller) is logged for the gemeente holding the case
-- (finding 9), without telling the caller whether it exists or who holds it. The span names the caller's gemeente
-- in its actor, the case and the holder's gemeente.
CREATE FUNCTION access_log_refused(p_from text, p_stream uuid, p_span jsonb) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_holder text;
BEGIN
  IF NOT login_acts_for(p_from) THEN
    RAISE EXCEPTION 'access_log_refused: not a gemeente of this login' USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT gemeente INTO v_holder FROM case_stream WHERE stream_id = p_stream;
  IF v_holder IS NULL OR v_holder = p_from THEN
    RETURN;
  END IF;
  PERFORM access_log_insert(p_span || jsonb_build_object('gemeente', v_holder, 'case_id', p_stream,
    'actor_id', p_from || ':' || (p_span->>'actor_id')));
END
$$;
--> statement-breakpoint
ALTER FUNCTION access_log_refused(text, uuid, jsonb) OWNER TO inburgering_handover;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION access_log_insert(jsonb) TO inburgering_handover;
--> statement-breakpoint
REVOKE ALL ON FUNCTION access_log_refused(text, uuid, jsonb) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION access_log_refused(text, uuid, jsonb) TO inburgering_app;
--> statement-breakpoint
-- The functions of migration 0005, now acting as the gemeente's role (the database checks the login may).
CREATE OR REPLACE FUNCTION access_log_write(p_gemeente text, p_span jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('role', 'inburgering_gm_' || p_gemeente, true);
  PERFORM access_log_insert(p_span);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION case_read(p_gemeente text, p_stream uuid, p_after integer, p_lock boolean) RETURNS json
  LANGUAGE plpgsql AS $$
DECLARE
  v_out json;
BEGIN
  PERFORM set_config('role', 'inburgering_gm_' || p_gemeente, true), set_config('jit', 'off', true);
  IF p_lock THEN
    PERFORM 1 FROM case_stream WHERE stream_id = p_stream FOR NO KEY UPDATE;
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
CREATE OR REPLACE FUNCTION case_append(p_gemeente text, p_stream uuid, p_expected integer, p_events jsonb,
    p_statuses jsonb, p_deadlines jsonb, p_handover text, p_span jsonb, p_open jsonb) RETURNS json
  LANGUAGE plpgsql AS $$
DECLARE
  v_n integer := jsonb_array_length(p_events);
  v_actual integer;
BEGIN
  PERFORM set_config('role', 'inburgering_gm_' || p_gemeente, true), set_config('jit', 'off', true);
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
    INSERT INTO gemeente (code) VALUES (p_gemeente) ON CONFLICT (code) DO NOTHING;
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
  PERFORM access_log_insert(p_span);
  RETURN json_build_object('version', p_expected + v_n);
END
$$;
--> statement-breakpoint
-- Group commit (finding 2): each append of a shared statement runs in a subtransaction of its own, so one that
-- raises is answered {"error": sqlstate, "constraint": name} and rolled back alone; the others commit.
CREATE OR REPLACE FUNCTION case_append_batch(p_batch jsonb) RETURNS json LANGUAGE plpgsql AS $$
DECLARE
  v_out json[] := '{}';
  v_item jsonb;
  v_state text;
  v_constraint text;
BEGIN
  FOR v_item IN SELECT t.x FROM jsonb_array_elements(p_batch) WITH ORDINALITY AS t(x, i) ORDER BY t.i LOOP
    BEGIN
      v_out := v_out || case_append(v_item->>'gemeente', (v_item->>'stream')::uuid,
        (v_item->>'expected')::integer, v_item->'events', v_item->'statuses', v_item->'deadlines',
        v_item->>'handover', v_item->'span', v_item->'open');
    EXCEPTION WHEN OTHERS THEN
      GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_constraint = CONSTRAINT_NAME;
      v_out := v_out || json_build_object('error', v_state, 'constraint', NULLIF(v_constraint, ''));
    END;
  END LOOP;
  RETURN array_to_json(v_out);
END
$$;
--> statement-breakpoint
-- The analyst's surface: pseudonymised, read-only, every gemeente; no BSN, no subject hash, no facts, no event data,
-- no case id (a keyed pseudonym per case instead). Owned by inburgering_pseudonymised, which may read the
-- projection (its own policies) and nothing else.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'inburgering_pseudonymised') THEN
    CREATE ROLE inburgering_pseudonymised NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
     AND NOT pg_has_role(current_user, 'inburgering_pseudonymised', 'MEMBER') THEN
    EXECUTE format('GRANT inburgering_pseudonymised TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
CREATE SCHEMA analyst;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO inburgering_pseudonymised;
--> statement-breakpoint
GRANT USAGE, CREATE ON SCHEMA analyst TO inburgering_pseudonymised;
--> statement-breakpoint
GRANT SELECT ON case_status, case_deadline TO inburgering_pseudonymised;
--> statement-breakpoint
CREATE POLICY pseudonymised_read ON case_status FOR SELECT TO inburgering_pseudonymised USING (true);
--> statement-breakpoint
CREATE POLICY pseudonymised_read ON case_deadline FOR SELECT TO inburgering_pseudonymised USING (true);
--> statement-breakpoint
CREATE VIEW analyst.case_status WITH (security_barrier) AS
  SELECT md5(st.stream_id::text || ':inburgering.analyst') AS case_ref, st.gemeente, st.version, st.computed_on,
    st.stage, st.plicht_status, st.regime, st.grp, st.leerroute, st.pip_deadline, st.term_last_day,
    st.next_deadline_on, st.next_deadline_kind, (st.law_error IS NOT NULL) AS law_error
  FROM public.case_status st;
--> statement-breakpoint
CREATE VIEW analyst.case_deadline WITH (security_barrier) AS
  SELECT md5(d.stream_id::text || ':inburgering.analyst') AS case_ref, d.gemeente, d.due_on, d.kind, d.article
  FROM public.case_deadline d;
--> statement-breakpoint
ALTER VIEW analyst.case_status OWNER TO inburgering_pseudonymised;
--> statement-breakpoint
ALTER VIEW analyst.case_deadline OWNER TO inburgering_pseudonymised;
--> statement-breakpoint
GRANT USAGE ON SCHEMA analyst TO inburgering_analyst;
--> statement-breakpoint
GRANT SELECT ON analyst.case_status, analyst.case_deadline TO inburgering_analyst;
--> statement-breakpoint
REVOKE ALL ON SCHEMA analyst FROM PUBLIC;
`;
