/**
 * A klantmanager's command through the API, for a gemeente connected to DUO (issue 14 item 3): the case event and
 * its outbound DUO message are written in one transaction (a failing append writes neither), the message is
 * delivered to DUO's simulator, a message DUO's rules refuse is answered 422 naming the rule before anything is
 * written, and without a DUO connection nothing is queued. Run on PGlite and (with DATABASE_URL) PostgreSQL.
 *
 * The expected rule comes from DUO's README as rules.ts paraphrases it: a PIP whose dagtekening lies before the
 * begindatum of the inburgeringsplicht DUO registered is refused (PIP_DAGTEKENING_VOOR_PLICHT).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/index.ts';
import { syntheticBsn } from '../../src/case/bsn.ts';
import { newDutyPerson } from '../../src/chain/duo/sim.ts';
import { PURPOSES } from '../../src/store/access-log.ts';
import type { CaseStore, CommandInput } from '../../src/store/store.ts';
import { bearer, makeApp, token } from '../api/helpers.ts';
import { type Fresh, openOn, type Target, TestClock } from '../store/harness.ts';
import { type ChainFixture, chainFixture } from './fixture.ts';

const G = '0363';
const km = { gemeente: G, actor: 'km-1', role: 'klantmanager', purpose: PURPOSES.regie };

/** The facts a klantmanager records before a PIP (as in e2e.ts): permit, BRP registration, brede intake. */
async function prepareForPip(store: CaseStore, caseId: string): Promise<void> {
  const steps = [
    {
      type: 'RecordFact',
      data: { event: 'PersonDetailsRecorded', data: { birthDate: '1990-05-01', nationalities: ['SY'] } },
    },
    {
      type: 'RecordFact',
      data: {
        event: 'ResidencePermitGranted',
        data: { permitId: 'P1', kind: 'asiel_bepaalde_tijd', grantedOn: '2025-08-01' },
      },
    },
    {
      type: 'RecordFact',
      data: { event: 'BrpRegistered', data: { gemeente: G, from: '2025-08-20', housing: true } },
    },
    { type: 'SummonForIntake', data: { date: '2025-09-10', deadline: '2025-10-01' } },
    {
      type: 'RecordIntakeOutcome',
      data: { summonsDate: '2025-09-10', on: '2025-09-20', outcome: 'verschenen' },
    },
    { type: 'CompleteIntake', data: { completedOn: '2025-10-01' } },
  ] as unknown as CommandInput[];
  for (const cmd of steps) {
    const r = await store.handle(km, caseId, cmd);
    if (!r.ok) throw new Error(`${cmd.type}: ${r.error.code}`);
  }
}

export function apiOutbox(target: Target): void {
  describe(`a klantmanager's command through the API queues its DUO message (${target.name})`, () => {
    let fresh: Fresh;
    let store: CaseStore;
    let fx: ChainFixture;
    let connected: App;
    let unconnected: App;
    let auth: Record<string, string>;
    const clock = new TestClock(new Date().toISOString());
    const bsnA = syntheticBsn(201) as string;
    const bsnB = syntheticBsn(202) as string;
    let caseA = '';
    let caseB = '';

    /** SQL as the schema's owner (PGlite: its one user), for the fault injected below. */
    const asOwner = async (sql: string): Promise<void> => {
      if (!fresh.ownerUrl) {
        await store.engine.query(sql);
        return;
      }
      const c = new pg.Client({ connectionString: fresh.ownerUrl });
      await c.connect();
      try {
        await c.query(sql);
      } finally {
        await c.end();
      }
    };
    const outbox = () =>
      store
        .inGemeente(G, (tx) =>
          tx.query<{ message_id: string; event_id: string; kind: string; status: string }>(
            'SELECT message_id::text, event_id::text, kind, status FROM outbox ORDER BY created_at',
          ),
        )
        .then((r) => r.rows);
    const post = (app: App, caseId: string, body: Record<string, unknown>) =>
      app.inject({
        method: 'POST',
        url: `/v1/zaken/${caseId}/gebeurtenissen`,
        headers: { ...auth, 'content-type': 'application/json' },
        payload: body,
      });
    const pip = (dagtekening: string, expectedVersion: number) => ({
      type: 'AdoptPip',
      data: { dagtekening, leerroute: 'B1' },
      expectedVersion,
    });

    beforeAll(async () => {
      fresh = await target.fresh();
      store = await openOn(fresh, clock);
      fx = await chainFixture(store, [G], { sim: { today: () => '2026-01-15' } });
      for (const bsn of [bsnA, bsnB]) {
        // DUO's registration: duty from 2025-09-01, resident of G since 2025-08-20, asielstatushouder.
        fx.sim.addPerson(newDutyPerson(bsn, G, { knmPassed: false }));
        expect((await fx.sim.notify(bsn, 'SS101')).status).toBe(201);
      }
      await fx.chain.inbound.drain();
      const a = await store.findCaseByBsn(km, bsnA);
      const b = await store.findCaseByBsn(km, bsnB);
      caseA = (a as { value: string }).value;
      caseB = (b as { value: string }).value;
      await prepareForPip(store, caseA);
      await prepareForPip(store, caseB);
      connected = (await makeApp({ cases: store, duoConnected: new Set([G]) })).app;
      unconnected = (await makeApp({ cases: store })).app;
      auth = bearer(await token('klantmanager', G));
    }, 60_000);
    afterAll(async () => {
      await connected?.close();
      await unconnected?.close();
      await fx?.close();
      await store?.close();
      await fresh?.drop();
    });

    it("a PIP dated before DUO's duty is refused with DUO's rule named, and nothing is written", async () => {
      const before = await store.readStream(km, caseA);
      const r = await post(connected, caseA, pip('2025-08-25', before.version));
      expect(r.statusCode).toBe(422);
      expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
      const body = r.json() as { code: string; errors: { code: string; detail: string }[] };
      expect(body.code).toBe('command-rejected');
      expect(body.errors.map((e) => e.code)).toEqual(['PIP_DAGTEKENING_VOOR_PLICHT']);
      expect(body.errors[0]?.detail.length).toBeGreaterThan(0);
      expect((await store.readStream(km, caseA)).version).toBe(before.version);
      expect(await outbox()).toEqual([]);
    });

    it('when the outbox row cannot be written, the case event is not written either (one transaction)', async () => {
      const before = await store.readStream(km, caseA);
      await asOwner("ALTER TABLE outbox ADD CONSTRAINT test_no_pip CHECK (kind <> 'pip') NOT VALID");
      try {
        const r = await post(connected, caseA, pip('2025-11-10', before.version));
        expect(r.statusCode).toBeGreaterThanOrEqual(500);
      } finally {
        await asOwner('ALTER TABLE outbox DROP CONSTRAINT test_no_pip');
      }
      const after = await store.readStream(km, caseA);
      expect(after.version).toBe(before.version);
      expect(after.events.some((e) => e.type === 'PipAdopted')).toBe(false);
      expect(await outbox()).toEqual([]);
    });

    it('a PIP adopted through the API is written with exactly one DUO message, delivered to DUO', async () => {
      const before = await store.readStream(km, caseA);
      const r = await post(connected, caseA, pip('2025-11-10', before.version));
      expect(r.statusCode).toBe(201);
      const body = r.json() as { version: number; events: { type: string; data: Record<string, unknown> }[] };
      expect(body.events.map((e) => e.type)).toEqual(['PipAdopted', 'DuoMessageQueued']);
      expect(body.version).toBe(before.version + 2);
      const queued = body.events[1]?.data as { messageId: string; kind: string; body: unknown };
      expect(queued.kind).toBe('pip');
      // One command path: the store's command handling wrote it, logged as the command's own processing.
      const logged = (await store.accessLog(km, { caseId: caseA, limit: 5 })).map((e) => e.name);
      expect(logged).toContain('case.command.AdoptPip');
      expect(logged).not.toContain('case.append');
      const rows = await outbox();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ message_id: queued.messageId, kind: 'pip', status: 'pending' });
      // The row belongs to the DuoMessageQueued event committed with the case event.
      const s = await store.readStream(km, caseA);
      expect(rows[0]?.event_id).toBe(s.events.at(-1)?.metadata.eventId);
      expect(await fx.chain.sender.runOnce()).toBe(1);
      expect((await outbox())[0]).toMatchObject({ status: 'delivered' });
      const registered = fx.sim.persons.get(bsnA)?.pips ?? [];
      expect(registered).toHaveLength(1);
      expect(registered[0]).toMatchObject({
        gemeente: G,
        pip: { dagtekeningPip: '2025-11-10', leerroute: 'B' },
      });
    });

    it('followed hours of two kinds are one case event with one DUO message per kind, in one append', async () => {
      const before = await store.readStream(km, caseA);
      const r = await post(connected, caseA, {
        type: 'RecordFact',
        data: {
          event: 'LessonHoursRegistered',
          data: { from: '2025-11-10', to: '2025-12-31', nt2DuringIntake: 40, participation: 12 },
        },
        expectedVersion: before.version,
      });
      expect(r.statusCode).toBe(201);
      const events = (r.json() as { events: { type: string; data: { kind?: string; body?: unknown } }[] })
        .events;
      expect(events.map((e) => e.type)).toEqual([
        'LessonHoursRegistered',
        'DuoMessageQueued',
        'DuoMessageQueued',
      ]);
      // DUO's hours are totals per kind (PUT replaces); nothing of these kinds was registered before.
      expect(events.slice(1).map((e) => [e.data.kind, e.data.body])).toEqual([
        ['uren_taalles_knm', { uren: 40 }],
        ['uren_participatieactiviteiten', { uren: 12 }],
      ]);
      expect((await outbox()).map((x) => x.kind)).toEqual([
        'pip',
        'uren_taalles_knm',
        'uren_participatieactiviteiten',
      ]);
      expect(await fx.chain.sender.runOnce()).toBe(2);
      expect((await outbox()).map((x) => x.status)).toEqual(['delivered', 'delivered', 'delivered']);
    });

    it('without a DUO connection the command is handled as before and nothing is queued', async () => {
      const before = await store.readStream(km, caseB);
      const r = await post(unconnected, caseB, pip('2025-11-10', before.version));
      expect(r.statusCode).toBe(201);
      expect((r.json() as { events: { type: string }[] }).events.map((e) => e.type)).toEqual(['PipAdopted']);
      expect(await outbox()).toHaveLength(3); // only case A's messages
      // Also without the connection, DUO's rules are not applied: the case file alone decides.
      expect(fx.sim.persons.get(bsnB)?.pips ?? []).toHaveLength(0);
    });

    it("DUO's own PIP fields (duoPip) travel with a changed PIP to DUO, and DUO's rules on them apply", async () => {
      const before = await store.readStream(km, caseA);
      const amend = (duoPip: Record<string, unknown>, leerroute: string, version: number) => ({
        type: 'AmendPip',
        data: { dagtekening: '2025-12-01', reason: 'Na de voortgangsgesprekken', leerroute },
        expectedVersion: version,
        duoPip,
      });
      // A2 with the onderwijsroute is one of DUO's rules (refused before anything is written).
      const refused = await post(connected, caseA, amend({ niveau: 'A2' }, 'onderwijs', before.version));
      expect(refused.statusCode).toBe(422);
      expect((refused.json() as { errors: { code: string }[] }).errors.map((e) => e.code)).toEqual([
        'PIP_A2_ONDERWIJSROUTE',
      ]);
      expect((await store.readStream(km, caseA)).version).toBe(before.version);
      const fields = {
        niveau: 'B1',
        geschatteIntensiteitB1Route: 600,
        indicatorAlfabetiseringsonderwijs: 'NVT',
      };
      const r = await post(connected, caseA, amend(fields, 'B1', before.version));
      expect(r.statusCode).toBe(201);
      const queued = (r.json() as { events: { type: string; data: { kind?: string; body?: unknown } }[] })
        .events[1];
      // A changed PIP is sent to DUO as a PIP (DUO keeps the newest).
      expect(queued?.data.kind).toBe('pip');
      expect(queued?.data.body).toMatchObject({ dagtekeningPip: '2025-12-01', leerroute: 'B', ...fields });
      // Not in the case file's own event (DUO's fields only).
      const amended = (await store.readStream(km, caseA)).events.find((e) => e.type === 'PipAmended');
      expect(JSON.stringify(amended?.data)).not.toContain('geschatteIntensiteitB1Route');
      expect(await fx.chain.sender.runOnce()).toBe(1);
      expect(fx.sim.persons.get(bsnA)?.pips.at(-1)?.pip).toMatchObject({
        dagtekeningPip: '2025-12-01',
        ...fields,
      });
    });

    it('duoPip is refused with any other command, and with a field DUO does not know', async () => {
      const before = await store.readStream(km, caseA);
      const other = await post(connected, caseA, {
        type: 'RecordFact',
        data: { event: 'LessonHoursRegistered', data: { from: '2025-12-01', to: '2025-12-31', nt2: 4 } },
        expectedVersion: before.version,
        duoPip: { niveau: 'B1' },
      });
      expect(other.statusCode).toBe(400);
      expect((other.json() as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)).toEqual([
        '/duoPip',
      ]);
      const unknown = await post(connected, caseA, {
        ...pip('2025-12-02', before.version),
        duoPip: { niveau: 'C1' },
      });
      expect(unknown.statusCode).toBe(400);
      expect((await store.readStream(km, caseA)).version).toBe(before.version);
    });
  });
}
