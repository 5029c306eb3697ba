/// <reference lib="dom" />
/**
 * The citizen checker in a real browser: each persona walked in Dutch, English and Arabic (right-to-left), asked
 * exactly the questions that decide their outcome (the same list the law-driven walk gives in Node); the result
 * page with its status, dates and reasons linked to wetten.overheid.nl; the other languages; errors; keyboard use;
 * axe-core on every page; screenshots.
 */
import { expect, test } from '@playwright/test';
import { walk } from '../../src/web/checker/questions.ts';
import { UI_CATALOGS } from '../../src/web/i18n/index.ts';
import type { Lang } from '../../src/web/i18n/languages.ts';
import { baseUrl, expectAccessible, screenshot } from './helpers.ts';
import { PEILDATUM, PERSONAS, type Persona } from './personas.ts';
import { openChecker, walkInBrowser } from './walk.ts';

const WALK_PERSONAS = ['asylum', 'family', 'eu', 'turkish-2020', 'turkish-2023', 'aow'];
const WALK_LANGS: readonly Lang[] = ['nl', 'en', 'ar'];

test.describe('checker personas', () => {
  for (const id of WALK_PERSONAS) {
    const persona = PERSONAS.find((p) => p.id === id) as Persona;
    for (const lang of WALK_LANGS) {
      test(`${id} in ${lang}: asks exactly the deciding questions and explains the result`, async ({
        page,
      }) => {
        const scan =
          (lang === 'nl' && (id === 'asylum' || id === 'family')) || (lang === 'ar' && id === 'asylum');
        // An axe scan on every question page takes long on a shared machine: allow for it.
        if (scan) test.slow();
        const shots =
          id === 'asylum' || (id === 'family' && lang === 'en') ? `checker-${lang}-${id}` : undefined;
        await openChecker(page, lang);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');

        const asked = await walkInBrowser(page, lang, persona, { scan, ...(shots ? { shots } : {}) });
        // The browser asks what the law-driven walk asks, and that is exactly the facts that decide.
        const inNode = walk((q) => persona.answers[q] ?? undefined, PEILDATUM).asked;
        expect(asked).toEqual(inNode);
        expect(asked).toEqual(persona.expectedQuestions);

        const result = page.locator('.app-result');
        await expect(result).toHaveAttribute('data-status', persona.expectedStatus);
        await expect(page.locator('h1')).toHaveText(UI_CATALOGS[lang].result.title);
        await expect(page.locator('[data-testid="answers"] .app-answers__row')).toHaveCount(asked.length);
        // Every reason names its source, linked: an article on wetten.overheid.nl (or, for case law, the ruling).
        const reasons = page.locator('[data-testid="why"] li');
        expect(await reasons.count()).toBeGreaterThan(0);
        const linked = page.locator('[data-testid="why"] li:has(a[href^="https://"])');
        expect(await linked.count()).toBe(await reasons.count());
        const statute = page.locator('[data-testid="why"] a[href^="https://wetten.overheid.nl/BWBR"]');
        expect(await statute.count()).toBeGreaterThan(0);
        if (persona.expectedStatus === 'obliged') {
          await expect(page.locator('[data-testid="components"] li').first()).toBeVisible();
          await expect(
            page.locator('[data-testid="dates"] a[href^="https://wetten.overheid.nl/"]').first(),
          ).toBeVisible();
        }
        if (lang !== 'nl') await expect(page.locator('[data-testid="why"]')).not.toContainText('U bent');
        if (scan || lang === 'nl') await expectAccessible(page, `checker ${lang} ${id} result`);
        if (shots) await screenshot(page, `${shots}-result`);
      });
    }
  }
});

test('the other languages: Tigrinya, Turkish and Ukrainian give the result in that language', async ({
  page,
}) => {
  test.slow(); // three full walks of eight questions on a shared machine
  const persona = PERSONAS.find((p) => p.id === 'asylum') as Persona;
  for (const lang of ['ti', 'tr', 'uk'] as const) {
    await openChecker(page, lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('[data-testid="machine-translation"]')).toBeVisible();
    const asked = await walkInBrowser(page, lang, persona);
    expect(asked).toEqual(persona.expectedQuestions);
    await expect(page.locator('h1')).toHaveText(UI_CATALOGS[lang].result.title);
    await expect(page.locator('.app-result')).toHaveAttribute('data-status', 'obliged');
    await expectAccessible(page, `checker ${lang} result`);
    await screenshot(page, `checker-${lang}-asylum-result`);
  }
});

test('"I don\'t know" leaves the fact open and the result says what is still needed', async ({ page }) => {
  const persona = PERSONAS.find((p) => p.id === 'no-letter') as Persona;
  await openChecker(page, 'nl');
  const asked = await walkInBrowser(page, 'nl', persona);
  expect(asked).toEqual(persona.expectedQuestions);
  await expect(page.locator('[data-testid="open"]')).toContainText('brief van DUO');
  await expectAccessible(page, 'checker nl no-letter result');
  await screenshot(page, 'checker-nl-no-letter-result');
});

test('errors are announced, linked to the field, and the answers survive a language switch', async ({
  page,
}) => {
  await openChecker(page, 'nl');
  // No answer: the error summary takes focus and links to the field.
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  const summary = page.locator('.app-error-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page.locator('#nationality-first')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'checker nl error');
  await screenshot(page, 'checker-nl-error');
  await summary.getByRole('link').click();
  await expect(page.locator('#nationality-first')).toBeFocused();

  await page.locator('#nationality-first').selectOption('SY');
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await expect(page.locator('[data-step="2"]')).toBeVisible();
  // Switch to Arabic on question 2: same question, right-to-left, answers kept.
  await page.getByRole('link', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('[data-step="2"]')).toHaveAttribute('data-question', 'residenceKind');
  await expect(page.locator('h1')).toContainText(UI_CATALOGS.ar.checker.q.residenceKind.title);
  await expectAccessible(page, 'checker ar question 2');
  await screenshot(page, 'checker-ar-q2-after-switch');
  await page.getByRole('button', { name: UI_CATALOGS.ar.checker.back }).click();
  await expect(page.locator('#nationality-first')).toHaveValue('SY');
});

test('home page, skip link and keyboard operation', async ({ page }) => {
  await page.goto(`${baseUrl()}/?lang=nl`);
  await expect(page.locator('h1')).toHaveText(UI_CATALOGS.nl.home.title);
  await expectAccessible(page, 'home nl');
  await screenshot(page, 'home-nl');
  // The first Tab reaches the skip link, which moves focus to the main content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: UI_CATALOGS.nl.app.skipLink });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  // Start the check with the keyboard and answer the first question with it.
  await page.getByRole('link', { name: UI_CATALOGS.nl.home.start }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-step="1"]')).toBeVisible();
  await expect(page.locator('#question-heading')).toBeFocused();

  await page.goto(`${baseUrl()}/?lang=ar`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectAccessible(page, 'home ar');
  await screenshot(page, 'home-ar');
});

test('an unknown address shows a page, not an error', async ({ page }) => {
  await page.goto(`${baseUrl()}/bestaat-niet?lang=nl`);
  await expect(page.locator('h1')).toHaveText(UI_CATALOGS.nl.app.notFoundTitle);
  await expectAccessible(page, 'not found');
});
