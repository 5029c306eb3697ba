// Names shared by the case file and the web workspace (stages, deadlines, events), in Dutch and English.
export { DEADLINE_NAMES_EN, EVENT_NAMES_EN, STAGE_NAMES_EN } from './case-names.en.ts';
export { DEADLINE_NAMES_NL, EVENT_NAMES_NL, STAGE_NAMES_NL } from './case-names.nl.ts';
