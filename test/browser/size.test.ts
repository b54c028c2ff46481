import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { ARTEFACTS } from '../../vite.config';

/**
 * What each page a host would build costs, in kB of 1000 bytes, gzip -9 of each file, summed —
 * as `npm run bench` reports it (the bench measures the same pages in Chromium). A page loads the
 * modules its snippet names plus whatever they import; the optional modules import the guide's
 * own file, so that counts once.
 *
 * `budget` is issue 14's budget, which `npm run bench` reports as pass/fail. It is not met today
 * (the guide is ~71 kB: the content of issues 10–12 came on top of 55.9 kB), so CI holds each page
 * at `ceiling`, today's size plus a little, to stop growth until the content is trimmed. Lower the
 * ceiling to the budget once the bench passes.
 */
const BUDGETS = [
  { page: 'the guide alone', modules: ['paragraf18-guiden.js'], budget: 56, ceiling: 72 },
  { page: 'the guide and the paperwork', modules: ['paragraf18-guiden.js', 'paragraf18-papirarbejde.js'], budget: 75, ceiling: 93 },
  { page: 'the guide and the presenter', modules: ['paragraf18-guiden.js', 'paragraf18-praesentation.js'], budget: 75, ceiling: 88 },
];

const embedFile = (name: string) => join(inject('distDir'), ARTEFACTS.embedDir, name);
const embedModule = () => readFileSync(embedFile('paragraf18-guiden.js'));

/** A built module's relative imports (static or dynamic), as file paths. */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.\.?\/[^"']+)["']/g)].map((m) => join(dirname(file), m[1]));
}

/** Every file the page fetches for these modules: each module and, transitively, what it imports. */
function filesLoadedBy(modules: string[]): string[] {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    importsOf(file).forEach(visit);
  };
  modules.map(embedFile).forEach(visit);
  return [...files];
}

describe('what the embed costs a host page', () => {
  it.each(BUDGETS)('$page stays within its $ceiling kB gzip ceiling (budget $budget kB, not yet met)', ({ modules, ceiling }) => {
    const files = filesLoadedBy(modules);
    const gzipped = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
    const names = files.map((f) => f.slice(f.lastIndexOf('/') + 1)).join(' + ');
    expect(gzipped, `${names}: ${(gzipped / 1000).toFixed(1)} kB gzip`).toBeLessThanOrEqual(ceiling * 1000);
  });

  it('loads each library once: the optional modules import the guide and nothing else', () => {
    // The libraries' own marks: i18next's log prefix, preact hooks' state field, a json-logic operator.
    const marks = ['i18next:', '__H', 'missing_some'];
    const guide = embedModule().toString('utf8');
    for (const mark of marks) expect(guide, `the guide carries ${mark}`).toContain(mark);
    expect(importsOf(embedFile('paragraf18-guiden.js'))).toEqual([]);
    for (const optional of ['paragraf18-papirarbejde.js', 'paragraf18-praesentation.js']) {
      expect(importsOf(embedFile(optional)), optional).toEqual([embedFile('paragraf18-guiden.js')]);
      const code = readFileSync(embedFile(optional), 'utf8');
      for (const mark of marks) expect(code, `${optional} carries no copy of ${mark}`).not.toContain(mark);
    }
  });

  it('carries both languages and the verbatim citations inline, and none of the optional modules', () => {
    const text = embedModule().toString('utf8');
    expect(text).toContain('Trusler mod udlændingen og udlændingens familie kan efter omstændighederne');
    expect(text).toContain('Is the person married?');
    expect(text).toContain('Er udlændingen gift?');
    expect(text).not.toMatch(/\bimport\(/);
    // Paperwork and presenter texts travel with their own modules.
    expect(text).not.toContain('Kopiér til afgørelse');
    expect(text).not.toContain('Øvelsessag');
  });
});
