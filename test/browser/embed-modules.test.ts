import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ARTEFACTS } from '../../vite.config';
import { embedSnippetParts } from '../../scripts/lib/embed-snippet';
import { launch, openPage } from './harness';
import { walkScenario } from './embed-driver';
import { scenario } from './walk-driver';

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
    const url = page('host-all-modules.html', [parts.guide, parts.paperwork, parts.presenter, '<paragraf18-guiden mode="presenter" case="threats" storage-key="p"></paragraf18-guiden>'].join('\n'));
    const opened = await openPage(browser, url);
    try {
      const guide = opened.page.locator('paragraf18-guiden').first();
      await walkScenario(guide, 'da', scenario('commonChildWithPartner'));
      await guide.locator('paragraf18-papirarbejde').getByRole('heading').first().waitFor();
      await opened.page.locator('paragraf18-praesentation').getByRole('heading').first().waitFor();

      const dir = `/${ARTEFACTS.embedDir}`;
      expect((await fetched(opened)).sort()).toEqual([`${dir}/paragraf18-guiden.js`, `${dir}/paragraf18-papirarbejde.js`, `${dir}/paragraf18-praesentation.js`]);
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
