/**
 * The stages of a case (no imports: the workspace takes it through web.ts without the rest of the case file).
 */
/** Where a case stands, for caseload lists and filters (the one list of stages; exported through index.ts). */
export const STAGES = [
  'aangemeld',
  'intake',
  'intake_afgerond',
  'in_traject',
  'voldaan',
  'vrijgesteld',
  'ontheven',
  'beeindigd',
  'niet_plichtig',
  'ander_regime',
  'onbekend',
] as const;
export type Stage = (typeof STAGES)[number];
