import { WAL_SYNC_SOURCE } from './durable.ts';
import { DATE_OID } from './engine.ts';

/**
 * The code of the PGlite worker thread (pglite-thread.ts), as JavaScript source text run with `eval: true`. It is
 * a string, not a module, so the thread needs none of the project's TypeScript at run time: it runs the same
 * under tsx, under vitest and in an esbuild bundle, and imports only PGlite (by the URL the main thread resolved)
 * and node: builtins.
 *
 * Protocol (one message per call, answered with the same id):
 *   main -> worker: {op:'query', id, sql, params, tx?} | {op:'begin', id} | {op:'end', id, tx, commit}
 *                   | {op:'listen', id, channel} | {op:'unlisten', id, sub} | {op:'close', id}
 *   worker -> main: {ready:true} | {ready:false, error} at start; {id, ok:true, rows, rowCount, syncs}
 *                   | {id, ok:false, error, syncs}; {notify: sub, payload} for a NOTIFY.
 * An error crosses as a plain object with the driver error's name, message and every primitive own field
 * (code, constraint, detail, ...), which is what wrapDbError reads.
 *
 * With a data folder the worker flushes the WAL after every statement and transaction, before it answers, with
 * durable.ts's WalSync (its source text embedded below: the same code on both adapters), so that the flush waits
 * on this thread and never blocks the main one.
 */
export const WORKER_SOURCE = String.raw`
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { closeSync, fsync, fsyncSync, openSync, readdirSync, readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');

const DATE_OID = ${DATE_OID};

${WAL_SYNC_SOURCE}

function plainError(e) {
  if (e === null || typeof e !== 'object') return { name: 'Error', message: String(e) };
  const out = { name: typeof e.name === 'string' ? e.name : 'Error', message: String(e.message) };
  for (const k of Object.keys(e)) {
    const v = e[k];
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  }
  return out;
}

(async () => {
  const { PGlite } = await import(workerData.pglite);
  const dataDir = workerData.dataDir;
  // The start parameters are pglite.ts's (pgliteStartParams), sent by the main thread.
  const options = { parsers: { [DATE_OID]: (v) => v }, startParams: workerData.startParams };
  if (dataDir !== undefined) options.dataDir = dataDir;
  const db = await PGlite.create(options);
  const wal = dataDir !== undefined ? new WalSync(workerData.walDir) : null;
  const syncs = () => (wal ? wal.syncs : 0);
  const txs = new Map();
  const subs = new Map();

  const answer = (id, work) => {
    work.then(
      (r) => parentPort.postMessage({ id, ok: true, ...r, syncs: syncs() }),
      (e) => parentPort.postMessage({ id, ok: false, error: plainError(e), syncs: syncs() }),
    );
  };
  // A statement or transaction outside another: its WAL on disk before the answer, even when it failed.
  const flushed = async (work) => {
    let result;
    let failure;
    let failed = false;
    try {
      result = await work;
    } catch (e) {
      failed = true;
      failure = e;
    }
    if (wal && !db.closed) await wal.flushAsync();
    if (failed) throw failure;
    return result;
  };
  const run = async (q, sql, params) => {
    const r = await q.query(sql, params);
    // PGlite reports affectedRows 0 for a SELECT: count the rows it returned then.
    return { rows: r.rows, rowCount: Math.max(r.affectedRows ?? 0, r.rows.length) };
  };

  parentPort.on('message', (m) => {
    switch (m.op) {
      case 'query': {
        if (m.tx === undefined) return answer(m.id, flushed(run(db, m.sql, m.params)));
        const t = txs.get(m.tx);
        if (!t || t.tx === null) return answer(m.id, Promise.reject(new Error('the transaction is over')));
        return answer(m.id, run(t.tx, m.sql, m.params));
      }
      case 'begin': {
        // PGlite holds its transaction (and queues every other query) until the main thread says how it ends.
        const t = { tx: null, resolve: null, reject: null, done: null };
        txs.set(m.id, t);
        t.done = db.transaction(
          (tx) =>
            new Promise((resolve, reject) => {
              t.tx = tx;
              t.resolve = resolve;
              t.reject = reject;
              parentPort.postMessage({ id: m.id, ok: true, rows: [], rowCount: 0, syncs: syncs() });
            }),
        );
        t.done.catch((e) => {
          if (t.tx !== null) return; // answered by 'end'
          txs.delete(m.id);
          parentPort.postMessage({ id: m.id, ok: false, error: plainError(e), syncs: syncs() });
        });
        return;
      }
      case 'end': {
        const t = txs.get(m.tx);
        if (!t || t.tx === null) return answer(m.id, Promise.reject(new Error('the transaction is over')));
        txs.delete(m.tx);
        const done = t.done;
        if (m.commit) t.resolve();
        else t.reject(new Error('rolled back by the caller'));
        return answer(
          m.id,
          flushed(done).then(
            () => ({ rows: [], rowCount: 0 }),
            (e) => {
              // A rollback the caller asked for is no failure here: the caller rethrows its own error.
              if (!m.commit && e && e.message === 'rolled back by the caller') return { rows: [], rowCount: 0 };
              throw e;
            },
          ),
        );
      }
      case 'listen':
        return answer(
          m.id,
          db
            .listen(m.channel, (payload) => parentPort.postMessage({ notify: m.id, payload }))
            .then((stop) => {
              subs.set(m.id, stop);
              return { rows: [], rowCount: 0 };
            }),
        );
      case 'unlisten': {
        const stop = subs.get(m.sub);
        subs.delete(m.sub);
        return answer(
          m.id,
          (async () => {
            if (stop && !db.closed) await stop();
            return { rows: [], rowCount: 0 };
          })(),
        );
      }
      case 'close':
        return answer(
          m.id,
          (async () => {
            if (wal) await wal.settled();
            if (!db.closed) await db.close();
            if (wal) wal.close();
            return { rows: [], rowCount: 0 };
          })(),
        );
      default:
        return answer(m.id, Promise.reject(new Error('unknown operation')));
    }
  });
  parentPort.postMessage({ ready: true });
})().catch((e) => parentPort.postMessage({ ready: false, error: plainError(e) }));
`;
