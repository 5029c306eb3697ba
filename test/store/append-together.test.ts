/**
 * Group commit for appends started together (`CaseStore.appendTogether`, the chain's batches of DUO notifications):
 * on PGlite, which runs one statement at a time, appends never wait for one another, so without it each new case
 * is a statement and a commit of its own; started together they leave in one statement, and each still holds on its
 * own (a conflicting one fails alone).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticBsn } from '../../src/case/bsn.ts';
import type { CaseEvent } from '../../src/case/index.ts';
import { type CaseStore, openStore } from '../../src/store/index.ts';

const G = '0363';
const km = { gemeente: G, actor: 'km-test', role: 'klantmanager', purpose: 'regie' };
const opened = (): CaseEvent[] => [
  {
    type: 'CaseOpened',
    data: { gemeente: G, openedOn: '2025-09-01' },
    metadata: { eventId: crypto.randomUUID(), occurredOn: '2025-09-01', recordedAt: '' },
  } as unknown as CaseEvent,
];

let store: CaseStore;
beforeAll(async () => {
  store = await openStore();
}, 60_000);
afterAll(async () => {
  await store.close();
});

describe('appends started together', () => {
  it('twenty new cases go to PGlite in one statement; a duplicate BSN fails alone', async () => {
    const bsns = Array.from({ length: 20 }, (_, i) => syntheticBsn(700 + i)).filter((b): b is string => !!b);
    const n = bsns.length;
    const before = store.appendStatements;
    const results = await store.appendTogether(() =>
      Promise.allSettled(
        [...bsns, bsns[0] as string].map((bsn) =>
          store.append(km, crypto.randomUUID(), 0, opened(), { bsn }),
        ),
      ),
    );
    const after = store.appendStatements;
    expect(after.appends - before.appends).toBe(n + 1);
    // One statement, and one more for the append that failed alone (the batch ran again without it).
    expect(after.statements - before.statements).toBeLessThanOrEqual(2);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(n);
    expect(results.at(-1)?.status).toBe('rejected');
    for (const bsn of bsns) expect((await store.findCaseByBsn(km, bsn)).ok).toBe(true);
  });
});
