/** The definitions the facts shape shares by reference (`$defs` in facts.schema.json). */
import { type Static, Type } from 'typebox';
import { ref } from './typebox.ts';

export const ISODate = Type.String({
  format: 'date',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'ISO calendar date YYYY-MM-DD',
});
export type ISODate = Static<typeof ISODate>;
export const $date = ref<ISODate>('date');

export const Level = Type.Enum(['A0', 'A1-', 'A1', 'A2', 'B1', 'B2', 'C1']);
export type Level = Static<typeof Level>;
export const $level = ref<Level>('level');

export const Skill = Type.Enum(['lezen', 'luisteren', 'schrijven', 'spreken']);
export type Skill = Static<typeof Skill>;
export const $skill = ref<Skill>('skill');

export const ExamComponent = Type.Enum(['lezen', 'luisteren', 'schrijven', 'spreken', 'knm', 'ona']);
export type ExamComponent = Static<typeof ExamComponent>;
export const $component = ref<ExamComponent>('component');

export const Leerroute = Type.Enum(['B1', 'onderwijs', 'Z']);
export type Leerroute = Static<typeof Leerroute>;
export const $leerroute = ref<Leerroute>('leerroute');

export const Gemeente = Type.String({ pattern: '^\\d{4}$', description: 'CBS gemeentecode' });
export type Gemeente = Static<typeof Gemeente>;
export const $gemeente = ref<Gemeente>('gemeente');

/** Inline pieces (not in `$defs`): a count of hours and an amount in euros, both bounded to catch typing errors. */
export const hourCount = Type.Number({ minimum: 0, maximum: 100000 });
export const euroAmount = Type.Number({ minimum: 0, maximum: 100000 });
