export * from './params.ts';
export * from './section.ts';
export * from './voorzieningen.ts';
