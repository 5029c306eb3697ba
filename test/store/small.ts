/**
 * Small helpers for the store's focused tests on one in-memory PGlite store: a klantmanager's session, the events
 * of a case opened and a notice sent, synthetic BSNs that pass the elfproef, and the store opened and closed
 * around a file's tests.
 */
import { afterAll, beforeAll } from 'vitest';
import { syntheticBsn } from '../../src/case/bsn.ts';
import type { CaseEvent } from '../../src/case/index.ts';
import { type CaseStore, openStore } from '../../src/store/index.ts';

export const session = (gemeente: string) => ({
  gemeente,
  actor: 'km-test',
  role: 'klantmanager',
  purpose: 'regie',
});

export const openedEvent = (gemeente: string): CaseEvent =>
  ({
    type: 'CaseOpened',
    data: { gemeente, openedOn: '2025-09-01' },
    metadata: { eventId: crypto.randomUUID(), occurredOn: '2025-09-01', recordedAt: '' },
  }) as unknown as CaseEvent;

export const noticeEvent = (): CaseEvent =>
  ({
    type: 'DuoNoticeSent',
    data: { on: '2025-09-05' },
    metadata: { eventId: crypto.randomUUID(), occurredOn: '2025-09-05', recordedAt: '' },
  }) as unknown as CaseEvent;

/** Synthetic BSNs from index `from` on, each valid and each once. */
export function bsnsFrom(from: number): () => string {
  let k = from;
  return () => {
    for (;;) {
      const b = syntheticBsn(k++);
      if (b) return b;
    }
  };
}

/** An in-memory store opened before the file's tests and closed after them. */
export function storeForFile(): () => CaseStore {
  let store: CaseStore | undefined;
  beforeAll(async () => {
    store = await openStore();
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });
  return () => store as CaseStore;
}
