// Hand-written SQL (PostgreSQL 15 features only). Statements are separated by breakpoint lines: PGlite takes one
// statement per call. Kept as a module so a bundled build carries its migrations.
export default String.raw`
-- The case file: one append-only event stream per person.
-- PostgreSQL 15 features only (PGlite embeds 18). Statements are separated by breakpoint lines because PGlite
-- refuses multi-statement strings. Everything distributes by stream_id (no sequences, no cross-stream keys), so a
-- national deployment can shard on it (Citus) without a redesign.

-- The application role: not the owner of any table, so row-level security applies to it (with FORCE, also to a
-- non-superuser owner). Roles are cluster-wide: creating it must tolerate a concurrent creator.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'inburgering_app') THEN
    CREATE ROLE inburgering_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;
--> statement-breakpoint
-- A non-superuser owner must be a member to assume the role with SET ROLE.
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
     AND NOT pg_has_role(current_user, 'inburgering_app', 'MEMBER') THEN
    EXECUTE format('GRANT inburgering_app TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
-- Settings of the store itself (the pseudonymisation key). Never granted to the application role.
CREATE TABLE store_meta (
  key text PRIMARY KEY,
  value text NOT NULL
);
--> statement-breakpoint
-- Gemeenten known to the store: not personal data; lets batch jobs visit every gemeente in its own RLS session.
CREATE TABLE gemeente (
  code text PRIMARY KEY CHECK (code ~ '^[0-9]{4}$'),
  name text
);
--> statement-breakpoint
-- One row per case (person): the responsible gemeente, the stream version, and the BSN, kept only here.
CREATE TABLE case_stream (
  stream_id uuid PRIMARY KEY,
  gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
  version integer NOT NULL CHECK (version >= 0),
  bsn text CHECK (bsn IS NULL OR bsn ~ '^[0-9]{9}$'),
  -- Keyed hash of the BSN: what the access log records as the data subject.
  subject_hash text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX case_stream_gemeente ON case_stream (gemeente, stream_id);
--> statement-breakpoint
-- Lookup by BSN through a keyed hash (HMAC-SHA-256), keyed by its own value so it shards on its own.
CREATE TABLE case_subject (
  bsn_hash text PRIMARY KEY,
  stream_id uuid NOT NULL,
  gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$')
);
--> statement-breakpoint
CREATE INDEX case_subject_stream ON case_subject (stream_id);
--> statement-breakpoint
-- The events. Valid time (occurred_on) and recorded time (recorded_at) are both kept; a correction is a new row
-- naming the row it supersedes. recorded_by is the gemeente whose session appended the row; retained marks a
-- besluit of that college which stays readable by it after the case moves away. holder is the gemeente that holds
-- the case now: the one column that changes (on a move), so isolation needs no join per row.
CREATE TABLE case_event (
  stream_id uuid NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  event_id uuid NOT NULL,
  type text NOT NULL,
  data jsonb NOT NULL,
  metadata jsonb NOT NULL,
  occurred_on date NOT NULL,
  recorded_at timestamptz NOT NULL,
  supersedes uuid,
  recorded_by text NOT NULL CHECK (recorded_by ~ '^[0-9]{4}$'),
  retained boolean NOT NULL DEFAULT false,
  holder text NOT NULL CHECK (holder ~ '^[0-9]{4}$'),
  PRIMARY KEY (stream_id, version)
);
--> statement-breakpoint
CREATE UNIQUE INDEX case_event_id ON case_event (stream_id, event_id);
--> statement-breakpoint
CREATE INDEX case_event_retained ON case_event (recorded_by, stream_id) WHERE retained;
--> statement-breakpoint
-- Append-only, for everyone including the owner: no delete, no truncate, and an update may change only holder.
CREATE FUNCTION forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'append-only table %', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE FUNCTION case_event_only_holder_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.stream_id, NEW.version, NEW.event_id, NEW.type, NEW.data, NEW.metadata, NEW.occurred_on,
      NEW.recorded_at, NEW.supersedes, NEW.recorded_by, NEW.retained)
     IS DISTINCT FROM
     (OLD.stream_id, OLD.version, OLD.event_id, OLD.type, OLD.data, OLD.metadata, OLD.occurred_on,
      OLD.recorded_at, OLD.supersedes, OLD.recorded_by, OLD.retained) THEN
    RAISE EXCEPTION 'append-only table case_event' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER case_event_append_only BEFORE UPDATE ON case_event
  FOR EACH ROW EXECUTE FUNCTION case_event_only_holder_changes();
--> statement-breakpoint
CREATE TRIGGER case_event_no_delete BEFORE DELETE ON case_event
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
--> statement-breakpoint
CREATE TRIGGER case_event_no_truncate BEFORE TRUNCATE ON case_event
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
`;
