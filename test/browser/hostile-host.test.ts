import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launch, openPage } from './harness';
import { walkScenario } from './embed-driver';
import { scenario, texts } from './walk-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const host = (page: string) => new URL(`host/${page}`, inject('baseURL')).href;
const { ui, rules } = texts('da');

/** Computed styles of one element inside the guide's shadow root. */
function stylesInside(page: Page, selector: string, properties: string[]): Promise<Record<string, string>> {
  return page.evaluate(
    ([selector, properties]) => {
      const el = document.querySelector('paragraf18-guiden')!.shadowRoot!.querySelector(selector)!;
      const style = getComputedStyle(el);
      return Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
    },
    [selector, properties] as const,
  );
}

describe('a host with a 62.5 % root, dir="rtl" and inherited text styles (under a strict CSP with Trusted Types)', () => {
  it('keeps the reader\'s text size, left-to-right Danish and its own text styles; only the font family comes from the host', { timeout: 120_000 }, async () => {
    const opened = await openPage(browser, host('hostile-host.html'));
    const { page } = opened;
    try {
      await page.setViewportSize({ width: 375, height: 800 });
      const guide = page.locator('paragraf18-guiden');
      await guide.getByRole('heading', { name: ui.perspective.question }).waitFor();
      // 16 px is Chromium's default text size, the reader's setting here; the host's root is 10 px.
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('10px');
      const label = await stylesInside(page, 'label', [
        'font-size', 'direction', 'white-space', 'text-transform', 'letter-spacing', 'word-spacing', 'font-weight',
        'font-style', 'text-indent', '-webkit-text-security', 'font-variant-caps', 'text-align',
      ]);
      expect(label).toEqual({
        'font-size': '16px',
        direction: 'ltr',
        'white-space': 'normal',
        'text-transform': 'none',
        'letter-spacing': 'normal',
        'word-spacing': '0px',
        'font-weight': '400',
        'font-style': 'normal',
        'text-indent': '0px',
        '-webkit-text-security': 'none',
        'font-variant-caps': 'normal',
        'text-align': 'start',
      });
      // Sizes written in rem follow the reader's size too: the radio is 1.5 rem of 16 px.
      expect(await stylesInside(page, 'input[type="radio"]', ['width'])).toEqual({ width: '24px' });
      const hostFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect((await stylesInside(page, '.p18', ['font-family']))['font-family']).toBe(hostFont);
      // Nothing wider than the 375 px screen: no inherited nowrap.
      const widths = await page.evaluate(() => {
        const inner = document.querySelector('paragraf18-guiden')!.shadowRoot!.querySelector<HTMLElement>('.p18')!;
        return { scroll: inner.scrollWidth, client: inner.clientWidth, right: inner.getBoundingClientRect().right };
      });
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      expect(widths.right).toBeLessThanOrEqual(375);
      await page.screenshot({ path: '/tmp/shots/issue-13/hostile-host-375.png', fullPage: true }).catch(() => {});
      await walkScenario(guide, 'da', scenario('threats'));
      expect(opened.cspViolations).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('guides the host moves about', () => {
  const perspectiveHeading = (guide: Locator) => guide.getByRole('heading', { name: ui.perspective.question });
  const firstQuestion = (guide: Locator) => guide.getByRole('heading', { name: rules.facts.inProgramme.question });
  async function choosePerspective(guide: Locator, perspective: 'receiving' | 'current') {
    await guide.getByRole('radio', { name: rules.perspectives[perspective] }).check();
    await guide.getByRole('button', { name: ui.walk.continue }).click();
  }

  it('a guide without id keeps its own walk when moved above another, and after a reload', { timeout: 120_000 }, async () => {
    const opened = await openPage(browser, host('moving-guides.html'));
    const { page } = opened;
    const a = page.locator('paragraf18-guiden.a');
    const b = page.locator('paragraf18-guiden.b');
    try {
      await choosePerspective(a, 'receiving');
      await firstQuestion(a).waitFor();
      await page.evaluate(() => document.querySelector('paragraf18-guiden.a')!.before(document.querySelector('paragraf18-guiden.b')!));
      await expect.poll(() => perspectiveHeading(b).isVisible()).toBe(true);
      expect(await firstQuestion(a).isVisible()).toBe(true);
      await choosePerspective(b, 'current');
      await firstQuestion(b).waitFor();
      // Each walk under its own key: B's step did not overwrite A's.
      const saved = await page.evaluate(() => ({ ...sessionStorage }));
      // (Judgement notes keep a slot of their own beside each walk: `<key>:notes`.)
      expect(Object.keys(saved).filter((k) => !k.endsWith(':notes')).sort()).toEqual(['paragraf18-guiden:0', 'paragraf18-guiden:1']);
      expect(saved['paragraf18-guiden:0']).toContain('p=receiving');
      expect(saved['paragraf18-guiden:1']).toContain('p=current');
      // After a reload the page is as the host wrote it: A first again, with A's walk.
      await page.reload();
      await firstQuestion(a).waitFor();
      await firstQuestion(b).waitFor();
      expect(await page.evaluate(() => ({ ...sessionStorage }))).toEqual(saved);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('two guides with the same storage-key: the second warns in the console and never overwrites the first', { timeout: 120_000 }, async () => {
    const opened = await openPage(browser, host('moving-guides.html'));
    const { page } = opened;
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    const c = page.locator('paragraf18-guiden.c');
    const d = page.locator('paragraf18-guiden.d');
    try {
      await page.reload();
      await perspectiveHeading(d).waitFor();
      expect(warnings.some((w) => w.includes('"sag"') && w.includes('storage-key'))).toBe(true);
      await choosePerspective(c, 'receiving');
      await firstQuestion(c).waitFor();
      const before = await page.evaluate(() => sessionStorage.getItem('paragraf18-guiden:sag'));
      await choosePerspective(d, 'current');
      await firstQuestion(d).waitFor();
      expect(await page.evaluate(() => sessionStorage.getItem('paragraf18-guiden:sag'))).toBe(before);
      await page.reload();
      await firstQuestion(c).waitFor();
      expect(await perspectiveHeading(d).isVisible()).toBe(true);
    } finally {
      await opened.close();
    }
  });
});

describe('the iframe alternative on a careful or careless host', () => {
  it('walks to a result in a frame sandboxed without allow-forms (no form submission needed)', { timeout: 120_000 }, async () => {
    const opened = await openPage(browser, host('sandboxed-frame.html'));
    const { page } = opened;
    try {
      const root = page.frameLocator('iframe[data-paragraf18-guiden]').locator('body');
      await root.getByRole('heading', { name: ui.perspective.question }).waitFor();
      await walkScenario(root, 'da', scenario('threats'));
      expect(opened.cspViolations).toEqual([]);
      expect(opened.consoleErrors.filter((e) => !/Blocked form submission/.test(e))).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('iframe-resizer ignores a height posted after the frame was navigated to another origin', { timeout: 60_000 }, async () => {
    // The CSP would stop the frame leaving its origin at all; bypass it to play the navigated frame.
    const context = await browser.newContext({ bypassCSP: true });
    // The other origin's page is served without the test server's frame-ancestors, as a stranger's would be.
    await context.route(/^http:\/\/localhost:\d+\/elsewhere\.html$/, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Ikke guiden</title><script>parent.postMessage({ type: 'paragraf18-guiden:height', height: 99999 }, '*');</script>`,
      }),
    );
    const page = await context.newPage();
    try {
      await page.goto(host('iframe-host.html'));
      const frame = page.frameLocator('iframe[data-paragraf18-guiden]');
      await frame.locator('body').getByRole('heading', { name: ui.perspective.question }).waitFor();
      await page.waitForFunction(() => document.querySelector('iframe')!.height !== '300');
      const honest = await page.evaluate(() => document.querySelector('iframe')!.height);
      await page.evaluate(() => {
        (window as any).__seen = [];
        addEventListener('message', (e) => (window as any).__seen.push([e.origin, e.data?.height]));
      });
      const elsewhere = new URL('elsewhere.html', inject('baseURL').replace('127.0.0.1', 'localhost')).href;
      await page.frames()[1].goto(elsewhere);
      // The forged message did arrive, from the other origin …
      await page.waitForFunction(() => (window as any).__seen.some(([, h]: [string, number]) => h === 99999));
      expect(await page.evaluate(() => (window as any).__seen.find(([, h]: [string, number]) => h === 99999)[0])).toMatch(/^http:\/\/localhost:/);
      // … and changed nothing.
      expect(await page.evaluate(() => document.querySelector('iframe')!.height)).toBe(honest);
    } finally {
      await context.close();
    }
  });
});
