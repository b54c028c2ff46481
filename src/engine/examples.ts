import { allOf, evaluateOpen, type Knowledge, type Truth } from './three-valued';
import type { CompiledExample, RuleBase } from './rule-base';
import type { DecidingAnswer, ExampleState, FactId, UnsettledCircumstance } from './types';

export interface ExampleEvaluation {
  example: CompiledExample;
  state: ExampleState;
  failedConditions: string[];
  failedFacts: FactId[];
  decidingAnswers: DecidingAnswer[];
  setAsideBy?: { precedence: string; example: string };
  /** Could still be set aside by a precedence entry whose prevailing example is open. */
  mightBeSetAside: boolean;
  /** Each condition's truth on the answers given, in the example's order. */
  conditionTruths: Truth[];
}

/** An example holds when every condition holds; one failed condition is enough to rule it out. */
export function evaluateExample(example: CompiledExample, knowledge: Knowledge): ExampleEvaluation {
  const failed: { id: string; answered: FactId[] }[] = [];
  const deciding = new Map<FactId, Set<string>>();
  const truths: Truth[] = example.conditions.map((condition) => {
    const result = evaluateOpen(condition, knowledge);
    if (result.truth === 'false') {
      failed.push({ id: condition.id, answered: condition.reads.filter((fact) => knowledge.known[fact] != null) });
    }
    for (const [fact, values] of result.deciding) {
      const merged = deciding.get(fact) ?? new Set<string>();
      values.forEach((v) => merged.add(v));
      deciding.set(fact, merged);
    }
    return result.truth;
  });
  // A condition that fails only because its question was never asked (an earlier answer made it
  // irrelevant) is a consequence, not a reason: name the conditions that failed on an answer.
  const onAnswers = failed.filter((f) => f.answered.length > 0);
  const reasons = onAnswers.length > 0 ? onAnswers : failed;
  const failedConditions = reasons.map((f) => f.id);
  const failedFacts = new Set(reasons.flatMap((f) => f.answered));
  const truth = allOf(truths);
  const state: ExampleState = truth === 'true' ? 'matched' : truth === 'false' ? 'notMatched' : 'open';
  return {
    example,
    state,
    failedConditions,
    failedFacts: [...failedFacts],
    decidingAnswers: state === 'open' ? [...deciding].map(([fact, values]) => ({ fact, values: [...values] })) : [],
    mightBeSetAside: false,
    conditionTruths: truths,
  };
}

const KINDS_THAT_SETTLE_A_CIRCUMSTANCE: ReadonlySet<string> = new Set(['must', 'mustDependingOnCircumstances']);

/**
 * A need-not example settles only what it describes. Where a must or depends-on-circumstances
 * example's circumstance is present but a qualifying *fact* rules the example out (the child is
 * there, but the person does not want to live with the partner), nothing has settled that
 * circumstance. Where only the caseworker's judgement rules it out (commute judged reasonable), the
 * caseworker has weighed it, and it is not listed here.
 */
export function unsettledCircumstances(ruleBase: RuleBase, evaluations: readonly ExampleEvaluation[], knowledge: Knowledge): UnsettledCircumstance[] {
  const out: UnsettledCircumstance[] = [];
  for (const e of evaluations) {
    if (e.state !== 'notMatched' || !KINDS_THAT_SETTLE_A_CIRCUMSTANCE.has(e.example.kind)) continue;
    const conditions = e.example.conditions;
    const circumstancePresent = conditions.some((c) => c.role === 'circumstance')
      && conditions.every((c, i) => c.role !== 'circumstance' || e.conditionTruths[i] === 'true');
    if (!circumstancePresent) continue;
    const failedOnFact = conditions
      .map((c, i) => ({ c, truth: e.conditionTruths[i] }))
      .filter(({ c, truth }) => c.role === 'qualifying' && truth === 'false')
      .map(({ c }) => ({ id: c.id, facts: c.reads.filter((f) => knowledge.known[f] != null && ruleBase.factById.get(f)?.kind === 'fact') }))
      .filter((f) => f.facts.length > 0);
    if (failedOnFact.length === 0) continue;
    out.push({
      example: e.example.id,
      conditions: failedOnFact.map((f) => f.id),
      failedFacts: [...new Set(failedOnFact.flatMap((f) => f.facts))],
    });
  }
  return out;
}

/**
 * Applies the precedence entries in order. An example that has been set aside sets nothing aside
 * itself; an entry whose prevailing example is still open marks what it could set aside, so the
 * walk keeps asking what would settle it.
 */
export function applyPrecedence(ruleBase: RuleBase, evaluations: ExampleEvaluation[], knowledge: Knowledge): void {
  const byId = new Map(evaluations.map((e) => [e.example.id, e]));
  for (const entry of ruleBase.precedence) {
    const condition = entry.condition ? evaluateOpen(entry.condition, knowledge).truth : 'true';
    if (condition === 'false') continue;
    const prevailing = entry.prevails.map((id) => byId.get(id)).filter((e) => e !== undefined);
    const winner = prevailing.find((e) => e.state === 'matched');
    const couldWin = prevailing.some((e) => e.state === 'open') || (winner !== undefined && condition === 'open');
    for (const id of entry.setsAside) {
      const loser = byId.get(id);
      if (loser === undefined || loser.state !== 'matched') continue;
      if (winner !== undefined && condition === 'true') {
        loser.state = 'setAside';
        loser.setAsideBy = { precedence: entry.id, example: winner.example.id };
      } else if (couldWin) {
        loser.mightBeSetAside = true;
      }
    }
  }
}
