/**
 * Vacuum and analyze for the embedded engine. PGlite runs PostgreSQL as a single backend, without the autovacuum
 * launcher: nothing ever vacuumed or analyzed its tables. Every update (a case's projection, the stream version, an
 * outbox claim and delivery, an inbox status) left its old row version behind for good, indexes grew with them,
 * the planner had no statistics (it chose a scan of every pending outbox message per candidate; see migration
 * 0041), and without freezing, a store that ran long enough would reach transaction-id wraparound, where
 * PostgreSQL stops accepting writes.
 *
 * This does what autovacuum would, with autovacuum's default thresholds: a table whose dead rows exceed
 * 50 + 20 % of its live rows is vacuumed (and analyzed); one whose rows changed since the last analyze exceed
 * 50 + 10 % of its live rows is analyzed; when the oldest unfrozen transaction id is older than
 * `FREEZE_AGE` (autovacuum_freeze_max_age's default) the whole database is vacuumed with FREEZE. It looks every
 * `intervalMs` (default 30 s) and works one table at a time; PGlite runs one statement at a time, so a request
 * arriving meanwhile waits for that table's vacuum (milliseconds on the hot tables, which are small once vacuumed
 * regularly). PostgreSQL servers have their own autovacuum: this runs only on PGlite.
 */
import type { Engine } from './engine.ts';

/** autovacuum_vacuum_threshold, _scale_factor; autovacuum_analyze_threshold, _scale_factor (PostgreSQL 15). */
const VACUUM_BASE = 50;
const VACUUM_SCALE = 0.2;
const ANALYZE_BASE = 50;
const ANALYZE_SCALE = 0.1;
/** autovacuum_freeze_max_age's default. */
export const FREEZE_AGE = 200_000_000;

export interface MaintenanceRun {
  readonly vacuumed: readonly string[];
  readonly analyzed: readonly string[];
  readonly froze: boolean;
}

interface TableStats {
  relname: string;
  live: number;
  dead: number;
  modified: number;
}

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

export class Maintenance {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<MaintenanceRun> | null = null;
  private stopped = false;
  /** Runs so far and the last error (for tests and diagnostics). */
  readonly stats = { runs: 0, vacuums: 0, analyzes: 0, lastError: null as string | null };

  constructor(
    private readonly engine: Engine,
    private readonly intervalMs = 30_000,
  ) {}

  start(): void {
    if (this.timer || this.stopped) return;
    this.timer = setInterval(() => {
      if (!this.running) void this.runOnce().catch(() => undefined);
    }, this.intervalMs);
    this.timer.unref();
  }

  /** Looks at every table once and vacuums, analyzes or freezes what is due. */
  runOnce(): Promise<MaintenanceRun> {
    if (this.stopped) return Promise.resolve({ vacuumed: [], analyzed: [], froze: false });
    if (this.running) return this.running;
    const run = this.work().finally(() => {
      this.running = null;
    });
    this.running = run;
    return run;
  }

  private async work(): Promise<MaintenanceRun> {
    const vacuumed: string[] = [];
    const analyzed: string[] = [];
    let froze = false;
    try {
      // The counters of this backend's last statements, published before they are read.
      await this.engine.query('SELECT pg_stat_force_next_flush()');
      const tables = await this.engine.query<TableStats>(
        `SELECT relname::text AS relname, n_live_tup::float8 AS live, n_dead_tup::float8 AS dead,
           n_mod_since_analyze::float8 AS modified
         FROM pg_stat_user_tables WHERE schemaname = 'public' ORDER BY n_dead_tup DESC`,
      );
      for (const t of tables.rows) {
        if (this.stopped) break;
        if (t.dead > VACUUM_BASE + VACUUM_SCALE * t.live) {
          await this.engine.query(`VACUUM (ANALYZE) public.${quote(t.relname)}`);
          vacuumed.push(t.relname);
          this.stats.vacuums++;
        } else if (t.modified > ANALYZE_BASE + ANALYZE_SCALE * t.live) {
          await this.engine.query(`ANALYZE public.${quote(t.relname)}`);
          analyzed.push(t.relname);
          this.stats.analyzes++;
        }
      }
      const age = await this.engine.query<{ age: number }>(
        'SELECT age(datfrozenxid)::float8 AS age FROM pg_database WHERE datname = current_database()',
      );
      if (!this.stopped && (age.rows[0]?.age ?? 0) > FREEZE_AGE) {
        await this.engine.query('VACUUM (FREEZE)');
        froze = true;
      }
      this.stats.lastError = null;
    } catch (e) {
      // A closed or busy engine: the next round tries again.
      this.stats.lastError = String((e as Error).message ?? e).slice(0, 200);
    }
    this.stats.runs++;
    return { vacuumed, analyzed, froze };
  }

  /** Stops the timer and waits for a run under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }
}
