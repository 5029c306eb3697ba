/**
 * Dutch terms inside a text in another language (the law's own words, DUO's acronyms, law names) marked
 * `lang="nl"`, so a screen reader switches to a Dutch voice for them (WCAG 3.1.2). The texts keep the Dutch term
 * on purpose: it is the word the person will meet in letters from the gemeente and DUO. A term ends where the Latin
 * script ends, so Tigrinya's suffixes ("DUOን") do not hide it.
 */
import { Fragment, type ReactNode } from 'react';
import type { Lang } from '../i18n/languages.ts';

/** The terms, longest first so "Wet inburgering 2021" wins over "inburgering". */
const TERMS = [
  'Wet inburgering 2021',
  'Wet inburgering 2013',
  'Wet inburgering',
  'Besluit inburgering 2021',
  'Besluit inburgering 2013',
  'Regeling inburgering 2021',
  'Algemene Ouderdomswet',
  'Algemene termijnenwet',
  'Participatiewet',
  'maatschappelijke begeleiding',
  'inburgeringsplichtige',
  'inburgeringsplichtig',
  'inburgeringsplicht',
  'inburgeringstermijn',
  'inburgeringsexamen',
  'inburgeren.nl',
  'inburgering',
  'overheid.nl',
  'brede intake',
  'onderwijsroute',
  'B1-route',
  'Z-route',
  'leerroute',
  'Leerroute',
  'ontzorgen',
  'bijstand',
  'taaleis',
  'gemeente',
  'mvv',
  'ABRvS',
  'HvJ EU',
  'PIP',
  'DUO',
  'PVT',
  'MAP',
  'KNM',
  'BRP',
  'AOW',
  'IND',
];

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERN = new RegExp(
  `(?<![\\p{Script=Latin}\\p{N}_-])(${TERMS.map(literal).join('|')})(?![\\p{Script=Latin}\\p{N}_-])`,
  'gu',
);

/** `text` with each Dutch term in a `<span lang="nl">`; the text itself when the page is Dutch or has none. */
export function withDutch(text: string, lang: Lang): ReactNode {
  if (lang === 'nl' || !text) return text;
  const parts = text.split(PATTERN);
  if (parts.length === 1) return text;
  // split() with one capture group: even indexes are the text between, odd ones the terms.
  return parts.map((p, i) =>
    i % 2 === 1 ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in order
      <span key={i} lang="nl">
        {p}
      </span>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in order
      <Fragment key={i}>{p}</Fragment>
    ),
  );
}
