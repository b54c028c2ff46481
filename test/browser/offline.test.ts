import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { ARTEFACTS } from '../../vite.config';
import { axeViolations, describeViolations, launch, openPage } from './harness';
import { walkScenario } from './embed-driver';
import { serve } from './static-server';
import { scenario, texts, type Language } from './walk-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function axeAtEveryStep(page: Page, violations: string[], step: string) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  for (const frame of page.frames()) await frame.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  violations.push(...describeViolations(await axeViolations(page)).map((v) => `${step}: ${v}`));
}

describe.each(['da', 'en'] as Language[])('(d) the iframe alternative, in %s', (language) => {
  it('grows the frame to its content as the walk goes, so nothing scrolls inside it', { timeout: 180_000 }, async () => {
    const opened = await openPage(browser, new URL('host/iframe-host.html', inject('baseURL')).href);
    const { page } = opened;
    const violations: string[] = [];
    const frame: FrameLocator = page.frameLocator('iframe[data-paragraf18-guiden]');
    const root: Locator = frame.locator('body');
    const heights: number[] = [];
    const fits = async () => {
      // Give the ResizeObserver and the message a moment to arrive.
      await page.waitForFunction(() => {
        const iframe = document.querySelector('iframe')!;
        const inner = iframe.contentDocument!.documentElement;
        return Math.abs(iframe.clientHeight - inner.scrollHeight) <= 2;
      });
      heights.push(await page.evaluate(() => document.querySelector('iframe')!.clientHeight));
    };
    try {
      await root.getByRole('heading', { name: texts('da').ui.perspective.question }).waitFor();
      await fits();
      if (language === 'en') await root.getByRole('button', { name: 'English' }).click();
      await walkScenario(root, language, scenario('illnessTreatedThere'), async () => {
        await fits();
        await axeAtEveryStep(page, violations, `step ${heights.length}`);
      });
      expect(new Set(heights).size, `frame heights seen: ${heights.join(', ')}`).toBeGreaterThan(2);
      expect(Math.max(...heights)).toBeGreaterThan(1000);
      expect(violations).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.cspViolations).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('(e) the standalone app as a PWA', () => {
  it('reloads and walks to a result with the server stopped and the browser offline', { timeout: 180_000 }, async () => {
    const server = await serve(inject('distDir'));
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    const url = `http://127.0.0.1:${address.port}/`;
    const opened = await openPage(browser, url);
    const { page, context } = opened;
    const violations: string[] = [];
    try {
      // Wait until the service worker controls the page (clientsClaim) and has precached everything.
      await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
      await page.evaluate(() => navigator.serviceWorker.ready);
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await context.setOffline(true);
      await page.reload();
      await walkScenario(page.locator('body'), 'da', scenario('unaccompaniedMinorPlaced'), () => axeAtEveryStep(page, violations, page.url()));
      expect(violations).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
      // Offline, the update check goes unanswered and says nothing.
      expect(await page.getByText(texts('da').ui.update.reload).count()).toBe(0);
      // A presenter deep link from a webinar chat opens offline too.
      await page.goto(`${url}index.html?mode=presenter&case=threats`);
      await page.getByText('Øvelsessag – fiktiv').first().waitFor();
      await page.getByRole('heading', { name: 'Trusler mod familien' }).waitFor();
    } finally {
      await opened.close();
      if (server.listening) server.close();
    }
  });
});

describe.each(['da', 'en'] as Language[])('(f) the single file from file://, in %s', (language) => {
  it('walks to a result with no server and no network', { timeout: 180_000 }, async () => {
    const file = pathToFileURL(join(inject('distDir'), ARTEFACTS.offlineFile)).href;
    const opened = await openPage(browser, file);
    const { page } = opened;
    const violations: string[] = [];
    try {
      await opened.context.setOffline(true);
      if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
      await walkScenario(page.locator('body'), language, scenario('spouseFreeToMoveLivesThere'), () => axeAtEveryStep(page, violations, page.url()));
      expect(violations).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
      expect(await page.evaluate(() => [...document.querySelectorAll('script[src], link[href]')].map((e) => e.getAttribute('src') ?? e.getAttribute('href')).filter((url) => !url?.startsWith('data:')))).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
