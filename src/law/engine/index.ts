export * from './citation.ts';
export type { Day, ISODate } from './dates.ts';
export * as dates from './dates.ts';
export * from './params.ts';
export * from './rule.ts';
export * from './scope.ts';
export * from './trace.ts';
export * from './unknown.ts';
