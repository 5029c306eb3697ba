export * from './params.ts';
export * from './taaleis.ts';
