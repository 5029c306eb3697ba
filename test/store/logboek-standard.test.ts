/**
 * The access log to the letter of the Logboek Dataverwerkingen standard (Logius; read in the standard's repository,
 * sections/03-specificaties: "Component: Logboek" → Interface and Gedrag, "Component: Applicatie" → Gedrag), on the
 * embedded store (PGlite) with synthetic demo cases:
 *
 * - Applicatie/Gedrag: "a processing with several data subjects writes a separate record per subject; a record
 *   names 0 or 1 subjects" → a deadline scan and a caseload list touching N cases write N spans, under one trace,
 *   each naming one subject, the batch span (no subject) as their parent.
 * - Logboek/Interface: the fields trace_id (16 bytes), operation_id (8 bytes), status_code (enumeration
 *   STATUS_CODE_UNKNOWN/OK/ERROR, stored in those terms), name, start_time/end_time (ms), parent_operation_id,
 *   resource, attributes in the dpl. namespace (dpl.core.processing_activity_id a URI, dpl.core.data_subject_id
 *   not in clear). The actor is none of these fields: it lives in the audit trail (access_audit).
 * - Logboek/Gedrag: "the Logboek confirms every write" → the export job removes a span from its queue only after
 *   the OTLP receiver answered 2xx; a receiver that is down keeps the spans queued, and the next run sends them.
 * - Retention per processing activity: spans of an activity past its retention are deleted, others stay; nothing
 *   else may delete from the log.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CaseStore,
  LogboekExportJob,
  openStore,
  PURPOSES,
  purgeAccessLog,
  type Session,
  seedDemoData,
} from '../../src/store/index.ts';
import { LogboekExporter, type LogboekRecord } from '../../src/store/logboek.ts';

const TODAY = '2026-11-01';
let now = new Date(`${TODAY}T09:00:00Z`);
let store: CaseStore;
const G = '0363';
const session = (purpose: string = PURPOSES.termijnbewaking): Session => ({
  gemeente: G,
  actor: 'km-standard-test',
  role: 'klantmanager',
  purpose,
});

const received: { traceId: string; spanId: string; parentSpanId?: string; attributes: { key: string }[] }[] =
  [];
let receiver: Server;
let receiverUrl: string;
let receiverDown = false;

beforeAll(async () => {
  store = await openStore({ clock: () => now });
  await seedDemoData(store, { cases: 40, today: TODAY });
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (receiverDown) {
        res.statusCode = 503;
        res.end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        resourceSpans: { scopeSpans: { spans: (typeof received)[number][] }[] }[];
      };
      for (const r of body.resourceSpans) for (const s of r.scopeSpans) received.push(...s.spans);
      res.setHeader('content-type', 'application/json');
      res.end('{}');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/v1/traces`;
}, 120_000);

afterAll(async () => {
  await store?.close();
  await new Promise((r) => receiver.close(r));
});

const rows = async (sql: string, params: unknown[] = []) =>
  (await store.engine.query<Record<string, unknown>>(sql, params)).rows;

describe('one span per data subject (standard, component Applicatie, Gedrag)', () => {
  it('a deadline scan touching N cases logs the batch span and N spans of one subject each, under one trace', async () => {
    const items = await store.scanDeadlines(session(), { on: TODAY, withinDays: 3650 });
    const cases = [...new Set(items.map((i) => i.caseId))];
    expect(cases.length).toBeGreaterThan(1);
    const [batch] = await rows(
      `SELECT trace_id, span_id, data_subject_id, record_count FROM access_log
       WHERE gemeente = $1 AND name = 'deadline.scan' AND parent_span_id IS NULL ORDER BY logged_at DESC LIMIT 1`,
      [G],
    );
    expect(batch?.data_subject_id).toBeNull(); // 0 subjects on the batch span
    expect(batch?.record_count).toBe(items.length);
    const children = await rows(
      `SELECT l.case_id::text AS case_id, l.data_subject_id, l.data_subject_id_type, s.subject_hash
       FROM access_log l JOIN case_stream s ON s.stream_id = l.case_id
       WHERE l.trace_id = $1 AND l.parent_span_id = $2`,
      [batch?.trace_id, batch?.span_id],
    );
    // N spans, one per case, each naming exactly that case's subject (its keyed hash, never the BSN).
    expect(children.map((c) => c.case_id).sort()).toEqual([...cases].sort());
    for (const c of children) {
      expect(c.data_subject_id).toBe(c.subject_hash);
      expect(c.data_subject_id).toMatch(/^[0-9a-f]{64}$/);
      expect(c.data_subject_id_type).toBe('BSN-HMAC-SHA256');
    }
  });

  it('a caseload list (and so its CSV export) logs one span per case listed', async () => {
    const list = await store.listCases(session(PURPOSES.regie), { limit: 3 });
    expect(list).toHaveLength(3);
    const [batch] = await rows(
      `SELECT trace_id, span_id FROM access_log WHERE gemeente = $1 AND name = 'caseload.list'
       AND parent_span_id IS NULL ORDER BY logged_at DESC LIMIT 1`,
      [G],
    );
    const [n] = await rows(
      'SELECT count(*)::int AS n FROM access_log WHERE trace_id = $1 AND parent_span_id = $2',
      [batch?.trace_id, batch?.span_id],
    );
    expect(n?.n).toBe(3);
  });
});

describe('stored fields (standard, component Logboek, Interface)', () => {
  it('stores status_code in the standard’s enumeration, a refusal as OK with its outcome', async () => {
    const statuses = await rows('SELECT DISTINCT status_code FROM access_log');
    for (const s of statuses) {
      expect(['STATUS_CODE_UNKNOWN', 'STATUS_CODE_OK', 'STATUS_CODE_ERROR']).toContain(s.status_code);
    }
    // A read of a case that does not exist is a failure of the processing: STATUS_CODE_ERROR.
    await store.readStream(session(), '00000000-0000-4000-8000-000000000001').catch(() => {});
    const [failed] = await rows(
      `SELECT status_code, error_code FROM access_log WHERE gemeente = $1 AND name = 'case.read'
       ORDER BY logged_at DESC LIMIT 1`,
      [G],
    );
    expect(failed).toEqual({ status_code: 'STATUS_CODE_ERROR', error_code: 'store.not_found' });
  });

  it('keeps the actor out of the span: in the audit trail, one row per span', async () => {
    const columns = (
      await rows(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'access_log' ORDER BY column_name",
      )
    ).map((c) => c.column_name);
    expect(columns).not.toContain('actor_id');
    expect(columns).not.toContain('actor_role');
    const [audit] = await rows(
      `SELECT count(*)::int AS n FROM access_log l JOIN access_audit a USING (gemeente, trace_id, span_id)
       WHERE a.actor_id = 'km-standard-test'`,
    );
    expect(audit?.n).toBeGreaterThan(3);
    // The privacy officer's view still names the actor (joined from the audit trail).
    const log = await store.accessLog(session(PURPOSES.regie), { limit: 3 });
    expect(log.some((l) => l.actorId === 'km-standard-test' && l.actorRole === 'klantmanager')).toBe(true);
  });
});

describe('scheduled, batched export (standard, component Logboek, Gedrag: every write confirmed)', () => {
  it('sends each queued span once, in batches, as the standard’s record; a Logboek that is down keeps them queued', async () => {
    const [{ n: queued } = { n: 0 }] = (await rows('SELECT count(*)::int AS n FROM logboek_queue')) as {
      n: number;
    }[];
    expect(queued).toBeGreaterThan(10);
    const exporter = new LogboekExporter({ url: receiverUrl, timeoutMs: 2000 });
    const batches: LogboekRecord[][] = [];
    const sink = {
      export: async (r: readonly LogboekRecord[]) => {
        await exporter.export(r);
        batches.push([...r]);
      },
    };
    // The Logboek is down: nothing confirmed, nothing leaves the queue.
    receiverDown = true;
    const job = new LogboekExportJob({ store, sink, batchSize: 25 });
    await expect(job.runOnce()).rejects.toBeDefined();
    const [after] = await rows('SELECT count(*)::int AS n FROM logboek_queue');
    expect(after?.n).toBe(queued);
    // Up again: everything goes, in batches of at most 25, each span once.
    receiverDown = false;
    received.length = 0;
    const sent = await job.runOnce();
    expect(sent).toBe(queued);
    expect(batches.every((b) => b.length <= 25)).toBe(true);
    const ids = received.map((s) => `${s.traceId}/${s.spanId}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(queued);
    expect((await rows('SELECT count(*)::int AS n FROM logboek_queue'))[0]?.n).toBe(0);
    expect(await job.runOnce()).toBe(0);
    // Each record as the standard names its fields; no actor anywhere in it.
    for (const r of batches.flat()) {
      expect(r.trace_id).toMatch(/^[0-9a-f]{32}$/); // 16 bytes
      expect(r.operation_id).toMatch(/^[0-9a-f]{16}$/); // 8 bytes
      expect(['STATUS_CODE_UNKNOWN', 'STATUS_CODE_OK', 'STATUS_CODE_ERROR']).toContain(r.status_code);
      expect(typeof r.name).toBe('string');
      expect(Number.isInteger(r.start_time) && Number.isInteger(r.end_time)).toBe(true); // ms
      expect(r.end_time).toBeGreaterThanOrEqual(r.start_time);
      if (r.parent_operation_id !== undefined) expect(r.parent_operation_id).toMatch(/^[0-9a-f]{16}$/);
      expect(r.attributes['dpl.core.processing_activity_id']).toMatch(/^[a-z][a-z0-9+.-]*:/i); // a URI
      const subject = r.attributes['dpl.core.data_subject_id'];
      if (subject !== undefined) expect(String(subject)).not.toMatch(/^[0-9]{9}$/); // never a BSN in clear
      expect(JSON.stringify(r)).not.toContain('km-standard-test');
    }
    await exporter.shutdown();
  }, 60_000);
});

describe('retention per processing activity', () => {
  it('purges the spans of an activity past its retention, keeps the others and the younger ones', async () => {
    const count = async (activity: string) =>
      (
        await rows(
          'SELECT count(*)::int AS n FROM access_log WHERE gemeente = $1 AND processing_activity_id = $2',
          [G, activity],
        )
      )[0]?.n as number;
    const scans = await count(PURPOSES.termijnbewaking);
    const lists = await count(PURPOSES.regie);
    expect(scans).toBeGreaterThan(0);
    expect(lists).toBeGreaterThan(0);
    // 29 days later with a retention of 30 days: nothing goes.
    now = new Date(Date.parse(`${TODAY}T09:00:00Z`) + 29 * 86_400_000);
    const rules = [{ activity: PURPOSES.termijnbewaking, days: 30 }];
    expect(await purgeAccessLog(store, rules, now)).toEqual([]);
    expect(await count(PURPOSES.termijnbewaking)).toBe(scans);
    // 31 days later: the termijnbewaking spans of 0363 (and their audit rows) go; regie stays.
    now = new Date(Date.parse(`${TODAY}T09:00:00Z`) + 31 * 86_400_000);
    const purged = await purgeAccessLog(store, rules, now);
    expect(purged.find((p) => p.gemeente === G)).toEqual({
      gemeente: G,
      activity: PURPOSES.termijnbewaking,
      deleted: scans,
    });
    expect(await count(PURPOSES.termijnbewaking)).toBe(0);
    expect(await count(PURPOSES.regie)).toBe(lists);
    const [orphans] = await rows(
      `SELECT count(*)::int AS n FROM access_audit a WHERE NOT EXISTS
       (SELECT 1 FROM access_log l WHERE l.gemeente = a.gemeente AND l.trace_id = a.trace_id AND l.span_id = a.span_id)`,
    );
    expect(orphans?.n).toBe(0);
  });

  it('nothing but the purge deletes from the log (append-only otherwise)', async () => {
    await expect(store.engine.query('DELETE FROM access_log')).rejects.toBeDefined();
    await expect(store.engine.query("UPDATE access_log SET name = 'x'")).rejects.toBeDefined();
    await expect(purgeAccessLog(store, [{ activity: PURPOSES.regie, days: 0 }], now)).rejects.toThrow(
      RangeError,
    );
  });
});
