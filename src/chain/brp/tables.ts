/**
 * The BRP's own code tables as the Haal Centraal BRP Personen API answers them (`nationaliteit.code`,
 * `verblijfstitel.aanduiding.code`), mapped to what the facts format uses, for the codes the product needs.
 *
 * Tabel 32 (Nationaliteitentabel, rubriek 05.11): RvIG, Landelijke tabellen 32 t/m 61 (publicaties.rvig.nl,
 * "Landelijke Tabellen 32 t/m 61 in csv formaat"), as copied in MinBZK/nl-wallet
 * wallet_core/gba_hc_converter/resources/stamdata/Tabel32 Nationaliteitentabel (gesorteerd op code).csv
 * (commit 7684a6939c7bcf6a3b9c7f945f1de9af28840397). Mapped: the nationalities that decide Wi2021 art. 3 lid 2 a
 * (the Netherlands, the EU, the other EEA states and Switzerland; src/law/common/nationality.ts, which also needs
 * the United Kingdom before 2021) and the Turkish nationality; each code's description in the table names the
 * nationality. Any other code is not mapped here.
 *
 * Tabel 56 (Verblijfstiteltabel, rubriek 39.10 aanduiding verblijfstitel): RvIG's table as carried by the BRP's own
 * software, MinBZK/OperatieBRP, Kern_BRP_statische_stamgegevens.sql, stamgegeven "Aanduiding verblijfsrecht"
 * (Kern.AandVerblijfsr), whose descriptions cite the Vreemdelingenwet 2000 ground of each code (the codes 37 and 98
 * with the same descriptions appear in the Haal Centraal BRP Personen feature files, BRP-API/Haal-Centraal-BRP-
 * bevragen features/bevragen/persoon/verblijfstitel/). Mapped: the codes whose ground names one of our residence
 * kinds (law/facts/kinds.ts) without doubt. Not mapped: 25 and 27 (a permit for an indefinite period "or" the EU
 * long-term resident status: which of our kinds is not told), 35 (Associatiebesluit 1/80 EEG/Turkije: a right, not
 * a kind of ours), the codes ended before 2014 and 98 (no verblijfstitel). Temporary protection has no code of its
 * own in that table.
 */
import type { ResidenceKind } from '../../law/index.ts';

/** Tabel 32 code → ISO 3166-1 alpha-2 code of the state of that nationality (the facts format's `nationalities`). */
export const NATIONALITEIT_ISO: Readonly<Record<string, string>> = {
  '0001': 'NL', // Nederlandse
  '0027': 'SK', // Slowaakse
  '0028': 'CZ', // Tsjechische
  '0042': 'SI', // Sloveense
  '0043': 'HR', // Kroatische
  '0044': 'LV', // Letse
  '0045': 'EE', // Estische
  '0046': 'LT', // Litouwse
  '0052': 'BE', // Belgische
  '0053': 'BG', // Bulgaarse
  '0054': 'DK', // Deense
  '0055': 'DE', // Burger van de Bondsrepubliek Duitsland
  '0056': 'FI', // Finse
  '0057': 'FR', // Franse
  '0059': 'GR', // Griekse
  '0060': 'GB', // Brits burger
  '0061': 'HU', // Hongaarse
  '0062': 'IE', // Ierse
  '0063': 'IS', // IJslandse
  '0064': 'IT', // Italiaanse
  '0066': 'LI', // Liechtensteinse
  '0067': 'LU', // Luxemburgse
  '0068': 'MT', // Maltese
  '0070': 'NO', // Noorse
  '0071': 'AT', // Oostenrijkse
  '0072': 'PL', // Poolse
  '0073': 'PT', // Portugese
  '0074': 'RO', // Roemeense
  '0077': 'ES', // Spaanse
  '0080': 'SE', // Zweedse
  '0081': 'CH', // Zwitserse
  '0308': 'CY', // Cyprische
  '0339': 'TR', // Turkse
};

/** Tabel 56 code → the residence kind it is (law/facts/kinds.ts). */
export const VERBLIJFSTITEL_KIND: Readonly<Record<string, ResidenceKind>> = {
  '21': 'regulier_bepaalde_tijd', // Vw 2000 art. 8 onder a, regulier bepaalde tijd, arbeid vrij
  '22': 'regulier_bepaalde_tijd', // Vw 2000 art. 8 sub a, VVR bepaalde tijd (arbeid mits TWV; verblijf en arbeid)
  '23': 'regulier_bepaalde_tijd', // Vw 2000 art. 8 onder a, regulier bepaalde tijd, arbeid specifiek
  '24': 'regulier_bepaalde_tijd', // Vw 2000 art. 8 onder a, regulier bepaalde tijd, geen arbeid
  '26': 'asiel_bepaalde_tijd', // Vw 2000 art. 8 onder c, asiel bepaalde tijd
  '28': 'eu_verblijfsrecht', // Vw 2000 art. 8 onder e, gemeenschapsonderdaan economisch actief
  '29': 'eu_verblijfsrecht', // Vw 2000 art. 8 onder e, gemeenschapsonderdaan economisch niet-actief
  '30': 'eu_verblijfsrecht', // Vw 2000 art. 8 onder e, toetsing aan het gemeenschapsrecht
  '36': 'eu_verblijfsrecht', // Vw 2000 art. 8 onder e, gemeenschapsonderdaan economisch actief, arbeid specifiek
  '37': 'eu_verblijfsrecht', // Vw 2000 art. 8 onder e, gemeenschapsonderdaan economisch niet-actief, arbeid spec.
  '38': 'eu_verblijfsrecht', // Vw 2000 art. 8 onder e, toetsing aan het gemeenschapsrecht, arbeid specifiek
  '40': 'eu_verblijfsrecht', // Vw 2000 art. 8 onder e, gemeenschapsonderdaan duurzaam verblijf
  '31': 'procedureel', // Vw 2000 art. 8 onder f en h, in procedure voor een vergunning art. 14
  '32': 'procedureel', // Vw 2000 art. 8 onder f en h, in procedure voor een vergunning art. 28
  '33': 'procedureel', // Vw 2000 art. 8 onder g en h, in procedure voortgezet verblijf, tijdige aanvraag
  '34': 'procedureel', // Vw 2000 art. 8 onder g en h, in procedure voortgezet verblijf, ontijdige aanvraag
  '39': 'procedureel', // Vw 2000 art. 8 onder m, in afwachting van de indiening van een asielaanvraag
  '44': 'procedureel', // Vw 2000 art. 8 onder m, Dublinclaimant, wacht op overdracht
};

/** The ISO codes of a person's Tabel 32 nationalities, or null when one of them is not mapped (nothing is guessed). */
export function nationalitiesOf(codes: readonly string[]): string[] | null {
  const out: string[] = [];
  for (const c of codes) {
    const iso = NATIONALITEIT_ISO[c];
    if (iso === undefined) return null;
    if (!out.includes(iso)) out.push(iso);
  }
  return out;
}

/** The residence kind of a Tabel 56 code, or null when the code is not one mapped here. */
export function residenceKindOf(code: string): ResidenceKind | null {
  return VERBLIJFSTITEL_KIND[code] ?? null;
}

/** Tabel 32 code of an ISO nationality (the BRP simulator answers the BRP's codes), or null when not mapped. */
export function nationaliteitCodeOf(iso: string): string | null {
  for (const [code, x] of Object.entries(NATIONALITEIT_ISO)) if (x === iso) return code;
  return null;
}
