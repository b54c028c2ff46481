/**
 * `npm run screenshots`: builds the app, opens the result of one scenario per outcome class and one
 * question page, and saves the first viewport at 1280×800 and 390×844 into docs/. It also prints
 * the full height of each result page, the figure the "at most 3 screens" is about.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileRuleBase } from '../src/engine/rule-base.ts';
import { buildAll } from './lib/build-all.ts';
import { launchChromium } from './lib/chromium.ts';
import { readRuleFiles } from './lib/read-rule-files.ts';
import { RESULT_CASES, VIEWPORTS, loadLinkCodec, resultFragment } from './lib/result-links.ts';
import { serve } from '../test/browser/static-server.ts';

const DOCS = join(import.meta.dirname, '..', 'docs');
const ruleBase = compileRuleBase(readRuleFiles());
const codec = await loadLinkCodec();
const { encodeWalk } = codec;
// P18_DIST names a build to reuse (it is left in place); otherwise the app is built afresh.
const reuse = process.env.P18_DIST;
const outDir = reuse ?? (await mkdtemp(join(tmpdir(), 'p18-shots-')));
if (!reuse) await buildAll(outDir);
const server = await serve(outDir);
const address = server.address();
if (!address || typeof address === 'string') throw new Error('server has no port');
const base = `http://127.0.0.1:${address.port}/`;
const browser = await launchChromium();
try {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    for (const { class: outcome, scenario } of RESULT_CASES) {
      const { fragment } = resultFragment(encodeWalk, ruleBase, scenario);
      await page.goto(`${base}#${fragment}`);
      await page.locator('.p18-outcome').waitFor();
      await page.screenshot({ path: join(DOCS, `result-${outcome}-${size}.png`) });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      if (process.env.P18_PARTS) {
        const parts = await page.evaluate(() =>
          [...document.querySelectorAll('.p18-page--result > *, .p18-evidence > *, .p18-glossary, .p18-status')].map((e) => `${e.className || e.tagName}:${Math.round(e.getBoundingClientRect().height)}`),
        );
        console.log(parts.join('  '));
      }
      console.log(`${size.padEnd(7)} ${outcome.padEnd(26)} ${scenario.padEnd(36)} result height ${height} px = ${(height / viewport.height).toFixed(1)} screens`);
    }
    // The reasons page: the checkbox question right after the scope questions.
    const reasons = encodeWalk(ruleBase, { walk: { perspective: 'receiving', answers: { inProgramme: 'yes', movingToOtherMunicipality: 'yes' }, at: { page: 'next' } }, language: 'da' });
    await page.goto(`${base}#${reasons}`);
    await page.locator('input[type=checkbox]').first().waitFor();
    await page.screenshot({ path: join(DOCS, `question-reasons-${size}.png`) });
    await context.close();
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
  if (!reuse) await rm(outDir, { recursive: true, force: true });
  await codec.close();
}
