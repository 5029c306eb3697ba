// Public surface of src/sim: disclosure control for published tables and the charts built on them.
export * from './charts/index.ts';
export * from './disclosure/index.ts';
export { LANGS, type Lang, localeOf, type MessageKey, t } from './i18n/index.ts';
