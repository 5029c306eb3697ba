/// <reference lib="dom" />
/** Walking the checker in a browser: open it with the clock pinned, answer a question, walk a persona. */
import { expect, type Page } from '@playwright/test';
import type { Answer, QuestionId } from '../../src/web/checker/questions.ts';
import { UI_CATALOGS } from '../../src/web/i18n/index.ts';
import type { Lang } from '../../src/web/i18n/languages.ts';
import { baseUrl, expectAccessible, screenshot } from './helpers.ts';
import { PEILDATUM, type Persona } from './personas.ts';

/** Types an ISO date into the three fields (day, month, year) of the date input `id`. */
export async function fillDate(page: Page, id: string, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await page.locator(`#${id}-day`).fill(String(Number(d)));
  await page.locator(`#${id}-month`).fill(String(Number(m)));
  await page.locator(`#${id}-year`).fill(y ?? '');
}

export async function openChecker(page: Page, lang: Lang): Promise<void> {
  // The checker's peildatum is the browser's today: pin it so the personas' dates mean the same every run.
  await page.clock.setFixedTime(new Date(`${PEILDATUM}T10:00:00+01:00`));
  await page.goto(`${baseUrl()}/check?lang=${lang}`);
  await expect(page.locator('[data-step="1"], .app-result').first()).toBeVisible();
}

export async function answer(page: Page, lang: Lang, q: QuestionId, a: Answer | null): Promise<void> {
  if (a === null) {
    await page.getByRole('button', { name: UI_CATALOGS[lang].checker.skip }).click();
    return;
  }
  switch (a.kind) {
    case 'countries':
      await page.locator('#nationality-first').selectOption(a.codes[0] as string);
      if (a.codes[1]) await page.locator('#nationality-second').selectOption(a.codes[1]);
      break;
    case 'choice':
      await page.locator(`input[name="${q}"][value="${a.value}"]`).check();
      break;
    case 'date': {
      if (await page.locator(`input[name="${q}"][value="yes"]`).count()) {
        await page.locator(`input[name="${q}"][value="yes"]`).check();
      }
      await fillDate(page, `${q}-date`, a.date);
      break;
    }
    case 'no':
      await page.locator(`input[name="${q}"][value="no"]`).check();
      break;
  }
  await page.getByRole('button', { name: UI_CATALOGS[lang].checker.next, exact: true }).click();
}

export interface WalkOptions {
  readonly scan?: boolean;
  readonly shots?: string;
}

/** Answers the questions the page asks until the result; returns the questions asked, in order. */
export async function walkInBrowser(
  page: Page,
  lang: Lang,
  p: Persona,
  options: WalkOptions = {},
): Promise<QuestionId[]> {
  const asked: QuestionId[] = [];
  for (let n = 1; n < 20; n++) {
    const step = page.locator(`[data-step="${n}"]`);
    const result = page.locator('.app-result');
    await expect(step.or(result).first()).toBeVisible();
    if (await result.isVisible()) break;
    const q = (await step.getAttribute('data-question')) as QuestionId;
    expect(q in p.answers, `${p.id} (${lang}) was asked ${q}, which is not among the facts that decide`).toBe(
      true,
    );
    asked.push(q);
    await expect(page.locator('h1')).toContainText(UI_CATALOGS[lang].checker.q[q].title);
    if (options.scan) await expectAccessible(page, `checker ${lang} ${p.id} question ${n} (${q})`);
    if (options.shots) await screenshot(page, `${options.shots}-q${n}-${q}`);
    await answer(page, lang, q, p.answers[q] ?? null);
  }
  await expect(page.locator('.app-result')).toBeVisible();
  return asked;
}
