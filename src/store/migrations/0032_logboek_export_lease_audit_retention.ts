// Hand-written SQL (PostgreSQL 15 features only). Statements are separated by breakpoint lines: PGlite takes one
// statement per call. Kept as a module so a bundled build carries its migrations.
export default String.raw`
-- The Logboek's export and retention, made safe (review of issue 16):
--
--   export     the exporter no longer holds a transaction open across the OTLP call: it claims a batch of queued
--              spans with a lease (lease_until), commits, sends, and then deletes them from the queue (exported).
--              A lease that expires (an exporter that died) lets the spans be claimed again: at least once.
--   retention  access_log_purge may be told to keep every span still in logboek_queue (not yet exported): with an
--              export configured a span leaves the log only after the central Logboek confirmed it.
--   audit      the actor audit trail (access_audit) gets a retention of its own, one period for the whole trail
--              (access_audit_purge), deleting only as the role inburgering_retention, like the spans.

ALTER TABLE logboek_queue ADD COLUMN lease_until timestamptz;
--> statement-breakpoint
CREATE INDEX access_audit_logged ON access_audit (gemeente, logged_at);
--> statement-breakpoint
DROP FUNCTION access_log_purge(text, text, timestamptz);
--> statement-breakpoint
-- Deletes the spans of one gemeente and processing activity that ended before p_before (with their audit rows and
-- queue entries); with p_keep_unexported, a span still queued for the central Logboek stays. Only for a gemeente
-- the calling login acts for. Returns the number of spans deleted.
CREATE FUNCTION access_log_purge(p_gemeente text, p_activity text, p_before timestamptz,
  p_keep_unexported boolean DEFAULT true) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_n integer;
BEGIN
  IF NOT login_acts_for(p_gemeente) THEN
    RAISE EXCEPTION 'access_log_purge: not a gemeente of this login' USING ERRCODE = 'insufficient_privilege';
  END IF;
  WITH gone AS (
    DELETE FROM access_log l
    WHERE l.gemeente = p_gemeente AND l.processing_activity_id = p_activity AND l.end_time < p_before
      AND NOT (p_keep_unexported AND EXISTS (SELECT 1 FROM logboek_queue k
        WHERE k.gemeente = l.gemeente AND k.trace_id = l.trace_id AND k.span_id = l.span_id))
    RETURNING l.trace_id, l.span_id
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
ALTER FUNCTION access_log_purge(text, text, timestamptz, boolean) OWNER TO inburgering_retention;
--> statement-breakpoint
REVOKE ALL ON FUNCTION access_log_purge(text, text, timestamptz, boolean) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION access_log_purge(text, text, timestamptz, boolean) TO inburgering_app, inburgering_runtime;
--> statement-breakpoint
-- Deletes the audit rows (who acted) of one gemeente logged before p_before. Returns the number deleted.
CREATE FUNCTION access_audit_purge(p_gemeente text, p_before timestamptz) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_n integer;
BEGIN
  IF NOT login_acts_for(p_gemeente) THEN
    RAISE EXCEPTION 'access_audit_purge: not a gemeente of this login' USING ERRCODE = 'insufficient_privilege';
  END IF;
  WITH gone AS (
    DELETE FROM access_audit WHERE gemeente = p_gemeente AND logged_at < p_before RETURNING 1
  )
  SELECT count(*) INTO v_n FROM gone;
  RETURN v_n;
END
$$;
--> statement-breakpoint
ALTER FUNCTION access_audit_purge(text, timestamptz) OWNER TO inburgering_retention;
--> statement-breakpoint
REVOKE ALL ON FUNCTION access_audit_purge(text, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION access_audit_purge(text, timestamptz) TO inburgering_app, inburgering_runtime;
`;
