// Hand-written SQL (PostgreSQL 15 features only). Statements are separated by breakpoint lines: PGlite takes one
// statement per call. Kept as a module so a bundled build carries its migrations.
export default String.raw`
-- The access log to the letter of the Logboek Dataverwerkingen standard (Logius; specification, component Logboek,
-- "Interface", and component Applicatie, "Gedrag"):
--
--   status_code          stored in the standard's terms: STATUS_CODE_UNKNOWN | STATUS_CODE_OK | STATUS_CODE_ERROR.
--                        A refusal (a command the case file declines) is a processing that completed: OK, with its
--                        outcome kept in error_code; only a failure of the processing (store.*) is ERROR.
--   actor                not part of the standard's record: the actor moves to an audit trail of its own
--                        (access_audit, one row per span), read by the privacy officer, never exported.
--   one span per person  access_log_insert_subjects writes one span per data subject of a batch processing (a
--                        deadline scan, a list, an export) under the batch's trace, the batch span as parent.
--   retention            access_log_purge deletes the spans of one processing activity ended before a moment;
--                        only it may delete (as the role inburgering_retention), the table stays append-only else.
--   export               logboek_queue holds the spans not yet confirmed by the central Logboek (an outbox);
--                        the exporter reads it in batches and deletes what the Logboek confirmed.

CREATE TABLE access_audit (
  gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
  trace_id text NOT NULL,
  span_id text NOT NULL,
  actor_id text NOT NULL,
  actor_role text NOT NULL,
  logged_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (gemeente, trace_id, span_id)
);
--> statement-breakpoint
CREATE TABLE logboek_queue (
  gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
  trace_id text NOT NULL,
  span_id text NOT NULL,
  queued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (gemeente, trace_id, span_id)
);
--> statement-breakpoint
CREATE INDEX logboek_queue_order ON logboek_queue (gemeente, queued_at);
--> statement-breakpoint
ALTER TABLE access_log DISABLE TRIGGER access_log_append_only;
--> statement-breakpoint
INSERT INTO access_audit (gemeente, trace_id, span_id, actor_id, actor_role, logged_at)
  SELECT gemeente, trace_id, span_id, actor_id, actor_role, logged_at FROM access_log;
--> statement-breakpoint
ALTER TABLE access_log DROP CONSTRAINT IF EXISTS access_log_status_code_check;
--> statement-breakpoint
UPDATE access_log SET status_code = CASE
  WHEN status_code = 'OK' THEN 'STATUS_CODE_OK'
  WHEN coalesce(error_code, '') LIKE 'store.%' THEN 'STATUS_CODE_ERROR'
  ELSE 'STATUS_CODE_OK' END;
--> statement-breakpoint
ALTER TABLE access_log ADD CONSTRAINT access_log_status_code_check
  CHECK (status_code IN ('STATUS_CODE_UNKNOWN', 'STATUS_CODE_OK', 'STATUS_CODE_ERROR'));
--> statement-breakpoint
ALTER TABLE access_log DROP COLUMN actor_id;
--> statement-breakpoint
ALTER TABLE access_log DROP COLUMN actor_role;
--> statement-breakpoint
INSERT INTO logboek_queue (gemeente, trace_id, span_id, queued_at)
  SELECT gemeente, trace_id, span_id, logged_at FROM access_log;
--> statement-breakpoint
ALTER TABLE access_log ENABLE TRIGGER access_log_append_only;
--> statement-breakpoint
CREATE INDEX access_log_activity ON access_log (gemeente, processing_activity_id, end_time);
--> statement-breakpoint
GRANT SELECT, INSERT ON access_audit TO inburgering_app;
--> statement-breakpoint
-- UPDATE only for SELECT ... FOR UPDATE SKIP LOCKED (the exporter's claim); no column is ever updated.
GRANT SELECT, INSERT, UPDATE, DELETE ON logboek_queue TO inburgering_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON access_audit, logboek_queue TO inburgering_handover;
--> statement-breakpoint
ALTER TABLE access_audit ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE access_audit FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY access_audit_read ON access_audit FOR SELECT USING (gemeente = app_gemeente());
--> statement-breakpoint
CREATE POLICY access_audit_write ON access_audit FOR INSERT WITH CHECK (gemeente = app_gemeente());
--> statement-breakpoint
CREATE POLICY handover_all ON access_audit TO inburgering_handover USING (true) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE logboek_queue ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE logboek_queue FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY logboek_queue_own ON logboek_queue USING (gemeente = app_gemeente())
  WITH CHECK (gemeente = app_gemeente());
--> statement-breakpoint
CREATE POLICY handover_all ON logboek_queue TO inburgering_handover USING (true) WITH CHECK (true);
--> statement-breakpoint
-- One span: the standard's fields into access_log, the actor into access_audit, the span into the export queue.
-- A legacy status ('OK', 'ERROR') is put in the standard's terms.
CREATE OR REPLACE FUNCTION access_log_insert(p_span jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_status text := p_span->>'status_code';
BEGIN
  IF v_status = 'OK' THEN
    v_status := 'STATUS_CODE_OK';
  ELSIF v_status = 'ERROR' THEN
    v_status := CASE WHEN coalesce(p_span->>'error_code', '') LIKE 'store.%' THEN 'STATUS_CODE_ERROR'
      ELSE 'STATUS_CODE_OK' END;
  END IF;
  INSERT INTO access_log (trace_id, span_id, parent_span_id, name, start_time, end_time, status_code, error_code,
    processing_activity_id, data_subject_id, data_subject_id_type, case_id, gemeente, record_count,
    foreign_operation, resource)
  SELECT x.trace_id, x.span_id, x.parent_span_id, x.name, x.start_time, x.end_time, v_status, x.error_code,
    x.processing_activity_id, x.data_subject_id, x.data_subject_id_type, x.case_id, x.gemeente, x.record_count,
    x.foreign_operation, x.resource
  FROM jsonb_to_record(p_span) AS x(trace_id text, span_id text, parent_span_id text, name text,
    start_time timestamptz, end_time timestamptz, error_code text, processing_activity_id text,
    data_subject_id text, data_subject_id_type text, case_id uuid, gemeente text, record_count integer,
    foreign_operation jsonb, resource jsonb);
  IF p_span->>'actor_id' IS NOT NULL THEN
    INSERT INTO access_audit (gemeente, trace_id, span_id, actor_id, actor_role)
    VALUES (p_span->>'gemeente', p_span->>'trace_id', p_span->>'span_id', p_span->>'actor_id',
      coalesce(p_span->>'actor_role', ''));
  END IF;
  INSERT INTO logboek_queue (gemeente, trace_id, span_id)
  VALUES (p_span->>'gemeente', p_span->>'trace_id', p_span->>'span_id');
END
$$;
--> statement-breakpoint
-- One span per data subject of a batch processing (standard, component Applicatie: a processing with several data
-- subjects writes a separate record per subject; a record names 0 or 1). p_parent is the batch span (already
-- written); p_items [{case_id, span_id}] the cases it touched. Each child: the batch's trace, the batch span as
-- parent, the case's subject hash as data subject.
CREATE FUNCTION access_log_insert_subjects(p_parent jsonb, p_items jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_item record;
BEGIN
  FOR v_item IN
    SELECT i.case_id, i.span_id, s.subject_hash
    FROM jsonb_to_recordset(p_items) AS i(case_id uuid, span_id text)
    LEFT JOIN case_stream s ON s.stream_id = i.case_id
  LOOP
    PERFORM access_log_insert(p_parent || jsonb_build_object(
      'span_id', v_item.span_id,
      'parent_span_id', p_parent->>'span_id',
      'case_id', v_item.case_id,
      'record_count', 1,
      'data_subject_id', v_item.subject_hash,
      'data_subject_id_type', CASE WHEN v_item.subject_hash IS NULL THEN NULL ELSE 'BSN-HMAC-SHA256' END));
  END LOOP;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION access_log_insert_subjects(jsonb, jsonb) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION access_log_insert_subjects(jsonb, jsonb) TO inburgering_app;
--> statement-breakpoint
-- Retention. Deleting is allowed to the role inburgering_retention only (it owns access_log_purge); every other
-- role still meets the append-only trigger.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'inburgering_retention') THEN
    CREATE ROLE inburgering_retention NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
     AND NOT pg_has_role(current_user, 'inburgering_retention', 'MEMBER') THEN
    EXECUTE format('GRANT inburgering_retention TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
CREATE FUNCTION access_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_user = 'inburgering_retention' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
DROP TRIGGER access_log_append_only ON access_log;
--> statement-breakpoint
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION access_log_guard();
--> statement-breakpoint
CREATE TRIGGER access_audit_append_only BEFORE UPDATE OR DELETE ON access_audit
  FOR EACH ROW EXECUTE FUNCTION access_log_guard();
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO inburgering_retention;
--> statement-breakpoint
GRANT SELECT, DELETE ON access_log, access_audit, logboek_queue TO inburgering_retention;
--> statement-breakpoint
CREATE POLICY retention_all ON access_log TO inburgering_retention USING (true);
--> statement-breakpoint
CREATE POLICY retention_all ON access_audit TO inburgering_retention USING (true);
--> statement-breakpoint
CREATE POLICY retention_all ON logboek_queue TO inburgering_retention USING (true);
--> statement-breakpoint
-- Deletes the spans of one gemeente and processing activity that ended before p_before (and their audit rows and
-- queue entries). Only for a gemeente the calling login acts for. Returns the number of spans deleted.
CREATE FUNCTION access_log_purge(p_gemeente text, p_activity text, p_before timestamptz) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_n integer;
BEGIN
  IF NOT login_acts_for(p_gemeente) THEN
    RAISE EXCEPTION 'access_log_purge: not a gemeente of this login' USING ERRCODE = 'insufficient_privilege';
  END IF;
  WITH gone AS (
    DELETE FROM access_log
    WHERE gemeente = p_gemeente AND processing_activity_id = p_activity AND end_time < p_before
    RETURNING trace_id, span_id
  ), audit AS (
    DELETE FROM access_audit a USING gone g
    WHERE a.gemeente = p_gemeente AND a.trace_id = g.trace_id AND a.span_id = g.span_id
  ), queue AS (
    DELETE FROM logboek_queue q USING gone g
    WHERE q.gemeente = p_gemeente AND q.trace_id = g.trace_id AND q.span_id = g.span_id
  )
  SELECT count(*) INTO v_n FROM gone;
  RETURN v_n;
END
$$;
--> statement-breakpoint
ALTER FUNCTION access_log_purge(text, text, timestamptz) OWNER TO inburgering_retention;
--> statement-breakpoint
REVOKE ALL ON FUNCTION access_log_purge(text, text, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION access_log_purge(text, text, timestamptz) TO inburgering_app, inburgering_runtime;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION login_acts_for(text) TO inburgering_retention;
`;
