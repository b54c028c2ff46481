import type { Assessment, Answers } from '../../src/engine/types';
import { assess } from '../../src/engine/assess';
import type { RuleBase } from '../../src/engine/rule-base';

/**
 * Walks the questionnaire as the UI does: answer the next question the engine asks, until it asks
 * none. `choose` picks the answer; the walk is cut off (and reported) if it never ends.
 */
export function walk(ruleBase: RuleBase, choose: (options: string[], factId: string) => string): { answers: Answers; asked: string[]; result: Assessment } {
  const answers: Record<string, string> = {};
  const asked: string[] = [];
  let result = assess(ruleBase, answers);
  while (result.nextFact !== null) {
    if (asked.length > ruleBase.facts.length) throw new Error(`the walk did not end: ${asked.join(' → ')}`);
    const fact = ruleBase.factById.get(result.nextFact)!;
    answers[fact.id] = choose(fact.answers, fact.id);
    asked.push(fact.id);
    result = assess(ruleBase, answers);
  }
  return { answers, asked, result };
}
