import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import { axeViolations, describeViolations, launch, openPage, type OpenedPage } from './harness';
import { serve } from './static-server';

const FIXTURE = join(import.meta.dirname, '..', 'paperwork', 'browser-fixture');

/**
 * The result page does not mount the paperwork yet, so this test builds a small host page that
 * mounts it as the result page will (beside the case note) and serves it under the same strict
 * CSP as the app.
 */
async function buildFixture(outDir: string): Promise<void> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: false,
      root: FIXTURE,
      base: './',
      logLevel: 'warn',
      plugins: [preact()],
      define: { 'define.amd': 'false', __RULE_BASE_VERSION__: '"test"', __OFFLINE_FILE__: 'false' },
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

/** Which of the printable parts the print stylesheet shows. */
async function printedParts(page: Page) {
  const shown = (selector: string) =>
    page.locator(selector).first().evaluate((element) => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        if (getComputedStyle(node).display === 'none') return false;
      }
      return true;
    });
  return {
    caseNote: await shown('.p18-case-note__print'),
    draft: await shown('.p18-paperwork__document--draft .p18-paperwork__body'),
    advice: await shown('.p18-paperwork__document--advice .p18-paperwork__body'),
    buttons: await shown('.p18-paperwork__actions'),
  };
}

const mark = (page: Page, kind: 'draft' | 'advice' | null) =>
  page.locator('.p18-paperwork').evaluate((element, value) => {
    if (value) element.setAttribute('data-printing', value);
    else element.removeAttribute('data-printing');
  }, kind);

describe('the paperwork module in a browser', () => {
  let outDir: string;
  let server: Server;
  let baseURL: string;
  let browser: Browser;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'p18-paperwork-'));
    await buildFixture(outDir);
    server = await serve(outDir);
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('server has no port');
    baseURL = `http://127.0.0.1:${address.port}/`;
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  const pages = [
    ['seedCase-commonChildWaitsForHousing', 'da'],
    ['closeFamilyInReceiving', 'da'],
    ['partnerWithoutCommonChildren', 'en'],
    ['scope-notInProgramme', 'da'],
  ] as const;

  it.each(pages)('%s in %s: no WCAG 2.1 A/AA violation, no CSP violation, no console error', async (scenario, lang) => {
    const opened: OpenedPage = await openPage(browser, `${baseURL}?scenario=${scenario}&lang=${lang}`);
    try {
      await opened.page.locator('.p18-paperwork__document--advice h3').waitFor();
      expect(describeViolations(await axeViolations(opened.page))).toEqual([]);
      expect(opened.cspViolations).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('prints the case note alone, unless a paperwork document is being printed; then that document alone', async () => {
    const opened = await openPage(browser, `${baseURL}?scenario=threats&lang=da`);
    try {
      const { page } = opened;
      await page.locator('.p18-paperwork__document--draft h3').waitFor();
      await page.emulateMedia({ media: 'print' });
      expect(await printedParts(page)).toEqual({ caseNote: true, draft: false, advice: false, buttons: false });
      await mark(page, 'draft');
      expect(await printedParts(page)).toEqual({ caseNote: false, draft: true, advice: false, buttons: false });
      await mark(page, 'advice');
      expect(await printedParts(page)).toEqual({ caseNote: false, draft: false, advice: true, buttons: false });
      await mark(page, null);
      await page.emulateMedia({ media: 'screen' });
      expect(await printedParts(page)).toEqual({ caseNote: false, draft: true, advice: true, buttons: true });
    } finally {
      await opened.close();
    }
  });

  it('"Kopiér til afgørelse" puts HTML with headings and lists, and its plain-text twin, on the real clipboard', async () => {
    const opened = await openPage(browser, `${baseURL}?scenario=feelsLonely&lang=da`);
    try {
      const { page } = opened;
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
      await page.locator('.p18-paperwork__document--draft h3').waitFor();
      await page.getByRole('button', { name: 'Kopiér til afgørelse' }).click();
      await page.getByText('Afgørelsens tekst er kopieret', { exact: false }).waitFor();
      const clipboard = await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        const read = async (type: string) => (item.types.includes(type) ? (await item.getType(type)).text() : null);
        return { types: [...item.types].sort(), html: await read('text/html'), text: await read('text/plain') };
      });
      expect(clipboard.types).toEqual(['text/html', 'text/plain']);
      expect(clipboard.html).toMatch(/<h2>Begrundelse<\/h2>/);
      expect(clipboard.html).toMatch(/<ul><li>/);
      expect(clipboard.html).toMatch(/<h2>Klagevejledning<\/h2>/);
      expect(clipboard.text).toMatch(/^Begrundelse\n/);
      // No source numbers after a sentence, no caseworker section, no source list.
      expect(clipboard.text).not.toMatch(/[.!?»«\]:]\s\(\d{1,2}(, \d{1,2})*\)/);
      expect(clipboard.text).not.toContain('Til sagsbehandleren');
      expect(clipboard.text).not.toContain('Kilder til udkastets sætninger');
      expect(opened.cspViolations).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('sets the mark while printing and clears it after, when the print button is pressed', async () => {
    const opened = await openPage(browser, `${baseURL}?scenario=threats&lang=da`);
    try {
      const { page } = opened;
      await page.locator('.p18-paperwork__document--draft h3').waitFor();
      // Runs in the page through the driver, so the page's CSP does not apply to it.
      await page.evaluate(() => {
        const seen: (string | null)[] = [];
        (window as unknown as { __seen: typeof seen }).__seen = seen;
        window.print = () => seen.push(document.querySelector('.p18-paperwork')!.getAttribute('data-printing'));
      });
      await page.getByRole('button', { name: 'Udskriv vejledningen' }).click();
      await page.waitForFunction(() => (window as unknown as { __seen: unknown[] }).__seen.length > 0);
      expect(await page.evaluate(() => (window as unknown as { __seen: unknown[] }).__seen)).toEqual(['advice']);
      expect(await page.locator('.p18-paperwork').getAttribute('data-printing')).toBeNull();
    } finally {
      await opened.close();
    }
  });
});
