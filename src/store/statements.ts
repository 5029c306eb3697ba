/**
 * The statements of the append path, which run on every append: the PostgreSQL adapter prepares them by name on
 * each connection, so they are parsed and planned once per connection, not on every call (postgres.ts).
 */
export const APPEND_ONE =
  'SELECT case_append($1, $2, $3, $4::jsonb, $5::jsonb, $6::jsonb, $7, $8::jsonb, $9::jsonb)::text AS r';
export const APPEND_BATCH = 'SELECT case_append_batch($1::jsonb)::text AS r';
export const READ_FOR_APPEND = 'SELECT case_read($1, $2, $3, $4)::text AS r';
export const WRITE_SPAN_ALONE = 'SELECT access_log_write($1, $2::jsonb)';
/** A refused access to a case, logged for the gemeente holding it (migration 0007). */
export const WRITE_REFUSED = 'SELECT access_log_refused($1, $2::uuid, $3::jsonb)';

/** Statement text → name of its prepared statement. */
export const PREPARED: ReadonlyMap<string, string> = new Map(
  [APPEND_ONE, APPEND_BATCH, READ_FOR_APPEND, WRITE_SPAN_ALONE].map((sql, i) => [
    sql,
    `inburgering_${i + 1}`,
  ]),
);
