/** The chain end to end on a PostgreSQL server: runs when DATABASE_URL is set. */
import { describe, it } from 'vitest';
import { postgresTarget } from '../store/harness.ts';
import { chainEndToEnd } from './e2e.ts';

const url = process.env.DATABASE_URL;
if (url) chainEndToEnd(postgresTarget(url));
else describe.skip('chain on postgres (DATABASE_URL not set)', () => it('skipped', () => {}));
