export * from './params.ts';
export * from './voorzieningen.ts';
