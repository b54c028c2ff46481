import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { ARTEFACTS } from '../../vite.config';

/**
 * kB here is 1000 bytes, gzip at level 9, as `npm run bench` reports it.
 *
 * The budget in the embed issue is 45 kB. It is not met: the libraries alone take 23 kB
 * (i18next 15.3, preact with hooks 6.5, json-logic-js 1.4) and the content every visitor needs —
 * both complete locales, the verbatim citations and the rules — about 17 kB, before any of our
 * code (see the closing note and `npm run bench`, which reports the budget as failing).
 * Until that is resolved, CI holds the module at today's size, so it can only shrink.
 */
const BUDGET_BYTES = 45_000;
const TODAYS_SIZE_BYTES = 56_000;

const embedModule = () => readFileSync(join(inject('distDir'), ARTEFACTS.embedModule));

describe('what the embed costs a host page', () => {
  it('does not grow beyond today\'s size while the 45 kB budget is out of reach', () => {
    const gzipped = gzipSync(embedModule(), { level: 9 }).length;
    expect(gzipped, `embed module is ${(gzipped / 1000).toFixed(1)} kB gzip (budget ${BUDGET_BYTES / 1000} kB)`).toBeLessThanOrEqual(TODAYS_SIZE_BYTES);
  });

  it('carries both languages and the verbatim citations inline, and none of the optional modules', () => {
    const text = embedModule().toString('utf8');
    expect(text).toContain('Trusler mod udlændingen og udlændingens familie kan efter omstændighederne');
    expect(text).toContain('Is the person married?');
    expect(text).toContain('Er udlændingen gift?');
    expect(text).not.toMatch(/\bimport\(/);
    // Paperwork and presenter texts travel with their own modules.
    expect(text).not.toContain('Udkast til begrundelse');
    expect(text).not.toContain('Øvelsessag');
  });
});
