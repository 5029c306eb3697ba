// Hand-written SQL (PostgreSQL 15 features only). Statements are separated by breakpoint lines: PGlite takes one
// statement per call. Kept as a module so a bundled build carries its migrations.
export default String.raw`
-- Isolation per gemeente. Every session of the application runs as inburgering_app with a transaction-local
-- setting app.gemeente (SELECT set_config('app.gemeente', '0363', true)). Policies compare rows with it, so a
-- session for gemeente A reads and writes only A's rows, also through raw SQL. FORCE makes the policies apply to a
-- non-superuser owner as well. A move hands a case to the new gemeente through one function, handover_case, which
-- runs as the role inburgering_handover and only for a case the calling gemeente holds.

GRANT USAGE ON SCHEMA public TO inburgering_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON gemeente TO inburgering_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON case_stream, case_subject TO inburgering_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON case_event, access_log TO inburgering_app;

--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON case_status, case_deadline TO inburgering_app;
--> statement-breakpoint
ALTER TABLE gemeente ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE gemeente FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY gemeente_read ON gemeente FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY gemeente_add ON gemeente FOR INSERT WITH CHECK (code = current_setting('app.gemeente', true));
--> statement-breakpoint
ALTER TABLE case_stream ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_stream FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_stream_read ON case_stream FOR SELECT
  USING (gemeente = current_setting('app.gemeente', true));
--> statement-breakpoint
CREATE POLICY case_stream_open ON case_stream FOR INSERT
  WITH CHECK (gemeente = current_setting('app.gemeente', true));
--> statement-breakpoint
CREATE POLICY case_stream_write ON case_stream FOR UPDATE
  USING (gemeente = current_setting('app.gemeente', true))
  WITH CHECK (gemeente = current_setting('app.gemeente', true));
--> statement-breakpoint
ALTER TABLE case_subject ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_subject FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_subject_read ON case_subject FOR SELECT
  USING (gemeente = current_setting('app.gemeente', true));
--> statement-breakpoint
CREATE POLICY case_subject_add ON case_subject FOR INSERT
  WITH CHECK (gemeente = current_setting('app.gemeente', true));
--> statement-breakpoint
CREATE POLICY case_subject_write ON case_subject FOR UPDATE
  USING (gemeente = current_setting('app.gemeente', true))
  WITH CHECK (gemeente = current_setting('app.gemeente', true));
--> statement-breakpoint
ALTER TABLE case_event ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_event FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Events are readable by the gemeente that holds the case now, and a retained besluit also by the gemeente that
-- recorded it. Only the holder appends. Nobody in the application role updates an event (holder changes only
-- through handover_case).
CREATE POLICY case_event_read ON case_event FOR SELECT
  USING (holder = current_setting('app.gemeente', true)
         OR (retained AND recorded_by = current_setting('app.gemeente', true)));
--> statement-breakpoint
CREATE POLICY case_event_append ON case_event FOR INSERT
  WITH CHECK (recorded_by = current_setting('app.gemeente', true)
              AND holder = current_setting('app.gemeente', true)
              AND EXISTS (SELECT 1 FROM case_stream s WHERE s.stream_id = case_event.stream_id));

--> statement-breakpoint
ALTER TABLE case_status ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_status FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_status_own ON case_status
  USING (gemeente = current_setting('app.gemeente', true))
  WITH CHECK (gemeente = current_setting('app.gemeente', true));
--> statement-breakpoint
ALTER TABLE case_deadline ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_deadline FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_deadline_own ON case_deadline
  USING (gemeente = current_setting('app.gemeente', true))
  WITH CHECK (gemeente = current_setting('app.gemeente', true));
--> statement-breakpoint
ALTER TABLE access_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE access_log FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY access_log_read ON access_log FOR SELECT
  USING (gemeente = current_setting('app.gemeente', true));
--> statement-breakpoint
CREATE POLICY access_log_write ON access_log FOR INSERT
  WITH CHECK (gemeente = current_setting('app.gemeente', true));
--> statement-breakpoint
-- Warme overdracht. The role that performs it sees every row (its own permissive policies), owns only the
-- function, and cannot log in; the application may call the function, which checks that the calling gemeente
-- holds the case, then moves the case, its subject index, its events' holder and its projection to the new one.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'inburgering_handover') THEN
    CREATE ROLE inburgering_handover NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
     AND NOT pg_has_role(current_user, 'inburgering_handover', 'MEMBER') THEN
    EXECUTE format('GRANT inburgering_handover TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO inburgering_handover;
--> statement-breakpoint
GRANT SELECT, UPDATE ON case_stream, case_subject, case_status, case_deadline TO inburgering_handover;
--> statement-breakpoint
GRANT SELECT, UPDATE (holder) ON case_event TO inburgering_handover;
--> statement-breakpoint
GRANT SELECT, INSERT ON gemeente TO inburgering_handover;
--> statement-breakpoint
CREATE POLICY handover_all ON case_stream TO inburgering_handover USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY handover_all ON case_subject TO inburgering_handover USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY handover_all ON case_event TO inburgering_handover USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY handover_all ON case_status TO inburgering_handover USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY handover_all ON case_deadline TO inburgering_handover USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY handover_all ON gemeente TO inburgering_handover USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE FUNCTION handover_case(p_stream uuid, p_to text) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_from text := current_setting('app.gemeente', true);
BEGIN
  IF p_to IS NULL OR p_to !~ '^[0-9]{4}$' THEN
    RAISE EXCEPTION 'handover_case: invalid gemeente' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF v_from IS NULL OR NOT EXISTS (SELECT 1 FROM case_stream WHERE stream_id = p_stream AND gemeente = v_from) THEN
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
ALTER FUNCTION handover_case(uuid, text) OWNER TO inburgering_handover;
--> statement-breakpoint
REVOKE ALL ON FUNCTION handover_case(uuid, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION handover_case(uuid, text) TO inburgering_app;
`;
