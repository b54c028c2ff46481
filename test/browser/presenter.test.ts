import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeViolations, launch, openPage } from './harness';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerLabel, factOnScreen, focusedTag, focusedText, groupOnScreen, openAllDetails, scrollsSideways, tabUntil, texts, type Language } from './walk-driver';

/**
 * The presenter view in the built app as a trainer shares it in a webinar: a 16:9 window of
 * 1280×720 or 1920×1080, the keyboard only, in Danish and in English. At every page of the walk,
 * the checkbox pages included: the whole question (legend, every option, the buttons) and the
 * outcome column wholly in view, neither the page nor a column scrolling; axe (WCAG 2.1 A and AA),
 * the training label, no text under 20 px, nothing cut off.
 */
const CASE = 'ordinaryEmployment-unmet-commuteToWorkUnreasonable';
const JUDGEMENT = 'commuteToWorkUnreasonable';
const ROOT = join(import.meta.dirname, '../..');
const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const presenterTexts = (language: Language) => readJson(`locales/${language}/presenter.json`);
const trainingCase = (id: string) => readJson(`rules/scenarios/${id}.json`);

/** Presses Tab (or Shift+Tab) until the control named `name` has focus; fails after a screenful of stops. */
async function tabTo(page: Page, name: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((wanted) => document.activeElement?.textContent?.trim() === wanted, name)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/** Text smaller than 20 px, and boxes that reach past the window sideways or clip their content. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('.p18-presenter');
    if (!root) return ['no presenter view on the page'];
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    // Hidden on purpose: the screen-reader-only class, or the same clip as a rule of presenter.css.
    const hiddenOnPurpose = (el: Element) =>
      el.closest('.p18-visually-hidden') !== null || (getComputedStyle(el).clipPath === 'inset(50%)' && el.getBoundingClientRect().width <= 1);
    for (const el of root.querySelectorAll('*')) {
      if (hiddenOnPurpose(el) || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      const name = `${el.tagName.toLowerCase()}.${el.className}`;
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (ownText && parseFloat(style.fontSize) < 20) problems.push(`${name}: text at ${style.fontSize}`);
      const rect = el.getBoundingClientRect();
      if (rect.left < -0.5 || rect.right > width + 0.5) problems.push(`${name}: reaches ${Math.round(rect.left)}–${Math.round(rect.right)} in a ${width} px window`);
      if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) problems.push(`${name}: clips its content sideways`);
    }
    return problems;
  });
}

/**
 * Whether the element (or each of the first `count` that match) is wholly visible without
 * scrolling anything: inside the window and inside the visible box of every ancestor that scrolls
 * or clips (a column, the trace's box), not just somewhere on the page – so nothing is cut mid-line.
 */
function wholyInView(page: Page, selector: string, count = 1): Promise<string | null> {
  return page.evaluate(
    ([selector, count]) => {
      const elements = [...document.querySelectorAll(selector)].slice(0, count);
      if (elements.length < count) return `${selector}: ${elements.length} on the page, ${count} wanted`;
      for (const [index, el] of elements.entries()) {
        const rect = el.getBoundingClientRect();
        const name = count > 1 ? `${selector} #${index + 1}` : selector;
        if (rect.height === 0) return `${name}: not shown`;
        const boxes: [string, { top: number; bottom: number; left: number; right: number }][] = [
          ['the window', { top: 0, left: 0, bottom: innerHeight, right: innerWidth }],
        ];
        for (let node = el.parentElement; node; node = node.parentElement) {
          const style = getComputedStyle(node);
          if (/(auto|scroll|hidden|clip)/.test(style.overflowY + style.overflowX)) boxes.push([`.${node.className}`, node.getBoundingClientRect()]);
        }
        for (const [boxName, box] of boxes) {
          if (rect.top < box.top - 1 || rect.bottom > box.bottom + 1 || rect.left < box.left - 1 || rect.right > box.right + 1) {
            return `${name} (${Math.round(rect.top)}–${Math.round(rect.bottom)}) is cut by ${boxName} (${Math.round(box.top)}–${Math.round(box.bottom)})`;
          }
        }
      }
      return null;
    },
    [selector, count] as const,
  );
}

/** The page and each column of the case view whose content is taller than its box: it would scroll. */
function scrollingBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes: [string, Element | null][] = [
      ['the page', document.documentElement],
      ['the question column', document.querySelector('.p18-presenter__column--question')],
      ['the outcome column', document.querySelector('.p18-presenter__column--outcome')],
    ];
    return boxes
      .filter(([, box]) => !box || box.scrollHeight > box.clientHeight + 1)
      .map(([name, box]) => (box ? `${name} scrolls (${box.scrollHeight} px in ${box.clientHeight} px)` : `no ${name}`));
  });
}

/** Whether the printed page keeps the training label (no ancestor hides it on paper). */
const printedText = (page: Page) =>
  page.evaluate(() => {
    const label = document.querySelector('.p18-presenter__label');
    for (let node: Element | null = label; node; node = node.parentElement) if (getComputedStyle(node).display === 'none') return null;
    return label?.textContent ?? null;
  });

const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(SCREENS.flatMap((screen) => (['da', 'en'] as const).map((language) => ({ ...screen, language }))))(
  'the presenter view by keyboard at $width×$height in $language',
  ({ width, height, language }) => {
    it('steps through the guide’s walk, reveals the assessment and the trace, and follows a changed answer – question and assessment in view throughout', { timeout: 300_000 }, async () => {
      const { rules } = texts(language);
      const presenter = presenterTexts(language);
      const walk = trainingCase(CASE);
      const query = `?mode=presenter&case=${CASE}${language === 'en' ? '&lang=en' : ''}`;
      const opened = await openPage(browser, new URL(query, inject('baseURL')).href);
      const { page } = opened;
      await page.setViewportSize({ width, height });
      const findings: string[] = [];
      const inView = async (step: string, ...selectors: string[]) => {
        for (const selector of selectors) {
          const problem = await wholyInView(page, selector);
          if (problem) findings.push(`${step}: ${problem}`);
        }
      };
      // With the assessment and the trace both shown, everything of the right column a trainer
      // points at is whole: the panel, its folded rest, the trace's heading and its first rows.
      const rightColumnWhole = async (step: string) => {
        await inView(step, ASSESSMENT, '.p18-presenter__more > summary', '.p18-presenter__reveal--trace .p18-presenter__section-title', '.p18-presenter__reveal--trace .p18-presenter__toggle');
        const rows = await wholyInView(page, '.p18-presenter__trace tbody tr.p18-presenter__trace-row', 3);
        if (rows) findings.push(`${step}: ${rows}`);
      };
      const check = async (step: string) => {
        findings.push(...(await layoutProblems(page)).map((p) => `${step}: ${p}`));
        if (await scrollsSideways(page)) findings.push(`${step}: scrolls sideways`);
        findings.push(...(await scrollingBoxes(page)).map((p) => `${step}: ${p}`));
        if (!(await page.getByText(presenter.fictitious, { exact: true }).isVisible())) findings.push(`${step}: no training label`);
      };
      const axe = async (step: string) => {
        await openAllDetails(page);
        findings.push(...describeViolations(await axeViolations(page)).map((v) => `${step}: axe ${v}`));
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = false)));
      };
      const pressButton = async (name: string, key: 'Tab' | 'Shift+Tab' = 'Tab') => {
        await tabTo(page, name, key);
        await page.keyboard.press('Enter');
      };
      const QUESTION = '.p18-presenter__question fieldset';
      const BUTTONS = '.p18-presenter__question .p18-actions';
      const OUTCOME = '.p18-presenter__column--outcome';
      const ASSESSMENT = '.p18-presenter__class';
      const legendText = () => page.locator('fieldset legend').innerText();
      const checkboxPages: string[] = [];

      try {
        await page.getByRole('heading', { level: 1, name: walk.title[language] }).waitFor();
        expect(await focusedTag(page), 'no focus moved on load').toBe('BODY');
        await check('case opened');
        await axe('case opened');
        expect(await page.getByText(rules.classes.concreteJudgement.title).count(), 'assessment hidden').toBe(0);

        // The whole walk, page by page: each question with every option and its buttons in view,
        // the outcome column too, and nothing scrolling – the checkbox pages of reasons included.
        for (let step = 1; step < 30; step++) {
          const fact = await factOnScreen(page, language);
          const group = await groupOnScreen(page, language);
          await inView(`page ${step}`, QUESTION, BUTTONS, OUTCOME);
          await check(`page ${step}`);
          if (group) {
            checkboxPages.push(group);
            expect(await page.locator(`${QUESTION} input[type=checkbox]`).count(), `${group}: its options`).toBeGreaterThan(2);
            await axe(`checkbox page ${group}`);
            if (group === 'movingReasons') await page.screenshot({ path: join(ROOT, `docs/presenter-${width}x${height}-reasons${language === 'en' ? '-en' : ''}.png`) });
            if (group === 'movingReasons' && height < 960) {
              // Beside fourteen reasons a 720 px screen has no room for the story: it folds, one key away.
              const story = page.getByText(walk.narrative[language], { exact: true });
              expect(await story.isVisible(), 'story folded beside the reasons').toBe(false);
              await pressButton(presenter.case.showStory, 'Shift+Tab');
              expect(await story.isVisible(), 'story shown on request').toBe(true);
              await page.keyboard.press('Enter');
              expect(await story.isVisible(), 'story folded again').toBe(false);
            }
          } else expect(fact, `page ${step}: a question of the rules`).not.toBeNull();
          if (!(await page.getByRole('button', { name: presenter.questions.next, exact: true }).isVisible())) break;
          const legend = await legendText();
          await pressButton(presenter.questions.next);
          await page.waitForFunction((previous) => document.querySelector('legend')?.textContent !== previous, legend);
          expect(await focusedTag(page)).toBe('H2');
          expect(await focusedText(page)).toBe((await legendText()).trim());
        }
        expect(checkboxPages, 'the walk has both checkbox pages').toEqual(['movingReasons', 'moveSituation']);

        // Back by keyboard to the judgement.
        for (let step = 0; step < 30 && (await factOnScreen(page, language)) !== JUDGEMENT; step++) {
          const legend = await legendText();
          await pressButton(presenter.questions.previous);
          await page.waitForFunction((previous) => document.querySelector('legend')?.textContent !== previous, legend);
          expect(await focusedText(page)).toBe((await legendText()).trim());
        }
        expect(await factOnScreen(page, language)).toBe(JUDGEMENT);
        expect(await page.getByRole('radio', { name: answerLabel(language, JUDGEMENT, walk.answers[JUDGEMENT]), exact: true }).isChecked()).toBe(true);
        await check('at the judgement');

        await pressButton(presenter.assessment.show);
        await page.getByRole('heading', { name: rules.classes.concreteJudgement.title }).waitFor();
        await inView('assessment revealed', QUESTION, BUTTONS, OUTCOME, ASSESSMENT);
        await check('assessment revealed');
        await axe('assessment revealed');

        await pressButton(presenter.trace.show);
        await page.getByRole('table').waitFor();
        await inView('trace revealed', QUESTION, BUTTONS, OUTCOME, ASSESSMENT);
        await rightColumnWhole('trace revealed');
        await check('trace revealed');
        // A row opens by keyboard to its passage, and the assessment stays in view.
        await pressButton(rules.examples.ordinaryEmployment.title);
        await page.locator('.p18-presenter__trace-detail:not([hidden]) blockquote').first().waitFor();
        await inView('trace row opened', ASSESSMENT);
        await axe('trace revealed');
        // And closes again from its own button, where the focus stayed.
        expect(await focusedText(page)).toContain(rules.examples.ordinaryEmployment.title);
        await page.keyboard.press('Enter');
        expect(await page.locator('.p18-presenter__trace-detail:not([hidden])').count(), 'row closed').toBe(0);

        // Back to the question's answers by keyboard, and turn the judgement with the arrow keys.
        for (let i = 0; i < 80 && !(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')); i++) {
          await page.keyboard.press('Shift+Tab');
        }
        await page.keyboard.press('ArrowUp');
        expect(await page.getByRole('radio', { name: answerLabel(language, JUDGEMENT, 'yes'), exact: true }).isChecked()).toBe(true);
        await page.getByRole('heading', { name: rules.classes.dutyIndicated.title }).waitFor();
        const changed = presenter.assessment.changed.replace('{{title}}', rules.classes.dutyIndicated.title);
        await page.getByText(changed).waitFor();
        await inView('answer changed', QUESTION, BUTTONS, OUTCOME, ASSESSMENT, '.p18-presenter__changed');
        await rightColumnWhole('answer changed');
        // The status line is heard whole, whatever of it the screen shows.
        expect(await page.locator('.p18-presenter__changed[role=status]').textContent()).toContain(changed);
        expect(await page.locator(`tr[data-example="ordinaryEmployment"] td`).first().innerText()).toBe(presenter.trace.states.matched);
        await check('answer changed');
        await axe('answer changed');
        await page.screenshot({ path: join(ROOT, `docs/presenter-${width}x${height}${language === 'en' ? '-en' : ''}.png`) });

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
  },
);

describe.each(['da', 'en'] as const)('the case library at 1280×720 in %s', (language) => {
  it('groups the cases by learning goal with a teaser each, and opens one by keyboard', { timeout: 120_000 }, async () => {
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
      expect(describeViolations(await axeViolations(page))).toEqual([]);
      expect(await layoutProblems(page)).toEqual([]);
      expect(await scrollsSideways(page)).toBe(false);
      const threats = trainingCase('threats');
      const goal = page.getByRole('heading', { level: 2, name: presenter.learningGoals[threats.learningGoal] });
      expect(await goal.isVisible()).toBe(true);
      expect(await page.getByText(threats.teaser[language], { exact: true }).isVisible()).toBe(true);
      if (language === 'da') await page.screenshot({ path: join(ROOT, 'docs/presenter-library-1280x720.png') });

      await tabTo(page, threats.title[language]);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: threats.title[language] }).waitFor();
      expect(await focusedText(page)).toBe(threats.title[language]);
      const address = new URL(page.url()).searchParams;
      expect(address.get('case')).toBe('threats');
      expect(address.get('lang')).toBe(language === 'en' ? 'en' : null);
      expect(await page.evaluate(() => history.length), 'no history entry per case').toBe(historyAtStart);
    } finally {
      await opened.close();
    }
  });
});
