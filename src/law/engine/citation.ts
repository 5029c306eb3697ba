/**
 * Citations: every rule and every parameter value says where it comes from.
 * A statute citation names the law (with its BWB id), the artikel, and where relevant the lid and onderdeel.
 * Other sources (case law, a ministerial page, an official publication) carry a reference and a URL.
 */

export type LawId =
  | 'wi2021'
  | 'bi2021'
  | 'ri2021'
  | 'wi2013'
  | 'bi2013'
  | 'ri2013'
  | 'wet2012'
  | 'pw'
  | 'vw'
  | 'vb'
  | 'rwn'
  | 'atw'
  | 'aow'
  | 'lpw'
  | 'awb'
  | 'remigratiewet'
  | 'huisvestingswet';

export interface Law {
  readonly id: LawId;
  /** Identifier in the Basis Wetten Bestand (wetten.overheid.nl). */
  readonly bwb: string;
  /** Citation title as the law itself gives it. */
  readonly title: string;
}

export const LAWS: Readonly<Record<LawId, Law>> = {
  wi2021: { id: 'wi2021', bwb: 'BWBR0044770', title: 'Wet inburgering 2021' },
  bi2021: { id: 'bi2021', bwb: 'BWBR0045555', title: 'Besluit inburgering 2021' },
  ri2021: { id: 'ri2021', bwb: 'BWBR0045574', title: 'Regeling inburgering 2021' },
  wi2013: { id: 'wi2013', bwb: 'BWBR0020611', title: 'Wet inburgering' },
  bi2013: { id: 'bi2013', bwb: 'BWBR0020674', title: 'Besluit inburgering' },
  ri2013: { id: 'ri2013', bwb: 'BWBR0020726', title: 'Regeling inburgering' },
  wet2012: { id: 'wet2012', bwb: 'BWBR0032298', title: 'Wet van 13 september 2012 (Stb. 2012, 430)' },
  pw: { id: 'pw', bwb: 'BWBR0015703', title: 'Participatiewet' },
  vw: { id: 'vw', bwb: 'BWBR0011823', title: 'Vreemdelingenwet 2000' },
  vb: { id: 'vb', bwb: 'BWBR0011825', title: 'Vreemdelingenbesluit 2000' },
  rwn: { id: 'rwn', bwb: 'BWBR0003738', title: 'Rijkswet op het Nederlanderschap' },
  atw: { id: 'atw', bwb: 'BWBR0002448', title: 'Algemene termijnenwet' },
  aow: { id: 'aow', bwb: 'BWBR0002221', title: 'Algemene Ouderdomswet' },
  lpw: { id: 'lpw', bwb: 'BWBR0002628', title: 'Leerplichtwet 1969' },
  awb: { id: 'awb', bwb: 'BWBR0005537', title: 'Algemene wet bestuursrecht' },
  remigratiewet: { id: 'remigratiewet', bwb: 'BWBR0010424', title: 'Remigratiewet' },
  huisvestingswet: { id: 'huisvestingswet', bwb: 'BWBR0035303', title: 'Huisvestingswet 2014' },
};

/** How sure we are of a value or reading (law brief §0): read in the law, an official page, inferred, recalled. */
export type Confidence = 'V' | 'S' | 'I' | 'R';

export interface StatuteCitation {
  readonly kind: 'statute';
  readonly law: LawId;
  readonly artikel: string;
  readonly lid?: string;
  readonly onderdeel?: string;
}

export interface SourceCitation {
  readonly kind: 'source';
  /** A short reference, e.g. 'HvJ EU 4 februari 2025, C-158/23' or 'rijksoverheid.nl, AOW-leeftijd'. */
  readonly ref: string;
  readonly url: string;
}

export type Citation = StatuteCitation | SourceCitation;

/** `art(law, '11', '2')` cites artikel 11 lid 2; `art(law, '4', '1', 'a')` adds onderdeel a. */
export function art(law: LawId, artikel: string, lid?: string, onderdeel?: string): StatuteCitation {
  const c: { kind: 'statute'; law: LawId; artikel: string; lid?: string; onderdeel?: string } = {
    kind: 'statute',
    law,
    artikel,
  };
  if (lid !== undefined) c.lid = lid;
  if (onderdeel !== undefined) c.onderdeel = onderdeel;
  return c;
}

export function source(ref: string, url: string): SourceCitation {
  return { kind: 'source', ref, url };
}

/** Link to the article on wetten.overheid.nl, at a consolidation date if given. */
export function citationUrl(c: Citation, on?: string): string {
  if (c.kind === 'source') return c.url;
  const law = LAWS[c.law];
  const anchor = `#Artikel${c.artikel}`;
  return on
    ? `https://wetten.overheid.nl/${law.bwb}/${on}${anchor}`
    : `https://wetten.overheid.nl/${law.bwb}${anchor}`;
}

/** Citation text in Dutch style, which the law's users read in any language: `art. 11 lid 2 Wet inburgering 2021`. */
export function citationText(c: Citation): string {
  if (c.kind === 'source') return c.ref;
  let s = `art. ${c.artikel}`;
  if (c.lid) s += ` lid ${c.lid}`;
  if (c.onderdeel) s += ` onder ${c.onderdeel}`;
  return `${s} ${LAWS[c.law].title}`;
}
