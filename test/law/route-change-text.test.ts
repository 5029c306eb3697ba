import { describe, expect, it } from 'vitest';
import { ar } from '../../src/law/explain/ar.ts';
import { beoordeel } from '../../src/law/index.ts';
import { whyLines } from '../../src/law/texts.ts';

// Issue 11 item 5: a requested route change (Wi2021 art. 17 lid 2; Bi2021 art. 5.4) names the route asked for by its
// name in the reader's language, never by its code ('Z').
const facts = {
  person: { birthDate: '1990-01-01', nationalities: ['MA'] },
  residence: [
    {
      kind: 'regulier_bepaalde_tijd',
      purpose: 'gezin_partner',
      sponsor: 'nederlander',
      grantedOn: '2022-03-01',
    },
  ],
  brp: [{ gemeente: '0363', from: '2022-03-15' }],
  pips: [{ dagtekening: '2022-06-01', leerroute: 'B1' }],
  routeChangeRequest: { to: 'Z' },
} as never;

describe('route change explanation names the route', () => {
  for (const [peildatum, reason] of [
    ['2023-06-01', 'binnen_termijn'],
    ['2024-06-01', 'termijn_verstreken'],
  ] as const) {
    it(`${reason}: nl and en show the Z-route's name`, () => {
      const a = beoordeel(facts, peildatum, { trace: true });
      expect(a.routeChange?.request?.reason).toBe(reason);
      const nl = whyLines(a, 'nl').map((l) => l.text);
      expect(nl.some((t) => t.includes('wijzigen naar zelfredzaamheidsroute (Z-route)'))).toBe(true);
      expect(nl.some((t) => /naar Z\b/.test(t))).toBe(false);
      const en = whyLines(a, 'en').map((l) => l.text);
      expect(en.some((t) => t.includes('learning route to self-reliance route (Z-route)'))).toBe(true);
      expect(en.some((t) => /route to Z\b/.test(t))).toBe(false);
    });
  }

  it('a web language (ar) uses its own route name', () => {
    const a = beoordeel(facts, '2023-06-01', { trace: true });
    const lines = whyLines(a, 'ar');
    expect(lines.some((l) => l.text.includes(ar['route.Z'] as string))).toBe(true);
  });
});
