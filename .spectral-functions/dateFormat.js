/**
 * Spectral function: a schema for a date or time (by its property or parameter name) that may be a string must
 * say which format: `date` or `date-time` (directly, or on every string branch of anyOf/oneOf). Input: the
 * schema; the rule's `given` selects the schemas by name.
 */
function stringBranches(schema, out = []) {
  if (schema === null || typeof schema !== 'object') return out;
  const branches = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('string')) out.push(schema);
  for (const b of branches) stringBranches(b, out);
  return out;
}

export default function dateFormat(schema) {
  const missing = stringBranches(schema).filter((s) => s.format !== 'date' && s.format !== 'date-time');
  return missing.length === 0
    ? []
    : [{ message: 'A date or time field must declare `format: date` or `format: date-time`.' }];
}
