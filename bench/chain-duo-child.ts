/**
 * The DUO simulator in a process of its own, for the chain bench (chain.bench.ts). DUO is another organisation's
 * system (the product runs it as `inburgering duo-sim`, its own process): its HTTP and TLS work must neither share
 * the gemeente process's thread nor be charged to the gemeente's CPU.
 *
 * The bench re-runs its own entry file (the esbuild bundle, or the .ts file under tsx: `fork` passes the parent's
 * execArgv on) with BENCH_CHAIN_ROLE=duo-sim; that process runs `serveDuoChild` and is driven over the IPC channel,
 * one request at a time per id, with advanced serialisation (a SimPerson holds Maps). The simulator's code is
 * unchanged: the child only calls its public methods.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { DuoSimulator, type SimGemeente, type SimPerson } from '../src/chain/duo/sim.ts';
import type { TlsIdentity } from '../src/chain/tls.ts';

/** The value of BENCH_CHAIN_ROLE that makes the bench's entry file run the DUO simulator child. */
export const DUO_CHILD_ROLE = 'duo-sim';

export interface DuoChildOptions {
  readonly tls: TlsIdentity;
  readonly oin: string;
  readonly gemeenten: readonly SimGemeente[];
}

type Request =
  | { readonly op: 'start'; readonly options: DuoChildOptions }
  | { readonly op: 'connect'; readonly gemeente: string; readonly url: string }
  | { readonly op: 'add'; readonly persons: readonly SimPerson[] }
  | {
      readonly op: 'notify';
      readonly bsns: readonly string[];
      readonly gebeurtenisId: string;
      readonly concurrency: number;
    }
  | { readonly op: 'cpu' }
  | { readonly op: 'close' };

type Answer = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** What a `notify` command did: notifications sent, and those the gemeente did not answer 201 (with why). */
export interface NotifyOutcome {
  readonly sent: number;
  readonly failed: number;
  readonly firstFailure: string | null;
}

/** The child's side: a simulator started, connected, filled and told to notify by the parent. */
export function serveDuoChild(): void {
  let sim: DuoSimulator | undefined;
  const live = (): DuoSimulator => {
    if (!sim) throw new Error('the simulator is not started');
    return sim;
  };
  const handle = async (r: Request): Promise<unknown> => {
    switch (r.op) {
      case 'start':
        sim = new DuoSimulator({ tls: r.options.tls, oin: r.options.oin, gemeenten: r.options.gemeenten });
        return sim.listen(0);
      case 'connect':
        live().connect(r.gemeente, r.url);
        return null;
      case 'add':
        for (const p of r.persons) live().addPerson(p);
        return r.persons.length;
      case 'notify': {
        const s = live();
        let next = 0;
        let failed = 0;
        let firstFailure: string | null = null;
        await Promise.all(
          Array.from({ length: r.concurrency }, async () => {
            while (next < r.bsns.length) {
              const bsn = r.bsns[next++] as string;
              try {
                const { status } = await s.notify(bsn, r.gebeurtenisId);
                if (status !== 201) {
                  failed++;
                  firstFailure ??= `${bsn}: HTTP ${status}`;
                }
              } catch (e) {
                failed++;
                firstFailure ??= `${bsn}: ${String(e)}`;
              }
            }
          }),
        );
        return { sent: r.bsns.length, failed, firstFailure } satisfies NotifyOutcome;
      }
      case 'cpu':
        return process.cpuUsage();
      case 'close':
        await sim?.close();
        sim = undefined;
        return null;
    }
  };
  process.on('message', (m: { id: number; req: Request }) => {
    handle(m.req).then(
      (value) => process.send?.({ id: m.id, ok: true, value } satisfies Answer),
      (e: unknown) =>
        process.send?.({
          id: m.id,
          ok: false,
          error: e instanceof Error ? (e.stack ?? e.message) : String(e),
        } satisfies Answer),
    );
  });
  // The parent gone (done or crashed): nothing left to serve.
  process.on('disconnect', () => {
    void (sim?.close() ?? Promise.resolve()).finally(() => process.exit(0));
  });
}

/** The parent's handle on the child. */
export class DuoChild {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private exited: Error | null = null;

  private constructor(private readonly proc: ChildProcess) {
    proc.on('message', (a: Answer) => {
      const w = this.waiting.get(a.id);
      if (!w) return;
      this.waiting.delete(a.id);
      if (a.ok) w.resolve(a.value);
      else w.reject(new Error(`DUO simulator child: ${a.error}`));
    });
    proc.on('exit', (code, signal) => {
      this.exited = new Error(`DUO simulator child exited (${code ?? signal})`);
      for (const w of this.waiting.values()) w.reject(this.exited);
      this.waiting.clear();
    });
  }

  /**
   * Forks `entry` (the bench's own file) in the child role, starts the simulator there; answers the handle and
   * DUO's base URL.
   */
  static async start(entry: string, options: DuoChildOptions): Promise<{ duo: DuoChild; url: string }> {
    const proc = fork(entry, [], {
      env: { ...process.env, BENCH_CHAIN_ROLE: DUO_CHILD_ROLE },
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const duo = new DuoChild(proc);
    const url = (await duo.call({ op: 'start', options })) as string;
    return { duo, url };
  }

  private call(req: Request): Promise<unknown> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.proc.send({ id, req });
    });
  }

  async connect(gemeente: string, url: string): Promise<void> {
    await this.call({ op: 'connect', gemeente, url });
  }

  async addPersons(persons: readonly SimPerson[]): Promise<void> {
    await this.call({ op: 'add', persons });
  }

  /** DUO notifies the gemeente of `gebeurtenisId` for each BSN, `concurrency` at a time; answers when all are sent. */
  notify(bsns: readonly string[], gebeurtenisId: string, concurrency: number): Promise<NotifyOutcome> {
    return this.call({ op: 'notify', bsns, gebeurtenisId, concurrency }) as Promise<NotifyOutcome>;
  }

  /** The child's CPU time so far (user + system), in ms. */
  async cpuMs(): Promise<number> {
    const u = (await this.call({ op: 'cpu' })) as NodeJS.CpuUsage;
    return (u.user + u.system) / 1000;
  }

  /** Closes the simulator and lets the child end. */
  async close(): Promise<void> {
    if (!this.exited) {
      const gone = new Promise<void>((resolve) => this.proc.once('exit', () => resolve()));
      await this.call({ op: 'close' });
      this.proc.disconnect();
      await gone;
    }
  }
}
