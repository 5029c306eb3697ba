import { describe, expect, it } from 'vitest';
import { dutchDate } from '../../src/case/index.ts';

describe('dutchDate', () => {
  it('turns at Dutch midnight, in winter and in summer time, also when asked twice in one minute', () => {
    const cases: [string, string][] = [
      ['2024-03-30T22:59:00.000Z', '2024-03-30'],
      ['2024-03-30T22:59:59.999Z', '2024-03-30'],
      ['2024-03-30T23:00:00.000Z', '2024-03-31'],
      ['2024-03-31T00:59:59.000Z', '2024-03-31'], // 01:59 CET, a minute before the clocks go forward
      ['2024-07-01T21:59:30.000Z', '2024-07-01'],
      ['2024-07-01T21:59:59.999Z', '2024-07-01'],
      ['2024-07-01T22:00:00.000Z', '2024-07-02'],
      ['2024-07-01T21:59:30.000Z', '2024-07-01'],
      ['2024-10-26T22:00:00.000Z', '2024-10-27'],
      ['2024-10-26T21:59:00.000Z', '2024-10-26'],
    ];
    for (const [instant, date] of cases) {
      expect(dutchDate(instant), instant).toBe(date);
      expect(dutchDate(new Date(instant)), instant).toBe(date);
    }
    expect(() => dutchDate('gisteren')).toThrow(RangeError);
  });
});
