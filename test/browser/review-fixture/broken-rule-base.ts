import { compileRuleBase, type RuleBase } from '../../../src/engine/rule-base';
import type { RuleFiles } from '../../../src/engine/types';

/**
 * The shipped rule base with one rule broken on purpose: the threats example now holds when there
 * are no threats. Against the shipped scenario files, every row that tests threats must fail.
 */
export function withBrokenThreats(ruleFiles: RuleFiles): RuleBase {
  const files = structuredClone(ruleFiles);
  const threats = files.examples.find((example) => example.id === 'threats')!;
  threats.conditions = threats.conditions.map((condition) => ({ ...condition, when: { '==': [{ var: 'threatsAgainstFamily' }, 'no'] } }));
  return compileRuleBase(files);
}
