import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check.ts';
import { validateFacts } from '../../src/law/facts/validate.ts';

const root = join(import.meta.dirname, '..', '..');

function run(file: string, opts: Parameters<typeof runCheck>[1] = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCheck(file, opts, {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    today: () => '2024-01-10',
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('inburgering check', () => {
  it('every example file is valid facts', () => {
    for (const f of readdirSync(join(root, 'examples'))) {
      const v = validateFacts(JSON.parse(readFileSync(join(root, 'examples', f), 'utf8')));
      expect(v.ok, f).toBe(true);
    }
  });

  it('answers in plain Dutch with "waarom" lines ending in their article and a link', () => {
    const r = run(join(root, 'examples/asielstatushouder-2022.json'), { peildatum: '2022-09-01' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('U bent inburgeringsplichtig sinds 10 maart 2022.');
    expect(r.out).toContain('U moet klaar zijn met inburgeren op 1 augustus 2025.');
    expect(r.out).toContain('Waarom:');
    expect(r.out).toMatch(
      // The link is to the article as it read on the decisive date (the registration in the housing gemeente).
      /uiterlijk 10 augustus 2022\. \(art\. 5\.3 lid 1 Besluit inburgering 2021; https:\/\/wetten\.overheid\.nl\/BWBR0045555\/2022-06-01#Artikel5\.3\)/,
    );
  });

  it('answers in English', () => {
    const r = run(join(root, 'examples/gezinsmigrant-2023.json'), { peildatum: '2024-01-10', lang: 'en' });
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'You must complete civic integration (inburgeringsplicht) since 1 September 2023.',
    );
    // Amounts are written the English way (Intl, en-GB), no longer with Dutch separators.
    expect(r.out).toContain('You can borrow up to €10,000 from DUO.');
    expect(r.out).toContain(
      '(art. 20 lid 1 Wet inburgering 2021; https://wetten.overheid.nl/BWBR0044770/2024-01-10#Artikel20)',
    );
  });

  it('answers in Arabic, Tigrinya, Turkish and Ukrainian from the same catalogs (--lang)', () => {
    const file = join(root, 'examples/gezinsmigrant-2023.json');
    const ar = run(file, { peildatum: '2024-01-10', lang: 'ar' });
    expect(ar.code).toBe(0);
    // The duty since 1 September 2023 (Levantine month name, Latin digits) and the same article links.
    expect(ar.out).toContain('عليك واجب الاندماج المدني (inburgeringsplicht) منذ 1 أيلول 2023.');
    expect(ar.out).toContain('https://wetten.overheid.nl/BWBR0044770/2024-01-10#Artikel20');
    expect(run(file, { peildatum: '2024-01-10', lang: 'tr' }).out).toContain('1 Eylül 2023');
    expect(run(file, { peildatum: '2024-01-10', lang: 'uk' }).out).toContain('1 вересня 2023 р.');
    expect(run(file, { peildatum: '2024-01-10', lang: 'ti' }).code).toBe(0);
    const bad = run(file, { lang: 'xx' });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('xx');
  });

  it('names the facts still needed when it cannot decide', () => {
    const r = run(join(root, 'examples/onvolledig.json'), { peildatum: '2024-06-01' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('We weten nog niet of u moet inburgeren.');
    expect(r.out).toContain('Om dit zeker te weten hebben we nog nodig: uw geboortedatum.');
  });

  it('--json prints the assessment', () => {
    const r = run(join(root, 'examples/eu-burger.json'), { json: true });
    const a = JSON.parse(r.out);
    expect(a.plicht.status).toBe('not_obliged');
    expect(a.plicht.reason).toBe('eu_national');
    expect(a.peildatum).toBe('2024-01-10');
  });

  it('bad input: a message naming the field and exit code 2, nothing on stdout', () => {
    const dir = tmpdir();
    const bad = join(dir, `bad-${process.pid}.json`);
    writeFileSync(
      bad,
      JSON.stringify({ residence: [{ kind: 'asiel_bepaalde_tijd', grantedOn: '2023-02-30' }], extra: 1 }),
    );
    const r = run(bad);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('/residence/0/grantedOn: geen geldige datum (JJJJ-MM-DD)');
    expect(r.err).toContain('/extra: dit veld kennen we niet');
    const notJson = join(dir, `nojson-${process.pid}.json`);
    writeFileSync(notJson, '{ not json');
    expect(run(notJson, { lang: 'en' }).err).toMatch(/is not valid JSON/);
    expect(run('/does/not/exist.json').err).toContain('ENOENT');
    expect(run(join(root, 'examples/eu-burger.json'), { peildatum: '2024-02-30' }).code).toBe(2);
    expect(run(join(root, 'examples/eu-burger.json'), { lang: 'fr' }).code).toBe(2);
  });

  it('the real command exits non-zero on bad input', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'check', '/does/not/exist.json'],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('ENOENT');
  });
});
