/**
 * The order of `needs` comes from the rules' `reads` (src/law/needs.ts): a fact read by a rule the assessment
 * consults earlier is asked first. The checker's own question-order test (test/web/checker.test.ts) checks the
 * outcome for the personas; these check the derivation itself.
 */
import { describe, expect, it } from 'vitest';
import { beoordeel } from '../../src/law/index.ts';
import { NeedOrder } from '../../src/law/needs.ts';

describe('needs order derived from the rules’ reads', () => {
  const order = new NeedOrder([
    { reads: ['person.nationalities'] },
    { reads: ['residence', 'person.birthDate'] },
    { reads: ['hours.nt2', 'hours'] },
  ]);

  it('ranks by the first rule that reads the fact, then by its place in that rule’s reads', () => {
    expect(order.rank('person.nationalities')).toBe(0);
    // A part of a read fact ranks with it; list indices do not matter.
    expect(order.rank('residence[3].grantedOn')).toBe(1);
    expect(order.rank('residence')).toBe(1);
    expect(order.rank('person.birthDate')).toBe(2);
    expect(order.rank('hours.nt2')).toBe(3);
    expect(order.rank('hours.sufficientEffort')).toBe(4);
    // `hoursX` is not a part of `hours`; a fact no rule reads comes last.
    expect(order.rank('hoursX')).toBe(5);
  });

  it('sorts stably: equal ranks keep the order in which the rules found them', () => {
    expect(
      order.sort([
        'bijstand.from',
        'hours.nt2',
        'residence[0].sponsor',
        'residence[0].kind',
        'person.nationalities',
      ]),
    ).toEqual([
      'person.nationalities',
      'residence[0].sponsor',
      'residence[0].kind',
      'hours.nt2',
      'bijstand.from',
    ]);
  });

  it('empty facts: the nationality first (the rule that can end the questions at once)', () => {
    const a = beoordeel({}, '2024-06-01', { trace: false });
    expect(a.needs).toEqual(['person.nationalities', 'residence']);
  });
});
