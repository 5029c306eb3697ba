/**
 * The gemeente's client for DUO's APIs: Digikoppeling REST over two-way TLS (the gemeente's certificate, DUO's CA),
 * `bron` = the gemeente's OIN, `doel` = DUO's OIN, a fresh `berichtId` per call unless the caller gives one (the
 * outbox gives the message id, so a resend is recognisable), a timeout, and DUO's answer checked: `API-Version`
 * present and of the same major version, `berichtId` echoed, the body valid against our schema of it.
 */
import { randomUUID } from 'node:crypto';
import https from 'node:https';
import type { TSchema } from 'typebox';
import type { GemeenteConnection } from '../config.ts';
import { TlsAgent } from '../tls.ts';
import { ApiVersion, checkDuo } from './schemas.ts';

export interface DuoAnswer<T = unknown> {
  readonly status: number;
  readonly body: T | null;
  readonly apiVersion: string | null;
  readonly berichtId: string;
}

export class DuoProtocolError extends Error {
  constructor(
    readonly code: 'duo.timeout' | 'duo.network' | 'duo.answer_invalid' | 'duo.header_missing',
    detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

const apiVersionOk = (v: string | null): boolean =>
  v !== null && checkDuo(ApiVersion, v) === null && v.startsWith('1.');

export class DuoClient {
  /** Connections for the queries (GET). */
  private readonly agent: https.Agent;
  /**
   * Connections for the deliveries (POST, PUT, DELETE) apart: a batch of notifications queues hundreds of queries
   * (four per notification), and a klantmanager's PIP waited behind all of them for a free connection.
   */
  private readonly sendAgent: https.Agent;
  private readonly base: string;

  constructor(
    readonly connection: GemeenteConnection,
    options: { maxSockets?: number } = {},
  ) {
    this.base = connection.duoUrl.replace(/\/$/, '');
    const maxSockets = options.maxSockets ?? 32;
    this.agent = new TlsAgent(connection.tls, { maxSockets });
    this.sendAgent = new TlsAgent(connection.tls, { maxSockets });
  }

  close(): void {
    this.agent.destroy();
    this.sendAgent.destroy();
  }

  /** GET a resource; a 200 body must validate against `schema`. */
  async get<T>(path: string, schema: TSchema): Promise<DuoAnswer<T>> {
    const a = await this.request<T>('GET', path, undefined);
    if (a.status === 200 && checkDuo(schema, a.body))
      throw new DuoProtocolError(
        'duo.answer_invalid',
        `${path.replace(/\d{9}/, '{bsn}')}: ${checkDuo(schema, a.body)?.join('; ')}`,
      );
    return a;
  }

  /** Sends a message (POST, PUT, DELETE); `body` must already be valid against its schema. */
  send(
    method: 'POST' | 'PUT' | 'DELETE',
    path: string,
    body: unknown,
    berichtId?: string,
  ): Promise<DuoAnswer> {
    return this.request(method, path, body, berichtId);
  }

  private request<T>(method: string, path: string, body: unknown, id?: string): Promise<DuoAnswer<T>> {
    const berichtId = id ?? randomUUID();
    const data = body === undefined ? undefined : JSON.stringify(body);
    const timeoutMs = this.connection.timeoutMs ?? 10_000;
    return new Promise((resolve, reject) => {
      const req = https.request(
        `${this.base}${path}`,
        {
          method,
          agent: method === 'GET' ? this.agent : this.sendAgent,
          timeout: timeoutMs,
          headers: {
            accept: 'application/json',
            bron: this.connection.oin,
            doel: this.connection.duoOin,
            berichtId,
            ...(data !== undefined
              ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) }
              : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const apiVersion = (res.headers['api-version'] as string | undefined) ?? null;
            const echoed = res.headers.berichtid as string | undefined;
            const status = res.statusCode ?? 0;
            if (!apiVersionOk(apiVersion) || (status !== 401 && echoed !== berichtId)) {
              reject(
                new DuoProtocolError('duo.header_missing', `${status} without API-Version or berichtId echo`),
              );
              return;
            }
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = null;
            if (text.length > 0) {
              try {
                parsed = JSON.parse(text);
              } catch {
                reject(new DuoProtocolError('duo.answer_invalid', `${status}: not JSON`));
                return;
              }
            }
            resolve({ status, body: parsed as T, apiVersion, berichtId });
          });
          res.on('error', (e) => reject(new DuoProtocolError('duo.network', e.message)));
        },
      );
      req.on('timeout', () => req.destroy(new DuoProtocolError('duo.timeout', `${timeoutMs} ms`)));
      req.on('error', (e) =>
        reject(e instanceof DuoProtocolError ? e : new DuoProtocolError('duo.network', e.message)),
      );
      req.end(data);
    });
  }
}
