/**
 * Synthetic demo cases: realistic histories spread over gemeenten, groups (asielstatushouders, gezins- and
 * overige migranten), leerroutes, stages and both regimes (permits from 2016, so Wi2013 and Wi2021), with moves,
 * late PIPs, no-shows, extensions, vrijstellingen and corrections. No real persons: BSNs come from the RvIG test
 * range (`syntheticBsn`), names are synthetic combinations (demo-names.ts), and everything is drawn from a seeded
 * generator, so the same seed gives the same cases.
 *
 * Proportions are plausible, not calibrated: the practice brief (§2.4) notes that the split over leerroutes is not
 * public in readable form; CBS SWI figures give asylum ≈ 60-70 % of the Wi2021 cohorts.
 */

import type { Leerroute, ResidencePurpose, Skill, SponsorKind } from '../law/index.ts';
import { addMonths, EXAM_COMPONENTS, format, parse } from '../law/index.ts';
import { syntheticBsn } from './bsn.ts';
import { demoName } from './demo-names.ts';
import type { CaseEvent, CaseEventType, EventData, ISODate } from './events.ts';
import { responsibleGemeente } from './fold.ts';

export interface DemoGemeente {
  readonly code: string;
  readonly name: string;
  /** Relative share of newcomers housed. */
  readonly weight: number;
}

/** A spread of gemeenten (CBS gemeentecodes) of different sizes. */
export const DEMO_GEMEENTEN: readonly DemoGemeente[] = [
  { code: '0363', name: 'Amsterdam', weight: 10 },
  { code: '0599', name: 'Rotterdam', weight: 8 },
  { code: '0518', name: "'s-Gravenhage", weight: 7 },
  { code: '0344', name: 'Utrecht', weight: 5 },
  { code: '0772', name: 'Eindhoven', weight: 3 },
  { code: '0014', name: 'Groningen', weight: 3 },
  { code: '0855', name: 'Tilburg', weight: 3 },
  { code: '0034', name: 'Almere', weight: 3 },
  { code: '0758', name: 'Breda', weight: 2 },
  { code: '0268', name: 'Nijmegen', weight: 2 },
  { code: '0202', name: 'Arnhem', weight: 2 },
  { code: '0193', name: 'Zwolle', weight: 2 },
  { code: '0080', name: 'Leeuwarden', weight: 2 },
  { code: '0153', name: 'Enschede', weight: 2 },
  { code: '0200', name: 'Apeldoorn', weight: 2 },
  { code: '0935', name: 'Maastricht', weight: 1 },
];

/** Gemeenten with a large reception centre (azc), where asylum permit holders are first registered. */
const RECEPTION: readonly string[] = ['1950', '1706', '0355', '0784'];

export interface DemoOptions {
  readonly cases: number;
  /** The demo's "today": nothing happens after it. */
  readonly today: ISODate;
  readonly seed?: number;
  readonly gemeenten?: readonly DemoGemeente[];
  /** Give cases a synthetic BSN while the test range lasts (about 9,000 numbers). Default true. */
  readonly bsn?: boolean;
}

export interface DemoCase {
  readonly caseId: string;
  readonly gemeente: string;
  readonly bsn?: string;
  readonly events: readonly CaseEvent[];
}

/** Mulberry32: small, fast, seeded. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Draw {
  constructor(readonly r: () => number) {}
  chance(p: number): boolean {
    return this.r() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.r() * (max - min + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)] as T;
  }
  weighted<T>(xs: readonly (readonly [T, number])[]): T {
    const total = xs.reduce((s, [, w]) => s + w, 0);
    let x = this.r() * total;
    for (const [v, w] of xs) {
      x -= w;
      if (x < 0) return v;
    }
    return (xs[xs.length - 1] as readonly [T, number])[0];
  }
  /** A version-4-shaped UUID from the seeded stream. */
  uuid(): string {
    const h = (): string => ((this.r() * 0x100000000) >>> 0).toString(16).padStart(8, '0');
    const a = h();
    const b = h();
    const c = h();
    const e = h();
    const variant = (8 | (Number.parseInt(c[0] as string, 16) & 3)).toString(16);
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4, 8)}${e}`;
  }
}

const ASYLUM_NATIONALITIES = [
  ['SY', 40],
  ['ER', 15],
  ['AF', 10],
  ['TR', 10],
  ['YE', 8],
  ['IQ', 5],
  ['IR', 5],
  ['SO', 4],
  ['SD', 3],
] as const;
const FAMILY_NATIONALITIES = [
  ['MA', 15],
  ['TR', 15],
  ['IN', 10],
  ['CN', 8],
  ['BR', 6],
  ['US', 5],
  ['TH', 6],
  ['PH', 6],
  ['SY', 10],
  ['ER', 6],
  ['ID', 5],
  ['RU', 4],
  ['UA', 4],
] as const;

type Group = 'asiel' | 'gezin' | 'overig';

/** Builds one case's events; dates are day numbers until emitted. */
class Story {
  readonly events: { type: CaseEventType; data: unknown; on: number; recorded: number; extra?: object }[] =
    [];
  constructor(
    readonly d: Draw,
    readonly today: number,
  ) {}
  add<T extends CaseEventType>(type: T, data: EventData<T>, on: number, extra?: object): boolean {
    if (on > this.today) return false;
    const recorded = Math.min(this.today, on + this.d.int(0, 10));
    this.events.push({ type, data, on, recorded, ...(extra ? { extra } : {}) });
    return true;
  }
}

const iso = (d: number): ISODate => format(d);

/** Generates demo cases one by one (streams 100,000 without holding them all). */
export function* demoCases(options: DemoOptions): Generator<DemoCase> {
  const d = new Draw(rng(options.seed ?? 20220101));
  const today = parse(options.today);
  const gemeenten = options.gemeenten ?? DEMO_GEMEENTEN;
  const gw = gemeenten.map((g) => [g.code, g.weight] as const);
  let bsnCounter = 0;
  const nextBsn = (): string | undefined => {
    if (options.bsn === false) return undefined;
    while (bsnCounter <= 9999) {
      const b = syntheticBsn(bsnCounter++);
      if (b) return b;
    }
    return undefined;
  };

  for (let n = 0; n < options.cases; n++) {
    const caseId = d.uuid();
    const s = new Story(d, today);
    const group: Group = d.weighted([
      ['asiel', 60],
      ['gezin', 30],
      ['overig', 10],
    ]);
    const wi2021 = d.chance(0.75);
    const start = wi2021 ? parse('2022-01-03') : parse('2016-01-04');
    const end = wi2021 ? today - 30 : parse('2021-12-24');
    const granted = d.int(start, Math.max(start, end));
    const birth = granted - d.int(18 * 365, 55 * 365);
    const nationality = d.weighted(group === 'asiel' ? ASYLUM_NATIONALITIES : FAMILY_NATIONALITIES);
    const home = d.weighted(gw);
    const permitId = `P${n}`;

    // Opening: the gemeente learns of the person (COA koppeling or BRP registration).
    const opened = granted + d.int(7, 30);
    s.add(
      'CaseOpened',
      { gemeente: home, name: demoName(n, nationality), birthDate: iso(birth), nationalities: [nationality] },
      opened,
    );

    let purpose: ResidencePurpose | undefined;
    let sponsor: SponsorKind | undefined;
    if (group === 'gezin') {
      purpose = 'gezin_partner';
      sponsor = d.weighted<SponsorKind>([
        ['nederlander', 50],
        ['overig', 30],
        ['asiel_bepaalde_tijd', 20],
      ]);
    } else if (group === 'overig') {
      purpose = d.pick<ResidencePurpose>(['humanitair_niet_tijdelijk', 'overig_niet_tijdelijk']);
    }
    const permitGrant = {
      permitId,
      kind: group === 'asiel' ? ('asiel_bepaalde_tijd' as const) : ('regulier_bepaalde_tijd' as const),
      ...(purpose ? { purpose } : {}),
      ...(sponsor ? { sponsor } : {}),
      grantedOn: iso(granted),
      effectiveFrom: iso(granted - (group === 'asiel' ? d.int(0, 200) : 0)),
    };
    s.add('ResidencePermitGranted', permitGrant, granted);
    const notice = granted + d.int(14, 70);
    s.add('DuoNoticeSent', { on: iso(notice) }, notice);

    // Where the person lives: asylum permit holders wait in an azc until the linked gemeente houses them.
    let settled: number;
    if (group === 'asiel') {
      const azc = d.pick(RECEPTION);
      s.add('BrpRegistered', { gemeente: azc, from: iso(granted + 3), reception: true }, granted + 3);
      s.add('CoaKoppelingRecorded', { gemeente: home, on: iso(opened) }, opened);
      settled =
        opened +
        d.weighted([
          [d.int(30, 90), 45],
          [d.int(91, 180), 35],
          [d.int(181, 300), 20],
        ]);
      s.add('PersonMoved', { toGemeente: home, on: iso(settled), housing: true }, settled);
      if (d.chance(0.85)) s.add('BijstandGranted', { from: iso(settled) }, settled);
      if (wi2021 && d.chance(0.8))
        s.add('OntzorgenDecided', { from: iso(settled), to: iso(addMonths(settled, 6) - 1) }, settled);
    } else {
      settled = granted + d.int(0, 30);
      s.add('BrpRegistered', { gemeente: home, from: iso(settled) }, settled);
    }

    // A correction: the permit decision date was recorded wrongly and corrected later (2 %).
    if (d.chance(0.02)) {
      const wrongOn = granted + d.int(20, 60);
      const corr = Math.min(today, wrongOn + d.int(30, 200));
      const first = s.events.find((e) => e.type === 'ResidencePermitGranted');
      if (first) {
        const wrong = { ...permitGrant, grantedOn: iso(wrongOn) };
        first.data = wrong;
        first.on = wrongOn;
        first.recorded = Math.min(today, Math.max(first.recorded, wrongOn));
        s.events.push({
          type: 'ResidencePermitGranted',
          data: permitGrant,
          on: granted,
          recorded: Math.max(corr, first.recorded + 1),
          extra: { correctsFirstPermit: true, reason: 'Datum besluit IND gecorrigeerd' },
        });
      }
    }

    if (wi2021) wi2021Trajectory(s, d, { group, home, settled, gemeenten: gw });
    else wi2013Trajectory(s, d, settled);

    yield emit(caseId, home, s, d, nextBsn());
  }
}

/** Generates all demo cases at once. */
export function generateDemoCases(options: DemoOptions): DemoCase[] {
  return [...demoCases(options)];
}

function wi2021Trajectory(
  s: Story,
  d: Draw,
  c: { group: Group; home: string; settled: number; gemeenten: readonly (readonly [string, number])[] },
): void {
  if (d.chance(0.04)) {
    // Holds a designated diploma: vrijgesteld (art. 4 lid 1 b).
    const on = c.settled + d.int(20, 90);
    s.add('VrijstellingRequested', { on: iso(on), ground: '4.1.b' }, on);
    s.add('VrijstellingDecided', { date: iso(on + 40), granted: true, ground: '4.1.b' }, on + 40);
    return;
  }
  let t = c.settled + d.int(14, 70);
  let summons = 1;
  if (!s.add('IntakeSummoned', { date: iso(t), deadline: iso(t + 21), summons }, t)) return;
  if (d.chance(0.12)) {
    s.add('IntakeNoShowRecorded', { summonsDate: iso(t), on: iso(t + 22) }, t + 22);
    t += 28;
    summons++;
    if (!s.add('IntakeSummoned', { date: iso(t), deadline: iso(t + 21), summons }, t)) return;
  }
  s.add('IntakeCooperationRecorded', { summonsDate: iso(t), on: iso(t + 10), cooperated: true }, t + 10);
  const intakeOn = t + d.int(10, 35);
  const route: Leerroute = d.weighted<Leerroute>([
    ['B1', 60],
    ['onderwijs', 10],
    ['Z', 30],
  ]);
  if (
    !s.add(
      'IntakeCompleted',
      {
        completedOn: iso(intakeOn),
        attainableLevel: route === 'Z' ? 'A1' : route === 'B1' ? d.pick(['A2', 'B1'] as const) : 'B2',
        wantsFurtherEducation: route === 'onderwijs',
      },
      intakeOn,
    )
  )
    return;
  // Most PIPs within the ten weeks, some late (the 2022-2023 backlog).
  const pipOn =
    intakeOn +
    d.weighted([
      [d.int(7, 30), 75],
      [d.int(31, 120), 25],
    ]);
  if (
    !s.add(
      'PipAdopted',
      {
        dagtekening: iso(pipOn),
        gemeente: c.home,
        leerroute: route,
        kind: 'eerste',
        progressMeetings: d.int(2, 6),
        intensities: { leerrouteHoursPerWeek: route === 'Z' ? 8 : 12, pvtHours: 12, mapHours: 40 },
      },
      pipOn,
    )
  )
    return;
  const termEnd = addMonths(pipOn + 1, 36) - 1;

  // Lessons by quarter.
  let total = 0;
  for (let q = pipOn; q + 90 <= s.today && q < termEnd; q += 91) {
    const nt2 = route === 'Z' ? 0 : d.int(60, 140);
    const z = route === 'Z' ? d.int(40, 120) : 0;
    total += nt2;
    s.add(
      'LessonHoursRegistered',
      {
        from: iso(q),
        to: iso(q + 90),
        provider: d.pick(['Taalschool Noord', 'ROC Midden', 'Taalhuis West']),
        ...(nt2 ? { nt2, knm: d.int(4, 12) } : {}),
        ...(z ? { zrouteCourse: z, participation: d.int(30, 100) } : {}),
        absenceAuthorised: d.int(0, 8),
        absenceUnauthorised: d.chance(0.2) ? d.int(1, 12) : 0,
      },
      q + 90,
    );
  }
  const pvtOn = pipOn + d.int(60, 240);
  s.add('PvtCompleted', { completedOn: iso(pvtOn), hours: 12 }, pvtOn);
  const mapOn = pipOn + d.int(180, 540);
  s.add('MapCompleted', { completedOn: iso(mapOn), hours: 40, eindgesprekOn: iso(mapOn) }, mapOn);

  if (route === 'B1') {
    const skills: Skill[] = ['lezen', 'luisteren', 'schrijven', 'spreken'];
    for (const skill of [...skills, 'knm' as const]) {
      const on = pipOn + d.int(270, 900);
      const pass = d.chance(0.75);
      s.add(
        'ExamResultRegistered',
        {
          component: skill,
          ...(skill === 'knm' ? {} : { level: 'B1' as const }),
          result: pass ? 'passed' : 'failed',
          date: iso(on),
          kind: 'inburgeringsexamen',
        },
        on,
      );
    }
    if (total >= 600 && d.chance(0.3)) {
      const on = pipOn + 600;
      s.add(
        'LessonEffortAssessed',
        { on: iso(on), sufficientEffort: true, allLessonsAttended: d.chance(0.6) },
        on,
      );
    }
  } else if (route === 'onderwijs') {
    s.add('TaalschakeltrajectStarted', { on: iso(pipOn + 30) }, pipOn + 30);
    if (d.chance(0.6)) s.add('TaalschakeltrajectCompleted', { on: iso(pipOn + 30 + 365) }, pipOn + 395);
  } else {
    const eg = termEnd - d.int(10, 90);
    s.add('ZrouteEindgesprekHeld', { on: iso(eg) }, eg);
  }

  if (c.group !== 'asiel' && d.chance(0.6)) {
    const on = pipOn + d.int(10, 40);
    s.add('LoanGranted', { loanId: `L${on}`, grantedOn: iso(on), amount: d.pick([5000, 7500, 10000]) }, on);
  }

  // Paid work combined with the leerroute.
  if (d.chance(0.2)) {
    const on = pipOn + d.int(90, 700);
    s.add(
      'WorkStarted',
      {
        workId: `W${on}`,
        employer: d.pick([
          'Bouwbedrijf De Vries',
          'Zorggroep Oost',
          'Logistiek Centrum',
          'Gemeente (startbaan)',
        ]),
        from: iso(on),
        hoursPerWeek: d.pick([16, 24, 32]),
        startbaan: d.chance(0.3),
        combinedWithLeerroute: true,
      },
      on,
    );
  }

  // Moves after the PIP: the new gemeente adopts a PIP with the same route (art. 15 lid 4).
  if (d.chance(0.05)) {
    const to = d.weighted(c.gemeenten.filter(([g]) => g !== c.home));
    const on = pipOn + d.int(120, 500);
    if (s.add('PersonMoved', { toGemeente: to, fromGemeente: c.home, on: iso(on) }, on)) {
      const p = on + d.int(20, 90);
      s.add('PipAdopted', { dagtekening: iso(p), gemeente: to, leerroute: route, kind: 'na_verhuizing' }, p);
    }
  }

  // Extension near the end of the term.
  const reqOn = termEnd - d.int(20, 170);
  if (d.chance(0.15) && s.add('ExtensionRequested', { on: iso(reqOn), ground: 'geen_verwijt' }, reqOn)) {
    s.add(
      'ExtensionDecided',
      { date: iso(reqOn + 50), granted: true, ground: 'geen_verwijt', months: 6 },
      reqOn + 50,
    );
  }
  if (d.chance(0.02))
    s.add(
      'OntheffingDecided',
      { date: iso(pipOn + 200), granted: true, ground: 'medisch', scope: 'geheel' },
      pipOn + 200,
    );
  const end = d.r();
  if (end < 0.01) s.add('PersonNaturalised', { on: iso(pipOn + 900) }, pipOn + 900);
  else if (end < 0.02) {
    const left = pipOn + d.int(100, 800);
    s.add('PersonDeparted', { on: iso(left) }, left);
  }
}

function wi2013Trajectory(s: Story, d: Draw, settled: number): void {
  // Under the 2013 law the person arranged their own course, usually with a DUO loan, and took the exams.
  const on = settled + d.int(30, 120);
  s.add('LoanGranted', { loanId: `L${on}`, grantedOn: iso(on), amount: d.pick([5000, 10000]) }, on);
  for (const c of EXAM_COMPONENTS) {
    const date = on + d.int(200, 1000);
    s.add(
      'ExamResultRegistered',
      {
        component: c,
        ...(c === 'knm' || c === 'ona' ? {} : { level: 'A2' as const }),
        result: d.chance(0.8) ? 'passed' : 'failed',
        date: iso(date),
        kind: 'inburgeringsexamen',
      },
      date,
    );
  }
  if (d.chance(0.02)) s.add('PersonNaturalised', { on: iso(on + 2000) }, on + 2000);
}

function emit(caseId: string, home: string, s: Story, d: Draw, bsn: string | undefined): DemoCase {
  // The stream starts with CaseOpened, recorded first; the rest in recorded order.
  const first = Math.min(...s.events.map((e) => e.recorded));
  const ordered = s.events
    .map((e, i) => ({ e: e.type === 'CaseOpened' ? { ...e, recorded: first } : e, i }))
    .sort(
      (a, b) =>
        (a.e.type === 'CaseOpened' ? -1 : b.e.type === 'CaseOpened' ? 1 : 0) ||
        a.e.recorded - b.e.recorded ||
        a.i - b.i,
    )
    .map(({ e }) => (e.type === 'CaseOpened' ? { ...e, on: first } : e));
  const out: CaseEvent[] = [];
  let firstPermitId: string | undefined;
  for (const e of ordered) {
    const eventId = d.uuid();
    const extra = (e.extra ?? {}) as { correctsFirstPermit?: boolean; reason?: string };
    if (e.type === 'ResidencePermitGranted' && firstPermitId === undefined && !extra.correctsFirstPermit)
      firstPermitId = eventId;
    const hh = String(7 + (e.recorded % 8)).padStart(2, '0');
    const mm = String(d.int(0, 59)).padStart(2, '0');
    out.push({
      type: e.type,
      data: e.data,
      metadata: {
        eventId,
        occurredOn: iso(e.on),
        recordedAt: `${iso(e.recorded)}T${hh}:${mm}:00.000Z`,
        source: 'demo',
        ...(extra.correctsFirstPermit && firstPermitId
          ? { supersedes: firstPermitId, reason: extra.reason }
          : {}),
      },
    } as CaseEvent);
  }
  return { caseId, gemeente: responsibleGemeente(out) ?? home, ...(bsn ? { bsn } : {}), events: out };
}
