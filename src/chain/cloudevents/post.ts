/**
 * One POST of a CloudEvent to a subscriber's webhook, behind the SSRF guard (url-guard.ts): the URL is screened
 * again, the host's addresses are resolved and checked on connect (`guardedLookup`) unless the host is on the
 * configured allow-list, and a redirect is an answer like any other (never followed).
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { allowListed, guardedLookup, type ResolveAll, screenWebhookUrl } from './url-guard.ts';

export class WebhookRefusedError extends Error {
  constructor(readonly reason: string) {
    super(`webhook URL refused: ${reason}`);
    this.name = 'WebhookRefusedError';
  }
}

/** POSTs `body`; resolves with the answer's status (the body is discarded). */
export function postWebhook(
  url: string,
  headers: Readonly<Record<string, string>>,
  body: string,
  o: { readonly allowHosts: readonly string[]; readonly timeoutMs: number; readonly resolve?: ResolveAll },
): Promise<number> {
  const refusal = screenWebhookUrl(url, o.allowHosts);
  if (refusal) return Promise.reject(new WebhookRefusedError(refusal));
  const u = new URL(url);
  const send = u.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<number>((resolve, reject) => {
    const req = send(
      u,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        timeout: o.timeoutMs,
        ...(allowListed(u.hostname, o.allowHosts) ? {} : { lookup: guardedLookup(o.resolve) }),
      },
      (res: IncomingMessage) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timed out after ${o.timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}
