import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import { ARTEFACTS } from '../../vite.config';
import { jsonFilesIn, readJson, readRuleFiles } from '../../scripts/lib/read-rule-files';
import { axeViolations, describeViolations, launch, openPage } from './harness';
import { serve } from './static-server';
import da from '../../locales/da/review.json';
import uiDa from '../../locales/da/ui.json';

const FIXTURE = join(import.meta.dirname, 'review-fixture');
const files = readRuleFiles();
const scenarios = jsonFilesIn('scenarios').map((file) => readJson(file) as { id: string; expect: { matched: string[] } });
const scenarioIds = scenarios.map((s) => s.id);
const reviewUrl = (base: string) => `${base}?mode=regelgrundlag`;
const SHOTS = process.env.P18_SHOTS_DIR;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function waitForReview(page: Page) {
  await page.getByRole('heading', { level: 1, name: da.title }).waitFor({ timeout: 30_000 });
}

/** Every example, gap, note and judgement id of the rule base, each with its quotes, and every scenario as a live row. */
async function expectWholeRuleBase(page: Page) {
  const missing = await page.evaluate(
    ({ examples, notes, judgements }) => {
      const out: string[] = [];
      const quoteIn = (root: Element | null, id: string, quote: string) => {
        const shown = [...(root?.querySelectorAll('blockquote') ?? [])].some((b) => b.textContent === quote);
        if (!shown) out.push(`${id}: quote not shown`);
      };
      for (const example of examples) {
        const section = document.querySelector(`[data-example="${example.id}"]`);
        if (!section) out.push(`example ${example.id}`);
        for (const citation of example.citations) quoteIn(section, citation.id, citation.quote);
      }
      for (const note of notes) {
        const section = document.querySelector(`[data-note="${note.id}"]`);
        if (!section) out.push(`note ${note.id}`);
        for (const citation of note.citations) quoteIn(section, citation.id, citation.quote);
      }
      for (const id of judgements) if (!document.querySelector(`[data-judgement="${id}"] blockquote`)) out.push(`judgement ${id}`);
      return out;
    },
    {
      examples: files.examples.map((e) => ({ id: e.id, citations: e.citations.map((c) => ({ id: c.id, quote: c.quote })) })),
      notes: files.notes.map((n) => ({ id: n.id, citations: n.citations.map((c) => ({ id: c.id, quote: c.quote })) })),
      judgements: files.judgements.judgements.map((j) => j.id),
    },
  );
  expect(missing).toEqual([]);
  const rows = await page.locator('tr[data-scenario]').evaluateAll((trs) =>
    trs.map((tr) => ({
      id: (tr as HTMLElement).dataset.scenario!,
      verdict: (tr as HTMLElement).dataset.verdict,
      live: tr.querySelector('[data-live-result]')?.textContent ?? '',
    })),
  );
  expect([...new Set(rows.map((r) => r.id))].sort()).toEqual([...scenarioIds].sort());
  for (const row of rows) expect(row.live, row.id).not.toBe('');
  return rows;
}

describe('Regelgrundlaget, the review copy, in the app', () => {
  it('opens from the status line, shows the whole rule base with live scenario results, and is axe clean', { timeout: 240_000 }, async () => {
    const opened = await openPage(browser, inject('baseURL'));
    const { page } = opened;
    try {
      await page.getByRole('link', { name: uiDa.status.reviewCopyLink }).click();
      await waitForReview(page);
      expect(new URL(page.url()).searchParams.get('mode')).toBe('regelgrundlag');
      const rows = await expectWholeRuleBase(page);
      expect(rows.filter((r) => r.verdict !== 'pass')).toEqual([]);
      expect(describeViolations(await axeViolations(page))).toEqual([]);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'The rule base – review copy' }).waitFor();
      expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.cspViolations).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("is a chunk of its own: the guide's first screen does not fetch it", async () => {
    const opened = await openPage(browser, inject('baseURL'));
    const scripts = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
    try {
      const firstScreen = await scripts(opened.page);
      await opened.page.goto(reviewUrl(inject('baseURL')));
      await waitForReview(opened.page);
      const reviewOnly = (await scripts(opened.page)).filter((name) => !firstScreen.includes(name));
      expect(reviewOnly.length, 'the review copy fetched no chunk of its own').toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });

  it('prints at A4 with each example on a page of its own and the buttons left out', { timeout: 180_000 }, async () => {
    const opened = await openPage(browser, reviewUrl(inject('baseURL')));
    const { page } = opened;
    try {
      await waitForReview(page);
      await page.emulateMedia({ media: 'print' });
      const breaks = await page.locator('[data-example]').evaluateAll((sections) =>
        sections.map((s) => getComputedStyle(s).breakBefore),
      );
      // The first example of each part shares the page of the part's heading.
      expect(breaks.filter((b) => b === 'page').length).toBe(breaks.length - 2);
      expect(await page.locator('.p18-review__actions').evaluate((e) => getComputedStyle(e).display)).toBe('none');
      expect(await page.locator('[data-content-hash]').isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages).toBeGreaterThan(files.examples.length);
      if (SHOTS) {
        await writeFile(join(SHOTS, 'review-print.pdf'), pdf);
        await page.setViewportSize({ width: 794, height: 1123 });
        await page.locator('[data-example="threats"]').screenshot({ path: join(SHOTS, 'review-print-threats.png') });
        await page.locator('#afsnit-signOff').screenshot({ path: join(SHOTS, 'review-print-signoff.png') });
      }
    } finally {
      await opened.close();
    }
  });

  it('opens in the single offline file, from file://', async () => {
    const file = pathToFileURL(join(inject('distDir'), ARTEFACTS.offlineFile)).href;
    const opened = await openPage(browser, `${file}?mode=regelgrundlag`);
    try {
      await waitForReview(opened.page);
      const rows = await expectWholeRuleBase(opened.page);
      expect(rows.filter((r) => r.verdict !== 'pass')).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('opens offline from the service worker’s precache', { timeout: 120_000 }, async () => {
    const server = await serve(inject('distDir'));
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    const url = `http://127.0.0.1:${address.port}/`;
    const opened = await openPage(browser, url);
    const { page, context } = opened;
    try {
      await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
      await page.evaluate(() => navigator.serviceWorker.ready);
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await context.setOffline(true);
      await page.goto(reviewUrl(url));
      await waitForReview(page);
      await expectWholeRuleBase(page);
    } finally {
      await opened.close();
      server.closeAllConnections();
    }
  });
});

describe('Regelgrundlaget over a rule base with a deliberately broken rule', () => {
  let outDir: string;
  let server: Server;
  let baseURL: string;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'p18-review-'));
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        configFile: false,
        root: FIXTURE,
        base: './',
        logLevel: 'warn',
        json: { stringify: true },
        plugins: [preact()],
        define: { 'define.amd': 'false', __RULE_BASE_VERSION__: '"test"', __OFFLINE_FILE__: 'false' },
        build: { outDir, emptyOutDir: true },
      });
    } finally {
      if (previous === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = previous;
    }
    server = await serve(outDir);
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('server has no port');
    baseURL = `http://127.0.0.1:${address.port}/`;
  });

  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('shows the scenarios of the broken rule as red rows that say they fail, and is axe clean in English', { timeout: 180_000 }, async () => {
    const opened = await openPage(browser, baseURL);
    const { page } = opened;
    try {
      await waitForReview(page);
      const rows = await expectWholeRuleBase(page);
      const failing = rows.filter((r) => r.verdict === 'fail').map((r) => r.id);
      const threatsScenarios = scenarios.filter((s) => s.expect.matched.includes('threats')).map((s) => s.id);
      expect(threatsScenarios.length).toBeGreaterThan(0);
      for (const id of threatsScenarios) expect(failing).toContain(id);
      const failingRow = page.locator('tr[data-verdict="fail"]').first();
      const passingRow = page.locator('tr[data-verdict="pass"]').first();
      expect(await failingRow.locator('.p18-review__verdict').textContent()).toContain(da.scenario.fail);
      const background = (row: typeof failingRow) => row.locator('td').first().evaluate((td) => getComputedStyle(td).backgroundColor);
      expect(await background(failingRow)).not.toBe(await background(passingRow));
      expect(await page.locator('[data-scenario-summary]').textContent()).toContain(da.summaryFailing.replace('{{failing}}', String(new Set(failing).size)));
      // The whole document is long for axe: Danish is checked in the app above, English here.
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'The rule base – review copy' }).waitFor();
      expect(describeViolations(await axeViolations(page))).toEqual([]);
      if (SHOTS) await failingRow.screenshot({ path: join(SHOTS, 'review-failing-row.png') });
      expect(opened.cspViolations).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
