import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './harness';
import { answerByKeyboard, answerLabel, factOnScreen, texts } from './walk-driver';

/**
 * Navigation in the app: browser Back and Forward step through the walk, and the history holds a
 * step number only; `?lang=en` opens the app in English; "Start forfra" can be undone; a heading
 * the guide focuses draws no ring, while a control focused by keyboard does.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the app in the browser', () => {
  it('steps back and forward through the walk with Back and Forward, keeping case facts out of past entries', { timeout: 120_000 }, async () => {
    const { rules, ui } = texts('da');
    const opened = await openPage(browser, inject('baseURL'));
    const { page } = opened;
    try {
      await answerByKeyboard(page, rules.perspectives.receiving);
      await page.getByRole('heading', { name: rules.facts.inProgramme.question }).waitFor();
      await answerByKeyboard(page, answerLabel('da', 'inProgramme', 'yes'));
      await page.getByRole('heading', { name: rules.facts.movingToOtherMunicipality.question }).waitFor();
      expect(await page.evaluate(() => history.state)).toEqual({ p18Step: 2 });
      expect(new URL(page.url()).hash).toContain('inProgramme');

      await page.goBack();
      await page.getByRole('heading', { name: rules.facts.inProgramme.question }).waitFor();
      // The entry reached shows the walk again; the one left behind held only its step number.
      expect(await page.evaluate(() => history.state)).toEqual({ p18Step: 1 });
      expect(new URL(page.url()).hash).toContain('inProgramme:yes');
      await page.goBack();
      await page.getByRole('heading', { name: ui.perspective.question }).waitFor();
      await page.goForward();
      await page.getByRole('heading', { name: rules.facts.inProgramme.question }).waitFor();
      await page.goForward();
      await page.getByRole('heading', { name: rules.facts.movingToOtherMunicipality.question }).waitFor();
      expect(await factOnScreen(page, 'da')).toBe('movingToOtherMunicipality');
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('opens in English with ?lang=en', async () => {
    const { ui } = texts('en');
    const opened = await openPage(browser, `${inject('baseURL')}?lang=en`);
    try {
      await opened.page.getByRole('heading', { name: ui.perspective.question }).waitFor();
      expect(await opened.page.locator('html').getAttribute('lang')).toBe('en');
    } finally {
      await opened.close();
    }
  });

  it('lets "Start forfra" be undone, and draws no ring round a heading the guide focused', { timeout: 120_000 }, async () => {
    const { rules, ui } = texts('da');
    const opened = await openPage(browser, inject('baseURL'));
    const { page } = opened;
    try {
      await answerByKeyboard(page, rules.perspectives.receiving);
      const heading = page.getByRole('heading', { name: rules.facts.inProgramme.question });
      await heading.waitFor();
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
      const ring = (selector: string) => page.evaluate((s) => getComputedStyle(document.querySelector(s)!).boxShadow, selector);
      expect(await ring(':focus')).toBe('none');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await ring(':focus')).not.toBe('none');

      await page.getByRole('button', { name: ui.walk.startOver }).click();
      await page.getByRole('heading', { name: ui.perspective.question }).waitFor();
      await page.getByRole('button', { name: ui.walk.undoStartOver }).click();
      await heading.waitFor();
    } finally {
      await opened.close();
    }
  });
});
