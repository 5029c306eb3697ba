// Teksten van de ketencommando's (duo-sim, duo-koppeling, verschillen, brp-sim).
export const chainNl = {
  'duosim.description':
    'DUO-simulator: DUO-kant van alle API’s van de M2M-specificatie, met DUO’s validatieregels, over tweezijdig TLS',
  'duosim.opt.port': 'poort (standaard 8443)',
  'duosim.opt.dir': 'map voor de test-PKI en de ketenconfiguratie (standaard .chain)',
  'duosim.opt.cases': 'aantal synthetische personen (dezelfde als de demodata, standaard 500)',
  'duosim.opt.notify': 'stuur voor elke persoon een notificatie SS121 zodra de gemeente luistert',
  'duosim.listening': 'DUO-simulator luistert op {url} ({persons} personen, {planted} geplante verschillen)',
  'duosim.config': 'Ketenconfiguratie voor de gemeente: {path}',
  'koppeling.description':
    'De gemeentekant van de keten: Notificatie-API en outbox-verzender naar DUO (configuratie: INBURGERING_CHAIN_CONFIG)',
  'koppeling.opt.config': 'ketenconfiguratie (JSON)',
  'koppeling.listening': 'Notificatie-API luistert op {url}; verzender actief voor {gemeenten}',
  'verschillen.description': 'Verschillen tussen de registratie van DUO en de wet, per zaak van een gemeente',
  'verschillen.opt.gemeente': 'gemeentecode (4 cijfers)',
  'verschillen.opt.peildatum': 'peildatum (JJJJ-MM-DD), standaard vandaag',
  'verschillen.opt.json': 'uitvoer als JSON',
  'verschillen.none': 'Geen verschillen gevonden.',
  'verschillen.line':
    'zaak {caseId}: {subject}: DUO {duo}, wet {engine} ({articles}); verklaring: {explainedBy}',
  'brpsim.description':
    'BRP-simulator: Haal Centraal BRP Personen (bevragen op BSN) met dezelfde synthetische personen',
  'brpsim.listening': 'BRP-simulator luistert op {url} ({persons} personen)',
  'error.gemeente': 'Ongeldige gemeentecode: {value}',
  'error.config': 'Ketenconfiguratie ontbreekt of is ongeldig: {reason}',
} as const;
export type ChainMessageKey = keyof typeof chainNl;
