/// <reference lib="dom" />
/**
 * The workspace's login through a gemeente's identity provider, in a real browser: a real OpenID provider
 * (`oidc-provider`, test/api/oidc-op.ts) on loopback, the API configured with its issuer and a claim mapping
 * (groups → role and gemeente), and the login screen using authorization code + PKCE (oidc-login.ts). Without the
 * development flag the development login is not offered. A klantmanager of Amsterdam lands on the caseload as a
 * klantmanager of 0363 (mapped by the server from the groups claim); an account whose groups map to no role is
 * refused on the login screen.
 */
import { expect, test } from '@playwright/test';
import { WORKSPACE_CATALOGS } from '../../src/web/i18n/index.ts';
import { API_AUDIENCE, API_RESOURCE, CLIENT_ID, signingKey, startOp, type TestOp } from '../api/oidc-op.ts';
import { TODAY } from './global-setup.ts';
import { startServer, type TestServer } from './server.ts';

const ws = WORKSPACE_CATALOGS.nl;
let op: TestOp;
let server: TestServer;
let webUrl = 'http://127.0.0.1:9';

// One provider and one server for both tests, in one worker.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const key = await signingKey('RS256', 'k1');
  op = await startOp(
    [key],
    {
      'km-amsterdam': ['inburgering-klantmanager', 'gemeente-amsterdam'],
      kantine: ['personeelsvereniging', 'gemeente-amsterdam'],
    },
    { redirectUris: () => [`${webUrl}/medewerker`] },
  );
  server = await startServer({
    today: TODAY,
    seedCases: 20,
    oidc: {
      config: {
        issuers: [
          {
            issuer: op.issuer,
            audience: API_AUDIENCE,
            role: { claim: 'groups', values: { 'inburgering-klantmanager': 'klantmanager' } },
            gemeente: { claim: 'groups', values: { 'gemeente-amsterdam': '0363' } },
          },
        ],
      },
      login: { issuer: op.issuer, clientId: CLIENT_ID, scope: 'openid api', resource: API_RESOURCE },
    },
  });
  webUrl = server.url;
  // The provider again, now with the web server's address among the client's redirect URIs.
  await op.setKeys([key]);
});

test.afterAll(async () => {
  await server?.close();
  await op?.close();
});

async function loginAtIdp(page: import('@playwright/test').Page, login: string): Promise<void> {
  await page.goto(`${webUrl}/medewerker?lang=nl`);
  await expect(page.locator('h1')).toHaveText(ws.login.title);
  // No development login without the development flag.
  await expect(page.locator('#dev-login-title')).toHaveCount(0);
  await page.getByRole('button', { name: ws.login.oidcSubmit, exact: true }).click();
  // The provider's own login page.
  await page.waitForURL((u) => u.href.startsWith(op.issuer));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('x');
  await page.locator('button[type="submit"]').click();
}

test('a klantmanager logs in at the IdP (code + PKCE) and works as klantmanager of 0363', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await loginAtIdp(page, 'km-amsterdam');
  await expect(page).toHaveURL(/\/medewerker\/werkvoorraad/);
  await expect(page.locator('[data-testid="signed-in-as"]')).toContainText(ws.role.klantmanager);
  await expect(page.locator('[data-testid="caseload"] tbody tr').first()).toBeVisible();
  // The token in the session is the IdP's (its issuer), and carries no role claim: the role came from the server.
  const claims = await page.evaluate(() => {
    const t = window.sessionStorage.getItem('inburgering.session') ?? '';
    return JSON.parse(atob((t.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/'))) as Record<
      string,
      unknown
    >;
  });
  expect(claims.iss).toBe(op.issuer);
  expect(claims.role).toBeUndefined();
  expect(claims.groups).toEqual(['inburgering-klantmanager', 'gemeente-amsterdam']);
});

test('an account whose groups give no role is refused on the login screen', async ({ page }) => {
  test.setTimeout(90_000);
  await loginAtIdp(page, 'kantine');
  await expect(page).toHaveURL(/\/medewerker$/);
  await expect(page.getByText(ws.login.refused).first()).toBeVisible();
  expect(await page.evaluate(() => window.sessionStorage.getItem('inburgering.session'))).toBeNull();
});
