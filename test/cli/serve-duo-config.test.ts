/**
 * `serve` and `duo-koppeling` as two processes (production: the API, and the chain with DUO's certificates): the
 * API reads the gemeenten of the chain configuration (INBURGERING_CHAIN_CONFIG) so that their klantmanagers'
 * commands queue DUO's message, which the koppeling sends. Before, only `serve --chain` (the demo) marked gemeenten
 * as connected, so a PIP recorded through the API of a production deployment never reached DUO. The API reads the
 * gemeenten only, never the certificate or key; a configuration it cannot read stops it with a message.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chainGemeenten, loadChainConfig } from '../../src/chain/index.ts';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'inburgering-duo-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tls = { cert: 'absent.pem', key: 'absent.key', ca: 'absent-ca.pem' };
const file = (name: string, content: unknown): string => {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};
const good = file('chain.json', {
  duo: { url: 'https://duo.example:443/v1', oin: '00000001003214345000' },
  gemeenten: [
    { code: '0599', oin: '00000001002220647000', tls },
    { code: '0363', oin: '00000001002564440000', tls },
  ],
});

const env = () => {
  const { DATABASE_URL: _u, DATABASE_OWNER_URL: _o, INBURGERING_WEBHOOK_KEY: _k, ...rest } = process.env;
  return { ...rest, LANG: 'en_GB.UTF-8' };
};
const args = (data: string) => [
  '--import',
  'tsx',
  join(root, 'src/cli/main.ts'),
  'serve',
  '--dev',
  '--no-seed',
  '--port',
  '0',
  '--data-dir',
  data,
];

describe('the chain configuration as the API reads it', () => {
  it('names the gemeenten without reading a certificate or key; a bad file is an error that says why', () => {
    expect(chainGemeenten(good)).toEqual(['0599', '0363']);
    // The koppeling reads the TLS files (absent here); the API does not need them.
    expect(() => loadChainConfig(good)).toThrow();
    expect(() => chainGemeenten(file('not-json.json', '{ nope'))).toThrow(/not JSON/);
    expect(() =>
      chainGemeenten(
        file('bad-code.json', {
          duo: { url: 'https://x', oin: '0'.repeat(20) },
          gemeenten: [{ code: '363', oin: '1'.repeat(20) }],
        }),
      ),
    ).toThrow(/code \(4 digits\)/);
    expect(() => chainGemeenten(join(dir, 'missing.json'))).toThrow(/cannot be read/);
  });

  it('serve with a configuration it cannot read: a message and exit 2, before the database is opened', () => {
    const r = spawnSync(process.execPath, args(join(dir, 'data-bad')), {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...env(), INBURGERING_CHAIN_CONFIG: join(dir, 'missing.json') },
    });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('INBURGERING_CHAIN_CONFIG');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  }, 150_000);

  it('serve with the koppeling’s configuration: its gemeenten are connected to DUO', async () => {
    const child = spawn(process.execPath, args(join(dir, 'data-good')), {
      env: { ...env(), INBURGERING_CHAIN_CONFIG: good },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const out = await new Promise<string>((resolve, reject) => {
        let text = '';
        const timer = setTimeout(() => reject(new Error(`no line in time:\n${text}`)), 120_000);
        child.stdout.on('data', (c: Buffer) => {
          text += c.toString();
          if (/Connected to DUO/.test(text) && /valid 8 hours\):\n\S+\n/.test(text)) {
            clearTimeout(timer);
            resolve(text);
          }
        });
        child.on('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`serve exited (${code}):\n${text}`));
        });
      });
      expect(out).toContain('Connected to DUO: 0363, 0599');
      // A klantmanager of 0363 records the facts a PIP needs, then the PIP: with the gemeente connected to DUO the
      // PIP's message to DUO is queued in the same append (without, the append holds the PIP alone).
      const base = (out.match(/Listening on (\S+)/) as RegExpMatchArray)[1] as string;
      const token = (out.match(/valid 8 hours\):\n(\S+)\n/) as RegExpMatchArray)[1] as string;
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const opened = await fetch(`${base}/v1/zaken`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ bsn: '999990019', birthDate: '1990-05-01', nationalities: ['SY'] }),
      });
      expect(opened.status).toBe(201);
      const { id } = (await opened.clone().json()) as { id: string };
      let { version } = (await opened.json()) as { id: string; version: number };
      const steps = [
        {
          type: 'RecordFact',
          data: {
            event: 'ResidencePermitGranted',
            data: { permitId: 'P1', kind: 'asiel_bepaalde_tijd', grantedOn: '2025-08-01' },
          },
        },
        {
          type: 'RecordFact',
          data: { event: 'BrpRegistered', data: { gemeente: '0363', from: '2025-08-20', housing: true } },
        },
        { type: 'SummonForIntake', data: { date: '2025-09-10', deadline: '2025-10-01' } },
        {
          type: 'RecordIntakeOutcome',
          data: { summonsDate: '2025-09-10', on: '2025-09-20', outcome: 'verschenen' },
        },
        { type: 'CompleteIntake', data: { completedOn: '2025-10-01' } },
        { type: 'AdoptPip', data: { dagtekening: '2025-11-10', leerroute: 'B1' } },
      ];
      let events: string[] = [];
      for (const step of steps) {
        const r = await fetch(`${base}/v1/zaken/${id}/gebeurtenissen`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ ...step, expectedVersion: version }),
        });
        const body = (await r.json()) as { version: number; events: { type: string }[] };
        expect(r.status, `${step.type}: ${JSON.stringify(body)}`).toBe(201);
        version = body.version;
        events = body.events.map((e) => e.type);
      }
      expect(events).toEqual(['PipAdopted', 'DuoMessageQueued']);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }, 150_000);
});
