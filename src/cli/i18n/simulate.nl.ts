// Teksten van `inburgering simulate` (Nederlands; de Engelse catalogus volgt dezelfde sleutels).
export const simulateNl = {
  'simulate.description':
    'Simuleer cohorten inburgeringsplichtigen met dezelfde regels als de checker: indicatoren met statistische beveiliging, een hervorming naast de basis, tabellen en grafieken.',
  'simulate.opt.persons':
    'aantal synthetische personen (standaard {default}: de cohorten 2022 en 2023 op ware grootte)',
  'simulate.opt.seed': 'startgetal van de generator: hetzelfde getal geeft dezelfde personen (standaard 1)',
  'simulate.opt.reform': 'YAML- of JSON-bestand met een hervorming (zie reforms/)',
  'simulate.opt.out': 'map voor tabellen (CSV, JSON) en grafieken (SVG, PNG) (standaard {default})',
  'simulate.opt.peildatum': 'datum waarop de wet wordt toegepast (JJJJ-MM-DD); standaard vandaag',
  'simulate.opt.lang': 'taal van tabellen en grafieken: nl of en',
  'simulate.opt.quiet': 'geen voortgangsbalk en geen samenvatting',
  'simulate.opt.policy': 'beveiligingsbeleid voor de tabellen: {policies} (standaard cbs)',
  'simulate.opt.workers': 'aantal worker threads (standaard het aantal kernen)',
  'simulate.opt.png': 'schrijf geen PNG naast de SVG',
  'simulate.error.lang': 'Onbekende taal {value}: kies nl of en.',
  'simulate.error.persons': 'Het aantal personen {value} is geen geheel getal van 1 tot en met {max}.',
  'simulate.error.seed': 'Het startgetal {value} is geen geheel getal van 0 tot en met {max}.',
  'simulate.error.workers': 'Het aantal workers {value} is geen geheel getal van 1 tot en met {max}.',
  'simulate.error.peildatum': 'De peildatum {value} is geen geldige datum (JJJJ-MM-DD).',
  'simulate.error.peildatumRange':
    'De peildatum {value} valt buiten het model: kies een datum van {from} tot en met {to}.',
  'simulate.error.policy': 'Onbekend beveiligingsbeleid {value}: kies {policies}.',
  'simulate.error.reform': 'De hervorming in {file} is niet bruikbaar:',
  'simulate.error.out': 'Kan de uitvoermap {dir} niet gebruiken: {reason}',
  'simulate.error.run': 'De simulatie is mislukt: {reason}',
  'simulate.progress': 'Simulatie',
  'simulate.summary.run':
    '{persons} personen, {scenarios} op peildatum {peildatum}: {seconds} s ({rate} personen per seconde).',
  'simulate.summary.baseline': 'basis',
  'simulate.summary.baselineReform': 'basis en hervorming "{title}"',
  'simulate.summary.fulfilled': 'Voldaan binnen de termijn (van wie de termijn voorbij is): {value}.',
  'simulate.summary.fulfilledReform': 'Voldaan binnen de termijn: basis {baseline}, hervorming {reform}.',
  'simulate.summary.changed':
    'Personen voor wie iets verandert (uitkomst, PIP op tijd, boetes DUO of lening): {value}.',
  'simulate.summary.out': '{files} bestanden geschreven in {dir}; tekenverklaring in {legend}.',
  'simulate.summary.suppressed': 'x (geheim)',
  'simulate.summary.unavailable': '. (niet te publiceren)',
} as const;

export type SimulateMessageKey = keyof typeof simulateNl;
