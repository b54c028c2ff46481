import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import '../../../src/practice/texts';
import { resources } from '../../../src/i18n/resources';
import { LEARNING_GOALS } from '../../../src/presenter/case-library';
import { TRACE_GROUPS } from '../../../src/presenter/trace';

// vitest sets __dirname; under happy-dom import.meta.url is an http URL.
const ROOT = resolve(__dirname, '../../..');
/** The presenter and self-study: each module with its own texts, sources and sheet. */
const MODULES = [
  { namespace: 'presenter', sources: join(ROOT, 'src/presenter'), sheet: 'presenter.css' },
  { namespace: 'practice', sources: join(ROOT, 'src/practice'), sheet: 'practice.css' },
];

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : /\.(tsx?|css)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );

function leaves(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

describe.each(MODULES)('locales/*/$namespace.json', ({ namespace, sources }) => {
  const da = new Set(leaves(resources.da[namespace]));
  const en = new Set(leaves(resources.en[namespace]));

  it('has the same keys in Danish and English, none empty', () => {
    expect([...da].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !da.has(k))).toEqual([]);
    for (const language of ['da', 'en'] as const) {
      const empty = leaves(resources[language][namespace]).filter((path) => {
        const value = path.split('.').reduce<any>((node, key) => node?.[key], resources[language][namespace]);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty, language).toEqual([]);
    }
  });

  it('holds exactly the keys the module uses', () => {
    const used = new Set<string>();
    const key = new RegExp(`['"\`]${namespace}:([A-Za-z0-9_.]+)['"\`]`, 'g');
    for (const file of files(sources)) {
      for (const match of readFileSync(file, 'utf8').matchAll(key)) used.add(match[1]);
    }
    if (namespace === 'presenter') {
      // Keys built from data: a learning goal per id the schema allows, a short name per example state.
      for (const goal of LEARNING_GOALS) used.add(`learningGoals.${goal}`);
      for (const state of TRACE_GROUPS) used.add(`trace.states.${state}`);
    }
    expect([...used].filter((k) => !da.has(k)).sort(), 'used, not defined').toEqual([]);
    expect([...da].filter((k) => !used.has(k)).sort(), 'defined, not used').toEqual([]);
  });

});

it('labels every training case "Øvelsessag – fiktiv" / "Training case – fictitious"', () => {
  expect((resources.da.presenter as any).fictitious).toBe('Øvelsessag – fiktiv');
  expect((resources.en.presenter as any).fictitious).toBe('Training case – fictitious');
});

/** The presenter and self-study run under the same strict CSP as the guide and never turn text into markup; self-study keeps nothing. */
const FORBIDDEN: [string, RegExp][] = [
  ['innerHTML', /innerHTML/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['a style attribute', /\bstyle=/],
  ['an inline <style> element', /<style[\s>]/],
  ['eval or new Function', /\beval\(|new Function\(/],
  ['an inline event handler attribute', /\son[a-z]+=["']/],
  ['storage', /localStorage|sessionStorage|document\.cookie/],
];

describe.each(MODULES)('src/$namespace under a strict CSP', ({ sources, sheet }) => {
  it.each(FORBIDDEN)('has no %s', (_what, pattern) => {
    const offenders = files(sources)
      .filter((file) => !file.endsWith('.css'))
      .filter((file) => pattern.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('respects reduced motion: no animation or transition of its own', () => {
    expect(readFileSync(join(sources, sheet), 'utf8')).not.toMatch(/animation|transition/);
  });
});
