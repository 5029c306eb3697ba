/** The store contract on a PostgreSQL server: runs when DATABASE_URL is set (CI sets it). */
import { describe, it } from 'vitest';
import { storeContract } from './contract.ts';
import { postgresTarget } from './harness.ts';

const url = process.env.DATABASE_URL;
if (url) storeContract(postgresTarget(url));
else describe.skip('case store on postgres (DATABASE_URL not set)', () => it('skipped', () => {}));
