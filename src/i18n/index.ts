// Names shared by the case file and the web workspace (stages, deadlines, events), in Dutch and English.
export { DEADLINE_NAMES_EN, EVENT_NAMES_EN, STAGE_NAMES_EN } from './case-names.en.ts';
export { DEADLINE_NAMES_NL, EVENT_NAMES_NL, STAGE_NAMES_NL } from './case-names.nl.ts';
// The one formatter of every face: ICU MessageFormat messages, Intl dates, numbers and country names.
export type { Args, Catalog, Formatter, FormatterOptions } from './format.ts';
export { formatMessage, formatter, localeOf, MISSING, placeholders } from './format.ts';
