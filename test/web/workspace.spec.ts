/// <reference lib="dom" />
/**
 * The caseworker workspace in a real browser: development login, the caseload sorted by deadline with filters,
 * a case with its timeline, status and reasons, the law refusing a PIP before the brede intake (inline), the intake,
 * the PIP and the term dates it starts, another peildatum, and the access log for the privacy officer. axe-core on
 * every page; screenshots.
 */
import { expect, type Page, test } from '@playwright/test';
import { mintToken } from '../../src/api/index.ts';
import { WORKSPACE_CATALOGS } from '../../src/web/i18n/index.ts';
import { baseUrl, expectAccessible, screenshot } from './helpers.ts';

const ws = WORKSPACE_CATALOGS.nl;

function fixtureCase(): string {
  const id = process.env.WEB_FIXTURE_CASE;
  if (!id) throw new Error('WEB_FIXTURE_CASE is not set');
  return id;
}

async function devLogin(
  page: Page,
  role: 'klantmanager' | 'privacy_officer',
  gemeente = '0363',
): Promise<void> {
  await page.goto(`${baseUrl()}/medewerker?lang=nl`);
  await expect(page.locator('h1')).toHaveText(ws.login.title);
  await page.locator(`input[name="login-role"][value="${role}"]`).check();
  await page.locator('#login-gemeente').fill(gemeente);
  await page.getByRole('button', { name: ws.login.submit, exact: true }).click();
  await expect(page.locator('[data-testid="signed-in-as"]')).toContainText(ws.role[role]);
}

test('klantmanager: login, caseload by deadline with filters, a case, the law refusing, the PIP and its term', async ({
  page,
}) => {
  test.setTimeout(300_000); // many pages and axe scans in one flow: 2.7 min at load 25 on 2 cores
  await page.goto(`${baseUrl()}/medewerker?lang=nl`);
  await expectAccessible(page, 'login');
  await screenshot(page, 'workspace-login');

  await devLogin(page, 'klantmanager');
  await expect(page).toHaveURL(/\/medewerker\/werkvoorraad/);
  await expect(page.locator('h1')).toHaveText(ws.caseload.title);
  const rows = page.locator('[data-testid="caseload"] tbody tr');
  await expect(rows.first()).toBeVisible();
  // Sorted by next deadline (cases without one last).
  const deadlines = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-deadline') ?? ''));
  const dated = deadlines.filter((d) => d !== '');
  expect(dated).toEqual([...dated].sort());
  expect(deadlines.slice(dated.length).every((d) => d === '')).toBe(true);
  await expectAccessible(page, 'caseload');
  await screenshot(page, 'workspace-caseload');

  // Filter: stage "aangemeld" and overdue only.
  await page.locator('#filter-fase').selectOption('aangemeld');
  await page.locator('#filter-verlopen').check();
  await page.getByRole('button', { name: ws.caseload.apply }).click();
  await expect(page).toHaveURL(/fase=aangemeld/);
  // The URL changes before the filtered rows arrive: wait until the table holds only the filtered rows (a race
  // that read the rows in between failed this test under load).
  await expect
    .poll(
      async () => {
        const stages = await rows.evaluateAll((trs) =>
          trs.map((tr) => [tr.getAttribute('data-stage'), tr.getAttribute('data-overdue')]),
        );
        if (stages.length === 0) return 'no rows';
        const other = stages.find(([stage, overdue]) => stage !== 'aangemeld' || overdue !== 'true');
        return other ? `a row ${other.join('/')}` : 'only overdue aangemeld rows';
      },
      { timeout: 30_000 },
    )
    .toBe('only overdue aangemeld rows');
  await screenshot(page, 'workspace-caseload-filtered');
  // Route and group filters narrow further.
  await page.locator('#filter-groep').selectOption('asielstatushouder');
  await page.getByRole('button', { name: ws.caseload.apply }).click();
  await expect(page).toHaveURL(/groep=asielstatushouder/);

  // Open the fixture case (asylum permit, registered, DUO notice; no intake yet).
  const id = fixtureCase();
  await page.getByRole('link', { name: `Dossier ${id.slice(0, 8)}` }).click();
  await expect(page).toHaveURL(new RegExp(`/medewerker/zaken/${id}`));
  await expect(page.locator('h1')).toHaveText(`Dossier ${id.slice(0, 8)}`);
  await expect(page.locator('[data-testid="timeline"] > li')).toHaveCount(4);
  await expect(page.locator('[data-testid="deadlines"]')).toContainText(ws.deadline.pip_deadline);
  await expect(
    page.locator('[data-testid="why"] a[href^="https://wetten.overheid.nl/"]').first(),
  ).toBeVisible();
  await expect(page.locator('[data-testid="explanation-tree"] > li').first()).toBeVisible();
  await expectAccessible(page, 'case page');
  await screenshot(page, 'workspace-case');

  // A PIP before the brede intake: the law refuses, and the reason shows inline.
  await page.locator('#action-choice').selectOption('adoptPip');
  const form = page.locator('form[data-action="adoptPip"]');
  await form.locator('#adoptPip-leerroute').selectOption('B1');
  await form.getByRole('button', { name: /Vastleggen/ }).click();
  const outcome = form.locator('[data-testid="action-outcome"]');
  await expect(outcome).toHaveAttribute('role', 'alert');
  await expect(outcome).toContainText('brede intake');
  await expect(outcome).toBeFocused();
  await expectAccessible(page, 'case page with refusal');
  await screenshot(page, 'workspace-case-refused');

  // Record the intake, then adopt the PIP.
  await page.locator('#action-choice').selectOption('completeIntake');
  const intake = page.locator('form[data-action="completeIntake"]');
  await intake.getByRole('button', { name: /Vastleggen/ }).click();
  await expect(intake.locator('[data-testid="action-outcome"]')).toHaveAttribute('role', 'status');
  await expect(page.locator('[data-testid="timeline"] > li')).toHaveCount(5);

  await page.locator('#action-choice').selectOption('adoptPip');
  const pip = page.locator('form[data-action="adoptPip"]');
  await pip.locator('#adoptPip-leerroute').selectOption('B1');
  await pip.locator('#adoptPip-leerrouteHoursPerWeek').fill('12');
  await pip.getByRole('button', { name: /Vastleggen/ }).click();
  await expect(pip.locator('[data-testid="action-outcome"]')).toHaveAttribute('role', 'status');
  // The term starts the day after the PIP's dagtekening (1 November 2026) and runs three years.
  await expect(page.locator('[data-testid="term-start"]')).toHaveText('2 november 2026');
  await expect(page.locator('[data-testid="term-last-day"]')).toHaveText('1 november 2029');
  await expect(page.locator('[data-testid="pip"]')).toHaveText('1 november 2026');
  await expect(page.locator('[data-testid="stage"]')).toHaveText(ws.stage.in_traject);
  await expect(page.locator('[data-testid="deadlines"]')).toContainText(ws.deadline.term_last_day);
  await expect(page.locator('[data-testid="timeline"] > li')).toHaveCount(6);
  await expectAccessible(page, 'case page after PIP');
  await screenshot(page, 'workspace-case-pip');

  // The status on another peildatum: after the term, the last day is overdue.
  await page.locator('#peildatum').fill('2030-01-15');
  await page.getByRole('button', { name: ws.case.show }).click();
  await expect(page).toHaveURL(/peildatum=2030-01-15/);
  await expect(page.locator('#status-title')).toContainText('15 januari 2030');
  await expect(page.locator('[data-testid="deadlines"]')).toContainText(ws.case.overdue);
  await screenshot(page, 'workspace-case-peildatum');
  await page.getByRole('button', { name: ws.case.today }).click();
  await expect(page.locator('#status-title')).toContainText('1 november 2026');

  // English works too, with the server's reasons in English.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText(`Case ${id.slice(0, 8)}`);
  await expect(page.locator('[data-testid="term-last-day"]')).toHaveText('1 November 2029');
});

test('privacy officer: the access log of a case', async ({ page }) => {
  const id = fixtureCase();
  // Someone reads the case first, so the log has a read by a klantmanager.
  const token = await mintToken({ role: 'klantmanager', gemeente: '0363', subject: 'km-reader' });
  const r = await fetch(`${baseUrl()}/v1/zaken/${id}/status`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(r.status).toBe(200);

  await devLogin(page, 'privacy_officer');
  await expect(page).toHaveURL(/\/medewerker\/toegangslog/);
  await expect(page.locator('h1')).toHaveText(ws.accessLog.title);
  await expectAccessible(page, 'access log (empty)');
  await page.locator('#access-case-id').fill('not-a-case');
  await page.getByRole('button', { name: ws.accessLog.lookup }).click();
  await expect(page.locator('#access-case-id')).toHaveAttribute('aria-invalid', 'true');
  await page.locator('#access-case-id').fill(id);
  await page.getByRole('button', { name: ws.accessLog.lookup }).click();
  const table = page.locator('[data-testid="access-log"]');
  await expect(table).toBeVisible();
  await expect(table).toContainText('km-reader');
  await expect(table).not.toContainText(/\b\d{9}\b/); // never a BSN
  await expectAccessible(page, 'access log');
  await screenshot(page, 'workspace-access-log');
});

test('login with a pasted token; a klantmanager of another gemeente cannot open the case', async ({
  page,
}) => {
  const token = await mintToken({
    role: 'klantmanager',
    gemeente: '0599',
    subject: 'km-rotterdam',
    expiresIn: '1h',
  });
  await page.goto(`${baseUrl()}/medewerker?lang=nl`);
  await page.locator('#login-token').fill(token);
  await page.getByRole('button', { name: ws.login.tokenSubmit }).click();
  await expect(page.locator('[data-testid="signed-in-as"]')).toContainText('0599');
  await page.goto(`${baseUrl()}/medewerker/zaken/${fixtureCase()}?lang=nl`);
  await expect(page.locator('[role="alert"]')).toContainText(ws.case.notFound);
  await expectAccessible(page, 'case not found');
  // A garbled token is refused inline.
  await page.getByRole('button', { name: ws.nav.logout }).click();
  await page.locator('#login-token').fill('not.a.token');
  await page.getByRole('button', { name: ws.login.tokenSubmit }).click();
  await expect(page.locator('.app-error-summary')).toContainText(ws.login.tokenInvalid);
});
