// Hand-written SQL (PostgreSQL 15 features only). Statements are separated by breakpoint lines: PGlite takes one
// statement per call. Kept as a module so a bundled build carries its migrations.
export default String.raw`
-- The chain with DUO (src/chain). Two tables, both per gemeente under row-level security like case_stream:
--
-- outbox: messages to deliver (today to DUO; later to other subscribers, e.g. CloudEvents notifications). A row is
-- written by a trigger on case_event when a DuoMessageQueued event is appended, so the case event and its
-- outbound message are committed in one transaction by construction, whatever path appended them. A sender
-- claims due rows with a lease (lease_until), delivers, and records the outcome; a sender killed mid-delivery
-- leaves a lease that expires, and the row is delivered again with the same message id (DUO's berichtId).
--
-- duo_inbox: DUO's notifications as received. The primary key (gemeente, bericht_id) and the unique index on the
-- notification's content make a repeated or replayed notification insert nothing (exactly once); a row stays
-- 'received' until its queries and events are done, so a crash mid-processing resumes.

CREATE TABLE outbox (
  message_id uuid PRIMARY KEY,
  subscriber text NOT NULL DEFAULT 'duo',
  gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
  stream_id uuid NOT NULL,
  event_id uuid NOT NULL,
  kind text NOT NULL,
  body jsonb NOT NULL,
  instelling text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'refused', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  lease_until timestamptz,
  last_error text,
  response_status integer,
  created_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz
);
--> statement-breakpoint
CREATE INDEX outbox_due ON outbox (gemeente, subscriber, next_attempt_at) WHERE status = 'pending';
--> statement-breakpoint
CREATE INDEX outbox_stream ON outbox (stream_id);
--> statement-breakpoint
CREATE FUNCTION outbox_from_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO outbox (message_id, gemeente, stream_id, event_id, kind, body, instelling, created_at,
    next_attempt_at)
  VALUES ((NEW.data->>'messageId')::uuid, NEW.recorded_by, NEW.stream_id, NEW.event_id, NEW.data->>'kind',
    NEW.data->'body', NEW.data->>'instelling', NEW.recorded_at, now());
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER case_event_outbox AFTER INSERT ON case_event
  FOR EACH ROW WHEN (NEW.type = 'DuoMessageQueued') EXECUTE FUNCTION outbox_from_event();
--> statement-breakpoint
CREATE TABLE duo_inbox (
  gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
  bericht_id uuid NOT NULL,
  gebeurtenis_id text NOT NULL CHECK (gebeurtenis_id ~ '^[0-9A-Z]{1,6}$'),
  bsn text CHECK (bsn IS NULL OR bsn ~ '^[0-9]{9}$'),
  v_nummer bigint,
  registratie timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'processed', 'not_held', 'failed')),
  case_id uuid,
  attempts integer NOT NULL DEFAULT 0,
  events_added integer,
  processed_at timestamptz,
  last_error text,
  PRIMARY KEY (gemeente, bericht_id)
);
--> statement-breakpoint
CREATE UNIQUE INDEX duo_inbox_replay ON duo_inbox
  (gemeente, gebeurtenis_id, coalesce(bsn, ''), coalesce(v_nummer, -1), registratie);
--> statement-breakpoint
CREATE INDEX duo_inbox_open ON duo_inbox (gemeente, received_at) WHERE status = 'received';
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON outbox, duo_inbox TO inburgering_app;
--> statement-breakpoint
ALTER TABLE outbox ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE outbox FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY outbox_own ON outbox
  USING (gemeente = app_gemeente())
  WITH CHECK (gemeente = app_gemeente());
--> statement-breakpoint
ALTER TABLE duo_inbox ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE duo_inbox FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY duo_inbox_own ON duo_inbox
  USING (gemeente = app_gemeente())
  WITH CHECK (gemeente = app_gemeente());
`;
