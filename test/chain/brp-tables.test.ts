/**
 * The BRP's code tables (Tabel 32 nationalities, Tabel 56 verblijfstitels; sources in src/chain/brp/tables.ts)
 * against the law's own lists: every state whose nationals are outside the plicht has its Tabel 32 code, every
 * mapped verblijfstitel is one of our residence kinds, and a code not in the tables is never guessed.
 */
import { describe, expect, it } from 'vitest';
import {
  NATIONALITEIT_ISO,
  nationaliteitCodeOf,
  nationalitiesOf,
  residenceKindOf,
  VERBLIJFSTITEL_KIND,
} from '../../src/chain/brp/tables.ts';
import { FREE_MOVEMENT_STATES } from '../../src/law/common/nationality.ts';
import { RESIDENCE_KINDS } from '../../src/law/index.ts';

describe('BRP code tables', () => {
  it('every EU, EEA and Swiss nationality the law knows (at any date) has its Tabel 32 code', () => {
    const states = new Set(FREE_MOVEMENT_STATES.values.flatMap((v) => v.value as readonly string[]));
    for (const iso of states) expect(nationaliteitCodeOf(iso), iso).not.toBeNull();
    expect(nationaliteitCodeOf('TR')).toBe('0339');
    expect(nationalitiesOf(['0052', '0339', '0052'])).toEqual(['BE', 'TR']);
  });

  it('a nationality code not in the table is not guessed: the person gets no nationalities from the BRP', () => {
    expect(nationalitiesOf(['0336'])).toBeNull(); // Syrische: not mapped here
    expect(nationalitiesOf(['0057', '0336'])).toBeNull();
    expect(Object.keys(NATIONALITEIT_ISO).every((c) => /^[0-9]{4}$/.test(c))).toBe(true);
  });

  it('verblijfstitels map to our residence kinds, the ambiguous ones to none', () => {
    for (const kind of Object.values(VERBLIJFSTITEL_KIND)) expect(RESIDENCE_KINDS).toContain(kind);
    expect(residenceKindOf('26')).toBe('asiel_bepaalde_tijd');
    expect(residenceKindOf('21')).toBe('regulier_bepaalde_tijd');
    expect(residenceKindOf('37')).toBe('eu_verblijfsrecht');
    expect(residenceKindOf('39')).toBe('procedureel');
    for (const c of ['25', '27', '35', '98', '00', '09']) expect(residenceKindOf(c), c).toBeNull();
  });
});
