export * from './basisexamen.ts';
export * from './params.ts';
export * from './section.ts';
