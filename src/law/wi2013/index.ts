export * from './boete.ts';
export * from './lening.ts';
export * from './ontheffing.ts';
export * from './params.ts';
export * from './rechtspraak.ts';
export * from './status.ts';
export * from './termijn.ts';
export * from './uitzonderingen.ts';
