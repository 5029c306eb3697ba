/**
 * Refusals in plain words (issue 15, "Refusals in code"): no message of the case file, filled with the raw values
 * the decider passes (field names, plicht statuses, ISO dates, leerroutes), shows a field name, a status code or an
 * ISO date to the klantmanager who reads it.
 */
import { describe, expect, it } from 'vitest';
import { EVENT_CATALOGUE } from '../../src/case/catalogue.ts';
import { CASE_ERROR_CODES, STORE_ERROR_CODES } from '../../src/case/errors.ts';
import { CATALOGS, hasFieldWords, message } from '../../src/case/i18n/index.ts';

/** Raw values as src/case and src/store pass them (decide-*.ts, event-check.ts, append.ts). */
const SAMPLES: Readonly<Record<string, string | number | boolean | readonly string[] | null>> = {
  field: 'completedOn',
  after: 'date',
  date: '2027-03-01',
  status: 'unknown',
  regime: 'wi2013',
  type: 'Onbekend',
  expected: 'niet_verschenen|verschenen',
  event: 'IntakeCompleted',
  permitId: 'VV-1',
  gemeente: '0363',
  from: '2024-01-15',
  summonsDate: '2024-05-01',
  failed: 2,
  summonses: 3,
  dagtekening: '2024-06-01',
  leerroute: 'onderwijs',
  lastDay: '2026-06-01',
  opensOn: '2025-12-02',
  required: 600,
  hours: 120,
  needs: ['hours.nt2', 'residence[0].grantedOn', 'exams[].component'],
  b1Route: true,
  lessons: '120',
  examsPassed: false,
  pvtAndMap: true,
  article: '25',
  reason: 'geen verwijtbaarheid',
  max: 1250,
  amount: 340,
  fineId: 'B-1',
  eventId: 'e1',
  by: 'e2',
  error: 'Error',
  actual: 4,
  dataDir: 'data',
  pid: 42,
  index: 0,
  sqlstate: '23505',
};

const CAMEL = /\b[a-z]+[A-Z][A-Za-z]*\b/;
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

describe('refusals in plain words', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`no ${lang} message shows a field name, "(status:" or an ISO date`, () => {
      for (const code of [...CASE_ERROR_CODES, ...STORE_ERROR_CODES]) {
        const text = message(code, SAMPLES, lang);
        expect(text, `${lang} ${code}`).not.toMatch(CAMEL);
        expect(text, `${lang} ${code}`).not.toContain('(status:');
        expect(text, `${lang} ${code}`).not.toMatch(ISO_DATE);
        expect(text, `${lang} ${code}`).not.toMatch(/\bunknown\b|\bonderwijs\b(?!route)|\bwi20\d\d\b/);
      }
    });
  }

  it('names the field in words and writes the date out (the finding: completedOn, 2027-03-01)', () => {
    const p = { field: 'completedOn', date: '2027-03-01' };
    expect(message('date.in_future', p, 'nl')).toBe(
      'Controleer de datum van afronding: 1 maart 2027 ligt in de toekomst.',
    );
    expect(message('date.in_future', p, 'en')).toBe(
      'Check the date of completion: 1 March 2027 lies in the future.',
    );
  });

  it('says what the plicht status means instead of its code', () => {
    expect(message('pip.no_plicht', { status: 'unknown' }, 'nl')).toBe(
      'Een PIP kan alleen worden vastgesteld bij een inburgeringsplicht. Nu: het dossier mist nog gegevens om de plicht vast te stellen.',
    );
    expect(message('fine.no_plicht', { status: null }, 'en')).toBe(
      'A fine needs an inburgeringsplicht. Now: there is no inburgeringsplicht.',
    );
  });

  it('has words for every field of every event, the date each is dated by and every metadata field', () => {
    const fields = new Set<string>([
      'occurredOn',
      'openedOn',
      'summonsDate',
      'deadline',
      'reason',
      'data',
      'facts',
    ]);
    for (const spec of Object.values(EVENT_CATALOGUE)) {
      if (spec.date) fields.add(spec.date);
      for (const f of Object.keys((spec.shape as { properties?: object }).properties ?? {})) fields.add(f);
    }
    for (const f of ['metadata.commandId', 'metadata.recordedAt', 'metadata.gemeente']) fields.add(f);
    expect([...fields].filter((f) => !hasFieldWords(f))).toEqual([]);
  });

  it('names the facts still needed in words, not as fact paths', () => {
    expect(
      message('afschalen.not_established', { needs: ['hours.nt2', 'residence[0].grantedOn'] }, 'nl'),
    ).toBe(
      'Nog niet vast te stellen of afschalen kan; nodig: de uren Nederlands als tweede taal, de datum van verlening.',
    );
  });

  it('an unlisted field reads as "een gegeven", never its code', () => {
    expect(message('data.invalid', { field: 'someNewField', expected: 'text' }, 'nl')).toBe(
      'Controleer een gegeven: verwacht wordt een tekst.',
    );
    expect(CATALOGS.nl.problems['date.in_future']).not.toContain('(');
  });
});
