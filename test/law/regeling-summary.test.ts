/**
 * The short answer (CLI summary) names the fine that is due and its amount, the art. 25 open term, and the new term
 * (issue 11 item 5): Wi2021 art. 24 lid 1 with Bi2021 art. 7.2 lid 1 (€ 340), Ri2021 art. 7.4 lid 1.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check.ts';

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
  map: { completedOn: '2023-06-01' },
};

function check(lang: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ri2021-'));
  const file = join(dir, 'facts.json');
  writeFileSync(file, JSON.stringify(facts));
  const out: string[] = [];
  const code = runCheck(
    file,
    { peildatum: '2025-07-01', lang },
    {
      out: (s) => out.push(s),
      err: (s) => out.push(s),
      today: () => '2025-07-01',
    },
  );
  expect(code).toBe(0);
  // Amounts are written by Intl.NumberFormat: a no-break space between € and the amount in Dutch.
  return out.join('\n').replaceAll('\u00a0', ' ');
}

describe('CLI summary: the fine that is due', () => {
  it('names the € 340 art. 24 fine, the art. 25 table and the new term (nl)', () => {
    const s = check('nl');
    expect(s).toContain('U moet een boete betalen van € 340 (art. 24 Wet inburgering 2021).');
    expect(s).toContain('Ri2021 bijlage 6a');
    expect(s).toContain('ten hoogste € 1.000');
    // PVT open (6 months) and no exam part passed (2 years): one decision, the longest (Ri2021 7.4 lid 6).
    expect(s).toContain('nieuwe termijn van 24 maanden');
  });

  it('says the same in English', () => {
    const s = check('en');
    // British English writes the sign against the amount (Intl, en-GB).
    expect(s).toContain('You must pay a fine of €340 (art. 24 Wet inburgering 2021).');
  });

  it('says it in the newcomers’ languages with the same amount (--lang ar|ti|tr|uk)', () => {
    for (const lang of ['ar', 'ti', 'tr', 'uk']) {
      const s = check(lang);
      expect(s, lang).toMatch(/340/);
      expect(s, lang).not.toMatch(/\{\w+\}/);
    }
  });
});
