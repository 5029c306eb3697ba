/**
 * The BRP's own code tables as the Haal Centraal BRP Personen API answers them (`nationaliteiten[].type` and
 * `nationaliteit.code`, `verblijfstitel.aanduiding.code`), mapped to what the facts format uses.
 *
 * Tabel 32 (Nationaliteitentabel, rubriek 05.10): RvIG, Landelijke tabellen 32 t/m 61 (publicaties.rvig.nl,
 * "Landelijke Tabellen 32 t/m 61 in csv formaat"), the version downloaded on 2024-04-24 into MinBZK/nl-wallet
 * wallet_core/gba_hc_converter/resources/stamdata/Tabel32 Nationaliteitentabel (gesorteerd op code).csv (sha256
 * ab35e37f…, unchanged in that repository's snapshot of 2026-08-06; its newest entry is 0088 of 2019-02-12): 217
 * codes. Every code is decided here, in one of three maps:
 * - NATIONALITEIT_ISO: each code in force to the ISO 3166-1 alpha-2 code of the state of that nationality (cross-
 *   checked against the alpha-2 codes the BRP's own software gives its Landentabel, MinBZK/OperatieBRP
 *   Kern_BRP_statische_stamgegevens.sql, Kern.LandGebied column ISO31661Alpha2; the test checks that each is an
 *   assigned ISO code). One user-assigned code: Kosovo has no ISO 3166-1 code (none in that Landentabel either); XK
 *   (the user-assigned code the European Commission uses) says what the law needs, a state outside the EU, the EEA
 *   and Switzerland.
 * - NATIONALITEIT_ISO_ENDED: codes the table ended for a state that goes on under another name (Burma, Zaire,
 *   Swaziland, Macedonia, Western Samoa) or inside another state (the GDR in Germany, the two Yemens in Yemen): that
 *   state's code.
 * - NATIONALITEIT_WITHOUT_ISO: the rest, each with what the sync records (below).
 *
 * What the law needs is whether a person is Dutch, a national of an EU/EEA state or Switzerland, Turkish or else
 * (Wi2021 art. 3 lid 1 and 2 a; src/law/common/nationality.ts). For the codes without an alpha-2:
 * - 'onbekend' (nothing recorded for this code; the person's other nationalities are): 0000 onbekend (the BRP itself
 *   does not know); 0002 behandeld als Nederlander and 0500 vastgesteld niet-Nederlander (no nationality: the first is
 *   no vreemdeling under Vw 2000 art. 1, but NL would make the person a Dutch national for every rule that reads it;
 *   the second is not Dutch, with the nationality not established; the BRP registers neither beside another
 *   nationality, so for such a person nothing is recorded and the klantmanager decides); the British classes 0083,
 *   0085, 0429 and 0450 (British subject, British overseas citizen, British dependent territories citizen, British
 *   National (Overseas): no alpha-2 of their own, and GB would make them EU nationals before 2021, which they were
 *   not); 0453 Servië en Montenegro (ended 2006; both successor states are outside the EU, so the law's answer does
 *   not hang on it).
 * - 'staatloos' (0499): a real status; alone it is recorded as no nationality at all (an empty list), which the law
 *   reads as not Dutch and not EU/EEA/Swiss.
 * - 'opvolger_onbepaald' (0065 Joegoslavische, 0075 Sovjet-Unie, 0078 Tsjecho-Slowaakse): a dissolved state whose
 *   successors include EU member states (Slovenia, Croatia; Estonia, Latvia, Lithuania; Czechia, Slovakia), so the
 *   law's answer hangs on which: nothing is recorded for the person (the klantmanager records what the documents say).
 * A code not in the table at all (a newer table) is treated as 'opvolger_onbepaald': nothing is guessed.
 *
 * Tabel 56 (Verblijfstiteltabel, rubriek 39.10 aanduiding verblijfstitel): RvIG's table as carried by the BRP's own
 * software, MinBZK/OperatieBRP, Kern_BRP_statische_stamgegevens.sql, stamgegeven "Aanduiding verblijfsrecht"
 * (Kern.AandVerblijfsr), whose descriptions cite the Vreemdelingenwet 2000 ground of each code (the codes 37 and 98
 * with the same descriptions appear in the Haal Centraal BRP Personen feature files, BRP-API/Haal-Centraal-BRP-
 * bevragen features/bevragen/persoon/verblijfstitel/). Mapped: the codes whose ground names one of our residence
 * kinds (law/facts/kinds.ts) without doubt. Not mapped: 25 and 27 (a permit for an indefinite period "or" the EU
 * long-term resident status: which of our kinds is not told), 35 (Associatiebesluit 1/80 EEG/Turkije: a right, not
 * a kind of ours), 41-43 (lawful residence ended, or on an EHRM measure or the minister's instruction: no kind of
 * ours), the codes ended before 2014 and 98 (no verblijfstitel). Temporary protection has no code of its own in that
 * table. Of the mapped codes the sync records only those that are a permit (PERMIT_KINDS): a procedural stay
 * ('procedureel', 31-34, 39, 44) is no permit granted, and 33 and 34 (continued residence applied for) follow a permit
 * the BRP no longer shows, so as the only residence in the case file it would tell the law that no permit obliged.
 */
import type { ResidenceKind } from '../../law/index.ts';

/** Tabel 32 code in force → ISO 3166-1 alpha-2 code of the state of that nationality. */
export const NATIONALITEIT_ISO: Readonly<Record<string, string>> = {
  '0001': 'NL', // Dutch
  '0027': 'SK', // Slovak
  '0028': 'CZ', // Czech
  '0029': 'BA', // citizen of Bosnia and Herzegovina
  '0030': 'GE', // Georgian
  '0031': 'TM', // Turkmen
  '0032': 'TJ', // Tajik
  '0033': 'UZ', // Uzbek
  '0034': 'UA', // Ukrainian
  '0035': 'KG', // Kyrgyz
  '0036': 'MD', // Moldovan
  '0037': 'KZ', // Kazakh
  '0038': 'BY', // Belarusian
  '0039': 'AZ', // Azerbaijani
  '0040': 'AM', // Armenian
  '0041': 'RU', // Russian
  '0042': 'SI', // Slovenian
  '0043': 'HR', // Croatian
  '0044': 'LV', // Latvian
  '0045': 'EE', // Estonian
  '0046': 'LT', // Lithuanian
  '0047': 'MH', // Marshallese
  '0048': 'MM', // Myanmar
  '0049': 'NA', // Namibian
  '0050': 'AL', // Albanian
  '0051': 'AD', // Andorran
  '0052': 'BE', // Belgian
  '0053': 'BG', // Bulgarian
  '0054': 'DK', // Danish
  '0055': 'DE', // citizen of the Federal Republic of Germany
  '0056': 'FI', // Finnish
  '0057': 'FR', // French
  '0058': 'YE', // Yemeni
  '0059': 'GR', // Greek
  '0060': 'GB', // British citizen
  '0061': 'HU', // Hungarian
  '0062': 'IE', // Irish
  '0063': 'IS', // Icelandic
  '0064': 'IT', // Italian
  '0066': 'LI', // Liechtenstein
  '0067': 'LU', // Luxembourg
  '0068': 'MT', // Maltese
  '0069': 'MC', // Monegasque
  '0070': 'NO', // Norwegian
  '0071': 'AT', // Austrian
  '0072': 'PL', // Polish
  '0073': 'PT', // Portuguese
  '0074': 'RO', // Romanian
  '0076': 'SM', // San Marinese
  '0077': 'ES', // Spanish
  '0079': 'VA', // Vatican
  '0080': 'SE', // Swedish
  '0081': 'CH', // Swiss
  '0084': 'ER', // Eritrean
  '0087': 'XK', // Kosovar (user-assigned code, see above)
  '0088': 'MK', // Macedonian / citizen of North Macedonia
  '0100': 'DZ', // Algerian
  '0101': 'AO', // Angolan
  '0104': 'BI', // Burundian
  '0105': 'BW', // Botswanan
  '0106': 'BF', // Burkinabe
  '0108': 'CF', // Central African
  '0109': 'KM', // Comorian
  '0110': 'CG', // citizen of the Congo (Brazzaville)
  '0111': 'BJ', // Beninese
  '0112': 'EG', // Egyptian
  '0113': 'GQ', // Equatorial Guinean
  '0114': 'ET', // Ethiopian
  '0115': 'DJ', // Djiboutian
  '0116': 'GA', // Gabonese
  '0117': 'GM', // Gambian
  '0118': 'GH', // Ghanaian
  '0119': 'GN', // Guinean
  '0120': 'CI', // Ivorian
  '0121': 'CV', // Cape Verdean
  '0122': 'CM', // Cameroonian
  '0123': 'KE', // Kenyan
  '0125': 'LS', // Lesothan
  '0126': 'LR', // Liberian
  '0127': 'LY', // Libyan
  '0128': 'MG', // Malagasy
  '0129': 'MW', // Malawian
  '0130': 'ML', // Malian
  '0131': 'MA', // Moroccan
  '0132': 'MR', // Mauritanian
  '0133': 'MU', // Mauritian
  '0134': 'MZ', // Mozambican
  '0136': 'NE', // Nigerien
  '0137': 'NG', // Nigerian
  '0138': 'UG', // Ugandan
  '0139': 'GW', // Bissau-Guinean
  '0140': 'ZA', // South African
  '0141': 'SZ', // Eswatini
  '0142': 'ZW', // Zimbabwean
  '0143': 'RW', // Rwandan
  '0144': 'ST', // citizen of São Tomé and Príncipe
  '0145': 'SN', // Senegalese
  '0147': 'SL', // Sierra Leonean
  '0148': 'SD', // Sudanese
  '0149': 'SO', // Somali
  '0151': 'TZ', // Tanzanian
  '0152': 'TG', // Togolese
  '0154': 'TD', // Chadian
  '0155': 'TN', // Tunisian
  '0156': 'ZM', // Zambian
  '0157': 'SS', // South Sudanese
  '0200': 'BS', // Bahamian
  '0202': 'BZ', // Belizean
  '0204': 'CA', // Canadian
  '0205': 'CR', // Costa Rican
  '0206': 'CU', // Cuban
  '0207': 'DO', // Dominican (Dominican Republic; Dominica is 0448)
  '0208': 'SV', // Salvadoran
  '0211': 'GT', // Guatemalan
  '0212': 'HT', // Haitian
  '0213': 'HN', // Honduran
  '0214': 'JM', // Jamaican
  '0216': 'MX', // Mexican
  '0218': 'NI', // Nicaraguan
  '0219': 'PA', // Panamanian
  '0222': 'TT', // citizen of Trinidad and Tobago
  '0223': 'US', // US citizen
  '0250': 'AR', // Argentine
  '0251': 'BB', // Barbadian
  '0252': 'BO', // Bolivian
  '0253': 'BR', // Brazilian
  '0254': 'CL', // Chilean
  '0255': 'CO', // Colombian
  '0256': 'EC', // Ecuadorian
  '0259': 'GY', // Guyanese
  '0261': 'PY', // Paraguayan
  '0262': 'PE', // Peruvian
  '0263': 'SR', // Surinamese
  '0264': 'UY', // Uruguayan
  '0265': 'VE', // Venezuelan
  '0267': 'GD', // Grenadian
  '0268': 'KN', // citizen of Saint Kitts and Nevis
  '0300': 'AF', // Afghan
  '0301': 'BH', // Bahraini
  '0302': 'BT', // Bhutanese
  '0304': 'BN', // Bruneian
  '0305': 'KH', // Cambodian
  '0306': 'LK', // Sri Lankan
  '0307': 'CN', // Chinese
  '0308': 'CY', // Cypriot
  '0309': 'PH', // Filipino
  '0310': 'TW', // Taiwanese
  '0312': 'IN', // Indian
  '0313': 'ID', // Indonesian
  '0314': 'IQ', // Iraqi
  '0315': 'IR', // Iranian
  '0316': 'IL', // Israeli
  '0317': 'JP', // Japanese
  '0319': 'JO', // Jordanian
  '0320': 'KW', // Kuwaiti
  '0321': 'LA', // Lao
  '0322': 'LB', // Lebanese
  '0324': 'MV', // Maldivian
  '0325': 'MY', // Malaysian
  '0326': 'MN', // Mongolian
  '0327': 'OM', // Omani
  '0328': 'NP', // Nepalese
  '0329': 'KP', // North Korean
  '0331': 'PK', // Pakistani
  '0333': 'QA', // Qatari
  '0334': 'SA', // Saudi
  '0335': 'SG', // Singaporean
  '0336': 'SY', // Syrian
  '0337': 'TH', // Thai
  '0338': 'AE', // citizen of the United Arab Emirates
  '0339': 'TR', // Turkish
  '0341': 'KR', // South Korean
  '0342': 'VN', // Vietnamese
  '0345': 'BD', // Bangladeshi
  '0400': 'AU', // Australian
  '0401': 'PG', // Papua New Guinean
  '0402': 'NZ', // New Zealand
  '0405': 'WS', // Samoan
  '0421': 'AG', // citizen of Antigua and Barbuda
  '0424': 'VU', // Vanuatuan
  '0425': 'FJ', // Fijian
  '0430': 'TO', // Tongan
  '0431': 'NR', // Nauruan
  '0432': 'PW', // Palauan
  '0437': 'US', // US national (not a citizen): still the United States' nationality
  '0442': 'SB', // Solomon Islander
  '0443': 'FM', // Micronesian
  '0444': 'SC', // Seychellois
  '0445': 'KI', // I-Kiribati
  '0446': 'TV', // Tuvaluan
  '0447': 'LC', // Saint Lucian
  '0448': 'DM', // citizen of Dominica
  '0449': 'VC', // citizen of Saint Vincent and the Grenadines
  '0451': 'CD', // citizen of the Democratic Republic of the Congo
  '0452': 'TL', // citizen of Timor-Leste
  '0454': 'RS', // Serbian
  '0455': 'ME', // Montenegrin
};

/** Tabel 32 codes ended for a state that goes on (renamed or joined): the alpha-2 code of that state now. */
export const NATIONALITEIT_ISO_ENDED: Readonly<Record<string, string>> = {
  '0082': 'DE', // East German (ended 1990-10-03, German reunification)
  '0086': 'MK', // Macedonian (ended 2019-02-12, renamed North Macedonia: 0088)
  '0124': 'CD', // Zairean (ended 1997-07-15, Zaire renamed DR Congo: 0451)
  '0135': 'SZ', // Swazi (ended 2018-04-19, Swaziland renamed Eswatini: 0141)
  '0303': 'MM', // Burmese (ended 1989-06-18, Burma renamed Myanmar: 0048)
  '0318': 'YE', // North Yemeni (ended 1990-05-22, unified Yemen: 0058)
  '0340': 'YE', // South Yemeni (ended 1990-05-22, unified Yemen: 0058)
  '0404': 'WS', // Western Samoan (ended 1997-07-04, renamed Samoa: 0405)
};

/** What the sync records for a Tabel 32 code without an alpha-2 (see the head of this file). */
export type NationaliteitWithoutIso = 'onbekend' | 'staatloos' | 'opvolger_onbepaald';

export const NATIONALITEIT_WITHOUT_ISO: Readonly<Record<string, NationaliteitWithoutIso>> = {
  '0000': 'onbekend', // unknown
  '0002': 'onbekend', // treated as Dutch (no nationality; ended as a code in 2007, now the type BehandeldAlsNederlander)
  '0065': 'opvolger_onbepaald', // Yugoslav (ended 2004-02-01)
  '0075': 'opvolger_onbepaald', // citizen of the Soviet Union (ended 1991-12-31)
  '0078': 'opvolger_onbepaald', // Czechoslovak (ended 1993-01-01)
  '0083': 'onbekend', // British subject
  '0085': 'onbekend', // British overseas citizen
  '0429': 'onbekend', // citizen of British dependent territories
  '0450': 'onbekend', // British National (Overseas)
  '0453': 'onbekend', // citizen of Serbia and Montenegro (ended 2006-06-03; Serbia 0454, Montenegro 0455)
  '0499': 'staatloos', // stateless
  '0500': 'onbekend', // established not Dutch (ended as a code in 2007, now the type VastgesteldNietNederlander)
};

/**
 * The Tabel 32 code behind one of Haal Centraal's `nationaliteiten` (its `type`): a known nationality carries its
 * code; the other types stand for the codes 0000, 0499, 0002 and 0500 (BRP Personen feature "nationaliteit",
 * overzicht.feature). Undefined for a type the API did not have when this was written.
 */
export function tabel32CodeOf(n: {
  readonly type?: string;
  readonly nationaliteit?: { readonly code: string };
}): string | undefined {
  switch (n.type) {
    case 'Nationaliteit':
      return n.nationaliteit?.code;
    case 'NationaliteitOnbekend':
      return '0000';
    case 'Staatloos':
      return '0499';
    case 'BehandeldAlsNederlander':
      return '0002';
    case 'VastgesteldNietNederlander':
      return '0500';
    default:
      return undefined;
  }
}

/**
 * A person's nationalities (ISO codes) from their Tabel 32 codes, or null when the BRP tells nothing the facts can
 * hold: only 'onbekend' codes, or one code whose successor state decides the law ('opvolger_onbepaald') or that is not
 * in the table (nothing is guessed). 'onbekend' codes are left out of the list; stateless alone is an empty list.
 */
export function nationalitiesOf(codes: readonly (string | undefined)[]): string[] | null {
  const out: string[] = [];
  let stateless = false;
  for (const c of codes) {
    const iso = c === undefined ? undefined : (NATIONALITEIT_ISO[c] ?? NATIONALITEIT_ISO_ENDED[c]);
    if (iso !== undefined) {
      if (!out.includes(iso)) out.push(iso);
      continue;
    }
    const without = c === undefined ? undefined : NATIONALITEIT_WITHOUT_ISO[c];
    if (without === 'staatloos') stateless = true;
    else if (without !== 'onbekend') return null;
  }
  if (out.length > 0) return out;
  return stateless ? [] : null;
}

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

/** The residence kinds the sync records as a permit from the BRP (not 'procedureel': see the head of this file). */
export const PERMIT_KINDS: ReadonlySet<ResidenceKind> = new Set([
  'regulier_bepaalde_tijd',
  'asiel_bepaalde_tijd',
  'eu_verblijfsrecht',
]);

/** Whether the BRP's reading leaves a nationality out ('onbekend'): the case file may know more than the BRP then. */
export function leavesOut(codes: readonly (string | undefined)[]): boolean {
  return codes.some((c) => c !== undefined && NATIONALITEIT_WITHOUT_ISO[c] === 'onbekend');
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
