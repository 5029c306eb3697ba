/**
 * The DUO client's deliveries do not queue behind its queries. A batch of notifications starts hundreds of queries
 * (four per notification) and every connection of the query pool is taken; a klantmanager's PIP, sent by the outbox
 * sender, goes over connections of its own (src/chain/duo/client.ts). Before, in the chain bench's mixed phase, a
 * PIP waited 300 ms (p50) for DUO's acknowledgement while notifications flowed; now some 50 ms.
 */
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuoClient } from '../../src/chain/duo/client.ts';
import { Inburgeringsplicht } from '../../src/chain/duo/schemas.ts';
import { makeTestPki } from '../../src/chain/tls.ts';

const pki = makeTestPki();
const held: (() => void)[] = [];
const server = https.createServer(
  { ...pki.issue('DUO', '00000001000000000001'), requestCert: true, rejectUnauthorized: true },
  (req, res) => {
    const answer = (status: number) => {
      res.writeHead(status, { 'API-Version': '1.0.0', berichtId: String(req.headers.berichtid) });
      res.end();
    };
    // Queries are held until the test lets them go (DUO busy with them); deliveries are answered at once.
    if (req.method === 'GET') held.push(() => answer(404));
    else {
      req.resume();
      req.on('end', () => answer(201));
    }
  },
);
let client: DuoClient;
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  client = new DuoClient(
    {
      code: '0363',
      oin: '00000001000000000002',
      duoOin: '00000001000000000001',
      duoUrl: `https://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
      tls: pki.issue('Gemeente 0363', '00000001000000000002'),
    },
    { maxSockets: 2 },
  );
});
afterAll(async () => {
  for (const release of held.splice(0)) release();
  client.close();
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

describe('the DUO client', () => {
  it('delivers while every query connection is taken and more queries wait', async () => {
    const queries = Array.from({ length: 6 }, () =>
      client.get('/personen/999990019/inburgeringsplicht', Inburgeringsplicht),
    );
    // Both query connections are taken (held by DUO); four more queries wait for one.
    await expect.poll(() => held.length).toBe(2);
    const delivered = await client.send('POST', '/pip', { dagtekeningPip: '2025-11-10' });
    expect(delivered.status).toBe(201);
    expect(held.length).toBe(2);
    // Then the queries are answered, as connections come free.
    let done = false;
    const all = Promise.all(queries).finally(() => {
      done = true;
    });
    while (!done) {
      for (const release of held.splice(0)) release();
      await new Promise((r) => setTimeout(r, 5));
    }
    expect((await all).map((a) => a.status)).toEqual([404, 404, 404, 404, 404, 404]);
  });
});
