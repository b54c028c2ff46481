import { describe, expect, it } from 'vitest';
import { resources } from '../../../src/i18n/resources';
import { groundFacts } from '../../../src/paperwork/draft/facts-section';
import { LANGUAGES, ruleBase } from './fixtures';

function leaves(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}
const at = (language: (typeof LANGUAGES)[number], path: string) =>
  path.split('.').reduce<any>((node, key) => node?.[key], resources[language].paperwork);

describe('locales/*/paperwork.json', () => {
  it('has the same keys in Danish and English', () => {
    expect(leaves(resources.en.paperwork).sort()).toEqual(leaves(resources.da.paperwork).sort());
  });

  it('has no empty text', () => {
    for (const language of LANGUAGES) {
      for (const path of leaves(resources[language].paperwork)) expect(String(at(language, path)).trim(), `${language} ${path}`).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const fields = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const path of leaves(resources.da.paperwork)) expect(fields(at('en', path)), path).toEqual(fields(at('da', path)));
  });

  it('states every answer to every fact the reasons rest on, and words every judgement, so no fallback is shown', () => {
    const grounds = groundFacts(ruleBase);
    for (const fact of ruleBase.facts) {
      const base = fact.kind === 'judgement' ? `draft.judgements.facts.${fact.id}` : `draft.facts.statements.${fact.id}`;
      if (fact.kind === 'fact' && !grounds.has(fact.id)) continue;
      for (const answer of fact.answers) {
        for (const language of LANGUAGES) expect(at(language, `${base}.${answer}`), `${language} ${base}.${answer}`).toBeTypeOf('string');
      }
    }
    for (const judgement of ruleBase.unformalisedJudgements) {
      for (const language of LANGUAGES) expect(at(language, `draft.judgements.unformalised.${judgement}`), judgement).toBeTypeOf('string');
    }
  });

  it('has no statement for a fact or answer the rule base does not have', () => {
    const statements = resources.da.paperwork as any;
    for (const group of [statements.draft.facts.statements, statements.draft.judgements.facts]) {
      for (const [fact, answers] of Object.entries<Record<string, string>>(group)) {
        const known = ruleBase.factById.get(fact);
        expect(known, fact).toBeDefined();
        for (const answer of Object.keys(answers)) expect(known!.answers, `${fact}.${answer}`).toContain(answer);
      }
    }
  });

  it('leaves the appeal body and deadline as visible placeholders in both languages', () => {
    expect(at('da', 'draft.appeal.body')).toContain('[klageinstans]');
    expect(at('da', 'draft.appeal.deadline')).toContain('[klagefrist]');
    expect(at('en', 'draft.appeal.body')).toContain('[appeal body]');
    expect(at('en', 'draft.appeal.deadline')).toContain('[appeal deadline]');
  });
});
