import { allOf, both, evaluateOpen, type Knowledge, type Truth } from './three-valued';
import type { RuleBase } from './rule-base';
import { DONT_KNOW, type AnswerValue, type Answers, type FactId } from './types';

export type Relevance = 'relevant' | 'irrelevant' | 'undetermined';

export interface Walk extends Knowledge {
  relevance: ReadonlyMap<FactId, Relevance>;
  /** Answers that are valid for their fact, whether or not the fact is still relevant. */
  given: ReadonlyMap<FactId, AnswerValue>;
  scope: Truth;
}

/**
 * Works through the facts in asking order. A fact is relevant when § 18's scope holds (for
 * every fact but the scope questions) and its own relevance test holds on earlier answers; an
 * answer to a fact that is not relevant is left out, so a changed earlier answer never leaves a
 * stale one behind in the result.
 */
export function walkFacts(ruleBase: RuleBase, answers: Answers): Walk {
  const given = new Map<FactId, AnswerValue>();
  for (const fact of ruleBase.facts) {
    const value = Object.prototype.hasOwnProperty.call(answers, fact.id) ? answers[fact.id] : undefined;
    if (typeof value === 'string' && fact.answers.includes(value)) given.set(fact.id, value);
  }
  const known: Record<FactId, AnswerValue | null> = Object.create(null);
  const open = new Map<FactId, readonly (AnswerValue | null)[]>();
  const relevance = new Map<FactId, Relevance>();
  const knowledge: Knowledge = { known, open };
  // Scope questions come first in asking order; scope is settled once the last one is read.
  const lastScopeFact = ruleBase.facts.filter((f) => f.isScope).at(-1)?.id;
  let scope: Truth = 'true';

  for (const fact of ruleBase.facts) {
    const ownTest: Truth = fact.relevance ? evaluateOpen(fact.relevance, knowledge).truth : 'true';
    const truth = fact.isScope ? ownTest : both(scope, ownTest);
    const state: Relevance = truth === 'true' ? 'relevant' : truth === 'false' ? 'irrelevant' : 'undetermined';
    relevance.set(fact.id, state);
    const answer = given.get(fact.id);
    if (state === 'irrelevant') {
      known[fact.id] = null;
    } else if (state === 'relevant' && answer !== undefined && answer !== DONT_KNOW) {
      known[fact.id] = answer;
    } else {
      open.set(fact.id, state === 'undetermined' ? fact.settlingAnswersOrUnasked : fact.settlingAnswers);
    }
    if (fact.id === lastScopeFact) {
      scope = allOf(ruleBase.scope.map((condition) => evaluateOpen(condition, knowledge).truth));
    }
  }
  return { known, open, relevance, given, scope };
}
