/**
 * The one text formatter of every face (CLI, API, case file, simulation, web): messages in ICU MessageFormat
 * (intl-messageformat: `{name}`, `{n, plural, one {# maand} other {# maanden}}`, `{x, select, ...}`,
 * `{n, number}`), dates, numbers and country names from the platform's `Intl` (CLDR).
 *
 * One rule for a value the code did not give (or gave as null): it is written as an em dash (—), never as the
 * placeholder, never an exception. A message that cannot be parsed is returned as written. Values are prepared
 * before formatting: an ISO date (YYYY-MM-DD) is written out in the reader's language (`date`), a list is joined
 * with ", ". Pure: no clock, no I/O (dates are computed from the ISO text, not from the platform's Date).
 */
import { IntlMessageFormat } from 'intl-messageformat';

export type Catalog = Readonly<Record<string, string>>;
export type Args = Readonly<Record<string, unknown>>;

/** What a missing or null value is written as. */
export const MISSING = '—';

/**
 * The BCP 47 locale each language is written in. Arabic: the Levantine month names (كانون الثاني, شباط, ...) that
 * Syrians read, with Latin digits as in the Dutch letters people hold next to the answer.
 */
const LOCALES: Readonly<Record<string, readonly string[]>> = {
  nl: ['nl-NL'],
  en: ['en-GB'],
  ar: ['ar-SY-u-nu-latn', 'ar-u-nu-latn'],
  ti: ['ti-ER', 'ti'],
  tr: ['tr-TR'],
  uk: ['uk-UA'],
};

/**
 * The answer of `localeOf` per language, asked once: `supportedLocalesOf` costs milliseconds a call in a browser
 * (a CPU profile of the checker's first question on a phone profile showed 32 ms in it, before this cache).
 */
const platformLocale = new Map<string, string>();

export function localeOf(lang: string): string {
  let found = platformLocale.get(lang);
  if (found === undefined) {
    found = firstSupported(LOCALES[lang] ?? [lang]);
    platformLocale.set(lang, found);
  }
  return found;
}

/** The first of `wanted` the platform supports (the last one when it supports none). */
function firstSupported(wanted: readonly string[]): string {
  for (const l of wanted) {
    try {
      if (Intl.DateTimeFormat.supportedLocalesOf([l]).length > 0) return l;
    } catch {
      // not a valid tag on this platform: try the next
    }
  }
  return wanted[wanted.length - 1] ?? 'nl-NL';
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Month names for the one language whose locale data platforms lack: Chromium claims `ti-ER` but writes
 * "2026 M03 5" (no Tigrinya names) while Node writes "መጋቢት 5, 2026". So that the CLI, the API and the browser write
 * the same date, Tigrinya dates are "day month year" with these names everywhere; every other language takes its
 * months from Intl.
 */
const OWN_MONTHS: Readonly<Record<string, readonly string[]>> = {
  ti: ['ጥሪ', 'ለካቲት', 'መጋቢት', 'ሚያዝያ', 'ግንቦት', 'ሰነ', 'ሓምለ', 'ነሓሰ', 'መስከረም', 'ጥቅምቲ', 'ሕዳር', 'ታሕሳስ'],
};

/** Milliseconds since 1970-01-01 (UTC) of a civil date, without the Date global (Howard Hinnant's algorithm). */
function epochMs(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return (era * 146097 + doe - 719468) * 86_400_000;
}

/** Text lookup and formatting in one language over a chain of catalogs (the first that has a key wins). */
export interface Formatter {
  readonly lang: string;
  readonly locale: string;
  /** Whether a catalog of the chain has `key`. */
  has(key: string): boolean;
  /** The message for `key` with `args` filled; the key itself when no catalog has it. */
  t(key: string, args?: Args): string;
  /** A message text (not a key) with `args` filled. */
  format(template: string, args?: Args): string;
  /** An ISO date written out ("15 januari 2025", "15 كانون الثاني 2025"); other text is returned as is. */
  date(iso: string): string;
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /** A country's name for its ISO 3166-1 alpha-2 code; the code when the platform knows no name. */
  country(code: string): string;
}

export interface FormatterOptions {
  /** Called for each placeholder a message uses that `args` does not give (tests use it to find gaps). */
  readonly onMissing?: (key: string, name: string) => void;
  /** Whether ISO dates in values are written out (default true); false keeps them as YYYY-MM-DD. */
  readonly writeDates?: boolean;
}

interface Compiled {
  readonly mf: IntlMessageFormat | null;
  readonly names: readonly string[];
}

/** The argument names a parsed message uses (in plurals and selects too). */
function argumentNames(ast: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(ast)) for (const el of ast) argumentNames(el, out);
  else if (ast && typeof ast === 'object') {
    const el = ast as { type?: number; value?: unknown; options?: Record<string, { value: unknown }> };
    // Types 1-6 are argument, number, date, time, select and plural; 0 is literal, 7 pound, 8 tag.
    if (typeof el.type === 'number' && el.type >= 1 && el.type <= 6 && typeof el.value === 'string')
      out.add(el.value);
    if (el.options) for (const o of Object.values(el.options)) argumentNames(o.value, out);
    if (el.type === 8 && Array.isArray((el as { children?: unknown }).children))
      argumentNames((el as { children: unknown }).children, out);
  }
  return out;
}

/** The placeholder names of a message (for the catalog tests); null when it does not parse. */
export function placeholders(template: string, lang = 'nl'): readonly string[] | null {
  try {
    const mf = new IntlMessageFormat(template, localeOf(lang), undefined, { ignoreTag: true });
    return [...argumentNames(mf.getAst())].sort();
  } catch {
    return null;
  }
}

/** Compiled messages and written dates kept per formatter, bounded (a caseload repeats the same few thousand). */
const CACHE_LIMIT = 20_000;

export function formatter(
  lang: string,
  chain: readonly Catalog[],
  options: FormatterOptions = {},
): Formatter {
  const merged = new Map<string, string>();
  for (let i = chain.length - 1; i >= 0; i--) {
    for (const [k, v] of Object.entries(chain[i] ?? {})) if (v !== undefined) merged.set(k, v);
  }
  const locale = localeOf(lang);
  const writeDates = options.writeDates ?? true;
  let dateFormat: Intl.DateTimeFormat | null = null;
  const dates = new Map<string, string>();
  const date = (iso: string): string => {
    let out = dates.get(iso);
    if (out === undefined) {
      const m = ISO.exec(iso);
      if (!m) return iso;
      dateFormat ??= new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const own = OWN_MONTHS[lang];
      out = own ? `${d} ${own[mo - 1]} ${y}` : dateFormat.format(epochMs(y, mo, d));
      if (dates.size >= CACHE_LIMIT) dates.clear();
      dates.set(iso, out);
    }
    return out;
  };
  let countries: Intl.DisplayNames | null | undefined;
  const country = (code: string): string => {
    if (countries === undefined) {
      try {
        countries = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
      } catch {
        countries = null;
      }
    }
    try {
      return countries?.of(code) ?? code;
    } catch {
      return code;
    }
  };
  const numbers = new Map<string, Intl.NumberFormat>();
  const number = (n: number, opts?: Intl.NumberFormatOptions): string => {
    const k = opts ? JSON.stringify(opts) : '';
    let f = numbers.get(k);
    if (!f) {
      f = new Intl.NumberFormat(locale, opts);
      numbers.set(k, f);
    }
    return f.format(n);
  };
  const compiled = new Map<string, Compiled>();
  const compile = (template: string): Compiled => {
    let c = compiled.get(template);
    if (c === undefined) {
      try {
        const mf = new IntlMessageFormat(template, locale, undefined, { ignoreTag: true });
        c = { mf, names: [...argumentNames(mf.getAst())] };
      } catch {
        c = { mf: null, names: [] };
      }
      if (compiled.size >= CACHE_LIMIT) compiled.clear();
      compiled.set(template, c);
    }
    return c;
  };
  const prepare = (v: unknown): unknown => {
    if (v === undefined || v === null) return MISSING;
    if (typeof v === 'number') return v;
    if (typeof v === 'string') return writeDates && ISO.test(v) ? date(v) : v;
    if (Array.isArray(v)) return v.map((x) => String(prepare(x))).join(', ');
    return String(v);
  };
  const run = (key: string, template: string, args: Args): string => {
    const c = compile(template);
    if (c.mf === null) return template;
    if (c.names.length === 0) return template;
    const values: Record<string, unknown> = {};
    for (const name of c.names) {
      const v = args[name];
      if (v === undefined) options.onMissing?.(key, name);
      values[name] = prepare(v);
    }
    try {
      let out = String(c.mf.format(values as Record<string, string | number>));
      // A value ending in an abbreviation's dot (Ukrainian dates: "15 лютого 2027 р.") at the end of a sentence:
      // one full stop, not two.
      for (const v of Object.values(values))
        if (typeof v === 'string' && v.endsWith('.') && out.includes(`${v}.`))
          out = out.split(`${v}.`).join(v);
      return out;
    } catch {
      return template;
    }
  };
  return {
    lang,
    locale,
    has: (key) => merged.has(key),
    t: (key, args = {}) => {
      const template = merged.get(key);
      return template === undefined ? key : run(key, template, args);
    },
    format: (template, args = {}) => run(template, template, args),
    date,
    number,
    country,
  };
}

const BARE = new Map<string, Formatter>();

/**
 * A message text (not a key) in `lang` with `args` filled, for the catalogs kept as typed objects (API, case file,
 * simulation, CLI): the same ICU formatting and the same rule for a missing value (—); dates stay YYYY-MM-DD,
 * as those faces print them.
 */
export function formatMessage(lang: string, template: string, args: Args = {}): string {
  let f = BARE.get(lang);
  if (!f) {
    f = formatter(lang, [], { writeDates: false });
    BARE.set(lang, f);
  }
  return f.format(template, args);
}
