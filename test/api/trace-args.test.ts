/**
 * The derivation tree over HTTP keeps each outcome's values (`args`): the workspace fills the caseworker's lines
 * from them. A response schema that declared `args` as a bare object made the serializer send `{}`, and every value
 * in the tree showed as a dash (issue 15).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEV_AUTH } from '../../src/api/auth.ts';
import type { App } from '../../src/api/index.ts';
import { type CaseStore, openStore } from '../../src/store/index.ts';
import { bearer, json, makeApp, token } from './helpers.ts';

type Node = { rule: string; outcome?: string; args?: Record<string, unknown>; children: Node[] };

let store: CaseStore;
let app: App;
beforeAll(async () => {
  store = await openStore({ clock: () => new Date('2024-06-01T10:00:00Z') });
  ({ app } = await makeApp({ cases: store, auth: DEV_AUTH }));
});
afterAll(async () => {
  await app.close();
  await store.close();
});

function find(ns: readonly Node[], rule: string): Node | undefined {
  for (const n of ns) {
    if (n.rule === rule && n.outcome) return n;
    const c = find(n.children, rule);
    if (c) return c;
  }
  return undefined;
}

it('the case status sends each outcome’s values in the tree (the permit’s date, the regime)', async () => {
  const km = bearer(await token('klantmanager', '0363'));
  const opened = await app.inject({
    method: 'POST',
    url: '/v1/zaken',
    headers: km,
    payload: { birthDate: '1990-05-01', nationalities: ['SY'] },
  });
  expect(opened.statusCode, opened.body).toBe(201);
  const c = json(opened.body) as { id: string; version: number };
  const permit = await app.inject({
    method: 'POST',
    url: `/v1/zaken/${c.id}/gebeurtenissen`,
    headers: km,
    payload: {
      type: 'RecordFact',
      expectedVersion: c.version,
      data: {
        event: 'ResidencePermitGranted',
        data: { permitId: 'p1', kind: 'asiel_bepaalde_tijd', grantedOn: '2023-03-01' },
      },
    },
  });
  expect(permit.statusCode, permit.body).toBe(201);
  const r = await app.inject({ method: 'GET', url: `/v1/zaken/${c.id}/status?trace=true`, headers: km });
  expect(r.statusCode, r.body).toBe(200);
  const tree = (json(r.body) as { explanation: { tree?: Node[] } }).explanation.tree ?? [];
  const arose = find(tree, 'plicht.ontstaan');
  expect(arose?.outcome).toBe('arose');
  expect(arose?.args).toMatchObject({ date: '2023-03-01', regime: 'wi2021' });
  expect(find(tree, 'wi2021.plicht.status')?.args).toMatchObject({ since: '2023-03-01' });
});
