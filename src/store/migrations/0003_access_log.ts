// Hand-written SQL (PostgreSQL 15 features only). Statements are separated by breakpoint lines: PGlite takes one
// statement per call. Kept as a module so a bundled build carries its migrations.
export default String.raw`
-- The access log, modelled on the Logboek Dataverwerkingen standard (Logius): one span per processing of
-- personal data, with trace and span ids, the processing activity (purpose) and the data subject, which is never
-- stored in clear: data_subject_id is a keyed hash (HMAC-SHA-256) of the BSN. Append-only like the events.

CREATE TABLE access_log (
  trace_id text NOT NULL CHECK (trace_id ~ '^[0-9a-f]{32}$'),
  span_id text NOT NULL CHECK (span_id ~ '^[0-9a-f]{16}$'),
  parent_span_id text CHECK (parent_span_id IS NULL OR parent_span_id ~ '^[0-9a-f]{16}$'),
  -- Operation name, e.g. 'case.read', 'case.append', 'case.status', 'deadline.scan'.
  name text NOT NULL,
  start_time timestamptz NOT NULL,
  end_time timestamptz NOT NULL,
  status_code text NOT NULL CHECK (status_code IN ('OK', 'ERROR')),
  -- Stable problem code when status_code is ERROR.
  error_code text,
  -- dpl.core.processing_activity_id: the purpose, a URI into the Register van Verwerkingsactiviteiten.
  processing_activity_id text NOT NULL,
  -- dpl.core.data_subject_id and its type; never a BSN in clear.
  data_subject_id text,
  data_subject_id_type text,
  -- Which case (a pseudonymous UUID), when the processing concerns one.
  case_id uuid,
  -- Who: the organisation (gemeente), the staff member or system, and the role they acted in.
  gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
  actor_id text NOT NULL,
  actor_role text NOT NULL,
  -- Number of records processed (batch jobs log one span for many cases).
  record_count integer,
  -- The calling organisation's trace/span and URI (foreign_operation), and the resource (service name, version).
  foreign_operation jsonb,
  resource jsonb NOT NULL,
  -- When the row was written (database clock): orders spans that share a start time.
  logged_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (gemeente, trace_id, span_id)
);
--> statement-breakpoint
CREATE INDEX access_log_case ON access_log (gemeente, case_id, start_time);
--> statement-breakpoint
CREATE INDEX access_log_time ON access_log (gemeente, start_time);
--> statement-breakpoint
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
--> statement-breakpoint
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
`;
