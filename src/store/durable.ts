/**
 * Durability of the embedded database (security audit, finding 4). PGlite starts PostgreSQL with fsync off (-F),
 * and its Node file system (Emscripten's NODEFS) has no fsync of its own, so a commit reached the OS page cache
 * only: a power cut could lose acknowledged appends or leave the folder inconsistent. The adapter now starts
 * PostgreSQL with fsync on and, after every statement or transaction, before it answers, flushes the write-ahead
 * log to disk itself (fsync of the current WAL segment; a new segment also flushes the pg_wal folder). A commit is
 * durable once its WAL record is on disk; data files are rebuilt from the WAL after a crash. When the WAL moves
 * to a new segment (checkpoints follow WAL volume) and on close, every file of the folder is flushed too, so a
 * checkpoint never recycles WAL whose data pages are only in the page cache.
 */
import { closeSync, fsyncSync, openSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SEGMENT = /^[0-9A-F]{24}$/;

export class WalSync {
  private fd: number | null = null;
  private segment = '';
  /** fsync calls made (benchmarks and tests). */
  syncs = 0;

  constructor(private readonly dataDir: string) {}

  /** Flushes the WAL written so far to disk. */
  flush(): void {
    const wal = join(this.dataDir, 'pg_wal');
    let newest = '';
    for (const name of readdirSync(wal)) if (SEGMENT.test(name) && name > newest) newest = name;
    if (newest === '') return;
    if (newest !== this.segment) {
      // The old segment's tail, then everything (a checkpoint may have run), then the new segment.
      if (this.fd !== null) {
        fsyncSync(this.fd);
        closeSync(this.fd);
      }
      this.flushAll();
      this.fd = openSync(join(wal, newest), 'r+');
      this.segment = newest;
    }
    fsyncSync(this.fd as number);
    this.syncs++;
  }

  /** Flushes every file and folder of the data folder. */
  flushAll(): void {
    const walk = (dir: string): void => {
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

  close(): void {
    if (this.fd !== null) {
      fsyncSync(this.fd);
      closeSync(this.fd);
      this.fd = null;
    }
    this.flushAll();
  }
}

function syncPath(p: string, flags: 'r' | 'r+'): void {
  let fd: number;
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
}
