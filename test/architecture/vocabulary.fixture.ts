// Planted copies for vocabulary.test.ts: the detector must find each of these.
export const ROUTES = ['Z', 'B1', 'onderwijs'] as const;
export type Route = 'onderwijs' | 'B1' | 'Z';
export const GROUPS = ['gezinsmigrant_overig', 'asielstatushouder'];
