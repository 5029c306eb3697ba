/**
 * The law's second entry: validation of facts against facts.schema.json, for the faces that take facts from
 * outside (CLI, API). Not in index.ts, because the browser bundle imports index.ts and need not carry the
 * validator: Ajv compiles the schema into code when its module loads.
 */
export { type FactProblem, type Validation, validateFacts } from './facts/validate.ts';
