/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/** Shared helpers for the browser tests: the server address, accessibility scans, screenshots. */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { mintToken } from '../../src/api/index.ts';
import { bsnCheckDigit } from '../../src/case/bsn.ts';
import { WORKSPACE_CATALOGS } from '../../src/web/i18n/index.ts';

export function baseUrl(): string {
  const url = process.env.WEB_BASE_URL;
  if (!url) throw new Error('WEB_BASE_URL is not set (global setup did not run)');
  return url;
}

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

/** Saves a full-page screenshot as test-results/screenshots/<name>.png (and attaches it to the report). */
export async function screenshot(page: Page, name: string, testInfo?: TestInfo): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  if (testInfo) await testInfo.attach(name, { path, contentType: 'image/png' });
  return path;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the page (WCAG 2.0-2.2 A and AA) and fails on any serious or critical violation. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  // Open every <details> so the scan sees the whole page; close them again afterwards.
  const opened = await page.evaluate(() => {
    const closed = [...document.querySelectorAll('details')].filter((d) => !d.open);
    for (const d of closed) {
      d.open = true;
      d.setAttribute('data-axe-opened', '');
    }
    return closed.length;
  });
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (opened > 0) {
    await page.evaluate(() => {
      for (const d of document.querySelectorAll<HTMLDetailsElement>('details[data-axe-opened]')) {
        d.open = false;
        d.removeAttribute('data-axe-opened');
      }
    });
  }
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
  expect(summary, `axe on ${name}`).toEqual([]);
  const minor = result.violations.map((v) => `${v.id}(${v.impact}, ${v.nodes.length})`);
  console.log(
    `axe ${name}: ${result.passes.length} rules pass, serious/critical 0${minor.length ? `, minor/moderate: ${minor.join(' ')}` : ''}`,
  );
}

/** Signs in to the workspace of gemeente 0363 with a freshly minted token of `role`; returns the token. */
export async function loginWithToken(
  page: Page,
  role: 'klantmanager' | 'privacy_officer',
  subject: string,
): Promise<string> {
  const ws = WORKSPACE_CATALOGS.nl;
  const token = await mintToken({ role, gemeente: '0363', subject, expiresIn: '1h' });
  await page.goto(`${baseUrl()}/medewerker?lang=nl`);
  await page.locator('#login-token').fill(token);
  await page.getByRole('button', { name: ws.login.tokenSubmit }).click();
  await expect(page.locator('[data-testid="signed-in-as"]')).toContainText(ws.role[role]);
  return token;
}

/** A BSN that passes the elfproef and is new to this server (random eight digits, then the check digit). */
export function freshBsn(): string {
  for (;;) {
    const first8 = String(10_000_000 + Math.floor(Math.random() * 90_000_000));
    const check = bsnCheckDigit(first8);
    if (check !== null) return first8 + String(check);
  }
}
