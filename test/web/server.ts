/**
 * The server the browser tests talk to: the real API (`buildApp`) on an embedded PGlite store seeded with demo
 * cases, plus the built UI from dist/web, on an ephemeral port, served exactly as `inburgering serve` does
 * (`serveWeb` and `devTokenRoute` from src/api/web.ts).
 */
import { resolve } from 'node:path';
import {
  type App,
  buildApp,
  DEV_AUTH,
  devTokenRoute,
  mintToken,
  serveWeb,
  WEB_CSP,
  type WebLoginConfig,
} from '../../src/api/index.ts';
import type { OidcConfig } from '../../src/api/oidc.ts';
import type { CaseEvent } from '../../src/case/index.ts';
import { type CaseStore, openStore, PURPOSES, seedDemoData } from '../../src/store/index.ts';

export const DIST_DIR = resolve(import.meta.dirname, '..', '..', 'dist', 'web');

export { WEB_CSP };

export interface TestServer {
  readonly url: string;
  readonly store: CaseStore;
  readonly app: App;
  /** A case of gemeente 0363 with an asylum permit, a BRP registration and DUO's notice, but no intake yet. */
  readonly fixtureCaseId: string;
  /**
   * A named case of 0363 (issue 14/15) where DUO registered another start of the duty than the law derives, and
   * DUO refused a PIP message with a rule.
   */
  readonly chainCaseId: string;
  close(): Promise<void>;
}

export interface StartOptions {
  /** The demo's today (the store's clock starts there and runs on). */
  readonly today: string;
  readonly seedCases?: number;
  readonly distDir?: string;
  /** A gemeente's IdP: the API takes its tokens and the login screen logs in there (no development login). */
  readonly oidc?: { readonly config: OidcConfig; readonly login: WebLoginConfig };
}

/** A clock that starts at `today` 09:00 UTC and then runs in real time. */
function clockFrom(today: string): () => Date {
  const start = Date.parse(`${today}T09:00:00Z`);
  const t0 = Date.now();
  return () => new Date(start + (Date.now() - t0));
}

export async function startServer(options: StartOptions): Promise<TestServer> {
  const store = await openStore({ clock: clockFrom(options.today) });
  await seedDemoData(store, { cases: options.seedCases ?? 150, today: options.today });
  const app = await buildApp({
    cases: store,
    rateLimit: false,
    docs: false,
    log: { level: 'warn' },
    ...(options.oidc ? { oidc: options.oidc.config } : {}),
  });
  if (!options.oidc) devTokenRoute(app, DEV_AUTH);
  await serveWeb(app, options.distDir ?? DIST_DIR, options.oidc?.login);
  const fixtureCaseId = options.oidc ? '' : await fixtureCase(app);
  const chainCaseId = options.oidc ? '' : await chainCase(app, store);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    store,
    app,
    fixtureCaseId,
    chainCaseId,
    async close() {
      await app.close();
      await store.close();
    },
  };
}

async function fixtureCase(app: App): Promise<string> {
  const token = await mintToken({ role: 'klantmanager', gemeente: '0363', subject: 'fixture-setup' });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const open = await app.inject({
    method: 'POST',
    url: '/v1/zaken',
    headers,
    payload: { birthDate: '1994-03-12', nationalities: ['SY'], openedOn: '2026-07-01' },
  });
  if (open.statusCode !== 201) throw new Error(`fixture: open case ${open.statusCode} ${open.body}`);
  const { id } = open.json() as { id: string };
  const facts: [string, Record<string, unknown>][] = [
    ['ResidencePermitGranted', { permitId: 'p1', kind: 'asiel_bepaalde_tijd', grantedOn: '2026-06-15' }],
    ['DuoNoticeSent', { on: '2026-07-20' }],
    ['BrpRegistered', { gemeente: '0363', from: '2026-08-03', housing: true }],
  ];
  for (const [event, data] of facts) {
    const r = await app.inject({
      method: 'POST',
      url: `/v1/zaken/${id}/gebeurtenissen`,
      headers,
      payload: {
        type: 'RecordFact',
        data: { event, data },
        expectedVersion: await version(app, id, headers),
      },
    });
    if (r.statusCode !== 201) throw new Error(`fixture: ${event} ${r.statusCode} ${r.body}`);
  }
  return id;
}

async function version(app: App, id: string, headers: Record<string, string>): Promise<number> {
  const r = await app.inject({ method: 'GET', url: `/v1/zaken/${id}`, headers });
  return (r.json() as { version: number }).version;
}

/** The chain fixture: the law says the duty began on the permit's date (2026-06-15); DUO registered 2026-05-01. */
async function chainCase(app: App, store: CaseStore): Promise<string> {
  const token = await mintToken({ role: 'klantmanager', gemeente: '0363', subject: 'fixture-setup' });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const open = await app.inject({
    method: 'POST',
    url: '/v1/zaken',
    headers,
    payload: {
      name: 'Mariam Ketema',
      birthDate: '1992-01-20',
      nationalities: ['ER'],
      openedOn: '2026-07-01',
    },
  });
  if (open.statusCode !== 201) throw new Error(`chain fixture: open case ${open.statusCode} ${open.body}`);
  const { id } = open.json() as { id: string };
  const facts: [string, Record<string, unknown>][] = [
    ['ResidencePermitGranted', { permitId: 'p1', kind: 'asiel_bepaalde_tijd', grantedOn: '2026-06-15' }],
    ['BrpRegistered', { gemeente: '0363', from: '2026-08-03', housing: true }],
  ];
  for (const [event, data] of facts) {
    const r = await app.inject({
      method: 'POST',
      url: `/v1/zaken/${id}/gebeurtenissen`,
      headers,
      payload: {
        type: 'RecordFact',
        data: { event, data },
        expectedVersion: await version(app, id, headers),
      },
    });
    if (r.statusCode !== 201) throw new Error(`chain fixture: ${event} ${r.statusCode} ${r.body}`);
  }
  const meta = (occurredOn: string) => ({
    eventId: globalThis.crypto.randomUUID(),
    occurredOn,
    recordedAt: '',
    source: 'duo' as const,
  });
  const events = [
    {
      type: 'DuoRegistrationRecorded',
      data: {
        register: 'inburgeringsplicht',
        on: '2026-09-01',
        value: { indicatorInburgeringsplicht: true, begindatum: '2026-05-01' },
      },
      metadata: meta('2026-09-01'),
    },
    {
      type: 'DuoMessageRefused',
      data: {
        messageId: globalThis.crypto.randomUUID(),
        kind: 'pip',
        on: '2026-09-15',
        status: 403,
        reasons: [
          {
            fouttekst: 'Dagtekening PIP ligt voor de vestiging van de inburgeraar in de gemeente.',
            rule: 'PIP_DAGTEKENING_VOOR_VESTIGING',
          },
        ],
      },
      metadata: meta('2026-09-15'),
    },
  ] as unknown as CaseEvent[];
  const session = { gemeente: '0363', actor: 'fixture-setup', role: 'klantmanager', purpose: PURPOSES.regie };
  await store.append(session, id, await version(app, id, headers), events);
  return id;
}
