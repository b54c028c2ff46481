import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ARTEFACTS } from '../../vite.config';
import { ticksFor } from '../../src/engine/reasons';
import { ruleBase } from '../../src/rules/rule-base';
import { axeViolations, describeViolations, launch, openPage } from './harness';
import { answerByKeyboard, answerLabel, factOnScreen, focusedText, groupOnScreen, openAllDetails, scrollsSideways, texts, tickByKeyboard, type Language } from './walk-driver';

/**
 * "Øv selv" as a participant uses it after a webinar: a link to one case, opened in the app or in
 * the offline single file from disk, answered by keyboard only, one answer other than the case's.
 * At every step axe finds nothing, nothing scrolls sideways, and no request leaves the page.
 */
const CASE = 'ordinaryEmployment-unmet-commuteToWorkUnreasonable';
const JUDGEMENT = 'commuteToWorkUnreasonable';
const ROOT = join(import.meta.dirname, '../..');
const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const practiceTexts = (language: Language) => readJson(`locales/${language}/practice.json`);
const trainingCase = readJson(`rules/scenarios/${CASE}.json`);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Answers every page by keyboard from `answers` (ticks as they stand for), then bids on `expected`. */
async function walkByKeyboard(page: Page, language: Language, answers: Record<string, string>, expected: string, onStep: (step: string) => Promise<void>) {
  const { ui, rules } = texts(language);
  const ticks = ticksFor(ruleBase.reasons, trainingCase.answers);
  const practice = practiceTexts(language);
  for (let step = 0; step < 40; step++) {
    const legend = (await page.locator('fieldset legend').innerText()).trim();
    if (legend === practice.expectation.question) break;
    await onStep(legend);
    const group = await groupOnScreen(page, language);
    if (group) {
      const options = ruleBase.reasons.groups.find((g) => g.id === group)!.options.filter((o) => ticks[o.id] === 'yes');
      await tickByKeyboard(page, options.length === 0 ? [ui.reasons.none] : options.map((o) => ui.reasons.options[o.id]));
    } else {
      const fact = (await factOnScreen(page, language))!;
      await answerByKeyboard(page, answerLabel(language, fact, answers[fact] ?? ruleBase.factById.get(fact)!.answers[0]));
    }
    await page.waitForFunction((previous) => document.querySelector('legend')?.textContent?.trim() !== previous, legend);
    expect(await focusedText(page), 'focus on the new page heading').toBe((await page.locator('fieldset legend').innerText()).trim());
  }
  await onStep('bid');
  await answerByKeyboard(page, rules.classes[expected].title);
  await page.getByRole('heading', { name: practice.comparison.heading }).waitFor();
  expect(await focusedText(page)).toBe(practice.comparison.heading);
}

const other = trainingCase.answers[JUDGEMENT] === 'yes' ? 'no' : 'yes';
const mine = { ...trainingCase.answers, [JUDGEMENT]: other };

describe.each([
  { where: 'the app', language: 'da' as const },
  { where: 'the app', language: 'en' as const },
  { where: 'the offline single file', language: 'da' as const },
  { where: 'the offline single file', language: 'en' as const },
])('self-study in $where, in $language', ({ where, language }) => {
  it("walks a case with one answer other than the case's and sees the difference explained, by keyboard", { timeout: 240_000 }, async () => {
    const { rules } = texts(language);
    const practice = practiceTexts(language);
    const query = `?mode=practice&case=${CASE}${language === 'en' ? '&lang=en' : ''}`;
    const offline = where !== 'the app';
    const url = offline ? `${pathToFileURL(join(inject('distDir'), ARTEFACTS.offlineFile)).href}${query}` : new URL(query, inject('baseURL')).href;
    const opened = await openPage(browser, url);
    const { page } = opened;
    await page.setViewportSize({ width: 390, height: 844 });
    if (offline) await opened.context.setOffline(true);
    const findings: string[] = [];
    const check = async (step: string) => {
      await openAllDetails(page);
      findings.push(...describeViolations(await axeViolations(page)).map((v) => `${step}: axe ${v}`));
      if (await scrollsSideways(page)) findings.push(`${step}: scrolls sideways at 390 px`);
    };
    try {
      await page.getByRole('heading', { level: 1, name: trainingCase.title[language] }).waitFor();
      expect(await page.getByText(readJson(`locales/${language}/presenter.json`).fictitious, { exact: true }).isVisible()).toBe(true);
      expect(await page.locator('input:checked').count(), 'nothing chosen for the participant').toBe(0);
      // The guide's assessment with the participant's judgement: a duty indicated, where the case has a concrete judgement.
      await walkByKeyboard(page, language, mine, 'dutyIndicated', check);
      await check('comparison');

      const differences = page.locator('.p18-practice__differences > li');
      expect(await differences.count()).toBe(1);
      const item = differences.first();
      expect((await item.getByRole('heading').innerText()).trim()).toBe(rules.facts[JUDGEMENT].question);
      const text = await item.innerText();
      expect(text).toContain(answerLabel(language, JUDGEMENT, other));
      expect(text).toContain(answerLabel(language, JUDGEMENT, trainingCase.answers[JUDGEMENT]));
      expect(text).toContain(rules.examples.ordinaryEmployment.title);
      expect(text).toContain(practice.comparison.otherClass.replace('{{title}}', rules.classes.dutyIndicated.title));
      expect(await page.locator('.p18-practice__guide').innerText()).toContain(rules.classes[trainingCase.expect.class].title);
      expect(await page.locator('.p18-practice__mine').innerText()).toContain(rules.classes.dutyIndicated.title);
      if (!offline) await page.screenshot({ path: join(ROOT, `docs/practice-390${language === 'en' ? '-en' : ''}.png`), fullPage: true });

      expect(findings).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.foreignRequests, 'nothing is sent anywhere').toEqual([]);
      // The answers are in no address and no storage.
      expect(new URL(page.url()).search).toBe(query);
      expect(new URL(page.url()).hash).toBe('');
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    } finally {
      await opened.close();
    }
  });
});
