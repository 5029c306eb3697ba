/// <reference lib="dom" />
/**
 * Issue 15, the checker's words and its failure modes, the items the first round of tests (newcomer.spec.ts) did
 * not pin down: Dutch terms inside the other languages carry lang="nl"; Arabic plural forms and the Levantine month
 * names throughout a Syrian's page; country names from Intl.DisplayNames in the reader's language; a page that
 * fails to render says so in the reader's language and keeps the answers; every other checker state (a date
 * question, an error, "not found") reflows at 320 px in all six languages and passes axe.
 */
import { expect, type Page, test } from '@playwright/test';
import { type QuestionId, walk } from '../../src/web/checker/questions.ts';
import { encodeState } from '../../src/web/checker/state.ts';
import { UI_CATALOGS } from '../../src/web/i18n/index.ts';
import { LANGS, type Lang } from '../../src/web/i18n/languages.ts';
import { baseUrl, expectAccessible } from './helpers.ts';
import { NEWCOMERS, type Newcomer, PEILDATUM } from './personas.ts';
import { answer, openChecker } from './walk.ts';

const pin = (page: Page) => page.clock.setFixedTime(new Date(`${PEILDATUM}T10:00:00+01:00`));
const persona = (id: string) => NEWCOMERS.find((p) => p.id === id) as Newcomer;

function resultUrl(p: Newcomer, lang: Lang): string {
  const w = walk((q) => p.answers[q] ?? undefined, PEILDATUM);
  return `${baseUrl()}/check?lang=${lang}#a=${encodeState({ answers: w.answers, skipped: w.skipped, asked: w.asked })}`;
}

/** Dutch terms the result pages use in every language (the law's own words and DUO's acronyms). */
const DUTCH_TERMS = [
  'inburgeringsplicht',
  'Wet inburgering 2021',
  'brede intake',
  'bijstand',
  'leerroute',
  'PIP',
  'DUO',
  'KNM',
  'PVT',
];

/** Each text node in `main` holding a Dutch term, with the language it is announced in (the nearest lang). */
async function termLanguages(page: Page): Promise<{ term: string; lang: string; text: string }[]> {
  return page.evaluate((terms) => {
    const out: { term: string; lang: string; text: string }[] = [];
    const main = document.querySelector('main');
    if (!main) return out;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      for (const term of terms) {
        const re = new RegExp(`(^|[^A-Za-z])${term}([^A-Za-z]|$)`);
        if (re.test(text))
          out.push({ term, text, lang: n.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '' });
      }
    }
    return out;
  }, DUTCH_TERMS);
}

test.describe('Dutch terms inside another language are marked lang="nl"', () => {
  for (const lang of ['ar', 'ti', 'uk', 'tr', 'en'] as const) {
    test(`${lang}: every Dutch term on the result page is announced as Dutch`, async ({ page }) => {
      await pin(page);
      await page.goto(resultUrl(persona('syrian-ar'), lang));
      await expect(page.locator('.app-result')).toHaveAttribute('data-status', 'obliged');
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
      });
      const found = await termLanguages(page);
      // The page does use the terms (else this test proves nothing) ...
      expect(found.map((f) => f.term)).toEqual(expect.arrayContaining(['inburgeringsplicht', 'PIP', 'DUO']));
      // ... and never in the page's own language.
      const unmarked = found.filter((f) => f.lang !== 'nl');
      expect(unmarked, JSON.stringify(unmarked.slice(0, 5))).toEqual([]);
      // The glossary marks the Dutch word as Dutch, not the explanation in the reader's language.
      for (const dt of await page.locator('[data-testid="glossary"] dt').all()) {
        const own = await dt.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'));
        expect(own).toBe(lang);
        await expect(dt.locator('[lang="nl"]')).toHaveCount(1);
      }
      await expectAccessible(page, `result ${lang} with Dutch terms marked`);
    });
  }
});

test('the questions mark their Dutch terms too (the PIP question in Arabic and Ukrainian)', async ({
  page,
}) => {
  const p = persona('syrian-ar');
  for (const lang of ['ar', 'uk'] as const) {
    await openChecker(page, lang);
    for (const q of ['nationality', 'residenceKind', 'grantedOn', 'birthDate'] as const)
      await answer(page, lang, q, p.answers[q] ?? null);
    await expect(page.locator('[data-question="pip"]')).toBeVisible();
    const found = await termLanguages(page);
    expect(found.map((f) => f.term)).toContain('PIP');
    expect(found.filter((f) => f.lang !== 'nl')).toEqual([]);
  }
});

test('Syrian Arabic: plural forms agree with the number, and every month is Levantine', async ({ page }) => {
  await pin(page);
  await page.goto(resultUrl(persona('syrian-ar'), 'ar'));
  await expect(page.locator('.app-result')).toHaveAttribute('data-status', 'obliged');
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
  const text = (await page.locator('main').textContent()) ?? '';
  // 3 to 10 take the plural (3 سنوات، 3 أشهر، 10 أسابيع); 2 the dual; 0 is not "0 امتحانات".
  expect(text).toContain('3 سنوات');
  expect(text).toContain('3 أشهر');
  expect(text).toContain('10 أسابيع');
  expect(text).not.toMatch(/\b[0-2] امتحانات/);
  expect(text).not.toMatch(/\b(1[1-9]|[2-9]\d) (سنوات|أشهر|أسابيع)/);
  // Dates in the catalog's own sentences use the same (Levantine) month names as the formatted ones.
  expect(text).toContain('شباط');
  for (const egyptian of ['يناير', 'فبراير', 'ديسمبر', 'سبتمبر', 'أكتوبر'])
    expect(text, egyptian).not.toContain(egyptian);
});

test('Ukrainian plural forms agree with the number (3 місяці, 3 роки)', async ({ page }) => {
  await pin(page);
  await page.goto(resultUrl(persona('syrian-ar'), 'uk'));
  await expect(page.locator('.app-result')).toHaveAttribute('data-status', 'obliged');
  const text = (await page.locator('main').textContent()) ?? '';
  // The AOW age of 67 years and 3 months, and the three-year term.
  expect(text).toContain('67 років і 3 місяці');
  expect(text).toContain('3 роки');
  expect(text).not.toMatch(/\b[2-4] (місяців|років)/);
  // A date's "р." ends the sentence without a second full stop.
  expect(text).toContain('15 лютого 2027 р.');
  expect(text).not.toContain('р..');
});

test('country names come from Intl.DisplayNames in the reader’s language', async ({ page }) => {
  for (const [lang, syria, poland] of [
    ['uk', 'Сирія', 'Польща'],
    ['ar', 'سوريا', 'بولندا'],
    ['tr', 'Suriye', 'Polonya'],
    ['nl', 'Syrië', 'Polen'],
  ] as const) {
    await openChecker(page, lang);
    const first = page.locator('#nationality-first');
    await expect(first.locator('option[value="SY"]')).toHaveText(syria);
    await expect(first.locator('option[value="PL"]')).toHaveText(poland);
  }
  // The answers on the result page name the country in that language too.
  await pin(page);
  await page.goto(resultUrl(persona('syrian-ar'), 'uk'));
  await expect(page.locator('[data-testid="answers"]')).toContainText('Сирія');
});

test('a page that fails to render says so in the reader’s language and keeps the answers', async ({
  page,
}) => {
  // Break date formatting on demand, as a browser bug or a missing locale would: the result page then throws while
  // rendering. The error boundary must catch it; the answers are in the address, so "try again" brings them back.
  await page.addInitScript(() => {
    const w = window as unknown as { __breakDates?: boolean };
    const proto = Intl.DateTimeFormat.prototype;
    const format = Object.getOwnPropertyDescriptor(proto, 'format')?.get;
    const parts = proto.formatToParts;
    Object.defineProperty(proto, 'format', {
      configurable: true,
      get() {
        if (w.__breakDates) throw new Error('broken date formatting');
        return format?.call(this);
      },
    });
    proto.formatToParts = function (this: Intl.DateTimeFormat, d?: Date | number) {
      if (w.__breakDates) throw new Error('broken date formatting');
      return parts.call(this, d);
    };
  });
  const p = persona('syrian-ar');
  await openChecker(page, 'ar');
  for (const q of ['nationality', 'residenceKind', 'grantedOn', 'birthDate', 'pip', 'duoNotice'] as const)
    await answer(page, 'ar', q, p.answers[q] ?? null);
  await expect(page.locator('[data-question="housingRegistration"]')).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { __breakDates?: boolean }).__breakDates = true;
  });
  await answer(page, 'ar', 'housingRegistration', p.answers.housingRegistration ?? null);
  await answer(page, 'ar', 'bijstand', p.answers.bijstand ?? null);
  const failed = page.locator('[data-testid="page-failed"]');
  await expect(failed).toBeVisible();
  await expect(page.locator('h1')).toHaveText(UI_CATALOGS.ar.app.errorTitle);
  await expect(failed).toContainText(UI_CATALOGS.ar.app.errorText);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectAccessible(page, 'checker ar page failed');
  // The answers are kept in the address ...
  expect(decodeURIComponent(page.url())).toContain('grantedOn:2023-09-12');
  // ... and "try again" shows the result with all eight of them.
  await page.evaluate(() => {
    (window as unknown as { __breakDates?: boolean }).__breakDates = false;
  });
  await page.getByRole('button', { name: UI_CATALOGS.ar.app.errorRetry }).click();
  await expect(page.locator('.app-result')).toHaveAttribute('data-status', 'obliged');
  await expect(page.locator('[data-testid="answers"] .app-answers__row')).toHaveCount(8);
});

test.describe('every other checker state reflows at 320 px and passes axe, in all six languages', () => {
  for (const lang of LANGS) {
    test(`${lang}: a date question, an error, "I don't know", not found`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width: 320, height: 800 });
      const reflows = async (what: string) => {
        await expect(page.locator('h1').first()).toBeVisible();
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect(scroll, `${lang} ${what} at 320 px`).toBeLessThanOrEqual(client);
      };
      const p = persona('turkish-tr');
      await openChecker(page, lang);
      await answer(page, lang, 'nationality', p.answers.nationality ?? null);
      await answer(page, lang, 'residenceKind', p.answers.residenceKind ?? null);
      // The date question: three fields side by side must still fit.
      await expect(page.locator('[data-question="grantedOn"]')).toBeVisible();
      await reflows('date question');
      await expectAccessible(page, `checker ${lang} date question at 320`);
      // An impossible date: the error summary and the field's message.
      await page.locator('#grantedOn-date-day').fill('31');
      await page.locator('#grantedOn-date-month').fill('2');
      await page.locator('#grantedOn-date-year').fill('2024');
      await page.getByRole('button', { name: UI_CATALOGS[lang].checker.next, exact: true }).click();
      await expect(page.locator('.app-error-summary')).toBeVisible();
      await reflows('date error');
      await expectAccessible(page, `checker ${lang} date error at 320`);
      // A choice question (purpose of stay) with its long options.
      await answer(page, lang, 'grantedOn', p.answers.grantedOn ?? null);
      await expect(page.locator('[data-question="residencePurpose"]')).toBeVisible();
      await reflows('choice question');
      await expectAccessible(page, `checker ${lang} choice question at 320`);
      // "I don't know" for everything after: the result lists what is still needed.
      // (A question without "I don't know", the birth date, gets the persona's answer.)
      for (let i = 0; i < 12 && !(await page.locator('.app-result').isVisible()); i++) {
        const q = (await page.locator('[data-question]').getAttribute('data-question')) as QuestionId;
        const skip = page.getByRole('button', { name: UI_CATALOGS[lang].checker.skip });
        if (await skip.count()) await skip.click();
        else await answer(page, lang, q, p.answers[q] ?? null);
        await expect(page.locator(`[data-step="${5 + i}"], .app-result`).first()).toBeVisible();
      }
      await expect(page.locator('.app-result')).toBeVisible();
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
      });
      await reflows('result with open questions');
      await expectAccessible(page, `checker ${lang} result with open questions at 320`);
      await page.goto(`${baseUrl()}/bestaat-niet?lang=${lang}`);
      await expect(page.locator('h1')).toHaveText(UI_CATALOGS[lang].app.notFoundTitle);
      await reflows('not found');
      await expectAccessible(page, `${lang} not found at 320`);
    });
  }
});

test('the Syrian woman on her phone: a real mobile viewport, the whole walk in Arabic, the end date, no zooming out', async ({
  browser,
}) => {
  test.slow();
  // A phone as the browser sees one: the page's meta viewport applies, so a page wider than the screen would be
  // shrunk to fit (Arabic at 62 % before) instead of scrolling; touch, a high-density screen.
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 3,
    locale: 'ar-SY',
  });
  const page = await context.newPage();
  const p = persona('syrian-ar');
  await openChecker(page, 'ar');
  for (const q of p.expectedQuestions) await answer(page, 'ar', q, p.answers[q] ?? null);
  await expect(page.locator('.app-result')).toHaveAttribute('data-status', 'obliged');
  await expect(page.locator('[data-testid="by-when"]')).toContainText('15 شباط 2027');
  await expect(
    page.locator('[data-testid="help"] a[href="https://organisaties.overheid.nl/Gemeenten/"]'),
  ).toBeVisible();
  await expect(page.locator('[data-testid="glossary"]')).toContainText('leerroute');
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
  const view = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    scale: window.visualViewport?.scale ?? 1,
    layout: window.innerWidth,
  }));
  expect(view.scroll, 'no horizontal scrolling').toBeLessThanOrEqual(view.client);
  expect(view.layout, 'the layout viewport is the screen, not a shrunk wider page').toBe(390);
  expect(view.scale).toBe(1);
  await context.close();
});
