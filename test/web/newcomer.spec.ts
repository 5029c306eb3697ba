/// <reference lib="dom" />
/**
 * Issue 15, the citizen checker as real people use it, one test per finding: the PIP (and the registration and
 * bijstand) asked and the end date leading the result; a mistyped date refused with a message instead of a blank
 * page; reflow at 320 and 390 px in all six languages; back, forward and reload keeping the answers; plain result
 * (what to do, by when, who helps first; terms explained; three date fields; "no house yet").
 */
import { expect, type Page, test } from '@playwright/test';
import { type Answers, type QuestionId, walk } from '../../src/web/checker/questions.ts';
import { encodeState } from '../../src/web/checker/state.ts';
import { formatDate } from '../../src/web/i18n/dates.ts';
import { UI_CATALOGS } from '../../src/web/i18n/index.ts';
import { LANGS, type Lang } from '../../src/web/i18n/languages.ts';
import { baseUrl, expectAccessible, screenshot } from './helpers.ts';
import { NEWCOMERS, type Newcomer, PEILDATUM } from './personas.ts';
import { answer, fillDate, openChecker, walkInBrowser } from './walk.ts';

const pin = (page: Page) => page.clock.setFixedTime(new Date(`${PEILDATUM}T10:00:00+01:00`));

/** The address of a persona's finished walk: the answers in the fragment, as the checker writes them. */
function resultUrl(p: Newcomer, lang: Lang): string {
  const w = walk((q) => p.answers[q] ?? undefined, PEILDATUM);
  return `${baseUrl()}/check?lang=${lang}#a=${encodeState({ answers: w.answers, skipped: w.skipped, asked: w.asked })}`;
}

const persona = (id: string) => NEWCOMERS.find((p) => p.id === id) as Newcomer;

test.describe('finding 1: the PIP is asked and the result leads with what to do, by when', () => {
  for (const p of NEWCOMERS) {
    test(`${p.id}: asks ${p.expectedQuestions.join(', ')} and names the end date`, async ({ page }) => {
      await openChecker(page, p.lang);
      const asked = await walkInBrowser(page, p.lang, p);
      expect(asked).toEqual(p.expectedQuestions);
      const result = page.locator('.app-result');
      await expect(result).toHaveAttribute('data-status', p.expectedStatus);
      // No empty placeholder anywhere ("loopt tot en met —", "op —").
      await expect(result).not.toContainText(' — ');
      if (p.expectedEnd) {
        const byWhen = page.locator('[data-testid="by-when"]');
        await expect(byWhen).toContainText(formatDate(p.expectedEnd, p.lang));
        // What to do and by when come before the reasons.
        const order = await page.evaluate(() => {
          const todo = document.querySelector('[data-testid="todo"]');
          const why = document.querySelector('[data-testid="why"]');
          return todo && why ? todo.compareDocumentPosition(why) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
        });
        expect(order).toBeTruthy();
      }
      await expect(page.locator('[data-testid="help"] a[href="https://www.inburgeren.nl/"]')).toBeVisible();
      if (p.id === 'ukrainian-uk') {
        await expect(page.locator('[data-testid="temporary-protection"]')).toContainText(
          UI_CATALOGS.uk.result.tpLessons,
        );
      }
      await expectAccessible(page, `newcomer ${p.id} result`);
      await screenshot(page, `newcomer-${p.id}-result`);
    });
  }

  test('a PIP made in February 2024 is not reported as "no plan yet" or "deadline passed"', async ({
    page,
  }) => {
    const p = persona('syrian-ar');
    await pin(page);
    await page.goto(resultUrl(p, 'nl'));
    const result = page.locator('.app-result');
    await expect(result).toHaveAttribute('data-status', 'obliged');
    await expect(page.locator('[data-testid="by-when"]')).toContainText('15 februari 2027');
    await expect(result).not.toContainText('nog geen plan');
    await expect(page.locator('[data-testid="dates"]')).toContainText('15 februari 2027');
  });
});

test.describe('finding 2: a mistyped date gets a message, never a blank page', () => {
  test('a DUO letter in 2016 (before the permit) is refused at the field, the answers kept', async ({
    page,
  }) => {
    const p = persona('syrian-ar');
    await openChecker(page, 'nl');
    for (const q of ['nationality', 'residenceKind', 'grantedOn', 'birthDate', 'pip'] as QuestionId[])
      await answer(page, 'nl', q, p.answers[q] ?? null);
    await expect(page.locator('[data-question="duoNotice"]')).toBeVisible();
    await fillDate(page, 'duoNotice-date', '2016-10-02');
    await page.getByRole('button', { name: 'Volgende', exact: true }).click();
    await expect(page.locator('.app-error-summary')).toContainText(
      'voor de datum van uw verblijfsvergunning',
    );
    await expect(page.locator('[data-question="duoNotice"]')).toBeVisible();
    await expectAccessible(page, 'newcomer date refused');
  });

  test('a housing registration in 2020 and a DUO letter in 2016 get an answer, not a failure', async ({
    page,
  }) => {
    await pin(page);
    // A hand-made address: an asylum permit of 2025-03-10 with a registration in 2020 and a DUO letter in 2016
    // (dates before the duty). These used to make the rules throw. The law answers them: the 10 weeks for the PIP
    // run from the day the person became inburgeringsplichtig (Bi2021 art. 5.3 lid 1 names "de
    // inburgeringsplichtige"), i.e. from 2025-03-10, so the PIP was due on 2025-05-19 (10 weeks on).
    const answers: Answers = {
      nationality: { kind: 'countries', codes: ['SY'] },
      residenceKind: { kind: 'choice', value: 'asiel_bepaalde_tijd' },
      grantedOn: { kind: 'date', date: '2025-03-10' },
      birthDate: { kind: 'date', date: '1992-04-15' },
      pip: { kind: 'no' },
      duoNotice: { kind: 'date', date: '2016-04-01' },
      housingRegistration: { kind: 'date', date: '2020-06-02' },
      bijstand: { kind: 'no' },
    };
    const asked = Object.keys(answers) as QuestionId[];
    await page.goto(`${baseUrl()}/check?lang=nl#a=${encodeState({ answers, skipped: new Set(), asked })}`);
    await expect(page.locator('[data-testid="checker-failed"]')).toHaveCount(0);
    const result = page.locator('.app-result');
    await expect(result).toHaveAttribute('data-status', 'obliged');
    await expect(result).toContainText('19 mei 2025');
    await expect(result).not.toContainText(' — ');
    await expectAccessible(page, 'newcomer early registration answered');
    // The earlier answers are still there.
    expect(decodeURIComponent(page.url())).toContain('grantedOn:2025-03-10');
  });
});

/** Pages whose width is measured: the start page, the first question, a date question and results. */
async function reflowStates(page: Page, lang: Lang): Promise<{ name: string; go: () => Promise<void> }[]> {
  return [
    { name: 'home', go: async () => void (await page.goto(`${baseUrl()}/?lang=${lang}`)) },
    { name: 'question 1', go: async () => void (await page.goto(`${baseUrl()}/check?lang=${lang}`)) },
    { name: 'result syrian', go: async () => void (await page.goto(resultUrl(persona('syrian-ar'), lang))) },
    {
      name: 'result turkish',
      go: async () => void (await page.goto(resultUrl(persona('turkish-tr'), lang))),
    },
    {
      name: 'result eritrean',
      go: async () => void (await page.goto(resultUrl(persona('eritrean-ti'), lang))),
    },
  ];
}

test.describe('finding 3: every checker page reflows at 320 and 390 px (WCAG 1.4.10)', () => {
  for (const lang of LANGS) {
    test(`${lang}: no horizontal scrolling at 320 and 390 px`, async ({ page }) => {
      await pin(page);
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: 800 });
        for (const s of await reflowStates(page, lang)) {
          await s.go();
          await expect(page.locator('h1').first()).toBeVisible();
          // Open every <details> so folded content is measured too.
          await page.evaluate(() => {
            for (const d of document.querySelectorAll('details')) d.open = true;
          });
          const { scroll, client } = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            client: document.documentElement.clientWidth,
          }));
          expect(scroll, `${lang} ${s.name} at ${width}px`).toBeLessThanOrEqual(client);
        }
      }
      if (lang === 'ar') await screenshot(page, 'newcomer-ar-result-390');
    });
  }
});

test.describe('finding 4: back, forward and reload keep the answers', () => {
  test('the browser’s own buttons walk through the questions with the answers kept', async ({ page }) => {
    const p = persona('turkish-tr');
    await openChecker(page, 'tr');
    for (const q of ['nationality', 'residenceKind', 'grantedOn'] as QuestionId[])
      await answer(page, 'tr', q, p.answers[q] ?? null);
    await expect(page.locator('[data-step="4"]')).toHaveAttribute('data-question', 'residencePurpose');
    await page.reload();
    await expect(page.locator('[data-step="4"]')).toHaveAttribute('data-question', 'residencePurpose');
    await page.goBack();
    await expect(page.locator('[data-step="3"]')).toHaveAttribute('data-question', 'grantedOn');
    await page.goForward();
    await expect(page.locator('[data-step="4"]')).toHaveAttribute('data-question', 'residencePurpose');
    for (const q of ['residencePurpose', 'sponsor', 'birthDate', 'pip', 'duoNotice'] as QuestionId[])
      await answer(page, 'tr', q, p.answers[q] ?? null);
    await expect(page.locator('.app-result')).toBeVisible();
    await page.reload();
    await expect(page.locator('.app-result')).toHaveAttribute('data-status', 'obliged');
    await expect(page.locator('[data-testid="answers"] .app-answers__row')).toHaveCount(8);
    // The answers stay on the device: the fragment is never sent, and nothing is in the query.
    expect(new URL(page.url()).search).toBe('?lang=tr');
  });
});

test.describe('finding 5: plain and findable', () => {
  test('dates as three fields, "no house yet", terms explained, help before the reasons', async ({
    page,
  }) => {
    const p = persona('eritrean-ti');
    await openChecker(page, 'en');
    await answer(page, 'en', 'nationality', p.answers.nationality ?? null);
    await answer(page, 'en', 'residenceKind', p.answers.residenceKind ?? null);
    // A date people know: day, month and year as three labelled fields, not a locale-dependent date picker.
    await expect(page.getByLabel('Day', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Month', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Year', { exact: true })).toBeVisible();
    expect(await page.locator('input[type="date"]').count()).toBe(0);
    for (const q of ['grantedOn', 'birthDate', 'pip', 'duoNotice'] as QuestionId[])
      await answer(page, 'en', q, p.answers[q] ?? null);
    await expect(page.locator('[data-question="housingRegistration"]')).toBeVisible();
    await expect(page.getByLabel(UI_CATALOGS.en.checker.q.housingRegistration.no)).toBeVisible();
    await expectAccessible(page, 'newcomer housing question');
    await page.getByLabel(UI_CATALOGS.en.checker.q.housingRegistration.no).check();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await answer(page, 'en', 'bijstand', p.answers.bijstand ?? null);
    await expect(page.locator('.app-result')).toBeVisible();
    const glossary = page.locator('[data-testid="glossary"]');
    for (const term of ['PIP', 'PVT', 'MAP', 'KNM', 'DUO']) await expect(glossary).toContainText(term);
    await expect(page.locator('[data-testid="glossary"] dt [lang="nl"]').first()).toBeVisible();
    const order = await page.evaluate(() => {
      const help = document.querySelector('[data-testid="help"]');
      const why = document.querySelector('[data-testid="why"]');
      return help && why ? help.compareDocumentPosition(why) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    expect(await page.locator('[data-testid="why"] > li').count()).toBeLessThanOrEqual(3);
    await expectAccessible(page, 'newcomer result no house');
  });

  test('Syrian Arabic reads Levantine month names', async ({ page }) => {
    await pin(page);
    await page.goto(resultUrl(persona('syrian-ar'), 'ar'));
    await expect(page.locator('[data-testid="by-when"]')).toContainText('شباط');
  });
});
