import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ruleBase } from '../../src/rules/rule-base';
import { encodeWalk } from '../../src/ui/state/link-codec';
import { RESULT_CASES, VIEWPORTS, resultFragment } from '../../scripts/lib/result-links';
import { axeViolations, describeViolations, launch, openPage } from './harness';
import { texts } from './walk-driver';

/**
 * Result first: for one case of every class, at 1280×800 and at 390×844, the outcome, the why-line,
 * the next steps and the actions (and the open question's link, where there is one) lie inside the
 * first viewport; with every disclosure closed the desktop result is at most three screens; axe
 * finds nothing with every disclosure open.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Elements whose box is not wholly inside the first viewport, by what they are. */
const outsideFirstViewport = (page: Page) =>
  page.evaluate(() => {
    const must: [string, Element | null][] = [
      ['outcome title', document.querySelector('.p18-outcome__title')],
      ['why-line', document.querySelector('.p18-outcome__why')],
      ['next steps', document.querySelector('.p18-next-steps')],
      ...[...document.querySelectorAll('.p18-result-actions button')].map((b) => [`action "${b.textContent}"`, b] as [string, Element]),
      ...[...document.querySelectorAll('.p18-outcome__open')].map((b) => ['open question link', b] as [string, Element]),
    ];
    return must
      .filter(([, element]) => {
        if (!element) return true;
        const box = element.getBoundingClientRect();
        return box.top < 0 || box.bottom > window.innerHeight || box.height === 0;
      })
      .map(([what]) => what);
  });

describe.each(Object.entries(VIEWPORTS))('the result at %s size', (size, viewport) => {
  it.each(RESULT_CASES.map((c) => [c.class, c.scenario] as const))('%s (%s): outcome, why, next steps and actions in the first viewport', { timeout: 120_000 }, async (outcome, scenario) => {
    const { rules } = texts('da');
    const { fragment, class: assessed } = resultFragment(encodeWalk, ruleBase, scenario);
    expect(assessed).toBe(outcome);
    const opened = await openPage(browser, `${inject('baseURL')}#${fragment}`);
    const { page } = opened;
    try {
      await page.setViewportSize(viewport);
      await page.getByRole('heading', { level: 2, name: rules.classes[outcome].title }).waitFor();
      expect(await page.locator(`.p18-outcome`).getAttribute('class')).toMatch(/p18-outcome--\w+/);
      expect((await page.locator('.p18-outcome__why').innerText()).trim().length).toBeGreaterThan(0);
      expect(await page.locator('.p18-next-steps li').count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator('.p18-next-steps li').count()).toBeLessThanOrEqual(4);
      expect(await outsideFirstViewport(page)).toEqual([]);
      if (size === 'desktop') {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(height, 'desktop result height with disclosures closed').toBeLessThanOrEqual(3 * viewport.height);
      }
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(describeViolations(await axeViolations(page))).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('each class has a look of its own, not colour alone', () => {
  it('differs in variant and in the drawn icon from class to class', { timeout: 120_000 }, async () => {
    const looks = new Set<string>();
    for (const { scenario } of RESULT_CASES) {
      const opened = await openPage(browser, `${inject('baseURL')}#${resultFragment(encodeWalk, ruleBase, scenario).fragment}`);
      try {
        await opened.page.locator('.p18-outcome').waitFor();
        looks.add(await opened.page.evaluate(() => `${document.querySelector('.p18-outcome')!.className}|${document.querySelector('.p18-outcome__icon path')!.getAttribute('d')}`));
      } finally {
        await opened.close();
      }
    }
    expect(looks.size).toBe(RESULT_CASES.length);
  });
});
