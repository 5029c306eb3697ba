/**
 * The lock of a PGlite data folder (PGlite has none of its own: two processes on one folder silently lose writes).
 *
 * The lock file lies INSIDE the folder (`<dataDir>/inburgering.lock`), so the same volume mounted at another path
 * (two containers) finds the same lock (security audit, finding 5: a lock beside the folder did not). It names its
 * holder (pid, host, PID namespace, a random token), and the holder touches it every HEARTBEAT_MS. A lock is stale,
 * and taken over, when
 * - it comes from this host and PID namespace and its pid is dead, or is this process's own pid while this process
 *   does not hold it (a restarted container is PID 1 again: the lock of its previous life is stale at once), or
 * - it comes from elsewhere (another container or host, where pids say nothing) and its heartbeat is older than
 *   STALE_MS: the holder is gone.
 * A live holder elsewhere keeps its heartbeat fresh and is never taken over. Takeover is atomic (rename aside, check
 * what was moved, create anew with O_EXCL), so two starters never both win.
 */
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { StoreLockedError } from './errors.ts';

export const LOCK_FILE = 'inburgering.lock';
export const HEARTBEAT_MS = 2_000;
export const STALE_MS = 60_000;

interface Owner {
  readonly pid: number;
  readonly host: string;
  /** The PID namespace (Linux), so pids are compared only within one. */
  readonly pidns: string;
  readonly startedAt: string;
  readonly token: string;
}

export interface Lock {
  readonly path: string;
  readonly dataDir: string;
  /** A heartbeat now (at most one per second): the engine calls it on use, the timer when idle. */
  touch(): void;
  release(): void;
}

const held = new Map<string, Lock>();
const heldTokens = new Set<string>();

function pidNamespace(): string {
  try {
    return readlinkSync('/proc/self/ns/pid');
  } catch {
    return 'unknown';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function read(path: string): Owner | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Owner;
  } catch {
    return null;
  }
}

function ageMs(path: string): number {
  const st = statSync(path, { throwIfNoEntry: false });
  return st ? Date.now() - st.mtimeMs : Number.POSITIVE_INFINITY;
}

/** Whether a lock found on disk may be taken over (see the header). */
export function isStale(owner: Owner | null, age: number, me: Pick<Owner, 'host' | 'pidns'>): boolean {
  if (owner !== null && heldTokens.has(owner.token)) return false;
  // On this host and PID namespace the pid tells exactly (a busy holder may miss heartbeats).
  if (owner !== null && owner.host === me.host && owner.pidns === me.pidns && me.pidns !== 'unknown')
    return owner.pid === process.pid || !alive(owner.pid);
  // Elsewhere only the heartbeat tells; a lock being written just now (unreadable) is young.
  return age > STALE_MS;
}

/** Takes the lock for a data folder or throws `StoreLockedError` naming the process that holds it. */
export function acquireLock(dataDir: string, options: { heartbeatMs?: number } = {}): Lock {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  if (held.has(path)) throw new StoreLockedError(dir, process.pid);
  const me: Owner = {
    pid: process.pid,
    host: hostname(),
    pidns: pidNamespace(),
    startedAt: new Date().toISOString(),
    token: globalThis.crypto.randomUUID(),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return hold(path, dir, me, options.heartbeatMs ?? HEARTBEAT_MS);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const owner = read(path);
    if (!isStale(owner, ageMs(path), me)) throw new StoreLockedError(dir, owner?.pid ?? -1);
    // Stale: move it aside atomically, then check we moved what we judged.
    const aside = `${path}.stale-${me.token}`;
    try {
      renameSync(path, aside);
    } catch {
      continue;
    }
    const moved = read(aside);
    if (owner !== null && moved?.token !== owner.token) {
      // Another process took over in between: put its fresh lock back.
      try {
        renameSync(aside, path);
      } catch {
        // it raced us again; the next attempt decides
      }
      continue;
    }
    try {
      unlinkSync(aside);
    } catch {
      // ignore
    }
  }
  const owner = read(path);
  throw new StoreLockedError(dir, owner?.pid ?? -1);
}

function hold(path: string, dir: string, me: Owner, heartbeatMs: number): Lock {
  heldTokens.add(me.token);
  let last = 0;
  const touch = (): void => {
    const now = Date.now();
    if (now - last < 1000) return;
    last = now;
    try {
      // Only our own lock (a takeover elsewhere must not be refreshed by us).
      if (read(path)?.token === me.token) utimesSync(path, new Date(now), new Date(now));
    } catch {
      // the next beat tries again
    }
  };
  const beat = setInterval(touch, heartbeatMs);
  beat.unref();
  const lock: Lock = {
    path,
    dataDir: dir,
    touch,
    release: () => {
      if (held.get(path) !== lock) return;
      clearInterval(beat);
      held.delete(path);
      heldTokens.delete(me.token);
      if (read(path)?.token === me.token) {
        try {
          unlinkSync(path);
        } catch {
          // already gone
        }
      }
    },
  };
  held.set(path, lock);
  return lock;
}

process.once('exit', () => {
  for (const lock of [...held.values()]) lock.release();
});
