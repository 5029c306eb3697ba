/**
 * Logboek Dataverwerkingen (Logius), field by field: the access log of real API calls (a case opened, read, a
 * command refused, a read that fails) as the standard's records, and those records sent over OTLP/HTTP to a
 * central Logboek (a receiver on loopback that parses the OTLP/JSON the exporter sends).
 * Expected values come from the standard's "Interface" of the component Logboek: trace_id 16 bytes, operation_id
 * 8 bytes, status_code UNKNOWN/OK/ERROR, name, start_time/end_time, parent_operation_id, resource, attributes with
 * dpl.core.processing_activity_id, dpl.core.data_subject_id and dpl.core.data_subject_id_type.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PURPOSES } from '../../src/api/cases.ts';
import type { App } from '../../src/api/index.ts';
import { type CaseStore, openStore } from '../../src/store/index.ts';
import { LogboekExporter, type LogboekRecord, toLogboekRecord } from '../../src/store/logboek.ts';
import { bearer, json, makeApp, token } from './helpers.ts';

const BSN = '999990019';
const STAFF = 'test-klantmanager-0363';
let store: CaseStore;
let app: App;
let caseId: string;
let records: LogboekRecord[];

const received: unknown[] = [];
let receiver: Server;
let receiverUrl: string;
let receiverDown = false;

beforeAll(async () => {
  store = await openStore({ clock: () => new Date('2024-06-01T10:00:00Z') });
  ({ app } = await makeApp({ cases: store }));
  const km = bearer(await token('klantmanager', '0363'));
  const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
  const opened = await app.inject({
    method: 'POST',
    url: '/v1/zaken',
    headers: { ...km, traceparent },
    payload: { bsn: BSN, birthDate: '1990-05-01', nationalities: ['SY'] },
  });
  const c = json(opened.body) as { id: string; version: number };
  caseId = c.id;
  await app.inject({ method: 'GET', url: `/v1/zaken/${caseId}/status`, headers: km });
  const refused = await app.inject({
    method: 'POST',
    url: `/v1/zaken/${caseId}/gebeurtenissen`,
    headers: km,
    payload: {
      type: 'SummonForIntake',
      data: { date: '2024-05-01', deadline: '2024-04-01' },
      expectedVersion: c.version,
    },
  });
  expect(refused.statusCode).toBe(422);
  // A failure: an append against a version that is not the current one.
  const conflict = await app.inject({
    method: 'POST',
    url: `/v1/zaken/${caseId}/gebeurtenissen`,
    headers: km,
    payload: {
      type: 'RecordFact',
      data: {
        event: 'ResidencePermitGranted',
        data: { permitId: 'p1', kind: 'asiel_bepaalde_tijd', grantedOn: '2023-03-01' },
      },
      expectedVersion: c.version + 5,
    },
  });
  expect(conflict.statusCode).toBe(409);
  const session = {
    gemeente: '0363',
    actor: 'test',
    role: 'privacy_officer',
    purpose: API_PURPOSES.toezicht,
  };
  records = (await store.accessLog(session, { caseId, limit: 100 })).map((e) => toLogboekRecord(e));

  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (receiverDown) {
        res.statusCode = 503;
        res.end();
        return;
      }
      received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.setHeader('content-type', 'application/json');
      res.end('{}');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/v1/traces`;
});
afterAll(async () => {
  await app.close();
  await store.close();
  await new Promise((r) => receiver.close(r));
});

const byName = (name: string) => records.find((r) => r.name === name);

describe('Logboek Dataverwerkingen records', () => {
  it('has exactly the standard fields, each of the standard’s type', () => {
    expect(records.length).toBeGreaterThanOrEqual(4);
    const allowed = [
      'trace_id',
      'operation_id',
      'status_code',
      'name',
      'start_time',
      'end_time',
      'parent_operation_id',
      'foreign_operation',
      'resource',
      'attributes',
    ];
    for (const r of records) {
      for (const k of Object.keys(r)) expect(allowed).toContain(k);
      expect(r.trace_id).toMatch(/^[0-9a-f]{32}$/); // 16 bytes
      expect(r.operation_id).toMatch(/^[0-9a-f]{16}$/); // 8 bytes
      expect(['STATUS_CODE_UNKNOWN', 'STATUS_CODE_OK', 'STATUS_CODE_ERROR']).toContain(r.status_code);
      expect(Number.isInteger(r.start_time) && Number.isInteger(r.end_time)).toBe(true);
      expect(r.end_time).toBeGreaterThanOrEqual(r.start_time);
      expect(r.attributes['dpl.core.processing_activity_id']).toMatch(/^[a-z][a-z0-9+.-]*:/); // a URI
      for (const k of Object.keys(r.attributes)) expect(k).toMatch(/^dpl\.(core|inburgering)\.[a-z_]+$/);
    }
  });

  it('names the data subject only by its keyed hash, with its type, and never the actor', () => {
    const open = byName('case.open');
    expect(open?.attributes['dpl.core.data_subject_id']).toMatch(/^[0-9a-f]{64}$/);
    expect(open?.attributes['dpl.core.data_subject_id_type']).toBe('BSN-HMAC-SHA256');
    const text = JSON.stringify(records);
    expect(text).not.toContain(BSN);
    expect(text).not.toContain(STAFF);
    expect(text).not.toContain('klantmanager');
  });

  it('keeps the caller’s trace and parent operation (W3C traceparent)', () => {
    const open = byName('case.open');
    expect(open?.trace_id).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(open?.parent_operation_id).toBe('b7ad6b7169203331');
  });

  it('marks a refusal as a completed processing (OK, outcome kept) and a failure as ERROR', () => {
    const outcomes = records.map((r) => [r.status_code, r.attributes['dpl.inburgering.outcome'] ?? null]);
    expect(outcomes).toContainEqual([
      'STATUS_CODE_OK',
      expect.stringMatching(/^(?!store\.)[a-z_]+\.[a-z_]+$/),
    ]);
    expect(outcomes).toContainEqual(['STATUS_CODE_ERROR', expect.stringMatching(/^store\./)]);
    expect(byName('case.status')?.status_code).toBe('STATUS_CODE_OK');
  });
});

describe('processing activities from the gemeente’s own register', () => {
  it('logs the URI the gemeente configured, and the default where it configured none', async () => {
    const uri = 'https://register.gemeente.example/verwerkingsactiviteiten/inburgering-regie';
    const { app: local } = await makeApp({ cases: store, register: { '0363': { regie: uri } } });
    try {
      const km = bearer(await token('klantmanager', '0363'));
      const r = await local.inject({ method: 'GET', url: `/v1/zaken/${caseId}/status`, headers: km });
      expect(r.statusCode).toBe(200);
      const po = bearer(await token('privacy_officer', '0363'));
      const log = json(
        (await local.inject({ method: 'GET', url: `/v1/zaken/${caseId}/toegangslog`, headers: po })).body,
      ) as {
        entries: { name: string; processingActivityId: string }[];
      };
      const [latestRead] = log.entries.filter((e) => e.name === 'case.status');
      expect(latestRead?.processingActivityId).toBe(uri);
      // The read before the register was configured (beforeAll) kept the system's default URI.
      const reads = log.entries.filter((e) => e.name === 'case.status').map((e) => e.processingActivityId);
      expect(reads).toEqual([uri, API_PURPOSES.regie]);
    } finally {
      await local.close();
    }
  });
});

describe('export to a central Logboek over OTLP/HTTP', () => {
  it('sends every record as a span with the standard’s ids, status and dpl attributes', async () => {
    const exporter = new LogboekExporter({ url: receiverUrl, serviceVersion: '1.0.0' });
    await exporter.export(records);
    await exporter.shutdown();
    const body = received.at(-1) as {
      resourceSpans: {
        resource: { attributes: { key: string; value: { stringValue?: string } }[] };
        scopeSpans: {
          spans: {
            traceId: string;
            spanId: string;
            parentSpanId?: string;
            name: string;
            startTimeUnixNano: string;
            status: { code?: number };
            attributes: { key: string; value: { stringValue?: string; intValue?: string } }[];
          }[];
        }[];
      }[];
    };
    const spans = body.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));
    expect(spans).toHaveLength(records.length);
    const resource = body.resourceSpans[0]?.resource.attributes.map((a) => a.key);
    expect(resource).toEqual(expect.arrayContaining(['service.name', 'service.version']));
    for (const r of records) {
      const s = spans.find((x) => x.spanId === r.operation_id);
      expect(s, r.name).toBeDefined();
      expect(s?.traceId).toBe(r.trace_id);
      expect(s?.name).toBe(r.name);
      expect(BigInt(s?.startTimeUnixNano ?? 0) / 1_000_000n).toBe(BigInt(r.start_time));
      // OTLP status: 1 OK, 2 ERROR (0 UNSET is omitted in JSON).
      expect(s?.status.code ?? 0).toBe(
        r.status_code === 'STATUS_CODE_OK' ? 1 : r.status_code === 'STATUS_CODE_ERROR' ? 2 : 0,
      );
      const attrs = Object.fromEntries(
        (s?.attributes ?? []).map((a) => [a.key, a.value.stringValue ?? a.value.intValue]),
      );
      expect(attrs['dpl.core.processing_activity_id']).toBe(r.attributes['dpl.core.processing_activity_id']);
      expect(attrs['dpl.core.data_subject_id']).toBe(r.attributes['dpl.core.data_subject_id']);
      if (r.parent_operation_id) expect(s?.parentSpanId).toBe(r.parent_operation_id);
    }
  });

  it('rejects when the Logboek does not confirm the write (the standard wants every write confirmed)', async () => {
    receiverDown = true;
    const exporter = new LogboekExporter({ url: receiverUrl, timeoutMs: 2000 });
    await expect(exporter.export(records.slice(0, 1))).rejects.toBeDefined();
    await exporter.shutdown();
    receiverDown = false;
  }, 30_000);
});
