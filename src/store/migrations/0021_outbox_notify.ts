// Hand-written SQL (PostgreSQL 15 features only). Statements are separated by breakpoint lines: PGlite takes one
// statement per call. Kept as a module so a bundled build carries its migrations.
export default String.raw`
-- The outbox wakes its sender (src/chain/outbox/sender.ts): the trigger that writes an outbox row (migration 0020)
-- also sends NOTIFY inburgering_outbox with the gemeente code. PostgreSQL delivers it when the transaction
-- commits (never for one rolled back), so a sender that LISTENs claims the row at once instead of polling for it.
-- The payload is only the gemeente code: no personal data leaves the transaction this way.
CREATE OR REPLACE FUNCTION outbox_from_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO outbox (message_id, gemeente, stream_id, event_id, kind, body, instelling, created_at,
    next_attempt_at)
  VALUES ((NEW.data->>'messageId')::uuid, NEW.recorded_by, NEW.stream_id, NEW.event_id, NEW.data->>'kind',
    NEW.data->'body', NEW.data->>'instelling', NEW.recorded_at, now());
  PERFORM pg_notify('inburgering_outbox', NEW.recorded_by);
  RETURN NULL;
END
$$;
`;
