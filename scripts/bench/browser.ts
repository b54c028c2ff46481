import type { Browser } from 'playwright-core';
import { join } from 'node:path';

import { launchChromium } from '../lib/chromium';

const DETECTOR = join(import.meta.dirname, 'first-radios.js');

export const launch = launchChromium;

export interface Run {
  /** Milliseconds from navigation start until the first radios were visible. */
  firstRadiosMs: number;
  /** V8 heap in use (CDP Runtime.getHeapUsage usedSize) right after that. */
  heapBytes: number;
  /**
   * Every URL the document fetched before that moment (Resource Timing), the document itself
   * first. The browser's own fetches (favicon, manifest) and the service worker's precache are not
   * the document's, and they start after load.
   */
  requests: string[];
  /** The document's rendered body, for building the static page from the floor page. */
  bodyHtml: string;
}

/**
 * One timed load in a fresh context (no cache, storage or service worker carried over), with
 * CPU throttling set on the page's CDP session before navigation, so parsing and running our
 * bytes cost what they would on a slow office PC.
 */
export async function timedLoad(browser: Browser, url: string, cpuThrottling: number): Promise<Run> {
  const context = await browser.newContext();
  let timer: NodeJS.Timeout | undefined;
  try {
    let reported!: (ms: number) => void;
    const firstRadios = new Promise<number>((ok) => (reported = ok));
    await context.exposeBinding('__p18FirstRadios', (_source, ms: number) => reported(ms));
    await context.addInitScript({ path: DETECTOR });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
    const failed = new Promise<never>((_, fail) => page.on('pageerror', (error) => fail(new Error(`${url}: ${error.message}`))));
    await page.goto(url, { waitUntil: 'commit' });
    const firstRadiosMs = await Promise.race([
      firstRadios,
      failed,
      new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`${url}: no visible radio within 30 s`)), 30_000))),
    ]);
    // Measured before anything else runs in the page, so the figure is the heap of the first render.
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { requests, bodyHtml } = await page.evaluate((until) => {
      const fetched = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= until)
        .map((entry) => entry.name);
      return { requests: [location.href, ...fetched], bodyHtml: document.body.innerHTML };
    }, firstRadiosMs);
    return { firstRadiosMs, heapBytes: usedSize, requests, bodyHtml };
  } finally {
    clearTimeout(timer);
    await context.close();
  }
}
