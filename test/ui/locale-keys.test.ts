import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ruleBase } from '../../src/rules/rule-base';
import { ASSESSMENT_CLASSES } from '../../src/engine/types';
import { LANGUAGES, resources } from '../../src/i18n/resources';
// The optional modules' Danish texts (their English comes with the English module, in the setup file).
import '../../src/paperwork/texts';
import '../../src/presenter/texts';
import { PERSPECTIVES } from '../../src/ui/state/walk-state';
import { weightOf } from '../../src/ui/result/example-card';

// vitest sets __dirname; under happy-dom import.meta.url is an http URL.
const ROOT = resolve(__dirname, '../..');

/** Every leaf of a locale file as a dotted path. */
function leaves(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

const keysOf = (language: (typeof LANGUAGES)[number], namespace: string) => new Set(leaves(resources[language][namespace]));
const difference = (a: Set<string>, b: Set<string>) => [...a].filter((key) => !b.has(key)).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

// Namespaces with a locale file (the training cases' English texts come from the scenario files).
const NAMESPACES_ON_DISK = [...new Set(LANGUAGES.flatMap((language) => Object.keys(resources[language])))]
  .filter((namespace) => LANGUAGES.some((language) => existsSync(join(ROOT, 'locales', language, `${namespace}.json`))))
  .sort();

describe.each(NAMESPACES_ON_DISK)('locales/*/%s.json', (namespace) => {
  it('exists in every language', () => {
    for (const language of LANGUAGES) expect(resources[language][namespace], language).toBeDefined();
  });

  it('has the same keys in Danish and English: none missing, none orphaned', () => {
    const da = keysOf('da', namespace);
    const en = keysOf('en', namespace);
    expect(difference(da, en), 'in da, missing from en').toEqual([]);
    expect(difference(en, da), 'in en, missing from da').toEqual([]);
  });

  it('has no empty text', () => {
    for (const language of LANGUAGES) {
      const empty = leaves(resources[language][namespace]).filter((path) => {
        const value = path.split('.').reduce<any>((node, key) => node?.[key], resources[language][namespace]);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty, language).toEqual([]);
    }
  });
});

describe('ui.json', () => {
  it('holds exactly the keys the code uses', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/['`]ui:([A-Za-z0-9_.]+)['`]/g)) used.add(match[1]);
    }
    // Keys built from rule data: each checkbox group and option, the next step per class and
    // perspective, and each note's short step.
    for (const group of ruleBase.reasons.groups) {
      used.add(`reasons.groups.${group.id}.question`).add(`reasons.groups.${group.id}.hint`);
      group.options.forEach((o) => used.add(`reasons.options.${o.id}`));
    }
    for (const c of ASSESSMENT_CLASSES) PERSPECTIVES.forEach((p) => used.add(`nextSteps.classes.${c}.${p}`));
    ruleBase.notes.forEach((n) => used.add(`nextSteps.notes.${n.id}`));
    const defined = keysOf('da', 'ui');
    expect(difference(used, defined), 'used in src, not in ui.json').toEqual([]);
    expect(difference(defined, used), 'in ui.json, used nowhere').toEqual([]);
  });
});

describe('rules.json', () => {
  const texts = resources.da.rules as any;
  const ids = {
    facts: new Set(ruleBase.facts.map((f) => f.id)),
    examples: new Map(ruleBase.examples.map((e) => [e.id, new Set(e.conditions.map((c) => c.id))])),
    notes: new Set(ruleBase.notes.map((n) => n.id)),
    judgements: ruleBase.unformalisedJudgements,
    precedence: new Set(ruleBase.precedence.map((p) => p.id)),
  };

  it('has no text for an id the rule base no longer has', () => {
    const orphans = [
      ...Object.keys(texts.facts).filter((id) => !ids.facts.has(id)).map((id) => `facts.${id}`),
      ...Object.keys(texts.notes).filter((id) => !ids.notes.has(id)).map((id) => `notes.${id}`),
      ...Object.keys(texts.judgements).filter((id) => !ids.judgements.has(id)).map((id) => `judgements.${id}`),
      ...Object.keys(texts.precedence).filter((id) => !ids.precedence.has(id)).map((id) => `precedence.${id}`),
      ...Object.entries(texts.examples).flatMap(([id, example]: [string, any]) =>
        !ids.examples.has(id)
          ? [`examples.${id}`]
          : Object.keys(example.conditions).filter((c) => !ids.examples.get(id)!.has(c)).map((c) => `examples.${id}.conditions.${c}`),
      ),
      ...Object.entries(texts.facts).flatMap(([id, fact]: [string, any]) =>
        Object.keys(fact.answers ?? {})
          .filter((value) => !ruleBase.factById.get(id)?.answers.includes(value))
          .map((value) => `facts.${id}.answers.${value}`),
      ),
    ];
    expect(orphans).toEqual([]);
  });

  it('has every shared text the guide shows', () => {
    const need = [
      'judgementFact',
      'locator.chapter',
      'locator.example',
      'locator.footnote',
      'status.line',
      'status.version',
      'status.legalBasis',
      'status.notAnswerKey',
      'states.setAside',
      ...ASSESSMENT_CLASSES.flatMap((c) => [`classes.${c}.title`, `classes.${c}.summary`]),
      ...PERSPECTIVES.map((p) => `perspectives.${p}`),
      ...ruleBase.examples.flatMap((e) => [`kinds.${e.kind}`, `grounds.${e.ground}`, ...(weightOf(e) ? [`weights.${weightOf(e)}`] : [])]),
      ...[...ruleBase.citations.values()].map((c) => `documents.${c.doc}`),
      ...ruleBase.facts.flatMap((f) => f.answers.filter((v) => !texts.facts[f.id]?.answers?.[v]).map((v) => `answers.${v}`)),
    ];
    const defined = keysOf('da', 'rules');
    expect([...new Set(need)].filter((key) => !defined.has(key))).toEqual([]);
  });
});
