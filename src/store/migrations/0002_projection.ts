// Hand-written SQL (PostgreSQL 15 features only). Statements are separated by breakpoint lines: PGlite takes one
// statement per call. Kept as a module so a bundled build carries its migrations.
export default String.raw`
-- Projections, rewritten in the same transaction as every append (and by a batch refresh at a peildatum):
-- the status of each case and its deadlines, so caseload queries by deadline are index scans.

CREATE TABLE case_status (
  stream_id uuid PRIMARY KEY,
  gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
  version integer NOT NULL,
  -- The peildatum the status was computed for.
  computed_on date NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now(),
  stage text NOT NULL,
  plicht_status text,
  regime text,
  grp text,
  leerroute text,
  pip_deadline date,
  term_last_day date,
  next_deadline_on date,
  next_deadline_kind text,
  law_error text,
  summary jsonb NOT NULL,
  -- Snapshot of the folded facts (as known now, all valid time) for this version: batch recomputation at a
  -- peildatum on or after valid_through applies the law to it without replaying the events.
  facts jsonb,
  facts_version integer,
  valid_through date
);
--> statement-breakpoint
CREATE INDEX case_status_next_deadline ON case_status (gemeente, next_deadline_on);
--> statement-breakpoint
CREATE INDEX case_status_stage ON case_status (gemeente, stage);
--> statement-breakpoint
CREATE TABLE case_deadline (
  stream_id uuid NOT NULL,
  gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
  due_on date NOT NULL,
  kind text NOT NULL,
  citation jsonb NOT NULL,
  article text NOT NULL,
  PRIMARY KEY (stream_id, kind, due_on)
);
--> statement-breakpoint
CREATE INDEX case_deadline_due ON case_deadline (gemeente, due_on);
`;
