import { allOf, both, evaluateOpen, type Knowledge, type Truth } from './three-valued';
import type { RuleBase } from './rule-base';
import { readReasons } from './reasons';
import { DONT_KNOW, type AnswerValue, type Answers, type FactId } from './types';

export type Relevance = 'relevant' | 'irrelevant' | 'undetermined';

export interface Walk extends Knowledge {
  relevance: ReadonlyMap<FactId, Relevance>;
  /** Answers that are valid for their fact, whether or not the fact is still relevant. */
  given: ReadonlyMap<FactId, AnswerValue>;
  /** Facts a checkbox answer settled, with the option that settled them; never in `given`. */
  implied: ReadonlyMap<FactId, { value: AnswerValue; by: FactId }>;
  /** Facts waiting for their checkbox question: not asked on their own before it. */
  pending: ReadonlySet<FactId>;
  /** Answers given directly to a fact a checkbox answer has since settled: they no longer apply. */
  overridden: FactId[];
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
  // A checkbox answer counts only where § 18 applies, as every answer after the scope questions does.
  const scopeHolds = ruleBase.scope.every((c) => evaluateOpen(c, { known: Object.fromEntries(given), open: new Map() }).truth === 'true');
  const reasonAnswers = scopeHolds ? given : new Map([...given].filter(([id]) => !ruleBase.reasons.optionById.has(id)));
  const { implied, pending, answeredFactByFact } = readReasons(ruleBase.reasons, reasonAnswers);
  const overridden = [...implied.keys()].filter((id) => given.has(id));
  overridden.forEach((id) => given.delete(id));
  const known: Record<FactId, AnswerValue | null> = Object.create(null);
  const open = new Map<FactId, readonly (AnswerValue | null)[]>();
  const relevance = new Map<FactId, Relevance>();
  const knowledge: Knowledge = { known, open };
  // Scope questions come first in asking order; scope is settled once the last one is read.
  const lastScopeFact = ruleBase.facts.filter((f) => f.isScope).at(-1)?.id;
  let scope: Truth = 'true';

  for (const fact of ruleBase.facts) {
    const ownTest: Truth = fact.relevance ? evaluateOpen(fact.relevance, knowledge).truth : 'true';
    const askedFactByFact = fact.group !== undefined && answeredFactByFact.has(fact.group);
    const truth = askedFactByFact ? 'false' : fact.isScope ? ownTest : both(scope, ownTest);
    const state: Relevance = truth === 'true' ? 'relevant' : truth === 'false' ? 'irrelevant' : 'undetermined';
    relevance.set(fact.id, state);
    const answer = given.get(fact.id);
    const settled = implied.get(fact.id)?.value;
    if (state === 'irrelevant') {
      known[fact.id] = null;
    } else if (settled !== undefined) {
      if (state === 'relevant') known[fact.id] = settled;
      else open.set(fact.id, [settled, null]);
    } else if (state === 'relevant' && answer !== undefined && answer !== DONT_KNOW) {
      known[fact.id] = answer;
    } else {
      open.set(fact.id, state === 'undetermined' ? fact.settlingAnswersOrUnasked : fact.settlingAnswers);
    }
    if (fact.id === lastScopeFact) {
      scope = allOf(ruleBase.scope.map((condition) => evaluateOpen(condition, knowledge).truth));
    }
  }
  return { known, open, relevance, given, implied, pending, overridden, scope };
}
