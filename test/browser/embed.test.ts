import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeViolations, launch, openPage } from './harness';
import { styleInside, walkScenario } from './embed-driver';
import { scenario, texts, type Language } from './walk-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const host = (page: string) => new URL(`host/${page}`, inject('baseURL')).href;

/** Opens every disclosure, in the light DOM and in the guides' shadow roots, before axe looks. */
const openAllDetails = (page: Page) =>
  page.evaluate(() => {
    const roots: ParentNode[] = [document, ...[...document.querySelectorAll('paragraf18-guiden')].map((g) => g.shadowRoot!)];
    for (const root of roots) root.querySelectorAll('details').forEach((d) => (d.open = true));
  });

async function axeAtEveryStep(page: Page, violations: string[], step: string) {
  await openAllDetails(page);
  violations.push(...describeViolations(await axeViolations(page)).map((v) => `${step}: ${v}`));
}

describe.each(['da', 'en'] as Language[])('(a) the element on a host page with hostile CSS under a strict CSP, in %s', (language) => {
  it('walks to the expected result with the widget\'s own styles, no CSP violation, no foreign request, axe clean', { timeout: 180_000 }, async () => {
    const walk = scenario('seedCase-commonChildWaitsForHousing');
    const opened = await openPage(browser, host('hostile.html'));
    const { page } = opened;
    const guide = page.locator('paragraf18-guiden');
    const violations: string[] = [];
    try {
      await guide.getByRole('heading', { name: texts('da').ui.perspective.question }).waitFor();
      const historyAtLoad = await page.evaluate(() => history.length);
      // Nothing on the host moves: no focus taken on first render, no change to its URL.
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
      if (language === 'en') await guide.getByRole('button', { name: 'English' }).click();

      expect(await styleInside(page, 'paragraf18-guiden', '.p18', 'color')).toBe('rgb(26, 26, 26)');
      // The font family is the one thing the guide takes from its host (here the host forces serif) …
      const hostFont = await page.evaluate(() => getComputedStyle(document.querySelector('paragraf18-guiden')!).fontFamily);
      expect(await styleInside(page, 'paragraf18-guiden', '.p18', 'font-family')).toBe(hostFont);
      // … unless the host names one for the guide.
      await page.evaluate(() => document.querySelector<HTMLElement>('paragraf18-guiden')!.style.setProperty('--p18-font-family', 'monospace'));
      expect(await styleInside(page, 'paragraf18-guiden', '.p18', 'font-family')).toBe('monospace');
      await page.evaluate(() => document.querySelector<HTMLElement>('paragraf18-guiden')!.style.removeProperty('--p18-font-family'));
      expect(await styleInside(page, 'paragraf18-guiden', 'label', 'display')).not.toBe('none');
      expect(await styleInside(page, 'paragraf18-guiden', '.p18-button', 'background-color')).toBe('rgb(0, 89, 179)');
      // A host themes the guide through its documented custom properties.
      await page.evaluate(() => document.querySelector<HTMLElement>('paragraf18-guiden')!.style.setProperty('--p18-color-primary', '#7a1f5c'));
      // (The button eases into a new colour unless reduced motion is asked for: wait for it to settle.)
      await expect.poll(() => styleInside(page, 'paragraf18-guiden', '.p18-button', 'background-color')).toBe('rgb(122, 31, 92)');
      await page.evaluate(() => document.querySelector<HTMLElement>('paragraf18-guiden')!.style.removeProperty('--p18-color-primary'));

      await walkScenario(guide, language, walk, () => axeAtEveryStep(page, violations, page.url()));
      expect(violations).toEqual([]);
      expect(opened.cspViolations).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
      expect(page.url()).toBe(host('hostile.html'));
      expect(await page.evaluate(() => history.length)).toBe(historyAtLoad);
      expect(await page.evaluate(() => [document.cookie, localStorage.length])).toEqual(['', 0]);
    } finally {
      await opened.close();
    }
  });
});

describe('the element keeps a walk across a reload, for this tab only', () => {
  it('restores the answers from sessionStorage after a reload, and a new tab starts afresh', { timeout: 60_000 }, async () => {
    const opened = await openPage(browser, host('hostile.html'));
    const { page } = opened;
    const { ui, rules } = texts('da');
    const guide = page.locator('paragraf18-guiden');
    try {
      await guide.getByRole('radio', { name: rules.perspectives.current }).check();
      await guide.getByRole('button', { name: ui.walk.continue }).click();
      await guide.getByRole('radio', { name: rules.answers.yes }).check();
      await guide.getByRole('button', { name: ui.walk.continue }).click();
      await guide.getByRole('heading', { name: rules.facts.movingToOtherMunicipality.question }).waitFor();
      await page.reload();
      await guide.getByRole('heading', { name: rules.facts.movingToOtherMunicipality.question }).waitFor();
      // (Judgement notes keep a slot of their own beside each walk: `<key>:notes`.)
      expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => !k.endsWith(':notes')))).toEqual(['paragraf18-guiden:guide']);

      const otherTab = await opened.context.newPage();
      await otherTab.goto(host('hostile.html'));
      await otherTab.locator('paragraf18-guiden').getByRole('heading', { name: ui.perspective.question }).waitFor();
      await otherTab.close();
    } finally {
      await opened.close();
    }
  });
});

describe('printing the case note from an embed', () => {
  it('prints the note, not the host page around it', { timeout: 120_000 }, async () => {
    const opened = await openPage(browser, host('hostile.html'));
    const { page } = opened;
    const guide = page.locator('paragraf18-guiden');
    try {
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => {
        // What print() would put on paper, read at the moment it is called.
        (window as any).print = () => {
          const guide = document.querySelector('paragraf18-guiden')!;
          const note = guide.shadowRoot!.querySelector('.p18-case-note__print')!;
          const headings = [...guide.shadowRoot!.querySelectorAll('h1, h2, h3, h4')];
          (window as any).__printed = {
            hostText: getComputedStyle(document.getElementById('host-text')!).visibility,
            hostHeading: getComputedStyle(document.querySelector('h1')!).visibility,
            note: getComputedStyle(note).visibility + ' ' + getComputedStyle(note).display,
            noteText: note.textContent,
            headingsOnPaper: headings.filter((h) => h.checkVisibility()).map((h) => h.textContent),
          };
        };
      });
      await page.emulateMedia({ media: 'screen' });
      await walkScenario(guide, 'da', scenario('threats'));
      await page.emulateMedia({ media: 'print' });
      // In print media the button itself is hidden; a user clicks it on screen.
      await guide.locator('button', { hasText: texts('da').ui.caseNote.print }).dispatchEvent('click');
      const printed = await page.evaluate(() => (window as any).__printed);
      expect(printed.hostText).toBe('hidden');
      expect(printed.hostHeading).toBe('hidden');
      expect(printed.note).toBe('visible block');
      expect(printed.noteText).toContain(texts('da').rules.examples.threats.title);
      // The guide's own screens (the result, the questions) stay off the paper too.
      expect(printed.headingsOnPaper).toEqual([]);
      // And afterwards the host page prints as it did before.
      expect(await page.evaluate(() => getComputedStyle(document.getElementById('host-text')!).visibility)).toBe('visible');
    } finally {
      await opened.close();
    }
  });
});

describe('(b) two guides on one page', () => {
  it('stay independent: different languages, different answers, different results, both axe clean', { timeout: 240_000 }, async () => {
    const opened = await openPage(browser, host('two-guides.html'));
    const { page } = opened;
    const violations: string[] = [];
    try {
      const first = page.locator('#first');
      const second = page.locator('#second');
      await walkScenario(first, 'da', scenario('threats'), () => axeAtEveryStep(page, violations, 'first'));
      await walkScenario(second, 'en', scenario('feelsLonely'), () => axeAtEveryStep(page, violations, 'second'));
      expect(await first.getByRole('heading', { name: texts('da').rules.classes.dutyDependsOnCircumstances.title }).isVisible()).toBe(true);
      expect(await second.getByRole('heading', { name: texts('en').rules.classes.noDutyStartingPoint.title }).isVisible()).toBe(true);
      await page.reload();
      await first.getByRole('heading', { name: texts('da').rules.classes.dutyDependsOnCircumstances.title }).waitFor();
      await second.getByRole('heading', { name: texts('en').rules.classes.noDutyStartingPoint.title }).waitFor();
      expect(violations).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('(c) a host page with a global AMD define', () => {
  it('still walks to the result: json-logic-js does not register itself with the host\'s loader', { timeout: 120_000 }, async () => {
    const opened = await openPage(browser, host('amd.html'));
    const { page } = opened;
    const violations: string[] = [];
    try {
      const guide = page.locator('paragraf18-guiden');
      await guide.getByRole('heading', { name: texts('da').ui.perspective.question }).waitFor();
      // Read before axe is injected: axe's own UMD wrapper registers with the loader.
      expect(await page.evaluate(() => (window as any).__amdDefined ?? 0)).toBe(0);
      await walkScenario(guide, 'da', scenario('ordinaryEmployment'), () => axeAtEveryStep(page, violations, 'amd'));
      expect(violations).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('the optional paperwork module in an embed', () => {
  it('is absent unless the host loads it, and then shows the draft and the advice sheet, axe clean', { timeout: 180_000 }, async () => {
    const paperwork = JSON.parse(readFileSync(join(import.meta.dirname, '../../locales/da/paperwork.json'), 'utf8'));
    const withModule = await openPage(browser, host('with-paperwork.html'));
    const violations: string[] = [];
    try {
      const { page } = withModule;
      const guide = page.locator('paragraf18-guiden');
      await walkScenario(guide, 'da', scenario('commonChildWithPartner'));
      // The drafts are folded on the result page: the caseworker asks for them.
      await guide.getByRole('button', { name: texts('da').ui.caseNote.draft, exact: true }).click();
      const draft = guide.locator('paragraf18-papirarbejde');
      // A duty-side case gets the approval draft.
      await draft.getByRole('heading', { name: paperwork.draft.titleApproval }).waitFor();
      await draft.getByRole('heading', { name: paperwork.advice.title }).waitFor();
      await axeAtEveryStep(page, violations, 'paperwork');
      expect(violations).toEqual([]);
      expect(withModule.cspViolations).toEqual([]);
      expect(withModule.consoleErrors).toEqual([]);
      expect(withModule.foreignRequests).toEqual([]);
    } finally {
      await withModule.close();
    }
    const without = await openPage(browser, host('hostile.html'));
    try {
      await walkScenario(without.page.locator('paragraf18-guiden'), 'da', scenario('commonChildWithPartner'));
      expect(await without.page.locator('paragraf18-guiden').locator('paragraf18-papirarbejde').count()).toBe(0);
      // Without the module there is no draft to offer.
      expect(await without.page.locator('paragraf18-guiden').getByRole('button', { name: texts('da').ui.caseNote.draft, exact: true }).count()).toBe(0);
      expect(await without.page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.includes('papirarbejde')))).toEqual([]);
    } finally {
      await without.close();
    }
  });
});
