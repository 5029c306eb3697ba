/**
 * The database roles (migration 0007). A session acts for a gemeente by switching to that gemeente's role; row-level
 * security derives the gemeente from the role (app_gemeente()), never from a setting the client chooses, and
 * PostgreSQL lets a login switch only to roles it is a member of. See docs/security.md.
 */
import type { Queryable } from './engine.ts';

/** Table and function privileges of the application; membership alone shows no row. */
export const APP_ROLE = 'inburgering_app';
/** The server's login is a member: it holds every gemeente role and may create a missing one. */
export const RUNTIME_ROLE = 'inburgering_runtime';
/** Analysts and reporting: the pseudonymised views in schema `analyst` only. */
export const ANALYST_ROLE = 'inburgering_analyst';

/** The role of one gemeente (a CBS code of four digits). */
export function gemeenteRole(code: string): string {
  if (!/^[0-9]{4}$/.test(code)) throw new Error('gemeenteRole: not a gemeente code');
  return `inburgering_gm_${code}`;
}

/**
 * Makes sure the role of a gemeente exists and is granted to the runtime, once per gemeente and process
 * (ensure_gemeente_role is idempotent; a second caller finds it done).
 */
export class GemeenteRoles {
  private readonly known = new Set<string>();
  private readonly pending = new Map<string, Promise<void>>();

  constructor(private readonly q: Queryable) {}

  ensure(code: string): Promise<void> | undefined {
    if (this.known.has(code)) return undefined;
    let p = this.pending.get(code);
    if (p === undefined) {
      p = this.q
        .query('SELECT ensure_gemeente_role($1)', [code])
        .then(() => {
          this.known.add(code);
        })
        .finally(() => this.pending.delete(code));
      this.pending.set(code, p);
    }
    return p;
  }
}
