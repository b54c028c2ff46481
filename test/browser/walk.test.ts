import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, describeViolations, launch, openPage } from './harness';
import { ruleBase } from '../../src/rules/rule-base';
import { ticksFor } from '../../src/engine/reasons';
import {
  answerByKeyboard,
  answerLabel,
  factOnScreen,
  focusedTag,
  groupOnScreen,
  tickByKeyboard,
  focusedText,
  openAllDetails,
  scenario,
  tabUntil,
  texts,
  type Language,
} from './walk-driver';

/**
 * Two scenarios walked in real Chromium by keyboard alone, with axe (WCAG 2.1 A and AA, nothing
 * disabled) at every step, every disclosure open: the seed's own case in Danish, and an education
 * case with an option set and judgement questions in English.
 */
const WALKS: [Language, string][] = [
  ['da', 'seedCase-commonChildWaitsForHousing'],
  ['en', 'educationAdmission'],
];

describe.each(WALKS)('keyboard walk in %s: %s', (language, id) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reaches the expected class with focus on each new heading and no axe violations', { timeout: 240_000 }, async () => {
    const { ui, rules } = texts(language);
    const walk = scenario(id);
    const opened = await openPage(browser, inject('baseURL'));
    const { page } = opened;
    const violations: string[] = [];
    const check = async (step: string) => {
      await openAllDetails(page);
      violations.push(...describeViolations(await axeViolations(page)).map((v) => `${step}: ${v}`));
    };
    try {
      const historyAtStart = await page.evaluate(() => history.length);
      await check('first page');
      expect(await focusedTag(page)).toBe('BODY');

      if (language === 'en') {
        await tabUntil(page, () => document.activeElement?.textContent === 'English', 'the language switch');
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { name: ui.perspective.question }).waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
      }

      // An empty submit shows the error, linked to the group.
      await tabUntil(page, () => document.activeElement?.getAttribute('type') === 'submit', 'the continue button');
      await page.keyboard.press('Enter');
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('group', { name: ui.perspective.question }).getAttribute('aria-describedby')).toContain(
        await page.getByRole('alert').getAttribute('id'),
      );
      await check('error on the perspective page');

      await page.keyboard.press('Shift+Tab');
      await answerByKeyboard(page, rules.perspectives[walk.perspective ?? 'receiving']);

      const reasons = ruleBase.reasons;
      const ticks = ticksFor(reasons, walk.answers);
      for (let step = 0; step < 40; step++) {
        const group = await groupOnScreen(page, language);
        if (group !== null) {
          const question = ui.reasons.groups[group].question;
          expect(await focusedText(page), `focus on the ${group} page`).toBe(question);
          await check(group);
          const options = reasons.groups.find((g) => g.id === group)!.options;
          const wanted = options.filter((o) => ticks[o.id] === 'yes').map((o) => ui.reasons.options[o.id]);
          await tickByKeyboard(page, wanted.length > 0 ? wanted : [ui.reasons.none]);
          await page.waitForFunction((previous) => document.querySelector('legend')?.textContent !== previous, question);
          continue;
        }
        const fact = await factOnScreen(page, language);
        if (fact === null) break;
        expect(await focusedTag(page), `focus after reaching ${fact}`).toBe('H2');
        expect(await focusedText(page)).toBe(rules.facts[fact].question);
        await check(fact);
        expect(walk.answers, `the guide asked ${fact}`).toHaveProperty(fact);
        await answerByKeyboard(page, answerLabel(language, fact, walk.answers[fact]));
        await page.waitForFunction((previous) => document.querySelector('legend')?.textContent !== previous, rules.facts[fact].question);
      }

      expect(await focusedText(page)).toBe(ui.check.heading);
      await check('check page');
      await tabUntil(page, () => document.activeElement?.textContent === document.querySelector('.p18-page .p18-actions .p18-button')?.textContent, 'see the assessment');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: rules.classes[walk.expect.class].title }).waitFor();
      expect(await focusedText(page)).toBe(rules.classes[walk.expect.class].title);
      await check('result page');

      expect(violations).toEqual([]);
      expect(opened.cspViolations).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
      // Each step is a history entry, but an entry holds its step number only: the case is in the
      // current entry's fragment alone.
      expect(await page.evaluate(() => history.length)).toBeGreaterThan(historyAtStart);
      expect(Object.keys(await page.evaluate(() => history.state))).toEqual(['p18Step']);
      expect(new URL(page.url()).hash).toMatch(/^#v=1&rb=/);
    } finally {
      await opened.close();
    }
  });
});
