export const nl: Readonly<Record<string, string>> = {
  'cli.description': 'Inburgering: de Wet inburgering als uitgelegde code.',
  'check.description':
    'Beoordeel een persoon: moet hij of zij inburgeren, onder welke wet, wanneer, en waarom.',
  'check.arg.facts': 'JSON-bestand met de feiten (zie src/law/facts/facts.schema.json en examples/)',
  'check.opt.peildatum': 'de datum waarop het antwoord geldt (JJJJ-MM-DD); standaard vandaag',
  'check.opt.json': 'geef de volledige beoordeling als JSON',
  'check.opt.lang': 'taal van de uitleg: nl of en',
  'error.file': 'Kan het bestand {file} niet lezen: {reason}',
  'error.json': 'Het bestand {file} is geen geldige JSON: {reason}',
  'error.peildatum': 'De peildatum {value} is geen geldige datum (JJJJ-MM-DD).',
  'error.lang': 'Onbekende taal {value}: kies nl of en.',
  'error.fact': 'Fout in de feiten: {reason}',
  'error.unexpected': 'Er ging iets mis: {reason}',
};
