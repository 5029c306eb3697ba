/**
 * Starts the API and the built UI once for all browser tests, and hands the address and the fixture case to the
 * workers through the environment. The returned function stops the server.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, startServer } from './server.ts';

/** The demo's today: the store's clock starts here; the checker's browser clock is set to it too. */
export const TODAY = '2026-11-01';

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    throw new Error(`No built UI in ${DIST_DIR}: run "npm run build:web" first (npm run test:web does).`);
  }
  const server = await startServer({ today: TODAY, seedCases: 150 });
  process.env.WEB_BASE_URL = server.url;
  process.env.WEB_FIXTURE_CASE = server.fixtureCaseId;
  process.env.WEB_CHAIN_CASE = server.chainCaseId;
  return () => server.close();
}
