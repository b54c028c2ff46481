import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

// vitest sets __dirname; under happy-dom import.meta.url is an http URL.
const ROOT = resolve(__dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : /\.(tsx?|html)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/**
 * The guide must run under `script-src 'self'; style-src 'self'` on a host page, and must not
 * turn text into markup: these patterns would break either promise.
 */
const FORBIDDEN: [string, RegExp][] = [
  ['innerHTML', /innerHTML/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['a style attribute written as a string', /\bstyle=["'`]/],
  ['an inline <style> element', /<style[\s>]/],
  ['eval or new Function', /\beval\(|new Function\(/],
  ['an inline event handler attribute', /\son[a-z]+=["']/],
];

describe('strict CSP and no markup from text', () => {
  const checked = [...files(join(ROOT, 'src/ui')), ...files(join(ROOT, 'src/app')), ...files(join(ROOT, 'src/i18n')), join(ROOT, 'src/main.tsx'), join(ROOT, 'index.html')];

  it.each(FORBIDDEN)('no %s in the UI sources', (_what, pattern) => {
    const offenders = checked.filter((file) => pattern.test(readFileSync(file, 'utf8'))).map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('loads index.html’s only script from a file', () => {
    const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
    expect([...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1])).toEqual([' type="module" src="./src/main.tsx"']);
  });
});
