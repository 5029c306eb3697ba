/**
 * Durability of the embedded database (security audit, finding 4). PGlite starts PostgreSQL with fsync off (-F),
 * and its Node file system (Emscripten's NODEFS) has no fsync of its own, so a commit reached the OS page cache
 * only: a power cut could lose acknowledged appends or leave the folder inconsistent. The adapter now starts
 * PostgreSQL with fsync on and, after every statement or transaction, before it answers, flushes the write-ahead
 * log to disk itself. A commit is durable once its WAL record is on disk; data files are rebuilt from the WAL after
 * a crash.
 *
 * Which WAL: every segment file in pg_wal. The segment PostgreSQL writes is not always the one with the highest
 * name: after a checkpoint (and so after every restart) it keeps recycled segments, renamed to names ahead of the
 * current one, for later use. (Until December 2026 only the highest name was flushed; after a restart the commits
 * went to a lower one, unflushed.) A segment without new writes costs some 60 µs to fsync.
 *
 * Data files: PostgreSQL's own fsync of them at a checkpoint is a no-op on NODEFS, so after a checkpoint (seen as
 * a change of global/pg_control when the set of WAL segments changes), at the first flush after opening and on
 * close, every file of the folder is flushed, so that the data pages a checkpoint wrote reach the disk. This runs
 * after the checkpoint, not before it removes old WAL: a power cut in between can still lose what that WAL held
 * (once per checkpoint, i.e. per max_wal_size of WAL, 1 GB, and at close, when the store flushes everything).
 * Before, the whole folder was flushed on every new WAL segment (every 16 MiB, some 100 ms with the thread blocked).
 *
 * Group commit (`flushAsync`): the fsyncs run on libuv's thread pool while the thread goes on (PGlite may run the
 * next statement meanwhile), and a statement that ends while a flush runs waits for the next one, which then covers
 * every statement that ended meanwhile: one flush for many commits, as PostgreSQL's own group commit. Each caller
 * still gets its answer only after a flush that started after its statement ended.
 *
 * The class is JavaScript source text (WAL_SYNC_SOURCE), evaluated here and embedded in the PGlite worker thread's
 * source (pglite-worker.ts), so both adapters run the same code (the audit's F4 test runs on both).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The WalSync class, for a scope with closeSync, fsync, fsyncSync, openSync, readdirSync, readFileSync, statSync and join. */
export const WAL_SYNC_SOURCE = String.raw`
class WalSync {
  constructor(dataDir) {
    this.dataDir = dataDir;
    // The WAL segment files open for fsync, by name.
    this.segments = new Map();
    // pg_control as of the last flush of the whole folder (null before the first).
    this.control = null;
    // Flushes made (benchmarks and tests).
    this.syncs = 0;
    // The flush running, and the one the statements that ended meanwhile wait for.
    this.running = null;
    this.queued = null;
  }
  // Resolves once the WAL written before the call is on disk.
  flushAsync() {
    if (this.running === null) {
      this.running = this.syncOnce().finally(() => {
        this.running = null;
      });
      return this.running;
    }
    // A flush runs that may have started before this caller's statement ended: the next one.
    if (this.queued === null)
      this.queued = this.running
        .catch(() => undefined)
        .then(() => {
          this.queued = null;
          return this.flushAsync();
        });
    return this.queued;
  }
  // Resolves when no flush is running or waiting (before close).
  async settled() {
    while (this.running !== null || this.queued !== null) {
      const p = this.queued !== null ? this.queued : this.running;
      await p.catch(() => undefined);
    }
  }
  async syncOnce() {
    const moved = this.openSegments();
    await Promise.all(
      [...this.segments.values()].map(
        (fd) => new Promise((resolve, reject) => fsync(fd, (e) => (e ? reject(e) : resolve()))),
      ),
    );
    this.syncs++;
    if (moved || this.control === null) this.afterCheckpoint();
  }
  // Opens the segments that appeared and closes those that went; answers whether the set changed.
  openSegments() {
    const wal = join(this.dataDir, 'pg_wal');
    const names = new Set(readdirSync(wal).filter((n) => /^[0-9A-F]{24}$/.test(n)));
    let moved = false;
    for (const [name, fd] of this.segments)
      if (!names.has(name)) {
        closeSync(fd);
        this.segments.delete(name);
        moved = true;
      }
    for (const name of names)
      if (!this.segments.has(name)) {
        try {
          this.segments.set(name, openSync(join(wal, name), 'r+'));
          moved = true;
        } catch {
          // removed meanwhile
        }
      }
    return moved;
  }
  // Flushes the whole folder when pg_control changed since the last time (a checkpoint ran), or the first time.
  afterCheckpoint() {
    let control;
    try {
      control = readFileSync(join(this.dataDir, 'global', 'pg_control'));
    } catch {
      control = null;
    }
    if (this.control !== null && control !== null && control.equals(this.control)) return;
    this.flushAll();
    this.control = control;
  }
  // Flushes every file and folder of the data folder.
  flushAll() {
    const syncPath = (p, flags) => {
      let fd;
      try {
        fd = openSync(p, flags);
      } catch {
        return; // gone meanwhile, or not ours to open
      }
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    };
    const walk = (dir) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        const st = statSync(p, { throwIfNoEntry: false });
        if (!st) continue;
        if (st.isDirectory()) walk(p);
        else if (st.isFile()) syncPath(p, 'r+');
      }
      syncPath(dir, 'r');
    };
    walk(this.dataDir);
    this.syncs++;
  }
  // The last flush, on this thread (after the database closed).
  close() {
    this.openSegments();
    for (const fd of this.segments.values()) {
      fsyncSync(fd);
      closeSync(fd);
    }
    this.segments.clear();
    this.flushAll();
  }
}
`;

export interface WalSync {
  /** Flushes made (benchmarks and tests). */
  readonly syncs: number;
  /** Resolves once the WAL written before the call is on disk (group commit). */
  flushAsync(): Promise<void>;
  /** Resolves when no flush is running or waiting. */
  settled(): Promise<void>;
  /** The last flush, on this thread, after the database closed. */
  close(): void;
}

export const WalSync: new (dataDir: string) => WalSync = new Function(
  'fs',
  'path',
  `const { closeSync, fsync, fsyncSync, openSync, readdirSync, readFileSync, statSync } = fs;
   const { join } = path;
   ${WAL_SYNC_SOURCE}
   return WalSync;`,
)(fs, path);
