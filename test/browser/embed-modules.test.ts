import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ARTEFACTS } from '../../vite.config';
import { embedSnippetParts } from '../../scripts/lib/embed-snippet';
import { launch, openPage } from './harness';

/**
 * A host page built from the snippet `npm run build` prints — every module with its integrity
 * hash — with the guide, the paperwork and the presenter. The optional modules use the guide's
 * libraries: the browser must fetch each file the snippet names exactly once and nothing else,
 * and a page that mixes two versions must say so instead of running two copies.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const page = (name: string, body: string) => {
  writeFileSync(
    join(inject('distDir'), name),
    `<!doctype html><html lang="da"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title></head><body><main>${body}</main></body></html>`,
  );
  return new URL(name, inject('baseURL')).href;
};

const fetched = (opened: Awaited<ReturnType<typeof openPage>>) =>
  opened.page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));

describe('the optional modules beside the guide', () => {
  it('run from the printed snippet, integrity checked, with each file fetched once and nothing else', { timeout: 180_000 }, async () => {
    const origin = new URL(inject('baseURL')).origin;
    const parts = embedSnippetParts(inject('distDir'), ARTEFACTS.embedDir, origin);
    const url = page('host-all-modules.html', [parts.guide, parts.paperwork, parts.presenter, parts.english, '<paragraf18-guiden mode="presenter" case="threats" lang="en"></paragraf18-guiden>'].join('\n'));
    const opened = await openPage(browser, url);
    try {
      // Each module ran: the guide's first question, the presenter's view inside the second guide,
      // and the paperwork's element, ready for the result page (the paperwork test walks to it).
      await opened.page.locator('paragraf18-guiden').first().getByRole('radio').first().waitFor();
      await opened.page.locator('paragraf18-praesentation').getByRole('heading').first().waitFor();
      // The English module ran: the presenter asked for English shows it, and the guide offers it.
      expect(await opened.page.locator('paragraf18-praesentation').getAttribute('lang')).toBe('en');
      // Its case in English too: the training cases' English comes with the English module.
      const threats = JSON.parse(readFileSync(join(import.meta.dirname, '../../rules/scenarios/threats.json'), 'utf8')) as { title: { en: string } };
      await opened.page.locator('paragraf18-praesentation').getByText(threats.title.en).first().waitFor();
      await opened.page.locator('paragraf18-guiden').first().getByRole('button', { name: 'English' }).waitFor();
      expect(await opened.page.evaluate(() => customElements.get('paragraf18-papirarbejde') !== undefined)).toBe(true);

      const dir = `/${ARTEFACTS.embedDir}`;
      expect((await fetched(opened)).sort()).toEqual([`${dir}/paragraf18-engelsk.js`, `${dir}/paragraf18-guiden.js`, `${dir}/paragraf18-papirarbejde.js`, `${dir}/paragraf18-praesentation.js`]);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.cspViolations).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('refuse to run beside a guide of another version, and say so', { timeout: 120_000 }, async () => {
    const dist = inject('distDir');
    const other = `embed/0.0.0/other-rules`;
    cpSync(join(dist, ARTEFACTS.embedDir), join(dist, other), { recursive: true });
    const url = page(
      'host-two-versions.html',
      [
        `<script type="module" src="/${ARTEFACTS.embedModule}"></script>`,
        `<script type="module" src="/${other}/paragraf18-papirarbejde.js"></script>`,
        '<paragraf18-guiden></paragraf18-guiden>',
      ].join('\n'),
    );
    const opened = await openPage(browser, url);
    try {
      await opened.page.locator('paragraf18-guiden').getByRole('radio').first().waitFor();
      await opened.page.waitForFunction(() => performance.getEntriesByType('resource').length >= 3);
      await expect.poll(() => opened.consoleErrors.join('\n')).toContain('<paragraf18-guiden> is already defined');
      const error = opened.consoleErrors.join('\n');
      expect(error).toContain(`/${other}/paragraf18-guiden.js`);
      // The other version's paperwork never defined its element, so nothing of it mixes into this guide.
      expect(await opened.page.evaluate(() => customElements.get('paragraf18-papirarbejde') === undefined)).toBe(true);
      expect(readFileSync(join(dist, other, 'paragraf18-papirarbejde.js'), 'utf8')).toContain('./paragraf18-guiden.js');
    } finally {
      await opened.close();
    }
  });
});

describe('English, an optional module', () => {
  const da = JSON.parse(readFileSync(join(import.meta.dirname, '../../locales/da/not-loaded.json'), 'utf8')) as { text: string };
  const en = JSON.parse(readFileSync(join(import.meta.dirname, '../../locales/en/not-loaded.json'), 'utf8')) as { text: string };

  it('is not on a Danish page: lang="en" shows Danish and says so in both languages; the module added later brings English, answers kept', { timeout: 120_000 }, async () => {
    const url = page('host-danish-only.html', [`<script type="module" src="/${ARTEFACTS.embedModule}"></script>`, '<paragraf18-guiden id="asked-en" lang="en"></paragraf18-guiden>', '<paragraf18-guiden id="danish"></paragraf18-guiden>'].join('\n'));
    const opened = await openPage(browser, url);
    try {
      const askedEn = opened.page.locator('#asked-en');
      const danish = opened.page.locator('#danish');
      await askedEn.getByRole('radio').first().waitFor();
      // Danish, marked as Danish, with the line in English (marked en) and in Danish.
      expect(await askedEn.locator('.p18').first().getAttribute('lang')).toBe('da');
      await askedEn.getByText(en.text).waitFor();
      await askedEn.getByText(da.text).waitFor();
      expect(await askedEn.getByText(en.text).getAttribute('lang')).toBe('en');
      // No switch to a language the page cannot show; a guide in Danish says nothing of English.
      expect(await opened.page.getByRole('button', { name: 'English' }).count()).toBe(0);
      expect(await danish.getByText(en.text).count()).toBe(0);
      await askedEn.getByRole('radio').first().check();

      // As a host's later script would (the page's Trusted Types refuse a test's own <script src>).
      await opened.page.evaluate(`import('/${ARTEFACTS.embedDir}/paragraf18-engelsk.js')`);
      // The guide asked for English now shows it, with its answer kept; the Danish one offers the switch.
      const question = (JSON.parse(readFileSync(join(import.meta.dirname, '../../locales/en/ui.json'), 'utf8')) as { perspective: { question: string } }).perspective.question;
      await askedEn.getByText(question).first().waitFor();
      expect(await askedEn.locator('.p18').first().getAttribute('lang')).toBe('en');
      expect(await askedEn.getByRole('radio').first().isChecked()).toBe(true);
      expect(await askedEn.getByText(en.text).count()).toBe(0);
      await danish.getByRole('button', { name: 'English' }).waitFor();
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.cspViolations).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('the first screen', () => {
  it('lays out the question first; glossary and status line follow below it, moving nothing', { timeout: 120_000 }, async () => {
    const url = page('host-first-screen.html', [`<script type="module" src="/${ARTEFACTS.embedModule}"></script>`, '<paragraf18-guiden></paragraf18-guiden>'].join('\n'));
    const context = await browser.newContext();
    try {
      // At the first mutation that brings a radio into the guide's shadow root: what else is there, and where the radio sits.
      await context.addInitScript(() => {
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init) {
          const root = attach.call(this, init);
          const observer = new MutationObserver(() => {
            const radio = root.querySelector('input[type=radio]');
            if (!radio) return;
            observer.disconnect();
            (window as unknown as Record<string, unknown>).__firstScreen = {
              status: root.querySelector('.p18-status') !== null,
              glossary: root.querySelector('.p18-glossary') !== null,
              radioTop: radio.getBoundingClientRect().top,
            };
          });
          observer.observe(root, { childList: true, subtree: true });
          return root;
        };
      });
      const tab = await context.newPage();
      await tab.goto(url);
      const guide = tab.locator('paragraf18-guiden');
      await guide.locator('.p18-status').waitFor();
      await guide.locator('.p18-glossary__term').first().waitFor({ state: 'attached' });
      const first = await tab.evaluate(() => (window as unknown as { __firstScreen: { status: boolean; glossary: boolean; radioTop: number } }).__firstScreen);
      expect(first).toMatchObject({ status: false, glossary: false });
      const radioTop = await guide.locator('input[type=radio]').first().evaluate((radio) => radio.getBoundingClientRect().top);
      expect(radioTop).toBe(first.radioTop);
      // Once rendered, the texts are in the page for find-in-page (the glossary's inside its disclosure).
      const texts = await guide.evaluate((host) => host.shadowRoot!.textContent ?? '');
      const da = JSON.parse(readFileSync(join(import.meta.dirname, '../../locales/da/glossary.json'), 'utf8')) as { terms: Record<string, { term: string }> };
      for (const { term } of Object.values(da.terms)) expect(texts).toContain(term);
    } finally {
      await context.close();
    }
  });
});
