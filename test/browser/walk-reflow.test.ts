import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './harness';
import { ruleBase } from '../../src/rules/rule-base';
import { ticksFor } from '../../src/engine/reasons';
import { answerLabel, factOnScreen, groupOnScreen, openAllDetails, scenario, scrollsSideways, texts, type Language } from './walk-driver';

/**
 * WCAG 1.4.10 and 1.4.4: no sideways scrolling at 320 CSS px, nor at 200 % browser zoom (a
 * 1280 px window zoomed to 200 % is 640 CSS px wide), nor with text alone at 200 %. Checked at
 * every step of a walk with every disclosure open, including the error state and the glossary.
 */
const LAYOUTS: { name: string; width: number; textZoom?: string; language: Language; walk: string }[] = [
  { name: '320 px', width: 320, language: 'da', walk: 'seedCase-commonChildWaitsForHousing' },
  { name: '200 % zoom', width: 640, language: 'en', walk: 'educationAdmission' },
  { name: '320 px with text at 200 %', width: 320, textZoom: '200%', language: 'da', walk: 'conflict-spouseEducationNotSetAside' },
];

describe.each(LAYOUTS)('reflow at $name', ({ width, textZoom, language, walk: id }) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('never scrolls sideways on any page of a walk', { timeout: 120_000 }, async () => {
    const { ui, rules } = texts(language);
    const walk = scenario(id);
    const opened = await openPage(browser, inject('baseURL'));
    const { page } = opened;
    const wide: string[] = [];
    const check = async (step: string) => {
      await openAllDetails(page);
      if (await scrollsSideways(page)) wide.push(`${step}: ${await widestElement(page)}`);
    };
    const click = (name: string) => page.getByRole('button', { name, exact: true }).click();
    try {
      await page.setViewportSize({ width, height: 800 });
      if (textZoom) await page.evaluate((size) => (document.documentElement.style.fontSize = size), textZoom);
      if (language === 'en') await page.getByRole('button', { name: 'English' }).click();

      await click(ui.walk.continue);
      await check('error on the perspective page');
      await page.getByRole('radio', { name: rules.perspectives.receiving }).check();
      await click(ui.walk.continue);
      const ticks = ticksFor(ruleBase.reasons, walk.answers);
      const waitForNextLegend = (previous: string) =>
        page.waitForFunction((text) => document.querySelector('legend')?.textContent !== text, previous);
      for (let step = 0; step < 40; step++) {
        const group = await groupOnScreen(page, language);
        if (group !== null) {
          await check(group);
          const options = ruleBase.reasons.groups.find((g) => g.id === group)!.options;
          const wanted = options.filter((o) => ticks[o.id] === 'yes').map((o) => ui.reasons.options[o.id] as string);
          for (const label of wanted.length > 0 ? wanted : [ui.reasons.none as string]) {
            await page.getByRole('checkbox', { name: label, exact: true }).check();
          }
          await click(ui.walk.continue);
          await waitForNextLegend(ui.reasons.groups[group].question);
          continue;
        }
        const fact = await factOnScreen(page, language);
        if (fact === null) break;
        await check(fact);
        await page.getByRole('radio', { name: answerLabel(language, fact, walk.answers[fact]), exact: true }).check();
        await click(ui.walk.continue);
        await waitForNextLegend(rules.facts[fact].question);
      }
      await check('check page');
      await click(ui.check.continue);
      await page.getByRole('heading', { level: 2, name: rules.classes[walk.expect.class].title }).waitFor();
      await check('result page');
      expect(wide).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

/** Names the element that sticks out furthest, so a failure says what to fix. */
function widestElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    let worst: Element | null = null;
    let right = limit;
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.right > right) {
        right = box.right;
        worst = element;
      }
    }
    return worst ? `${worst.tagName.toLowerCase()}.${worst.className} ends at ${Math.round(right)} px of ${limit}` : 'unknown';
  });
}
