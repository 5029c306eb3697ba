/**
 * What a caseload search term is: a BSN (matched by its keyed hash), the start of a case id, or (part of) a
 * person's name (matched in case_person, migration 0040, case- and accent-insensitive). A term may be both the
 * start of a case id and part of a name ("abe"): both are searched. The name never leaves the database query: not
 * in the access log (the span records only the count), not in a URL (the API takes it in a POST body).
 */
import { isPersonName, isValidBsn } from '../case/index.ts';

export interface SearchTerms {
  readonly bsn: string | null;
  readonly idPrefix: string | null;
  /** A LIKE pattern (wildcards in the term escaped) for person_name_key(name). */
  readonly namePattern: string | null;
}

export function searchTerms(raw: string | undefined): SearchTerms | null {
  const q = (raw ?? '').trim().replace(/\s+/g, ' ');
  if (q === '') return null;
  const bsn = /^[0-9]{9}$/.test(q) && isValidBsn(q) ? q : null;
  const idPrefix = !bsn && /^[0-9a-f-]{4,36}$/i.test(q) ? q.toLowerCase() : null;
  const name = !bsn && q.length >= 2 && isPersonName(q) ? q : null;
  return {
    bsn,
    idPrefix,
    namePattern: name === null ? null : `%${name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
  };
}
