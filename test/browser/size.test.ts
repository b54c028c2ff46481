import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { ARTEFACTS } from '../../vite.config';

/** kB here is 1000 bytes, gzip at level 9, as `npm run bench` reports it. */
const EMBED_BUDGET_BYTES = 45_000;

describe('what the embed costs a host page', () => {
  it('the embed module, with the walk, result, notes, citations and both locales inline, stays within 45 kB gzip', () => {
    const module = readFileSync(join(inject('distDir'), ARTEFACTS.embedModule));
    const gzipped = gzipSync(module, { level: 9 }).length;
    expect(gzipped, `embed module is ${(gzipped / 1000).toFixed(1)} kB gzip`).toBeLessThanOrEqual(EMBED_BUDGET_BYTES);
  });

  it('carries both languages and the verbatim citations inline: nothing is fetched later', () => {
    const text = readFileSync(join(inject('distDir'), ARTEFACTS.embedModule), 'utf8');
    expect(text).toContain('Trusler mod udlændingen og udlændingens familie kan efter omstændighederne');
    expect(text).toContain('Is the person married?');
    expect(text).toContain('Er udlændingen gift?');
    expect(text).not.toMatch(/\bimport\(/);
  });
});
