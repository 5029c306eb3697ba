// Hand-written SQL (PostgreSQL 15 features only). Statements are separated by breakpoint lines: PGlite takes one
// statement per call. Kept as a module so a bundled build carries its migrations.
export default String.raw`
-- Notifications (CloudEvents, NL GOV profile) to a gemeente's own subscribers, through the chain's outbox
-- (migration 0020), additively: a table of subscriptions per gemeente under row-level security like the cases,
-- and a trigger that writes one outbox row per appended case event and subscription of the case's gemeente
-- (subscriber 'webhook:<subscription id>', kind 'cloudevent'), in the transaction that appends the event. The row
-- holds no personal data: the event type, the case's version and time; the case id is the outbox's stream_id.
-- src/chain/cloudevents/ delivers them.

CREATE TABLE notification_subscription (
  id uuid PRIMARY KEY,
  gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
  url text NOT NULL CHECK (url ~ '^https?://' AND length(url) <= 2048),
  -- The signing secret (Standard Webhooks, "whsec_" and base64 of 32 random bytes); shown once at creation.
  secret text NOT NULL CHECK (secret ~ '^whsec_[A-Za-z0-9+/=]{40,}$'),
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX notification_subscription_gemeente ON notification_subscription (gemeente);
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON notification_subscription TO inburgering_app;
--> statement-breakpoint
ALTER TABLE notification_subscription ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE notification_subscription FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY notification_subscription_own ON notification_subscription
  USING (gemeente = app_gemeente()) WITH CHECK (gemeente = app_gemeente());
--> statement-breakpoint
CREATE INDEX outbox_webhook_due ON outbox (gemeente, next_attempt_at)
  WHERE status = 'pending' AND subscriber LIKE 'webhook:%';
--> statement-breakpoint
CREATE FUNCTION outbox_notify_subscribers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO outbox (message_id, subscriber, gemeente, stream_id, event_id, kind, body, created_at, next_attempt_at)
  SELECT gen_random_uuid(), 'webhook:' || s.id::text, e.holder, e.stream_id, e.event_id, 'cloudevent',
    jsonb_build_object('eventType', e.type, 'version', e.version, 'time', e.recorded_at),
    e.recorded_at, now()
  FROM new_events e JOIN notification_subscription s ON s.gemeente = e.holder;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER case_event_notify AFTER INSERT ON case_event
  REFERENCING NEW TABLE AS new_events
  FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify_subscribers();
`;
