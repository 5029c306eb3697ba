// Hand-written SQL (PostgreSQL 15 features only). Statements are separated by breakpoint lines: PGlite takes one
// statement per call. Kept as a module so a bundled build carries its migrations.
export default String.raw`
-- Webhook signing secrets at rest (review of issue 16): sealed with AES-256-GCM under a key from configuration
-- (src/chain/cloudevents/secret-box.ts): 'aes256gcm:<key id>:<iv>:<ciphertext>:<tag>'. The key is not in the
-- database, so this migration cannot seal the secrets stored in clear by migration 0031: it admits both forms, and
-- the application seals the clear ones at start (sealStoredSecrets, which 'serve' runs) and re-seals on a key
-- rotation, for which the application role may update that one column.
ALTER TABLE notification_subscription DROP CONSTRAINT IF EXISTS notification_subscription_secret_check;
--> statement-breakpoint
ALTER TABLE notification_subscription ADD CONSTRAINT notification_subscription_secret_check CHECK (
  secret ~ '^whsec_[A-Za-z0-9+/=]{40,}$'
  OR secret ~ '^aes256gcm:[0-9a-f]{16}:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{40,}:[A-Za-z0-9_-]{22}$');
--> statement-breakpoint
GRANT UPDATE (secret) ON notification_subscription TO inburgering_app;
`;
