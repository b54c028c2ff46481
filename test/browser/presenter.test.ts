import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeViolations, launch, openPage } from './harness';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerLabel, focusedTag, focusedText, openAllDetails, scrollsSideways, tabUntil, texts, type Language } from './walk-driver';

/**
 * The presenter view in the built app, as a trainer shares it in a webinar: a 1280×720 window,
 * the keyboard only, in Danish and in English. At every step: axe (WCAG 2.1 A and AA, nothing
 * disabled), the training label, body text of at least 24 px, and nothing cut off or scrolling
 * sideways.
 */
const CASE = 'threats';
const presenterURL = () => new URL(`?mode=presenter&case=${CASE}`, inject('baseURL')).href;
const ROOT = join(import.meta.dirname, '../..');
const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const presenterTexts = (language: Language) => readJson(`locales/${language}/presenter.json`);

interface TrainingCase {
  title: Record<Language, string>;
  answers: Record<string, string>;
  expect: { class: string };
}
const trainingCase = (id: string): TrainingCase => readJson(`rules/scenarios/${id}.json`);

/** Presses Tab (or Shift+Tab) until the control named `name` has focus; fails after a screenful of stops. */
async function tabTo(page: Page, name: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((wanted) => document.activeElement?.textContent?.trim() === wanted, name)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/** Text smaller than 24 px, and boxes that reach past the window or clip their content. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('.p18-presenter');
    if (!root) return ['no presenter view on the page'];
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const hiddenOnPurpose = (el: Element) => el.closest('.p18-visually-hidden') !== null;
    for (const el of root.querySelectorAll('*')) {
      if (hiddenOnPurpose(el) || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      const name = `${el.tagName.toLowerCase()}.${el.className}`;
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (ownText && parseFloat(style.fontSize) < 24) problems.push(`${name}: text at ${style.fontSize}`);
      const rect = el.getBoundingClientRect();
      if (rect.left < -0.5 || rect.right > width + 0.5) problems.push(`${name}: reaches ${Math.round(rect.left)}–${Math.round(rect.right)} in a ${width} px window`);
      if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) problems.push(`${name}: clips its content sideways`);
    }
    return problems;
  });
}

/** Whether the element is laid out when printing (no ancestor hides it). */
const printedText = (page: Page) =>
  page.evaluate(() => {
    const label = document.querySelector('.p18-presenter__label');
    for (let node: Element | null = label; node; node = node.parentElement) if (getComputedStyle(node).display === 'none') return null;
    return label?.textContent ?? null;
  });

describe.each(['da', 'en'] as const)('the presenter view by keyboard at 1280×720 in %s', (language) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('steps through the case, reveals the assessment and the trace, and follows a changed answer', { timeout: 240_000 }, async () => {
    const { rules } = texts(language);
    const presenter = presenterTexts(language);
    const walk = trainingCase(CASE);
    const opened = await openPage(browser, presenterURL());
    const { page } = opened;
    await page.setViewportSize({ width: 1280, height: 720 });
    const findings: string[] = [];
    const check = async (step: string) => {
      await openAllDetails(page);
      findings.push(...describeViolations(await axeViolations(page)).map((v) => `${step}: axe ${v}`));
      findings.push(...(await layoutProblems(page)).map((p) => `${step}: ${p}`));
      if (await scrollsSideways(page)) findings.push(`${step}: scrolls sideways`);
      if (!(await page.getByText(presenter.fictitious, { exact: true }).isVisible())) findings.push(`${step}: no training label`);
    };
    const questionOnScreen = async () => (await page.locator('fieldset legend').innerText()).trim();
    const pressButton = async (name: string) => {
      await tabTo(page, name);
      await page.keyboard.press('Enter');
    };

    try {
      await page.getByRole('heading', { level: 1, name: walk.title.da }).waitFor();
      expect(await focusedTag(page), 'no focus moved on load').toBe('BODY');

      if (language === 'en') {
        await pressButton('English');
        await page.getByRole('heading', { level: 1, name: walk.title.en }).waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
      }
      await check('case opened');
      expect(await page.getByText(rules.classes[walk.expect.class].title).count(), 'assessment hidden').toBe(0);
      expect(await page.getByRole('heading', { name: rules.states.matched }).count(), 'trace hidden').toBe(0);

      // Every question in turn, the case's answer chosen, focus on its heading.
      const asked: string[] = [];
      for (let step = 0; step < 40; step++) {
        const question = await questionOnScreen();
        const fact = Object.keys(rules.facts).find((id) => rules.facts[id].question === question)!;
        asked.push(fact);
        expect(await page.getByRole('radio', { name: answerLabel(language, fact, walk.answers[fact]), exact: true }).isChecked(), fact).toBe(true);
        await check(fact);
        if ((await page.getByRole('button', { name: presenter.questions.next }).count()) === 0) break;
        await pressButton(presenter.questions.next);
        await page.waitForFunction((previous) => document.querySelector('legend')?.textContent !== previous, question);
        expect(await focusedTag(page), `focus after ${fact}`).toBe('H2');
        expect(await focusedText(page)).toBe(await questionOnScreen());
      }
      expect(asked).toContain('threatsAgainstFamily');
      expect(await page.getByText(rules.classes[walk.expect.class].title).count(), 'assessment still hidden').toBe(0);

      await pressButton(presenter.assessment.show);
      await page.getByRole('heading', { name: rules.classes[walk.expect.class].title }).waitFor();
      await check('assessment revealed');
      expect(await page.getByRole('heading', { name: rules.states.matched }).count(), 'trace still hidden').toBe(0);

      await pressButton(presenter.trace.show);
      const matched = page.getByRole('heading', { name: rules.states.matched }).locator('xpath=..');
      await matched.getByRole('heading', { name: rules.examples.threats.title }).waitFor();
      await check('trace revealed');

      // Back up to the question (from the trace, then from each question heading) with Previous,
      // and turn its answer with the arrow keys.
      await tabTo(page, presenter.questions.previous, 'Shift+Tab');
      await page.keyboard.press('Enter');
      for (let step = 0; step < 40 && (await questionOnScreen()) !== rules.facts.threatsAgainstFamily.question; step++) {
        await pressButton(presenter.questions.previous);
      }
      await tabUntil(page, () => (document.activeElement as HTMLInputElement | null)?.type === 'radio', 'the answers');
      await page.keyboard.press('ArrowDown');
      expect(await page.getByRole('radio', { name: answerLabel(language, 'threatsAgainstFamily', 'no'), exact: true }).isChecked()).toBe(true);
      await page.getByRole('heading', { name: rules.classes.concreteJudgement.title }).waitFor();
      const notMatched = page.getByRole('heading', { name: rules.states.notMatched, exact: true }).locator('xpath=..');
      await notMatched.getByRole('heading', { name: rules.examples.threats.title }).waitFor();
      await check('answer changed');

      // On paper too, the case says it is a training case.
      await page.emulateMedia({ media: 'print' });
      expect(await printedText(page)).toBe(presenter.fictitious);
      await page.emulateMedia({ media: 'screen' });

      expect(findings).toEqual([]);
      expect(opened.cspViolations).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('lists the cases, with the training label, and opens one from the list by keyboard', { timeout: 120_000 }, async () => {
    const presenter = presenterTexts(language);
    const opened = await openPage(browser, new URL('?mode=presenter', inject('baseURL')).href);
    const { page } = opened;
    await page.setViewportSize({ width: 1280, height: 720 });
    try {
      const historyAtStart = await page.evaluate(() => history.length);
      if (language === 'en') {
        await tabUntil(page, () => document.activeElement?.textContent === 'English', 'the language switch');
        await page.keyboard.press('Enter');
      }
      await page.getByRole('heading', { level: 1, name: presenter.picker.heading }).waitFor();
      const violations = describeViolations(await axeViolations(page));
      expect(violations).toEqual([]);
      expect(await layoutProblems(page)).toEqual([]);
      expect(await scrollsSideways(page)).toBe(false);
      expect(await page.getByText(presenter.fictitious, { exact: true }).isVisible()).toBe(true);

      const title = trainingCase(CASE).title[language];
      await tabTo(page, title);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      expect(await focusedText(page)).toBe(title);
      // The address now opens this case, in this language: a reload or a copied address lands on it.
      const address = new URL(page.url()).searchParams;
      expect(address.get('case')).toBe(CASE);
      expect(address.get('lang')).toBe(language === 'en' ? 'en' : null);
      expect(await page.evaluate(() => history.length), 'no history entry per case').toBe(historyAtStart);
    } finally {
      await opened.close();
    }
  });
});
