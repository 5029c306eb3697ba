/** Nederlandse teksten van de API (B1): titels en uitleg van foutmeldingen. Sleutels zijn vaste codes. */

export type ProblemCode =
  | 'bad-request'
  | 'invalid-json'
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'method-not-allowed'
  | 'unsupported-media-type'
  | 'payload-too-large'
  | 'version-conflict'
  | 'case-exists'
  | 'precondition-failed'
  | 'precondition-required'
  | 'facts-unusable'
  | 'command-rejected'
  | 'rate-limited'
  | 'timeout'
  | 'unavailable'
  | 'internal';

export type FieldCode =
  | 'type'
  | 'required'
  | 'additionalProperties'
  | 'enum'
  | 'const'
  | 'format'
  | 'pattern'
  | 'minLength'
  | 'maxLength'
  | 'minimum'
  | 'maximum'
  | 'exclusiveMinimum'
  | 'exclusiveMaximum'
  | 'minItems'
  | 'maxItems'
  | 'minProperties'
  | 'maxProperties'
  | 'uniqueItems'
  | 'oneOf'
  | 'anyOf'
  | 'discriminator'
  | 'multipleOf'
  | 'fact'
  | 'webhookUrl'
  | 'other';

export interface Catalog {
  readonly problem: Readonly<Record<ProblemCode, { readonly title: string; readonly detail: string }>>;
  /** What is wrong with a field, after the field's name: "… is verplicht". */
  readonly field: Readonly<Record<FieldCode, string>>;
}

export const nl: Catalog = {
  problem: {
    'bad-request': {
      title: 'De inhoud van het verzoek klopt niet',
      detail: 'Het verzoek kon niet worden gelezen.',
    },
    'invalid-json': {
      title: 'De inhoud van het verzoek is geen geldige JSON',
      detail: 'Stuur een correct JSON-document.',
    },
    validation: {
      title: 'Het verzoek past niet bij het schema',
      detail: 'Een of meer velden kloppen niet; zie errors.',
    },
    unauthenticated: {
      title: 'Inloggen is nodig',
      detail: 'Stuur een geldig bearer-token in de Authorization-header.',
    },
    forbidden: {
      title: 'Geen toegang',
      detail: 'Uw rol of gemeente geeft geen toegang tot deze gegevens.',
    },
    'not-found': { title: 'Niet gevonden', detail: 'Op dit adres staat niets.' },
    'method-not-allowed': {
      title: 'Methode niet toegestaan',
      detail: 'Deze methode werkt niet op dit adres; zie de Allow-header.',
    },
    'unsupported-media-type': {
      title: 'Dit formaat wordt niet ondersteund',
      detail: 'Stuur de inhoud als application/json.',
    },
    'payload-too-large': {
      title: 'Het verzoek is te groot',
      detail: 'De inhoud van het verzoek is groter dan toegestaan.',
    },
    'case-exists': {
      title: 'Er is al een zaak voor deze persoon',
      detail: 'Zoek de bestaande zaak op met POST /v1/zaken/zoeken.',
    },
    'version-conflict': {
      title: 'Versieconflict',
      detail:
        'De zaak is veranderd sinds de versie die u verwachtte. Lees de zaak opnieuw en probeer het nog eens.',
    },
    'precondition-failed': {
      title: 'Voorwaarde niet vervuld',
      detail: 'De versie in If-Match is niet de huidige versie van de zaak.',
    },
    'precondition-required': {
      title: 'Voorwaarde nodig',
      detail:
        'Om iets aan een zaak toe te voegen is de verwachte versie nodig: een If-Match-header of expectedVersion.',
    },
    'facts-unusable': {
      title: 'De wet kan deze feiten niet gebruiken',
      detail: 'De feiten zijn goed gevormd, maar de regels kunnen ze niet toepassen; zie errors.',
    },
    'command-rejected': {
      title: 'Deze opdracht kan niet bij deze zaak',
      detail: 'Het dossier weigerde de opdracht; zie errors.',
    },
    'rate-limited': {
      title: 'Te veel verzoeken',
      detail: 'Wacht even voordat u meer verzoeken stuurt.',
    },
    timeout: { title: 'Het verzoek duurde te lang', detail: 'Probeer het opnieuw.' },
    unavailable: {
      title: 'De dienst is niet beschikbaar',
      detail: 'De dienst stopt of is nog niet klaar. Probeer het opnieuw.',
    },
    internal: { title: 'Interne fout', detail: 'Er ging bij ons iets mis.' },
  },
  field: {
    type: 'heeft het verkeerde type',
    required: 'is verplicht',
    additionalProperties: 'is geen bekend veld',
    enum: 'is geen toegestane waarde',
    const: 'is niet de toegestane waarde',
    format: 'heeft de verkeerde vorm',
    pattern: 'heeft de verkeerde vorm',
    minLength: 'is te kort',
    maxLength: 'is te lang',
    minimum: 'is te klein',
    maximum: 'is te groot',
    exclusiveMinimum: 'is te klein',
    exclusiveMaximum: 'is te groot',
    minItems: 'heeft te weinig onderdelen',
    maxItems: 'heeft te veel onderdelen',
    minProperties: 'heeft te weinig velden',
    maxProperties: 'heeft te veel velden',
    uniqueItems: 'bevat dubbele waarden',
    oneOf: 'past niet bij precies één toegestane vorm',
    anyOf: 'past bij geen van de toegestane vormen',
    discriminator: 'heeft een onbekend soort',
    multipleOf: 'is geen heel veelvoud',
    fact: 'kan niet door de regels gebruikt worden',
    webhookUrl:
      'moet https zijn en naar een openbaar adres wijzen (niet loopback, privé, link-local of anderszins bijzonder)',
    other: 'klopt niet',
  },
};
