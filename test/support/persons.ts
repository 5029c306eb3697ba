/**
 * Varied synthetic persons for property tests and the engine benchmark: a seeded generator covering both groups,
 * all routes, stages from "just arrived" to "fulfilled" or "fined", EU nationals, temporary purposes, minors and
 * people near AOW age. No real persons.
 */
import type { Facts } from '../../src/law/facts/types.ts';

/** Mulberry32: small, fast, seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
function iso(epochDay: number): string {
  const dt = new Date(epochDay * 86400000);
  return `${dt.getUTCFullYear()}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
}
const day = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / 86400000);

const NATS = ['SY', 'ER', 'AF', 'TR', 'MA', 'YE', 'IN', 'BR', 'US', 'PL', 'DE', 'SO', 'UA'];
const PURPOSES = [
  'gezin_partner',
  'gezin_partner',
  'gezin_kind',
  'kennismigrant',
  'studie',
  'arbeid_in_loondienst',
] as const;
const SPONSORS = ['nederlander', 'overig', 'asiel_bepaalde_tijd', 'eu_eea_ch_burger'] as const;

export function person(seed: number): Facts {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const nat = pick(NATS);
  const asylum = r() < 0.6;
  const grant = day(2022, 1, 1) + Math.floor(r() * 1400);
  const birth = grant - Math.floor((14 + r() * 56) * 365.25);
  const facts: Record<string, unknown> = {
    person: { birthDate: iso(birth), nationalities: [nat] },
    residence: [
      asylum
        ? { kind: 'asiel_bepaalde_tijd', grantedOn: iso(grant) }
        : {
            kind: 'regulier_bepaalde_tijd',
            purpose: pick(PURPOSES),
            sponsor: pick(SPONSORS),
            grantedOn: iso(grant),
          },
    ],
  };
  if (r() < 0.1) (facts.residence as Record<string, unknown>[])[0]!.effectiveFrom = iso(grant - 30);
  const notice = grant + 5 + Math.floor(r() * 20);
  if (r() < 0.9) facts.duoNoticeOn = iso(notice);
  const reg = grant + Math.floor(r() * (asylum ? 240 : 30));
  if (r() < 0.9)
    facts.brp = [
      { gemeente: pick(['0363', '0599', '0344', '0518', '0772']), from: iso(reg), housing: asylum },
    ];
  const stage = r();
  if (stage > 0.2) {
    const pip = Math.max(reg, notice) + Math.floor(r() * 120);
    const route = pick(['B1', 'B1', 'B1', 'Z', 'onderwijs'] as const);
    facts.pips = [{ dagtekening: iso(pip), leerroute: route }];
    if (stage > 0.4) {
      facts.pvt = { completedOn: iso(pip + 60 + Math.floor(r() * 300)), hours: 12 };
      facts.hours = {
        nt2: Math.floor(r() * 900),
        knm: Math.floor(r() * 100),
        allLessonsAttended: r() < 0.7,
        sufficientEffort: r() < 0.6,
      };
    }
    if (stage > 0.55)
      facts.map = { completedOn: iso(pip + 200 + Math.floor(r() * 400)), hours: 40 + Math.floor(r() * 40) };
    if (stage > 0.6 && route !== 'Z') {
      const exams: Record<string, unknown>[] = [];
      for (const c of ['lezen', 'luisteren', 'schrijven', 'spreken', 'knm']) {
        if (r() < 0.75)
          exams.push({
            component: c,
            level: c === 'knm' ? undefined : pick(['A2', 'B1', 'B1']),
            result: r() < 0.8 ? 'passed' : 'failed',
            date: iso(pip + 300 + Math.floor(r() * 700)),
          });
      }
      facts.exams = exams.map((e) =>
        Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)),
      );
    }
    if (route === 'Z' && stage > 0.6) {
      facts.hours = { zrouteCourse: Math.floor(r() * 900), participation: Math.floor(r() * 800) };
      if (r() < 0.5) facts.zroute = { eindgesprekOn: iso(pip + 900) };
    }
    if (route === 'onderwijs' && stage > 0.6)
      facts.taalschakeltraject = {
        startedOn: iso(pip + 30),
        ...(r() < 0.5 ? { completedOn: iso(pip + 700) } : {}),
      };
    if (r() < 0.1)
      facts.decisions = [{ type: 'verlenging', date: iso(pip + 1000), ground: 'aanzienlijke_inspanningen' }];
    if (r() < 0.05)
      facts.fines = [
        {
          article: '23',
          date: iso(pip + 100),
          amount: 50,
          establishedOn: iso(pip + 90),
          irrevocableOn: iso(pip + 150),
        },
      ];
    if (r() < 0.05)
      facts.offences = [
        {
          article: '23',
          establishedOn: iso(pip + 200),
          culpability: pick(['opzet', 'grove_schuld', 'geen', 'verminderd'] as const),
        },
      ];
  }
  if (asylum && r() < 0.7) facts.bijstand = { from: iso(reg) };
  if (!asylum && r() < 0.3)
    facts.loans = [{ grantedOn: iso(grant + 120), amount: 3000 + Math.floor(r() * 7000) }];
  if (r() < 0.05) facts.schooling = { leerplichtYearsNL: 8 };
  return facts as Facts;
}

/** A peildatum between the grant and a few years later. */
export function peildatumFor(seed: number): string {
  const r = rng(seed ^ 0x9e3779b9);
  return iso(day(2022, 6, 1) + Math.floor(r() * 2200));
}
