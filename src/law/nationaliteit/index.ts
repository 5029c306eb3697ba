export * from './inburgering.ts';
export * from './naturalisatie.ts';
export * from './params.ts';
export * from './section.ts';
export * from './verblijf.ts';
