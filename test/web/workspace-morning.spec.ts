/// <reference lib="dom" />
/**
 * Issue 15, the klantmanager's morning, the items the first round of workspace tests did not pin down: a refusal
 * by the case file in plain words with its code on demand, and the same refusal in the access log in words (never
 * an empty column); invalid values refused before anything is sent; search by BSN without the BSN in any address;
 * the other sort orders and a second page; stage names that do not break inside a word on a phone.
 */
import { expect, type Page, test } from '@playwright/test';
import { mintToken } from '../../src/api/index.ts';
import { UI_CATALOGS, WORKSPACE_CATALOGS } from '../../src/web/i18n/index.ts';
import { baseUrl, expectAccessible, freshBsn, loginWithToken } from './helpers.ts';

const ws = WORKSPACE_CATALOGS.nl;

async function openCase(token: string, bsn = freshBsn()): Promise<string> {
  const r = await fetch(`${baseUrl()}/v1/zaken`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ bsn, birthDate: '1990-05-01', nationalities: ['SY'] }),
  });
  expect(r.status).toBe(201);
  return ((await r.json()) as { id: string }).id;
}

test('a refusal reads in plain words with its code on demand; the access log says the same in words', async ({
  page,
  browser,
}) => {
  test.slow();
  const token = await loginWithToken(page, 'klantmanager', 'km-refused');
  // A case without a residence permit: the duty is not known, so the law refuses a PIP.
  const id = await openCase(token);
  await page.goto(`${baseUrl()}/medewerker/zaken/${id}?lang=nl`);
  await expect(page.locator('[data-testid="timeline"] > li').first()).toBeVisible();
  await page.locator('#action-choice').selectOption('adoptPip');
  const form = page.locator('form[data-action="adoptPip"]');
  await form.locator('#adoptPip-leerroute').selectOption('B1');
  await form.getByRole('button', { name: /Vastleggen/ }).click();
  const outcome = form.locator('[data-testid="action-outcome"]');
  await expect(outcome).toHaveAttribute('role', 'alert');
  await expect(outcome).toContainText(ws.action.rejected);
  // Plain words: no status code, no field name, no problem code, no ISO date in the visible text.
  // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, without the folded code
  const visible = await outcome.evaluate((el) => (el as HTMLElement).innerText);
  expect(visible).not.toMatch(/\(status: ?\w+\)|\bunknown\b|\bpip\.\w+|\d{4}-\d{2}-\d{2}/);
  // The server says what the status means (src/case/i18n/words.ts), not only the browser hiding its code.
  expect(visible).toContain('het dossier mist nog gegevens om de plicht vast te stellen');
  // The code is there when asked for.
  const code = outcome.locator('[data-testid="refusal-code"]').first();
  await expect(code).toBeHidden();
  await outcome.getByText(ws.accessLog.code, { exact: true }).first().click();
  await expect(code).toBeVisible();
  await expect(code).toContainText(/pip\.\w+/);
  await expectAccessible(page, 'case page refusal with code');

  // The privacy officer sees that refused command in words, the code folded, and no empty column.
  const context = await browser.newContext();
  const po = await context.newPage();
  await loginWithToken(po, 'privacy_officer', 'po-refused');
  await po.locator('#access-case-id').fill(id);
  await po.getByRole('button', { name: ws.accessLog.lookup }).click();
  const table = po.locator('[data-testid="access-log"]');
  const refused = table.locator('tbody tr', {
    hasText: ws.accessLog.kind.command.replace('{command}', ws.accessLog.command.AdoptPip),
  });
  await expect(refused.first()).toBeVisible();
  await expect(refused.first()).toContainText(ws.accessLog.refused);
  // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, without the folded code
  const shown = await refused.first().evaluate((el) => (el as HTMLElement).innerText);
  expect(shown).not.toMatch(/case\.command|AdoptPip|ERROR|pip\.\w+/);
  await refused.first().getByText(ws.accessLog.code, { exact: true }).last().click();
  await expect(refused.first().locator('details[open] code')).toContainText(/pip\.\w+/);
  // The purpose in words (the processing activity's name), its register URI on demand.
  const purposeCell = refused.first().locator('td').nth(4);
  await expect(purposeCell).toContainText(ws.accessLog.purpose.regie);
  // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, without the folded URI
  const purposeShown = await purposeCell.evaluate((el) => (el as HTMLElement).innerText);
  expect(purposeShown).not.toMatch(/urn:|regie-wi2021/);
  await purposeCell.getByText(ws.accessLog.code, { exact: true }).click();
  await expect(purposeCell.locator('details[open] code')).toHaveText(
    'urn:nl:inburgering:verwerkingsactiviteit:regie-wi2021',
  );
  // Every cell says something (the count column was empty for commands).
  const empty = await table
    .locator('tbody td')
    .evaluateAll((tds) => tds.filter((td) => (td.textContent ?? '').trim() === '').length);
  expect(empty).toBe(0);
  await expectAccessible(po, 'access log with a refused command');
  await context.close();
});

test('invalid values are refused in the browser: nothing is sent', async ({ page }) => {
  test.slow();
  const token = await loginWithToken(page, 'klantmanager', 'km-nosend');
  const id = await openCase(token);
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/gebeurtenissen')) posts.push(r.url());
  });
  await page.goto(`${baseUrl()}/medewerker/zaken/${id}?lang=nl`);
  await expect(page.locator('[data-testid="timeline"] > li').first()).toBeVisible();
  await page.locator('#action-choice').selectOption('adoptPip');
  const pip = page.locator('form[data-action="adoptPip"]');
  await pip.locator('#adoptPip-leerroute').selectOption('B1');
  for (const [field, value, message] of [
    ['leerrouteHoursPerWeek', '-5', ws.action.invalid.number],
    ['leerrouteHoursPerWeek', '200', ws.action.invalid.perWeek],
    ['progressMeetings', '2.5', ws.action.invalid.whole],
  ] as const) {
    await pip.locator(`#adoptPip-${field}`).fill(value);
    await pip.getByRole('button', { name: /Vastleggen/ }).click();
    await expect(pip.locator(`#adoptPip-${field}`)).toHaveAttribute('aria-invalid', 'true');
    await expect(pip.locator('[data-testid="action-outcome"]')).toContainText(message);
    await pip.locator(`#adoptPip-${field}`).fill('');
  }
  await page.locator('#action-choice').selectOption('completeIntake');
  const intake = page.locator('form[data-action="completeIntake"]');
  await intake.locator('#completeIntake-completedOn').fill('2099-01-01');
  await intake.getByRole('button', { name: /Vastleggen/ }).click();
  await expect(intake.locator('[data-testid="action-outcome"]')).toContainText(ws.action.invalid.future);
  expect(posts).toEqual([]);
});

test('search by BSN finds the case, and the BSN is in no address', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  const token = await loginWithToken(page, 'klantmanager', 'km-bsn');
  const bsn = freshBsn();
  const id = await openCase(token, bsn);
  const rows = page.locator('[data-testid="caseload"] tbody tr');
  await expect(rows.first()).toBeVisible();
  await page.locator('#filter-zoek').fill(bsn);
  await page.getByRole('button', { name: ws.caseload.apply }).click();
  await expect(page.locator('[data-testid="case-count"]')).toHaveAttribute('data-total', '1');
  await expect(rows.first().getByRole('link')).toHaveAttribute('href', new RegExp(id));
  expect(page.url()).not.toContain(bsn);
  for (const u of urls) expect(u).not.toContain(bsn);
});

test('a caseload larger than a page: every case reachable, page by page', async ({ page }) => {
  test.slow();
  // A gemeente of its own (no demo cases there) with 53 cases: more than one page of 50, whatever the demo holds.
  const gemeente = '1680';
  const token = await mintToken({ role: 'klantmanager', gemeente, subject: 'km-pages', expiresIn: '1h' });
  const have = await fetch(`${baseUrl()}/v1/gemeenten/${gemeente}/werkvoorraad?limit=1`, {
    headers: { authorization: `Bearer ${token}` },
  });
  let total = ((await have.json()) as { total: number }).total;
  for (; total < 53; total++) await openCase(token);
  await page.goto(`${baseUrl()}/medewerker?lang=nl`);
  await page.locator('#login-token').fill(token);
  await page.getByRole('button', { name: ws.login.tokenSubmit }).click();
  const rows = page.locator('[data-testid="caseload"] tbody tr');
  await expect(page.locator('[data-testid="case-count"]')).toHaveAttribute('data-total', String(total));
  await expect(rows).toHaveCount(50);
  const hrefs = () => rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('a')?.href ?? ''));
  const first = await hrefs();
  await page.getByRole('link', { name: ws.caseload.next }).click();
  await expect(page).toHaveURL(/pagina=2/);
  await expect(rows).toHaveCount(total - 50);
  const second = await hrefs();
  expect(new Set([...first, ...second]).size).toBe(total);
  await expectAccessible(page, 'caseload page 2');
  // Back returns to page 1.
  await page.goBack();
  await expect(rows).toHaveCount(50);
  expect(await hrefs()).toEqual(first);
});

test('sort orders: latest deadline first, by stage', async ({ page }) => {
  await loginWithToken(page, 'klantmanager', 'km-sort');
  const rows = page.locator('[data-testid="caseload"] tbody tr');
  await expect(rows.first()).toBeVisible();
  await page.locator('#filter-sorteer').selectOption('-deadline');
  await page.getByRole('button', { name: ws.caseload.apply }).click();
  await expect(page).toHaveURL(/sorteer=-deadline/);
  await expect(rows.first()).toBeVisible();
  const desc = (
    await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-deadline') ?? ''))
  ).filter((d) => d !== '');
  expect(desc.length).toBeGreaterThan(1);
  expect(desc).toEqual([...desc].sort().reverse());
  expect(desc[0]).not.toBe(desc[desc.length - 1]);
  await page.locator('#filter-sorteer').selectOption('stage');
  await page.getByRole('button', { name: ws.caseload.apply }).click();
  await expect(page).toHaveURL(/sorteer=stage/);
  await expect(rows.first()).toBeVisible();
  const stages = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-stage') ?? ''));
  const runs = stages.filter((s, i) => i === 0 || stages[i - 1] !== s);
  expect(runs.length).toBeGreaterThan(1);
  expect(new Set(runs).size).toBe(runs.length);
});

/** Words broken across lines inside `locator`'s elements: each word must sit on one line. */
async function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const broken: string[] = [];
    for (const el of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        for (const m of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(m[0]);
        }
      }
    }
    return broken;
  }, selector);
}

test('stage names never break inside a word on a phone ("In traject" one syllable a line)', async ({
  page,
}) => {
  test.slow();
  await loginWithToken(page, 'klantmanager', 'km-stage');
  await page.goto(`${baseUrl()}/medewerker/werkvoorraad?lang=nl&fase=in_traject`);
  const rows = page.locator('[data-testid="caseload"] tbody tr');
  await expect(rows.first()).toHaveAttribute('data-stage', 'in_traject');
  const href = (await rows.first().locator('a').first().getAttribute('href')) ?? '';
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${baseUrl()}/medewerker/werkvoorraad?lang=nl&fase=in_traject`);
    await expect(rows.first()).toBeVisible();
    expect(await brokenWords(page, '[data-testid="caseload"] tbody td'), `caseload at ${width}`).toEqual([]);
    await page.goto(`${baseUrl()}${href}`);
    await expect(page.locator('[data-testid="stage"]')).toHaveText(ws.stage.in_traject);
    expect(
      await brokenWords(page, '[data-testid="stage"], [data-testid="deadlines"] td, .app-summary dd'),
      `case page at ${width}`,
    ).toEqual([]);
  }
});

test('the login refusal, "no access" and the access log: axe and 320 px as well', async ({ page }) => {
  test.slow();
  const reflows = async (what: string) => {
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll, what).toBeLessThanOrEqual(client);
  };
  await page.setViewportSize({ width: 320, height: 800 });
  for (const lang of ['nl', 'en'] as const) {
    const w = WORKSPACE_CATALOGS[lang];
    await page.goto(`${baseUrl()}/medewerker?lang=${lang}`);
    await page.locator('#login-token').fill('not.a.token');
    await page.getByRole('button', { name: w.login.tokenSubmit }).click();
    await expect(page.locator('.app-error-summary')).toContainText(w.login.tokenInvalid);
    await reflows(`${lang} login refused at 320 px`);
    await expectAccessible(page, `${lang} login refused`);
  }
  await loginWithToken(page, 'klantmanager', 'km-320');
  await page.goto(`${baseUrl()}/medewerker/toegangslog?lang=nl`);
  await expect(page.locator('h1')).toHaveText(UI_CATALOGS.nl.app.noAccessTitle);
  await reflows('no access at 320 px');
  await page.getByRole('button', { name: ws.nav.logout }).click();
  await loginWithToken(page, 'privacy_officer', 'po-320');
  await page.locator('#access-case-id').fill(process.env.WEB_FIXTURE_CASE ?? '');
  await page.getByRole('button', { name: ws.accessLog.lookup }).click();
  await expect(page.locator('[data-testid="access-log"]')).toBeVisible();
  await reflows('access log at 320 px');
  await expectAccessible(page, 'access log at 320 px');
});
