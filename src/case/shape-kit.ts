/**
 * The building blocks of the case file's shapes (event-shapes.ts, command-shapes.ts): plain JSON Schema through
 * TypeBox, so one definition gives the TypeScript type (`Static<>`), the case file's check (event-check.ts reads
 * the keywords below), the API's documented command bodies and the workspace's forms. Imports only TypeBox and
 * the law's value lists, so the browser bundle can carry it.
 */
import { type Static, type TSchema, Type } from 'typebox';
import type { Frozen } from '../law/index.ts';

/** An ISO calendar date; the check also refuses a day that is not in the calendar (2024-02-30). */
export const $date = Type.String({ format: 'date', description: 'ISO calendar date YYYY-MM-DD' });
/** Text that is not blank. */
export const TEXT_PATTERN = '\\S';
export const $text = Type.String({ minLength: 1, pattern: TEXT_PATTERN });
/** A CBS gemeentecode: four digits; 0000 is no gemeente (security audit, finding 8). */
export const GEMEENTE_PATTERN = '^(?!0000)[0-9]{4}$';
export const $gemeente = Type.String({ pattern: GEMEENTE_PATTERN, description: 'CBS gemeentecode' });
/** A person's name: a letter, no control characters, no digits (a name field is never a place for a BSN). */
export const NAME_PATTERN = '^[^\\p{Cc}\\p{Nd}]*\\p{L}[^\\p{Cc}\\p{Nd}]*$';
export const $name = Type.String({
  minLength: 1,
  maxLength: 200,
  pattern: NAME_PATTERN,
  description: "The person's name (voornamen, voorvoegsel, geslachtsnaam); never logged",
});
/** A whole number, zero or more. */
export const $count = Type.Integer({ minimum: 0 });
/** A number, zero or more (hours, euros, years). */
export const $amount = Type.Number({ minimum: 0 });
export const $flag = Type.Boolean();
export const $strings = Type.Array(Type.String());
/** An object whose fields the facts format defines (checked after the fold); typed as the law's type. */
export const $object = <T = Readonly<Record<string, unknown>>>() =>
  Type.Unsafe<T>(Type.Object({}, { additionalProperties: true }));
/** One of a list of words. */
export const $oneOf = <const V extends string[]>(values: [...V]) => Type.Enum(values);

/** A shape's static type, read-only all the way down (an event is never changed once written). */
export type DataOf<S extends TSchema> = Frozen<Static<S>>;

/** The JSON Schema keywords the case file's check and the workspace's forms read from a shape. */
export interface ShapeKeywords {
  readonly type?: string;
  readonly format?: string;
  readonly pattern?: string;
  readonly enum?: readonly string[];
  readonly items?: ShapeKeywords;
  readonly properties?: Readonly<Record<string, ShapeKeywords>>;
  readonly required?: readonly string[];
}
