/** English texts of the API: problem titles and details, validation messages. Keys are stable codes. */
import type { Catalog } from './nl.ts';

export const en: Catalog = {
  problem: {
    'bad-request': { title: 'Bad request', detail: 'The request could not be read.' },
    'invalid-json': {
      title: 'The request body is not valid JSON',
      detail: 'Send a well-formed JSON document.',
    },
    validation: {
      title: 'The request does not match the schema',
      detail: 'One or more fields are invalid; see errors.',
    },
    unauthenticated: {
      title: 'Authentication required',
      detail: 'Send a valid bearer token in the Authorization header.',
    },
    forbidden: { title: 'Not allowed', detail: 'Your role or gemeente gives no access to this resource.' },
    'not-found': { title: 'Not found', detail: 'No resource exists at this address.' },
    'method-not-allowed': {
      title: 'Method not allowed',
      detail: 'This resource does not support this method; see the Allow header.',
    },
    'unsupported-media-type': {
      title: 'Unsupported media type',
      detail: 'Send the request body as application/json.',
    },
    'payload-too-large': { title: 'Request body too large', detail: 'The request body exceeds the limit.' },
    'case-exists': {
      title: 'A case already exists for this person',
      detail: 'Find the existing case with POST /v1/zaken/zoeken.',
    },
    'version-conflict': {
      title: 'Version conflict',
      detail: 'The case has changed since the version you expected; read it again and retry.',
    },
    'precondition-failed': {
      title: 'Precondition failed',
      detail: 'The If-Match version does not match the current version of the case.',
    },
    'precondition-required': {
      title: 'Precondition required',
      detail: 'Appending to a case needs the expected version: an If-Match header or expectedVersion.',
    },
    'facts-unusable': {
      title: 'The law cannot use these facts',
      detail: 'The facts are well-formed but the rules cannot apply them; see errors.',
    },
    'command-rejected': {
      title: 'The command is not allowed on this case',
      detail: 'The case file refused the command; see errors.',
    },
    'rate-limited': { title: 'Too many requests', detail: 'Wait before sending more requests.' },
    timeout: { title: 'Request timed out', detail: 'The request took too long; try again.' },
    unavailable: {
      title: 'Service unavailable',
      detail: 'The service is shutting down or not ready; try again.',
    },
    internal: { title: 'Internal error', detail: 'Something went wrong on our side.' },
  },
  field: {
    type: 'has the wrong type',
    required: 'is required',
    additionalProperties: 'is not a known field',
    enum: 'is not one of the allowed values',
    const: 'is not the allowed value',
    format: 'has the wrong format',
    pattern: 'has the wrong format',
    minLength: 'is too short',
    maxLength: 'is too long',
    minimum: 'is too small',
    maximum: 'is too large',
    exclusiveMinimum: 'is too small',
    exclusiveMaximum: 'is too large',
    minItems: 'has too few items',
    maxItems: 'has too many items',
    minProperties: 'has too few fields',
    maxProperties: 'has too many fields',
    uniqueItems: 'contains duplicates',
    oneOf: 'does not match exactly one of the allowed shapes',
    anyOf: 'does not match any of the allowed shapes',
    discriminator: 'has an unknown type',
    multipleOf: 'is not a whole multiple',
    fact: 'cannot be used by the rules',
    webhookUrl:
      'must be https and point at a public address (not loopback, private, link-local or otherwise special)',
    other: 'is invalid',
  },
};
