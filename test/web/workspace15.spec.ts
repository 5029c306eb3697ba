/// <reference lib="dom" />
/**
 * Issue 15, the klantmanager's morning work, one test per finding: the work of the next 14 days (a deadline window
 * computed by the server, checked against the deadline scan), every case reachable (pages, a total), search by case
 * id, the case link never cut off, CSV downloads; forms that refuse invalid values before submit and clear after
 * success; a "no access" page distinct from "not found"; the access log in plain words; reflow at 320 px.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { mintToken } from '../../src/api/index.ts';
import { UI_CATALOGS, WORKSPACE_CATALOGS } from '../../src/web/i18n/index.ts';
import { baseUrl, expectAccessible, freshBsn, loginWithToken } from './helpers.ts';

const ws = WORKSPACE_CATALOGS.nl;

function fixtureCase(): string {
  const id = process.env.WEB_FIXTURE_CASE;
  if (!id) throw new Error('WEB_FIXTURE_CASE is not set');
  return id;
}

async function apiGet<T>(path: string, token: string): Promise<T> {
  const r = await fetch(`${baseUrl()}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(r.status, path).toBe(200);
  return (await r.json()) as T;
}

test('caseload: the next 14 days, all pages, search by id, the link column in view, CSV', async ({
  page,
}) => {
  test.slow();
  const token = await loginWithToken(page, 'klantmanager', 'km-morning');
  await expect(page).toHaveURL(/\/medewerker\/werkvoorraad/);
  const rows = page.locator('[data-testid="caseload"] tbody tr');
  await expect(rows.first()).toBeVisible();
  // Every case is reachable: the count is the server's total, and the pages hold them all.
  const all = await apiGet<{ total: number }>('/v1/gemeenten/0363/werkvoorraad?limit=1', token);
  await expect(page.locator('[data-testid="case-count"]')).toHaveAttribute('data-total', String(all.total));
  await expect(rows).toHaveCount(Math.min(all.total, 50));
  if (all.total > 50) {
    await page.getByRole('link', { name: ws.caseload.next }).click();
    await expect(page).toHaveURL(/pagina=2/);
    await expect(rows).toHaveCount(Math.min(all.total - 50, 50));
  }
  // The case link is the first column and fully inside the window at 1280 px.
  const link = rows.first().locator('td').first().getByRole('link');
  const box = await link.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(1280);

  // The work of the next 14 days: exactly the cases the deadline scan lists as due from today through 14 days.
  await page.locator('#filter-binnenDagen').selectOption('14');
  await page.getByRole('button', { name: ws.caseload.apply }).click();
  await expect(page).toHaveURL(/binnenDagen=14/);
  const scan = await apiGet<{ peildatum: string; items: { id: string; date: string }[] }>(
    '/v1/gemeenten/0363/termijnen?binnenDagen=14',
    token,
  );
  const expected = new Set(scan.items.filter((d) => d.date >= scan.peildatum).map((d) => d.id));
  await expect(page.locator('[data-testid="case-count"]')).toHaveAttribute(
    'data-total',
    String(expected.size),
  );
  const shownIds = await rows.evaluateAll((trs) =>
    trs.map((tr) => tr.querySelector('a')?.getAttribute('href')?.split('/').pop()?.split('?')[0] ?? ''),
  );
  for (const id of shownIds) expect(expected.has(id), id).toBe(true);
  await expectAccessible(page, 'caseload next 14 days');

  // CSV of this selection: semicolons, UTF-8 with BOM.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: ws.caseload.exportCases }).click();
  const file = await (await download).path();
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').trimEnd().split('\r\n');
  expect(lines[0]).toContain('Dossier;Naam;Fase;Fase (code);Volgende termijn');
  expect(lines.length - 1).toBe(expected.size);

  // Search by the start of a case id finds that case.
  const id = fixtureCase();
  await page.getByRole('button', { name: ws.caseload.reset }).click();
  await page.locator('#filter-zoek').fill(id.slice(0, 8));
  await page.getByRole('button', { name: ws.caseload.apply }).click();
  await expect(page.locator('[data-testid="case-count"]')).toHaveAttribute('data-total', '1');
  await expect(rows.first().getByRole('link')).toHaveText(`Dossier ${id.slice(0, 8)}`);
});

test('forms refuse negative hours and future dates before submit, and clear after success', async ({
  page,
}) => {
  test.slow();
  const token = await loginWithToken(page, 'klantmanager', 'km-forms');
  // A case of its own, so no other test's actions race with this one's.
  const opened = await fetch(`${baseUrl()}/v1/zaken`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ bsn: freshBsn(), birthDate: '1990-05-01', nationalities: ['SY'] }),
  });
  expect(opened.status).toBe(201);
  const { id } = (await opened.json()) as { id: string };
  await page.goto(`${baseUrl()}/medewerker/zaken/${id}?lang=nl`);
  const timeline = page.locator('[data-testid="timeline"] > li');
  await expect(timeline.first()).toBeVisible();
  const before = await timeline.count();

  await page.locator('#action-choice').selectOption('adoptPip');
  const pip = page.locator('form[data-action="adoptPip"]');
  await pip.locator('#adoptPip-leerroute').selectOption('B1');
  await pip.locator('#adoptPip-leerrouteHoursPerWeek').fill('-5');
  await pip.getByRole('button', { name: /Vastleggen/ }).click();
  await expect(pip.locator('#adoptPip-leerrouteHoursPerWeek')).toHaveAttribute('aria-invalid', 'true');
  await expect(pip.locator('[data-testid="action-outcome"]')).toHaveAttribute('role', 'alert');
  await expect(pip.locator('[data-testid="action-outcome"]')).toContainText(ws.action.invalid.number);
  await expect(pip.locator('[data-testid="action-outcome"]')).not.toContainText(
    ws.action.success.split('{')[0] ?? '',
  );
  await expectAccessible(page, 'case page form refused');

  await page.locator('#action-choice').selectOption('hours');
  const hours = page.locator('form[data-action="hours"]');
  await hours.locator('#hours-from').fill('2027-03-01');
  await hours.getByRole('button', { name: /Vastleggen/ }).click();
  await expect(hours.locator('[data-testid="action-outcome"]')).toContainText(ws.action.invalid.future);
  expect(await timeline.count()).toBe(before);

  // A valid entry is recorded once, and the form empties so a second click cannot record it again.
  await hours.locator('#hours-from').fill('2026-10-01');
  await hours.locator('#hours-nt2').fill('20');
  await hours.getByRole('button', { name: /Vastleggen/ }).click();
  await expect(hours.locator('[data-testid="action-outcome"]')).toHaveAttribute('role', 'status');
  await expect(hours.locator('#hours-nt2')).toHaveValue('');
  await expect(hours.locator('#hours-from')).toHaveValue('');
  await expect(timeline).toHaveCount(before + 1);
});

test('no access is not "not found"; a short case id is "not found", not a login failure', async ({
  page,
}) => {
  await loginWithToken(page, 'klantmanager', 'km-access');
  await page.goto(`${baseUrl()}/medewerker/toegangslog?lang=nl`);
  await expect(page.locator('h1')).toHaveText(UI_CATALOGS.nl.app.noAccessTitle);
  await expect(page).toHaveTitle(new RegExp(UI_CATALOGS.nl.app.noAccessTitle));
  await expectAccessible(page, 'no access');
  await page.goto(`${baseUrl()}/medewerker/zaken/abc123?lang=nl`);
  await expect(page.locator('h1')).toHaveText(UI_CATALOGS.nl.app.notFoundTitle);
  await expect(page).not.toHaveTitle(new RegExp(ws.login.title));
});

test('the access log speaks plain words; the codes are there on demand', async ({ page }) => {
  const id = fixtureCase();
  const km = await mintToken({ role: 'klantmanager', gemeente: '0363', subject: 'km-plain' });
  await apiGet(`/v1/zaken/${id}/status`, km);
  await loginWithToken(page, 'privacy_officer', 'po-plain');
  await page.locator('#access-case-id').fill(id);
  await page.getByRole('button', { name: ws.accessLog.lookup }).click();
  const table = page.locator('[data-testid="access-log"]');
  await expect(table).toContainText(ws.accessLog.kind.case_status);
  await expect(table).toContainText(ws.accessLog.ok);
  // The technical name is folded away (visible only when opened).
  await expect(table.getByText('case.status', { exact: true }).first()).toBeHidden();
  await expectAccessible(page, 'access log plain');
});

test('workspace pages reflow at 320 px (nl and en)', async ({ page }) => {
  test.slow();
  await loginWithToken(page, 'klantmanager', 'km-phone');
  await page.setViewportSize({ width: 320, height: 800 });
  for (const lang of ['nl', 'en']) {
    for (const path of ['/medewerker/werkvoorraad', `/medewerker/zaken/${fixtureCase()}`]) {
      await page.goto(`${baseUrl()}${path}?lang=${lang}`);
      await expect(page.locator('h1')).toBeVisible();
      await page.locator('[data-testid="case-count"], [data-testid="timeline"]').first().waitFor();
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, `${lang} ${path}`).toBeLessThanOrEqual(client);
    }
  }
});
