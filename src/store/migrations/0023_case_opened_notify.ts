// Hand-written SQL (PostgreSQL 15 features only). Statements are separated by breakpoint lines: PGlite takes one
// statement per call. Kept as a module so a bundled build carries its migrations.
export default String.raw`
-- A new case is announced when its transaction commits: NOTIFY inburgering_case_opened with the gemeente code and
-- the case id (no personal data), whatever path opened it (the API, an import, a DUO notification). The chain's
-- BRP sync (src/chain/brp/sync.ts) listens and brings the new case up to date with the BRP at once.
CREATE FUNCTION case_opened_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('inburgering_case_opened', NEW.gemeente || ' ' || NEW.stream_id::text);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER case_stream_opened AFTER INSERT ON case_stream
  FOR EACH ROW EXECUTE FUNCTION case_opened_notify();
`;
