/**
 * When the BRP is asked (Haal Centraal has no push): a case is brought up to date with the BRP (client.ts,
 * `syncFromBrp`) when it is opened, by whatever path (NOTIFY inburgering_case_opened from the database, migration
 * 0023), when DUO notifies a change about it (the inbound processor reports each processed notification), and on
 * a schedule per gemeente (`brpSyncEveryHours` in the chain configuration: every case of the gemeente, one by one).
 * A case is synced once at a time; requests for a case already waiting are merged. A failed sync is counted and
 * tried again at the next trigger; it never stops the others.
 */
import type { CaseStore } from '../../store/index.ts';
import { chainSession } from '../db.ts';
import { type BrpClient, syncFromBrp } from './client.ts';

/** The channel the case_stream trigger notifies (migration 0023): "<gemeente> <case id>". */
export const CASE_OPENED_CHANNEL = 'inburgering_case_opened';

export interface BrpSyncOptions {
  readonly store: CaseStore;
  /** A BRP client per gemeente code (the gemeente's certificate). */
  readonly clients: ReadonlyMap<string, BrpClient>;
  /** Per gemeente: sync every case this often (ms); none: no schedule. */
  readonly everyMs?: ReadonlyMap<string, number>;
  /** Syncs at once (default 4). */
  readonly concurrency?: number;
  readonly onSynced?: (r: { gemeente: string; caseId: string; added: number; error?: string }) => void;
}

export class BrpSync {
  private readonly waiting = new Map<string, string>();
  private readonly running = new Set<string>();
  private readonly again = new Set<string>();
  private readonly timers: NodeJS.Timeout[] = [];
  private idle: (() => void)[] = [];
  private unlisten: (() => Promise<void>) | null = null;
  private stopped = false;
  /** Syncs done and failed so far. */
  readonly counts = { synced: 0, failed: 0 };

  constructor(private readonly o: BrpSyncOptions) {}

  /** Listens for new cases and starts the schedules. */
  async start(): Promise<void> {
    this.unlisten = await this.o.store.engine.listen(CASE_OPENED_CHANNEL, (payload) => {
      const [gemeente, caseId] = payload.split(' ');
      if (gemeente && caseId) this.request(gemeente, caseId);
    });
    for (const [gemeente, ms] of this.o.everyMs ?? []) {
      if (!this.o.clients.has(gemeente) || !(ms > 0)) continue;
      const t = setInterval(() => void this.syncGemeente(gemeente).catch(() => undefined), ms);
      t.unref();
      this.timers.push(t);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    await this.unlisten?.();
    await this.drain();
    for (const c of this.o.clients.values()) c.close();
  }

  /** Asks for a sync of one case (merged with one already waiting). */
  request(gemeente: string, caseId: string): void {
    if (this.stopped || !this.o.clients.has(gemeente)) return;
    if (this.running.has(caseId)) this.again.add(caseId);
    else this.waiting.set(caseId, gemeente);
    this.pump();
  }

  /** Every case of a gemeente (the schedule). Answers how many were asked for. */
  async syncGemeente(gemeente: string): Promise<number> {
    const session = chainSession(gemeente, 'brp-sync');
    let n = 0;
    for (let offset = 0; ; offset += 500) {
      const page = await this.o.store.listCases(session, { limit: 500, offset });
      for (const c of page) this.request(gemeente, c.caseId);
      n += page.length;
      if (page.length < 500) return n;
    }
  }

  /** Resolves when nothing is waiting or running. */
  drain(): Promise<void> {
    if (this.waiting.size === 0 && this.running.size === 0) return Promise.resolve();
    return new Promise((r) => this.idle.push(r));
  }

  private pump(): void {
    const max = this.o.concurrency ?? 4;
    for (const [caseId, gemeente] of this.waiting) {
      if (this.running.size >= max) return;
      this.waiting.delete(caseId);
      this.running.add(caseId);
      void this.syncOne(gemeente, caseId).finally(() => {
        this.running.delete(caseId);
        if (this.again.delete(caseId)) this.waiting.set(caseId, gemeente);
        this.pump();
        if (this.waiting.size === 0 && this.running.size === 0) for (const r of this.idle.splice(0)) r();
      });
    }
  }

  private async syncOne(gemeente: string, caseId: string): Promise<void> {
    const session = chainSession(gemeente, 'brp-sync');
    try {
      const bsn = await this.o.store.revealBsn(session, caseId);
      if (!bsn) return;
      const today = this.o.store.today();
      const added = await syncFromBrp(
        this.o.store,
        session,
        caseId,
        this.o.clients.get(gemeente) as BrpClient,
        bsn,
        today,
      );
      this.counts.synced++;
      this.o.onSynced?.({ gemeente, caseId, added });
    } catch (e) {
      this.counts.failed++;
      this.o.onSynced?.({
        gemeente,
        caseId,
        added: 0,
        error: String((e as Error).message ?? e).slice(0, 200),
      });
    }
  }
}
