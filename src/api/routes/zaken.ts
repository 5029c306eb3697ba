/** Case endpoints: wired once the case store lands (see cases.ts). */
import type { FastifyInstance } from 'fastify';
import type { CaseBackend } from '../cases.ts';

export async function registerZaken(_app: FastifyInstance, _cases: CaseBackend | undefined): Promise<void> {}
