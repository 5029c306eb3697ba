export * from './ontzorgen.ts';
export * from './params.ts';
export * from './section.ts';
export * from './taaleis.ts';
