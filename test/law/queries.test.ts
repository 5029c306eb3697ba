/**
 * The law's date questions for the simulation (src/law/queries.ts), answered by the term and afschalen rules.
 * Expected values from the text: Wi2021 art. 11 lid 2 (three years from the PIP; the last day is the PIP date
 * plus three calendar years, 29 February becomes 28 February), Bi2021 art. 5.5 lid 1 (600 hours).
 */
import { describe, expect, it } from 'vitest';
import {
  AFSCHALEN_HOURS,
  afschalenRequiredHours,
  format,
  nominalTermLastDay,
  type Overrides,
  overrideParameter,
  parse,
  TERM_YEARS,
} from '../../src/law/index.ts';

const last = (pip: string, overrides?: Overrides) => {
  const d = nominalTermLastDay(parse(pip), overrides ? { overrides } : {});
  return d === null ? null : format(d);
};

describe('the law’s date questions', () => {
  it('term: the PIP date plus three calendar years', () => {
    expect(last('2023-03-15')).toBe('2026-03-15');
    expect(last('2024-02-29')).toBe('2027-02-28');
  });

  it('term: a PIP before the Wi2021 is not covered', () => {
    expect(last('2021-12-31')).toBeNull();
  });

  it('term: a reform of the term length applies', () => {
    const o = new Map([
      [TERM_YEARS.id, overrideParameter(TERM_YEARS, [{ ...TERM_YEARS.values[0]!, value: 4 }])],
    ]);
    expect(last('2023-03-15', o as unknown as Map<string, never>)).toBe('2027-03-15');
  });

  it('afschalen: 600 hours, or a reform’s number', () => {
    expect(afschalenRequiredHours(parse('2023-06-01'))).toBe(600);
    const o = new Map([
      [
        AFSCHALEN_HOURS.id,
        overrideParameter(AFSCHALEN_HOURS, [{ ...AFSCHALEN_HOURS.values[0]!, value: 400 }]),
      ],
    ]);
    expect(afschalenRequiredHours(parse('2023-06-01'), { overrides: o })).toBe(400);
    expect(afschalenRequiredHours(parse('2021-06-01'))).toBeNull();
  });
});
