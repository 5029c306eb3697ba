/** A klantmanager's command through the API with its DUO message, on a PostgreSQL server (DATABASE_URL). */
import { describe, it } from 'vitest';
import { postgresTarget } from '../store/harness.ts';
import { apiOutbox } from './api-outbox.ts';

const url = process.env.DATABASE_URL;
if (url) apiOutbox(postgresTarget(url));
else describe.skip('api outbox on postgres (DATABASE_URL not set)', () => it('skipped', () => {}));
