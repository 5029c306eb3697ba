/**
 * A lock file beside the PGlite data folder (`<dataDir>.lock`). PGlite has no lock of its own: two processes on one
 * folder silently lose writes. The lock holds the owner's pid, host and start time; a lock whose process is gone
 * (after a crash or SIGKILL) is stale and taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';
import { StoreLockedError } from './errors.ts';

interface Owner {
  readonly pid: number;
  readonly host: string;
  readonly startedAt: string;
  readonly token: string;
}

export interface Lock {
  readonly path: string;
  release(): void;
}

const held = new Map<string, Lock>();

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

/** Takes the lock for a data folder or throws `StoreLockedError` naming the process that holds it. */
export function acquireLock(dataDir: string): Lock {
  const dir = resolve(dataDir);
  const path = `${dir}.lock`;
  if (held.has(path)) throw new StoreLockedError(dir, process.pid);
  mkdirSync(dirname(path), { recursive: true });
  const me: Owner = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    token: globalThis.crypto.randomUUID(),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      const lock: Lock = {
        path,
        release: () => {
          if (!held.has(path)) return;
          held.delete(path);
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
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const owner = read(path);
    if (owner && owner.host === me.host && alive(owner.pid)) throw new StoreLockedError(dir, owner.pid);
    if (owner && owner.host !== me.host) throw new StoreLockedError(dir, owner.pid);
    // Stale (or unreadable while being written): move it aside atomically, then check we moved what we judged.
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

process.once('exit', () => {
  for (const lock of [...held.values()]) lock.release();
});
