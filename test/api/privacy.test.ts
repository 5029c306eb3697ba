/** A BSN never appears in a log line, a response error or a URL we produce. */
import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { scrubDeep, scrubText } from '../../src/api/privacy.ts';
import { json, makeApp, SAMPLE_FACTS, TEST_BSNS } from './helpers.ts';

const [B1, B2, B3, B4] = TEST_BSNS;

describe('BSNs stay out of logs and errors', () => {
  it('scrubs nine-digit runs in text and nested values, and redacts personal fields by name', () => {
    expect(scrubText(`bsn ${B1}, datum 2024-01-01, id 12345678`)).toBe(
      'bsn [bsn], datum 2024-01-01, id 12345678',
    );
    expect(scrubDeep({ a: [{ [B2 as string]: `x${B3}x` }], bsn: 'abc', n: 999990019 })).toEqual({
      a: [{ '[bsn]': 'x[bsn]x' }],
      bsn: '[redacted]',
      n: '[bsn]',
    });
  });

  it('logs nothing that contains a BSN, whatever a client puts where', async () => {
    const { app, logs } = await makeApp({ log: { level: 'debug' } });
    const responses: string[] = [];
    const send = async (o: InjectOptions) => {
      const r = await app.inject(o);
      responses.push(JSON.stringify(r.headers), r.body);
      return r;
    };
    await send({ method: 'GET', url: `/v1/zaken/${B1}` });
    await send({ method: 'GET', url: `/v1/beoordelingen?bsn=${B2}` });
    await send({ method: 'GET', url: `/v1/${B3}/${B4}` });
    await send({
      method: 'POST',
      url: '/v1/beoordelingen',
      payload: { facts: { [B1 as string]: B2 }, peildatum: B3 },
    });
    await send({
      method: 'POST',
      url: '/v1/beoordelingen',
      payload: { facts: SAMPLE_FACTS, peildatum: '2024-01-01', bsn: B4 },
    });
    await send({
      method: 'POST',
      url: '/v1/beoordelingen',
      payload: `{"bsn": "${B1}", `,
      headers: { 'content-type': 'application/json' },
    });
    await send({
      method: 'POST',
      url: '/v1/beoordelingen',
      payload: { facts: {}, peildatum: '2024-01-01' },
      headers: { authorization: `Bearer ${B2}` },
    });
    await send({
      method: 'POST',
      url: '/v1/beoordelingen',
      payload: { facts: {}, peildatum: '2024-01-01' },
      headers: { 'x-bsn': B3 as string, 'content-type': `application/json; bsn=${B4}` },
    });
    await send({
      method: 'POST',
      url: `/v1/beoordelingen?${B1}`,
      payload: 'x',
      headers: { 'content-type': `text/${B2}` },
    });
    await app.close();
    const logged = logs.text();
    if (process.env.SHOW_LOGS) console.log(logged);
    expect(logs.lines.length).toBeGreaterThan(5);
    for (const bsn of TEST_BSNS) {
      expect(logged).not.toContain(bsn);
      for (const r of responses) expect(r).not.toContain(bsn);
    }
  });

  it('masks a BSN used as a field name in the validation error pointer', async () => {
    const { app } = await makeApp();
    const r = await app.inject({
      method: 'POST',
      url: '/v1/beoordelingen',
      payload: { facts: { [B1 as string]: 1 }, peildatum: '2024-01-01' },
    });
    const b = json(r.body) as { errors: { pointer: string }[] };
    expect(b.errors[0]?.pointer).toBe('/facts/[bsn]');
    await app.close();
  });
});
