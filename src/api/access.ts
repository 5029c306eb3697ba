/**
 * Authorization, first layer: which roles may call an endpoint at all (checked before the body is read), and
 * which resource a principal may reach (own gemeente, own case). The database enforces the same again with
 * row-level security, from the gemeente and role passed into the store session.
 */
import type { Principal, Role } from './auth.ts';
import { ApiProblem } from './problems.ts';

export type Access = 'public' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; routes without it are public. */
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | null;
    /** Why the bearer token was refused, if it was. */
    authFailure: string | null;
  }
}

/** Throws 401 without a principal, 403 when the role may not call the endpoint. */
export function checkRole(principal: Principal | null, authFailure: string | null, access: Access): void {
  if (authFailure !== null) throw new ApiProblem('unauthenticated', [], bearerChallenge('invalid_token'));
  if (access === 'public') return;
  if (principal === null) throw new ApiProblem('unauthenticated', [], bearerChallenge());
  if (!access.includes(principal.role)) throw new ApiProblem('forbidden');
}

export function bearerChallenge(error?: string): Record<string, string> {
  return {
    'www-authenticate': error ? `Bearer realm="inburgering", error="${error}"` : 'Bearer realm="inburgering"',
  };
}

/** A principal bound to a gemeente may act only for that gemeente; national roles (DUO) for any. */
export function checkGemeente(principal: Principal, gemeente: string): void {
  if (principal.gemeente !== null && principal.gemeente !== gemeente) throw new ApiProblem('forbidden');
  if (principal.gemeente === null && principal.role !== 'duo') throw new ApiProblem('forbidden');
}
