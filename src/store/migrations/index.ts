/** The migrations in order. A migration is never edited once released; a change is a new file. */
import m0001 from './0001_event_store.ts';
import m0002 from './0002_projection.ts';
import m0003 from './0003_access_log.ts';
import m0004 from './0004_row_level_security.ts';
import m0005 from './0005_append_in_one_statement.ts';
import m0006 from './0006_append_batch.ts';
import m0007 from './0007_roles_per_gemeente.ts';
import m0008 from './0008_append_batch_one_subtransaction.ts';
import m0020 from './0020_chain_outbox_inbox.ts';
import m0021 from './0021_outbox_notify.ts';
import m0022 from './0022_chain_statements.ts';
import m0023 from './0023_case_opened_notify.ts';
import m0030 from './0030_logboek_standard.ts';
import m0031 from './0031_notification_subscriptions.ts';
import m0032 from './0032_logboek_export_lease_audit_retention.ts';
import m0033 from './0033_webhook_secrets_sealed.ts';
import m0040 from './0040_case_person_name.ts';
import m0041 from './0041_set_based_append_work.ts';
import m0042 from './0042_append_batch_set_based.ts';

export const MIGRATIONS: readonly { readonly id: string; readonly sql: string }[] = [
  { id: '0001_event_store', sql: m0001 },
  { id: '0002_projection', sql: m0002 },
  { id: '0003_access_log', sql: m0003 },
  { id: '0004_row_level_security', sql: m0004 },
  { id: '0005_append_in_one_statement', sql: m0005 },
  { id: '0006_append_batch', sql: m0006 },
  { id: '0007_roles_per_gemeente', sql: m0007 },
  { id: '0008_append_batch_one_subtransaction', sql: m0008 },
  { id: '0020_chain_outbox_inbox', sql: m0020 },
  { id: '0021_outbox_notify', sql: m0021 },
  { id: '0022_chain_statements', sql: m0022 },
  { id: '0023_case_opened_notify', sql: m0023 },
  { id: '0030_logboek_standard', sql: m0030 },
  { id: '0031_notification_subscriptions', sql: m0031 },
  { id: '0032_logboek_export_lease_audit_retention', sql: m0032 },
  { id: '0033_webhook_secrets_sealed', sql: m0033 },
  { id: '0040_case_person_name', sql: m0040 },
  { id: '0041_set_based_append_work', sql: m0041 },
  { id: '0042_append_batch_set_based', sql: m0042 },
];
