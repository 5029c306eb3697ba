/**
 * The BRP's code tables (Tabel 32 nationalities, Tabel 56 verblijfstitels; sources in src/chain/brp/tables.ts)
 * against their sources and the law's own lists: every code of RvIG's Tabel 32 is decided, every mapped code is an
 * ISO 3166-1 alpha-2 code, every state whose nationals are outside the plicht has its Tabel 32 code, every mapped
 * verblijfstitel is one of our residence kinds, and a code not in the tables is never guessed.
 */
import { describe, expect, it } from 'vitest';
import {
  leavesOut,
  NATIONALITEIT_ISO,
  NATIONALITEIT_ISO_ENDED,
  NATIONALITEIT_WITHOUT_ISO,
  nationaliteitCodeOf,
  nationalitiesOf,
  PERMIT_KINDS,
  residenceKindOf,
  tabel32CodeOf,
  VERBLIJFSTITEL_KIND,
} from '../../src/chain/brp/tables.ts';
import { FREE_MOVEMENT_STATES } from '../../src/law/common/nationality.ts';
import { RESIDENCE_KINDS } from '../../src/law/index.ts';

/** The 217 codes of RvIG's Tabel 32 (the version named in tables.ts), column 05.11 as published. */
const TABEL_32 =
  `0000 0001 0002 0027 0028 0029 0030 0031 0032 0033 0034 0035 0036 0037 0038 0039 0040 0041 0042 0043 0044
0045 0046 0047 0048 0049 0050 0051 0052 0053 0054 0055 0056 0057 0058 0059 0060 0061 0062 0063 0064 0065 0066 0067
0068 0069 0070 0071 0072 0073 0074 0075 0076 0077 0078 0079 0080 0081 0082 0083 0084 0085 0086 0087 0088 0100 0101
0104 0105 0106 0108 0109 0110 0111 0112 0113 0114 0115 0116 0117 0118 0119 0120 0121 0122 0123 0124 0125 0126 0127
0128 0129 0130 0131 0132 0133 0134 0135 0136 0137 0138 0139 0140 0141 0142 0143 0144 0145 0147 0148 0149 0151 0152
0154 0155 0156 0157 0200 0202 0204 0205 0206 0207 0208 0211 0212 0213 0214 0216 0218 0219 0222 0223 0250 0251 0252
0253 0254 0255 0256 0259 0261 0262 0263 0264 0265 0267 0268 0300 0301 0302 0303 0304 0305 0306 0307 0308 0309 0310
0312 0313 0314 0315 0316 0317 0318 0319 0320 0321 0322 0324 0325 0326 0327 0328 0329 0331 0333 0334 0335 0336 0337
0338 0339 0340 0341 0342 0345 0400 0401 0402 0404 0405 0421 0424 0425 0429 0430 0431 0432 0437 0442 0443 0444 0445
0446 0447 0448 0449 0450 0451 0452 0453 0454 0455 0499 0500`.split(/\s+/);

/** Region codes CLDR names that are not ISO 3166-1 country codes (groupings, reserved and user-assigned codes). */
const NOT_COUNTRIES = new Set([
  'AC',
  'CP',
  'CQ',
  'DG',
  'EA',
  'EU',
  'EZ',
  'IC',
  'QO',
  'TA',
  'UN',
  'XA',
  'XB',
  'ZZ',
]);
const regionName = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
/** An assigned ISO 3166-1 alpha-2 code: CLDR names it, it is no grouping or reserved code, and it is not deprecated. */
const isAlpha2 = (c: string) =>
  /^[A-Z]{2}$/.test(c) &&
  !NOT_COUNTRIES.has(c) &&
  !c.startsWith('X') &&
  regionName.of(c) !== undefined &&
  Intl.getCanonicalLocales(`und-${c}`)[0] === `und-${c}`;

describe('BRP Tabel 32 (nationalities)', () => {
  it('decides every code of the table exactly once, and no code the table does not have', () => {
    expect(TABEL_32).toHaveLength(217);
    const decided = [
      ...Object.keys(NATIONALITEIT_ISO),
      ...Object.keys(NATIONALITEIT_ISO_ENDED),
      ...Object.keys(NATIONALITEIT_WITHOUT_ISO),
    ];
    expect(new Set(decided).size).toBe(decided.length);
    expect([...decided].sort()).toEqual([...TABEL_32].sort());
  });

  it('maps every code to an assigned ISO 3166-1 alpha-2 code, Kosovo to the user-assigned XK', () => {
    for (const [code, iso] of [
      ...Object.entries(NATIONALITEIT_ISO),
      ...Object.entries(NATIONALITEIT_ISO_ENDED),
    ])
      expect(isAlpha2(iso) || (code === '0087' && iso === 'XK'), `${code} ${iso}`).toBe(true);
    // The check itself refuses a withdrawn code (Yugoslavia, Zaire) and a grouping.
    for (const c of ['YU', 'ZR', 'BU', 'CS', 'EU', 'XK']) expect(isAlpha2(c), c).toBe(false);
  });

  it('reads codes checked by hand against the table (column 05.12) and ISO 3166-1', () => {
    // 0336 Syrische, 0084 Eritrese, 0300 Afghaanse, 0034 Oekraïense, 0315 Iraanse, 0149 Somalische, 0339 Turkse,
    // 0001 Nederlandse, 0055 Burger van de Bondsrepubliek Duitsland, 0110 Burger van Congo (Brazzaville, CG) beside
    // 0451 Burger van Democratische Republiek Congo (CD), 0207 Dominicaanse (DO) beside 0448 Burger van Dominica (DM).
    const byHand: [string, string][] = [
      ['0336', 'SY'],
      ['0084', 'ER'],
      ['0300', 'AF'],
      ['0034', 'UA'],
      ['0315', 'IR'],
      ['0149', 'SO'],
      ['0339', 'TR'],
      ['0001', 'NL'],
      ['0055', 'DE'],
      ['0110', 'CG'],
      ['0451', 'CD'],
      ['0207', 'DO'],
      ['0448', 'DM'],
    ];
    for (const [code, iso] of byHand) expect(nationalitiesOf([code]), code).toEqual([iso]);
    // Ended codes of states that go on: 0124 Zaïrese is the DR Congo, 0082 Oost-Duitse Germany.
    expect(nationalitiesOf(['0124'])).toEqual(['CD']);
    expect(nationalitiesOf(['0082'])).toEqual(['DE']);
  });

  it('every EU, EEA and Swiss nationality the law knows (at any date) has its Tabel 32 code, and no other code maps there', () => {
    const states = new Set(FREE_MOVEMENT_STATES.values.flatMap((v) => v.value as readonly string[]));
    for (const iso of states) expect(nationaliteitCodeOf(iso), iso).not.toBeNull();
    // The law's list, read back from the table: the codes that map into it are those states' own codes only.
    const free = Object.entries({ ...NATIONALITEIT_ISO, ...NATIONALITEIT_ISO_ENDED }).filter(([, iso]) =>
      states.has(iso),
    );
    expect(new Set(free.map(([, iso]) => iso))).toEqual(states);
    expect(free.map(([code]) => code).sort()).toEqual(
      // 0082 Oost-Duitse: the GDR's nationals are Germans since 1990-10-03.
      [...[...states].map((iso) => nationaliteitCodeOf(iso) as string), '0082'].sort(),
    );
    expect(nationaliteitCodeOf('TR')).toBe('0339');
    expect(nationalitiesOf(['0052', '0339', '0052'])).toEqual(['BE', 'TR']);
  });

  it('an unknown nationality does not stop the others; stateless alone is no nationality', () => {
    expect(nationalitiesOf(['0000', '0336'])).toEqual(['SY']);
    expect(nationalitiesOf(['0000'])).toBeNull();
    expect(nationalitiesOf(['0499'])).toEqual([]);
    expect(nationalitiesOf(['0002'])).toBeNull(); // behandeld als Nederlander: no nationality to record
    expect(nationalitiesOf(['0500'])).toBeNull(); // vastgesteld niet-Nederlander: which one is not known
    expect(nationalitiesOf(['0450', '0307'])).toEqual(['CN']); // British National (Overseas) has no alpha-2
    // Such a reading leaves one out (the case file may know it); a stateless or fully known one does not.
    expect(leavesOut(['0000', '0336'])).toBe(true);
    expect(leavesOut(['0499'])).toBe(false);
    expect(leavesOut(['0336', '0339'])).toBe(false);
  });

  it('a code whose successor decides the law, or one not in the table, is not guessed', () => {
    expect(nationalitiesOf(['0078', '0336'])).toBeNull(); // Tsjecho-Slowaakse: Czech or Slovak (EU) is not told
    expect(nationalitiesOf(['0075'])).toBeNull();
    expect(nationalitiesOf(['0065'])).toBeNull();
    expect(nationalitiesOf(['0999', '0057'])).toBeNull();
    expect(nationalitiesOf([undefined])).toBeNull();
    expect(Object.keys(NATIONALITEIT_ISO).every((c) => /^[0-9]{4}$/.test(c))).toBe(true);
  });

  it("reads Haal Centraal's nationality types as their Tabel 32 codes", () => {
    expect(tabel32CodeOf({ type: 'Nationaliteit', nationaliteit: { code: '0336' } })).toBe('0336');
    expect(tabel32CodeOf({ type: 'Staatloos' })).toBe('0499');
    expect(tabel32CodeOf({ type: 'NationaliteitOnbekend' })).toBe('0000');
    expect(tabel32CodeOf({ type: 'BehandeldAlsNederlander' })).toBe('0002');
    expect(tabel32CodeOf({ type: 'VastgesteldNietNederlander' })).toBe('0500');
    expect(tabel32CodeOf({ type: 'Iets' })).toBeUndefined();
  });
});

describe('BRP Tabel 56 (verblijfstitels)', () => {
  it('verblijfstitels map to our residence kinds, the ambiguous ones to none', () => {
    for (const kind of Object.values(VERBLIJFSTITEL_KIND)) expect(RESIDENCE_KINDS).toContain(kind);
    expect(residenceKindOf('26')).toBe('asiel_bepaalde_tijd');
    expect(residenceKindOf('21')).toBe('regulier_bepaalde_tijd');
    expect(residenceKindOf('37')).toBe('eu_verblijfsrecht');
    expect(residenceKindOf('39')).toBe('procedureel');
    for (const c of ['25', '27', '35', '98', '00', '09']) expect(residenceKindOf(c), c).toBeNull();
  });

  it('only a permit is recorded as one: not a procedural stay', () => {
    expect([...PERMIT_KINDS].sort()).toEqual([
      'asiel_bepaalde_tijd',
      'eu_verblijfsrecht',
      'regulier_bepaalde_tijd',
    ]);
    for (const kind of PERMIT_KINDS) expect(Object.values(VERBLIJFSTITEL_KIND)).toContain(kind);
  });
});
