export * from './basisexamen.ts';
export * from './params.ts';
