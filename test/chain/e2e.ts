/**
 * The chain end to end against DUO's simulator over real two-way TLS on loopback: DUO notifies, the gemeente
 * queries and records, the klantmanager's PIP reaches DUO, DUO's refusal comes back as an event, a replay changes
 * nothing, every message sent validates against its DUO schema. Run on PGlite and (with DATABASE_URL) PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticBsn } from '../../src/case/bsn.ts';
import type { CaseEvent } from '../../src/case/events.ts';
import { submitToDuo } from '../../src/chain/duo/outbound.ts';
import { checkDuo, Pip, ResultaatMap } from '../../src/chain/duo/schemas.ts';
import { newDutyPerson, type SimPerson } from '../../src/chain/duo/sim.ts';
import { PURPOSES } from '../../src/store/access-log.ts';
import type { CaseStore, CommandInput } from '../../src/store/store.ts';
import { type Fresh, openOn, type Target, TestClock } from '../store/harness.ts';
import { type ChainFixture, chainFixture } from './fixture.ts';

const G = '0363';
const km = { gemeente: G, actor: 'km-1', role: 'klantmanager', purpose: PURPOSES.regie };
const c = <T extends CommandInput['type']>(type: T, data: Extract<CommandInput, { type: T }>['data']) =>
  ({ type, data }) as Extract<CommandInput, { type: T }>;

/** The facts a klantmanager records before a PIP (permit, BRP registration, brede intake). */
async function prepareForPip(store: CaseStore, caseId: string): Promise<void> {
  const steps: CommandInput[] = [
    c('RecordFact', {
      event: 'PersonDetailsRecorded',
      data: { birthDate: '1990-05-01', nationalities: ['SY'] },
    }),
    c('RecordFact', {
      event: 'ResidencePermitGranted',
      data: { permitId: 'P1', kind: 'asiel_bepaalde_tijd', grantedOn: '2025-08-01' },
    }),
    c('RecordFact', { event: 'BrpRegistered', data: { gemeente: G, from: '2025-08-20', housing: true } }),
    c('SummonForIntake', { date: '2025-09-10', deadline: '2025-10-01' }),
    c('RecordIntakeOutcome', { summonsDate: '2025-09-10', on: '2025-09-20', outcome: 'verschenen' }),
    c('CompleteIntake', { completedOn: '2025-10-01' }),
  ];
  for (const cmd of steps) {
    const r = await store.handle(km, caseId, cmd);
    if (!r.ok) throw new Error(`${cmd.type}: ${r.error.code}`);
  }
}

const inboxRows = (store: CaseStore) =>
  store
    .inGemeente(G, (tx) =>
      tx.query<{ status: string; events_added: number | null; gebeurtenis_id: string }>(
        'SELECT status, events_added, gebeurtenis_id FROM duo_inbox ORDER BY received_at',
      ),
    )
    .then((r) => r.rows);
const outboxRows = (store: CaseStore) =>
  store
    .inGemeente(G, (tx) =>
      tx.query<{ kind: string; status: string; message_id: string; response_status: number | null }>(
        'SELECT kind, status, message_id::text, response_status FROM outbox ORDER BY created_at',
      ),
    )
    .then((r) => r.rows);

export function chainEndToEnd(target: Target): void {
  describe(`the chain with DUO over mTLS (${target.name})`, () => {
    let fresh: Fresh;
    let store: CaseStore;
    let fx: ChainFixture;
    const clock = new TestClock(new Date().toISOString());
    const bsnA = syntheticBsn(101) as string;
    const bsnB = syntheticBsn(102) as string;
    const bsnC = syntheticBsn(103) as string;
    let caseA = '';

    beforeAll(async () => {
      fresh = await target.fresh();
      store = await openOn(fresh, clock);
      fx = await chainFixture(store, [G], { sim: { today: () => '2026-01-15' } });
      fx.sim.addPerson(newDutyPerson(bsnA, G));
      fx.sim.addPerson(newDutyPerson(bsnB, G));
      fx.sim.addPerson(newDutyPerson(bsnC, G, { doelgroep: 'Gezinsmigrant en overige migrant' }));
    }, 60_000);
    afterAll(async () => {
      await fx?.close();
      await store?.close();
      await fresh?.drop();
    });

    it('a new duty notified by DUO (SS101) opens a case with DUO facts, source duo, valid time from DUO', async () => {
      const sent = await fx.sim.notify(bsnA, 'SS101', { registratieDatumTijd: '2026-01-15T09:00:00Z' });
      expect(sent.status).toBe(201);
      await fx.chain.inbound.drain();
      const found = await store.findCaseByBsn(km, bsnA);
      expect(found.ok && found.value).toBeTruthy();
      caseA = (found as { value: string }).value;
      const s = await store.readStream(km, caseA);
      const byType = (t: string) => s.events.filter((e) => e.type === t);
      expect(byType('CaseOpened')).toHaveLength(1);
      const regs = byType('DuoRegistrationRecorded') as Extract<
        CaseEvent,
        { type: 'DuoRegistrationRecorded' }
      >[];
      expect(regs.map((e) => e.data.register).sort()).toEqual([
        'boetes',
        'doelgroep',
        'examens',
        'inburgeringsplicht',
      ]);
      const plicht = regs.find((e) => e.data.register === 'inburgeringsplicht');
      expect(plicht?.metadata.source).toBe('duo');
      expect(plicht?.metadata.occurredOn).toBe('2025-09-01');
      const notice = byType('DuoNoticeSent');
      expect(notice).toHaveLength(1);
      expect(notice[0]?.metadata.occurredOn).toBe('2025-09-05');
      const exam = byType('ExamResultRegistered')[0];
      expect(exam?.data).toMatchObject({
        component: 'knm',
        result: 'passed',
        date: '2025-11-03',
        level: 'A2',
      });
      const inbox = await inboxRows(store);
      expect(inbox).toEqual([{ status: 'processed', events_added: 6, gebeurtenis_id: 'SS101' }]);
    });

    it('a replayed notification changes nothing (same berichtId, or the same notification again)', async () => {
      const before = await store.readStream(km, caseA);
      const last = fx.sim.notificationsSent.at(-1);
      // The same notification again with a new berichtId (a replay), and with the berichtId of the first.
      expect(
        (await fx.sim.notify(bsnA, 'SS101', { registratieDatumTijd: '2026-01-15T09:00:00Z' })).status,
      ).toBe(201);
      await fx.chain.inbound.drain();
      const again = await store.readStream(km, caseA);
      expect(again.version).toBe(before.version);
      expect(last).toBeDefined();
      // A later notification with nothing new at DUO: processed, zero events.
      expect(
        (await fx.sim.notify(bsnA, 'SS124', { registratieDatumTijd: '2026-01-15T09:30:00Z' })).status,
      ).toBe(201);
      await fx.chain.inbound.drain();
      expect((await store.readStream(km, caseA)).version).toBe(before.version);
      const inbox = await inboxRows(store);
      expect(inbox.map((r) => [r.gebeurtenis_id, r.status, r.events_added])).toEqual([
        ['SS101', 'processed', 6],
        ['SS124', 'processed', 0],
      ]);
    });

    it('a notification for a person the gemeente does not hold is recorded, answered 201, and opens nothing', async () => {
      expect((await fx.sim.notify(bsnC, 'SS102')).status).toBe(201);
      await fx.chain.inbound.drain();
      const found = await store.findCaseByBsn(km, bsnC);
      expect(found).toEqual({ ok: true, value: null });
      expect((await inboxRows(store)).at(-1)).toMatchObject({ gebeurtenis_id: 'SS102', status: 'not_held' });
    });

    it("the klantmanager's PIP reaches DUO through the outbox, in DUO's schema", async () => {
      await prepareForPip(store, caseA);
      const r = await submitToDuo(store, km, caseA, {
        kind: 'pip',
        command: { dagtekening: '2025-11-10', leerroute: 'B1' },
        geschatteIntensiteitB1Route: 600,
      });
      expect(r.ok).toBe(true);
      // Case event and message in one append: both present before any delivery.
      const s = await store.readStream(km, caseA);
      expect(s.events.at(-2)?.type).toBe('PipAdopted');
      expect(s.events.at(-1)?.type).toBe('DuoMessageQueued');
      expect((await outboxRows(store)).map((x) => x.status)).toEqual(['pending']);
      expect(await fx.chain.sender.runOnce()).toBe(1);
      const rows = await outboxRows(store);
      expect(rows).toMatchObject([{ kind: 'pip', status: 'delivered', response_status: 201 }]);
      const registered = fx.sim.persons.get(bsnA)?.pips ?? [];
      expect(registered).toHaveLength(1);
      expect(registered[0]).toMatchObject({
        gemeente: G,
        pip: { dagtekeningPip: '2025-11-10', leerroute: 'B', niveau: 'B1', geschatteIntensiteitB1Route: 600 },
      });
    });

    it('a PIP DUO would refuse is explained before it is sent; sent anyway, DUO refuses and the refusal is an event', async () => {
      // DUO's rule: geschatte intensiteit only on the B1-route of an asielmigrant; person C is a gezinsmigrant.
      const opened = await store.openCase(km, c('OpenCase', { gemeente: G, bsn: bsnC }));
      if (!opened.ok) throw new Error(opened.error.code);
      const caseC = opened.caseId;
      // DUO's registration read into the case (SS101), so the pre-check knows the target group.
      await fx.sim.notify(bsnC, 'SS101', { registratieDatumTijd: '2026-01-15T09:45:00Z' });
      await fx.chain.inbound.drain();
      await prepareForPip(store, caseC);
      const submission = {
        kind: 'pip' as const,
        command: { dagtekening: '2025-11-10', leerroute: 'B1' as const },
        geschatteIntensiteitB1Route: 400,
      };
      const checked = await submitToDuo(store, km, caseC, submission);
      expect(checked).toMatchObject({ ok: false, violations: [{ rule: 'PIP_INTENSITEIT_ALLEEN_B1_ASIEL' }] });
      const before = await store.readStream(km, caseC);
      expect(before.events.some((e) => e.type === 'PipAdopted')).toBe(false);
      const forced = await submitToDuo(store, km, caseC, submission, { force: true });
      expect(forced.ok).toBe(true);
      await fx.chain.sender.runOnce();
      const rows = await outboxRows(store);
      expect(rows.at(-1)).toMatchObject({ kind: 'pip', status: 'refused', response_status: 403 });
      const after = await store.readStream(km, caseC);
      const refusal = after.events.find((e) => e.type === 'DuoMessageRefused') as
        | Extract<CaseEvent, { type: 'DuoMessageRefused' }>
        | undefined;
      expect(refusal?.data).toMatchObject({
        kind: 'pip',
        status: 403,
        reasons: [{ rule: 'PIP_INTENSITEIT_ALLEEN_B1_ASIEL' }],
      });
      expect(refusal?.metadata.source).toBe('duo');
      expect(fx.sim.persons.get(bsnC)?.pips).toHaveLength(0);
    });

    it('MAP with verwijtbaar before the term has ended is refused by DUO with the rule named', async () => {
      const p = fx.sim.persons.get(bsnA) as SimPerson;
      p.termijn = { startdatum: '2025-11-10', einddatum: '2028-11-10' };
      await fx.sim.notify(bsnA, 'SS102', { registratieDatumTijd: '2026-01-15T10:00:00Z' });
      await fx.chain.inbound.drain();
      const r = await submitToDuo(
        store,
        km,
        caseA,
        { kind: 'map', completedOn: '2026-01-10', verwijtbaar: 'Nee' },
        { force: true },
      );
      expect(r.ok).toBe(true);
      await fx.chain.sender.runOnce();
      const s = await store.readStream(km, caseA);
      const refusal = s.events.filter((e) => e.type === 'DuoMessageRefused').at(-1);
      expect(refusal?.data).toMatchObject({
        kind: 'map',
        reasons: [{ rule: 'VERWIJTBAAR_VOOR_EINDE_TERMIJN' }],
      });
      // Without verwijtbaar DUO registers it.
      const ok = await submitToDuo(store, km, caseA, { kind: 'map', completedOn: '2026-01-12' });
      expect(ok).toMatchObject({ ok: true, warnings: [] });
      await fx.chain.sender.runOnce();
      expect(fx.sim.persons.get(bsnA)?.map).toEqual({ gemeente: G, datum: '2026-01-12' });
    });

    it('every message the product sent validates against its DUO schema', () => {
      const writes = fx.sim.receipts;
      expect(writes.length).toBeGreaterThanOrEqual(4);
      for (const w of writes) {
        expect(w.status).not.toBe(400);
        const schema = w.path.endsWith('/PIP') ? Pip : w.path.endsWith('/map') ? ResultaatMap : null;
        if (schema) expect(checkDuo(schema, w.body)).toBeNull();
      }
    });

    it('DUO checks the transport: a client without a gemeente certificate, or a bron not its own, is refused', async () => {
      const https = await import('node:https');
      const url = new URL(fx.config.gemeenten[0]?.duoUrl as string);
      const call = (headers: Record<string, string>, cert?: { cert: string; key: string }) =>
        new Promise<number>((resolve) => {
          const req = https.request(
            {
              host: url.hostname,
              port: url.port,
              path: `/v1/personen/${bsnA}/inburgeringsplicht`,
              ca: fx.pki.caCert,
              ...(cert ?? {}),
              headers,
            },
            (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            },
          );
          req.on('error', () => resolve(-1));
          req.end();
        });
      const own = fx.config.gemeenten[0] as {
        oin: string;
        duoOin: string;
        tls: { cert: string; key: string };
      };
      const id = '3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
      // No client certificate: the TLS handshake fails.
      expect(await call({ bron: own.oin, doel: own.duoOin, berichtId: id })).toBe(-1);
      const tls = { cert: own.tls.cert, key: own.tls.key };
      expect(await call({ bron: own.oin, doel: own.duoOin, berichtId: id }, tls)).toBe(200);
      expect(await call({ bron: '00000001999900000999', doel: own.duoOin, berichtId: id }, tls)).toBe(403);
      expect(await call({ bron: own.oin, doel: own.duoOin, berichtId: 'nope' }, tls)).toBe(400);
    });
  });
}
