/**
 * TlsAgent (src/chain/tls.ts): a keep-alive agent whose pools are named by host and port only, not by the PEM texts
 * node's https.Agent folds into every pool name, and which still presents its own certificate on every connection.
 */
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestPki, peerOin, TlsAgent } from '../../src/chain/tls.ts';

const pki = makeTestPki();
const server = https.createServer(
  { ...pki.issue('server', '00000001000000000001'), requestCert: true, rejectUnauthorized: true },
  (req, res) => res.end(peerOin(req.socket as TLSSocket) ?? 'none'),
);
let port = 0;
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const get = (agent: https.Agent) =>
  new Promise<string>((resolve, reject) => {
    https
      .get(`https://127.0.0.1:${port}/`, { agent }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => {
          body += c.toString();
        });
        res.on('end', () => resolve(body));
      })
      .on('error', reject);
  });

describe('TlsAgent', () => {
  it('names a pool by host and port, without the key, certificate or CA', () => {
    const id = pki.issue('client', '00000001000000000002');
    const name = new TlsAgent(id).getName({ host: '127.0.0.1', port: 443 });
    expect(name).toBe('127.0.0.1:443:');
    expect(name).not.toContain('BEGIN');
    // node's own agent puts the PEM texts in the name (what this agent avoids).
    expect(new https.Agent({ ...id }).getName({ host: '127.0.0.1', port: 443, ...id })).toContain('BEGIN');
  });

  it('each agent presents its own certificate, over reused connections', async () => {
    const a = new TlsAgent(pki.issue('a', '00000001000000000003'), { maxSockets: 1 });
    const b = new TlsAgent(pki.issue('b', '00000001000000000004'), { maxSockets: 1 });
    try {
      const seen = await Promise.all([get(a), get(b), get(a), get(b)]);
      expect(seen).toEqual([
        '00000001000000000003',
        '00000001000000000004',
        '00000001000000000003',
        '00000001000000000004',
      ]);
    } finally {
      a.destroy();
      b.destroy();
    }
  });
});
