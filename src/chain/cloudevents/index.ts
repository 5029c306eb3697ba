/** Notifications of case changes as CloudEvents (NL GOV profile) to a gemeente's subscribers, signed webhooks. */
export { CASE_CHANGED, type CloudEvent, caseChanged, defaultSource } from './event.ts';
export { postWebhook, WebhookRefusedError } from './post.ts';
export {
  DEV_WEBHOOK_KEYS,
  isSealedBy,
  openSecret,
  sealSecret,
  sealStoredSecrets,
  type WebhookKeys,
  webhookKeys,
  webhookKeysFromEnv,
} from './secret-box.ts';
export { type RunResult, WebhookSender, type WebhookSenderOptions } from './sender.ts';
export { newSecret, SECRET_PREFIX, sign, signatureHeaders, verify } from './signature.ts';
export {
  createSubscription,
  deleteSubscription,
  listSubscriptions,
  type Subscription,
} from './subscriptions.ts';
export {
  allowListed,
  checkResolved,
  guardedLookup,
  isPublicAddress,
  NotPublicAddressError,
  type ResolveAll,
  screenWebhookUrl,
  systemResolve,
  type WebhookUrlRefusal,
} from './url-guard.ts';
