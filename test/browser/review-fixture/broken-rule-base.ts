import { compileRuleBase, type RuleBase } from '../../../src/engine/rule-base';
import type { RuleFiles } from '../../../src/engine/types';

/**
 * The shipped rule base with one rule broken on purpose: the threats example now asks for threats
 * against the person only, where the source says the person and the family. Against the shipped
 * scenario files, every row where threats should match must fail.
 */
export function withBrokenThreats(ruleFiles: RuleFiles): RuleBase {
  const files = structuredClone(ruleFiles);
  const threats = files.examples.find((example) => example.id === 'threats')!;
  threats.conditions = threats.conditions.map((condition) => ({ ...condition, when: { '==': [{ var: 'threatsAgainstFamily' }, 'personOnly'] } }));
  return compileRuleBase(files);
}
