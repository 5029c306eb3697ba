/**
 * Teksten van de website en de inburgeringscheck, in eenvoudig Nederlands (B1). De andere talen hebben dezelfde
 * sleutels (een test controleert dat). `{{naam}}` wordt ingevuld.
 */
export const nl = {
  app: {
    name: 'Inburgering',
    tagline: 'Regels van de Wet inburgering, uitgelegd',
    skipLink: 'Naar de inhoud',
    navLabel: 'Hoofdmenu',
    navChecker: 'Moet ik inburgeren?',
    navWorkspace: 'Voor medewerkers',
    langLabel: 'Taal',
    machineTranslation: '',
    footerDisclaimer:
      'Deze check geeft een indicatie op basis van de wet. U kunt er geen rechten aan ontlenen. DUO en uw gemeente beslissen.',
    footerPrivacy: 'We bewaren niets van wat u invult. De check werkt helemaal in uw browser.',
    footerSource: 'Open source, licentie EUPL-1.2',
    notFoundTitle: 'Deze pagina bestaat niet',
    notFoundText: 'Controleer het adres, of ga naar de beginpagina.',
    home: 'Naar de beginpagina',
    loading: 'Bezig met laden…',
  },
  home: {
    title: 'Moet ik inburgeren?',
    intro:
      'Met deze check ziet u of u moet inburgeren, welke wet voor u geldt, wat u moet doen en vóór welke datum. U ziet ook waarom: bij elke reden staat het wetsartikel.',
    howTitle: 'Hoe werkt het?',
    how1: 'We stellen alleen de vragen die nodig zijn voor uw antwoord. Meestal zijn dat er 1 tot 7.',
    how2: 'Houd uw verblijfsdocument en de brief van DUO bij de hand, als u die hebt.',
    how3: 'We bewaren niets. U hoeft niet in te loggen.',
    start: 'Start de check',
  },
  checker: {
    title: 'Inburgeringscheck',
    progress: 'Vraag {{n}}',
    next: 'Volgende',
    back: 'Vorige vraag',
    restart: 'Opnieuw beginnen',
    skip: 'Weet ik niet',
    yes: 'Ja',
    no: 'Nee',
    errorSummary: 'Er is iets niet goed ingevuld',
    errorChoice: 'Kies een antwoord.',
    errorDate: 'Vul een geldige datum in (dag, maand en jaar).',
    errorCountry: 'Kies een land.',
    dateLabel: 'Datum',
    dateHint: 'Dag, maand en jaar',
    chooseCountry: 'Kies een land',
    noSecondNationality: 'Geen andere nationaliteit',
    q: {
      nationality: {
        title: 'Wat is uw nationaliteit?',
        hint: 'Hebt u meer dan één nationaliteit? Kies ook de tweede.',
        first: 'Nationaliteit',
        second: 'Andere nationaliteit (als u die hebt)',
      },
      residenceKind: {
        title: 'Welke verblijfsvergunning hebt u?',
        hint: 'Dit staat op uw verblijfsdocument of in de brief van de IND.',
        option: {
          asiel_bepaalde_tijd: 'Verblijfsvergunning asiel voor bepaalde tijd (u hebt asiel gekregen)',
          regulier_bepaalde_tijd:
            'Verblijfsvergunning regulier voor bepaalde tijd (bijvoorbeeld voor gezin, werk of studie)',
          tijdelijke_bescherming: 'Tijdelijke bescherming (bijvoorbeeld als u uit Oekraïne komt)',
          eu_verblijfsrecht: 'Verblijfsdocument als familielid van een EU-burger',
          procedureel: 'Ik wacht nog op een besluit over mijn aanvraag',
          asiel_onbepaalde_tijd: 'Verblijfsvergunning asiel voor onbepaalde tijd',
          regulier_onbepaalde_tijd: 'Verblijfsvergunning regulier voor onbepaalde tijd',
          eu_langdurig_ingezetene: 'EU-verblijfsvergunning voor langdurig ingezetenen',
          none: 'Geen van deze, of ik heb geen verblijfsvergunning',
        },
      },
      residencePurpose: {
        title: 'Waarvoor kreeg u de verblijfsvergunning?',
        hint: 'Dit heet het verblijfsdoel. Het staat op uw verblijfsdocument.',
        option: {
          gezin_partner: 'Wonen bij mijn partner (man, vrouw of vaste partner)',
          gezin_kind: 'Wonen bij mijn ouder (als kind)',
          gezin_overig: 'Wonen bij een ander familielid',
          gezin_bij_tijdelijk_verblijvende:
            'Wonen bij een familielid dat hier tijdelijk is (bijvoorbeeld voor werk of studie)',
          arbeid_in_loondienst: 'Werken in loondienst',
          kennismigrant: 'Werken als kennismigrant',
          europese_blauwe_kaart: 'Europese blauwe kaart',
          zelfstandige: 'Werken als zelfstandige',
          seizoenarbeid: 'Seizoenswerk',
          studie: 'Studie',
          zoekjaar: 'Zoekjaar na een studie',
          uitwisseling: 'Uitwisseling (bijvoorbeeld au pair)',
          onderzoek: 'Wetenschappelijk onderzoek',
          medische_behandeling: 'Medische behandeling',
          tijdelijk_humanitair: 'Tijdelijke humanitaire redenen',
          humanitair_niet_tijdelijk: 'Humanitaire redenen, niet tijdelijk',
          geestelijk_bedienaar: 'Geestelijk bedienaar (bijvoorbeeld imam, priester of dominee)',
          tijdelijk_overig: 'Een ander tijdelijk doel',
          overig_niet_tijdelijk: 'Een ander doel dat niet tijdelijk is',
        },
      },
      sponsor: {
        title: 'Bij wie bent u in Nederland komen wonen?',
        hint: 'Kies de persoon voor wie u de vergunning kreeg.',
        option: {
          nederlander: 'Iemand met de Nederlandse nationaliteit',
          nederlander_vrij_verkeer: 'Een Nederlander die terugkwam na wonen in een ander EU-land',
          eu_eea_ch_burger: 'Een burger van een ander EU-land, de EER of Zwitserland',
          asiel_bepaalde_tijd: 'Iemand met een verblijfsvergunning asiel voor bepaalde tijd',
          asiel_onbepaalde_tijd: 'Iemand met een verblijfsvergunning asiel voor onbepaalde tijd',
          eu_langdurig_ingezetene_internationale_bescherming:
            'Iemand met een EU-vergunning langdurig ingezetene en internationale bescherming',
          tijdelijk_verblijvende: 'Iemand die hier tijdelijk woont (bijvoorbeeld voor werk of studie)',
          overig: 'Iemand anders',
        },
      },
      grantedOn: {
        title: 'Op welke datum kreeg u de verblijfsvergunning?',
        hint: 'De datum van het besluit van de IND. Dat is niet de dag waarop u de pas ophaalde.',
      },
      birthDate: {
        title: 'Wat is uw geboortedatum?',
        hint: 'Uw leeftijd is belangrijk voor de inburgeringsplicht.',
      },
      duoNotice: {
        title: 'Op welke datum stuurde DUO u de brief over uw inburgeringsplicht?',
        hint: 'Vanaf die brief telt de tijd die de gemeente heeft om uw plan (PIP) te maken. Hebt u de brief nog niet? Kies dan "Weet ik niet".',
      },
      housingRegistration: {
        title: 'Sinds wanneer staat u ingeschreven in de gemeente waar u een huis kreeg?',
        hint: 'Dit is de inschrijving in de BRP, niet in het asielzoekerscentrum.',
      },
      registration: {
        title: 'Sinds wanneer staat u ingeschreven in een Nederlandse gemeente?',
        hint: 'Dit is de inschrijving in de BRP (Basisregistratie Personen).',
      },
      pip: {
        title: 'Heeft de gemeente al een plan (PIP) met u gemaakt?',
        hint: 'PIP betekent: persoonlijk plan inburgering en participatie.',
        dateLabel: 'Datum van het plan',
      },
      bijstand: {
        title: 'Krijgt u een bijstandsuitkering?',
        hint: 'Bijstand is geld van de gemeente als u niet genoeg inkomen hebt.',
        dateLabel: 'Sinds wanneer?',
      },
    },
  },
  result: {
    title: 'Uw uitkomst',
    onDate: 'Dit is de uitkomst op {{date}}.',
    statusLabel: 'Uitkomst',
    requiredTitle: 'Wat moet u doen?',
    requiredIntro: 'Om in te burgeren moet u dit doen:',
    datesTitle: 'Belangrijke datums',
    dateCol: 'Datum',
    whatCol: 'Wat',
    lawCol: 'Wetsartikel',
    overdue: 'Deze datum is voorbij.',
    whyTitle: 'Waarom?',
    whyIntro: 'Dit zijn de redenen. Bij elke reden staat het artikel uit de wet.',
    lawLinkLabel: '{{citation}} (op wetten.overheid.nl)',
    openTitle: 'Wat we nog niet weten',
    openIntro: 'Voor een volledig antwoord hebben we nog nodig:',
    answersTitle: 'Uw antwoorden',
    answerUnknown: 'Weet ik niet',
    nextStepsTitle: 'Wat kunt u nu doen?',
    nextObliged:
      'Uw gemeente nodigt u uit voor een gesprek (de brede intake). Daarna maakt de gemeente samen met u uw plan (PIP).',
    nextNotObliged: 'U hoeft niets te doen. U mag wel altijd vrijwillig Nederlands leren.',
    nextContact: 'Hebt u vragen? Neem contact op met uw gemeente of kijk op inburgeren.nl.',
    disclaimer: 'Dit is geen besluit. DUO en uw gemeente beslissen over uw inburgering.',
  },
} as const;

/** The shape every UI catalog has (string leaves with the same keys as the Dutch one). */
export type UiCatalog = DeepStrings<typeof nl>;
type DeepStrings<T> = { readonly [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
