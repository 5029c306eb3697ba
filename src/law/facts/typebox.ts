/** The TypeBox builders the facts shape needs: a closed object, a reference into its `$defs`, a discriminated union. */
import { type Static, type TObjectOptions, type TProperties, type TSchema, type TUnion, Type } from 'typebox';

/** An object that admits only the properties it names (`additionalProperties: false`), with any further options. */
export function closedObject<const P extends TProperties>(properties: P, options: TObjectOptions = {}) {
  return Type.Object(properties, { additionalProperties: false, ...options });
}

/** `{ $ref: '#/$defs/<name>' }`, typed as the definition it names. */
export function ref<T>(name: string) {
  return Type.Unsafe<T>({ $ref: `#/$defs/${name}` });
}

/**
 * A union of objects told apart by the constant value of one property: JSON Schema `oneOf` with Ajv's
 * `discriminator`, so a wrong `type` gives one clear error instead of one per branch. Typed as the union.
 */
export function discriminated<const B extends TSchema[]>(
  prop: string,
  branches: [...B],
  options: Record<string, unknown> = {},
) {
  const values = branches.map(
    (b) => (b as { properties: Record<string, { const: unknown }> }).properties[prop]!.const,
  );
  return Type.Unsafe<Static<TUnion<B>>>({
    type: 'object',
    required: [prop],
    properties: { [prop]: { enum: values } },
    discriminator: { propertyName: prop },
    oneOf: branches,
    ...options,
  });
}

/** A read-only view of a `Static<>` type, all the way down (the engine never changes the facts it is given). */
export type Frozen<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly Frozen<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Frozen<T[K]> }
      : T;
