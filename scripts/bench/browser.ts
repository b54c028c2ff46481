import type { Browser, CDPSession } from 'playwright-core';
import { join } from 'node:path';

import { launchChromium } from '../lib/chromium';

const DETECTOR = join(import.meta.dirname, 'first-radios.js');

export const launch = launchChromium;

/** Main-thread time (CDP Performance.getMetrics, in ms) from navigation to the first visible radios. */
export interface MainThread {
  task: number;
  script: number;
  layout: number;
  style: number;
}

export interface Run {
  /** Milliseconds from navigation start until the first radios were visible (wall clock, for information). */
  firstRadiosMs: number;
  /** What the main thread spent to get there: the figure the budget compares. */
  mainThread: MainThread;
  /** V8 heap in use (CDP Runtime.getHeapUsage usedSize) right after that. */
  heapBytes: number;
  /**
   * Every URL the document fetched before that moment (Resource Timing), the document itself
   * first. The browser's own fetches (favicon, manifest) and the service worker's precache are not
   * the document's, and they start after load.
   */
  requests: string[];
}

const METRICS: Record<keyof MainThread, string> = { task: 'TaskDuration', script: 'ScriptDuration', layout: 'LayoutDuration', style: 'RecalcStyleDuration' };

export async function mainThreadTotals(cdp: CDPSession): Promise<MainThread> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
  return { task: value(METRICS.task), script: value(METRICS.script), layout: value(METRICS.layout), style: value(METRICS.style) };
}

/** What the main thread spent between two readings. */
export const mainThreadSince = (before: MainThread, after: MainThread): MainThread => ({
  task: after.task - before.task,
  script: after.script - before.script,
  layout: after.layout - before.layout,
  style: after.style - before.style,
});

/**
 * One timed load in a fresh context (no cache, storage or service worker carried over), with
 * CPU throttling set on the page's CDP session before navigation, so parsing and running our
 * bytes cost what they would on a slow office PC. The page's main-thread counters are read once
 * before navigation and again the moment the detector reports the first radios; the difference is
 * what this load cost the main thread.
 */
export async function timedLoad(browser: Browser, url: string, cpuThrottling: number): Promise<Run> {
  const context = await browser.newContext();
  let timer: NodeJS.Timeout | undefined;
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await mainThreadTotals(cdp);
    let reported!: (at: { ms: number; mainThread: Promise<MainThread> }) => void;
    const firstRadios = new Promise<{ ms: number; mainThread: Promise<MainThread> }>((ok) => (reported = ok));
    // Read in the binding itself, before the page gets on with whatever it does next.
    await context.exposeBinding('__p18FirstRadios', (_source, ms: number) => reported({ ms, mainThread: mainThreadTotals(cdp) }));
    await context.addInitScript({ path: DETECTOR });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
    const failed = new Promise<never>((_, fail) => page.on('pageerror', (error) => fail(new Error(`${url}: ${error.message}`))));
    await page.goto(url, { waitUntil: 'commit' });
    const at = await Promise.race([
      firstRadios,
      failed,
      new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`${url}: no visible radio within 30 s`)), 30_000))),
    ]);
    const after = await at.mainThread;
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const requests = await page.evaluate(
      (until) => [location.href, ...performance.getEntriesByType('resource').filter((entry) => entry.startTime <= until).map((entry) => entry.name)],
      at.ms,
    );
    return { firstRadiosMs: at.ms, mainThread: mainThreadSince(before, after), heapBytes: usedSize, requests };
  } finally {
    clearTimeout(timer);
    await context.close();
  }
}
