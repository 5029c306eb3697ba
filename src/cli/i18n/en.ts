export const en: Readonly<Record<string, string>> = {
  'cli.description': 'Inburgering: the Dutch civic integration law as explained code.',
  'check.description': 'Assess a person: must they integrate, under which law, by when, and why.',
  'check.arg.facts': 'JSON file with the facts (see src/law/facts/facts.schema.json and examples/)',
  'check.opt.peildatum': 'the date the answer applies to (YYYY-MM-DD); today by default',
  'check.opt.json': 'print the full assessment as JSON',
  'check.opt.lang': 'language of the explanation: nl or en',
  'error.file': 'Cannot read the file {file}: {reason}',
  'error.json': 'The file {file} is not valid JSON: {reason}',
  'error.peildatum': 'The reference date {value} is not a valid date (YYYY-MM-DD).',
  'error.lang': 'Unknown language {value}: choose nl or en.',
  'error.fact': 'Error in the facts: {reason}',
  'error.unexpected': 'Something went wrong: {reason}',
};
