import { assessed as assess } from './assessments';
import type { RuleBase } from '../../engine/rule-base';
import type { Assessment, AnswerValue, FactId, Perspective } from '../../engine/types';
import type { DroppedAnswer, Position, WalkState } from './walk-state';

/**
 * The page to show. Pure: it reads the position and the engine's assessment and never picks a
 * question of its own. A position that no longer fits the answers (a revisited question that has
 * become irrelevant, a result before the walk is complete) falls back to the engine's next step.
 */
export type Page =
  | { page: 'perspective' }
  | { page: 'question'; fact: FactId; returnToCheck: boolean }
  | { page: 'check' }
  | { page: 'result' };

export function currentPage(state: WalkState, assessment: Assessment): Page {
  const { at } = state;
  if (state.perspective === null || at.page === 'perspective') return { page: 'perspective' };
  if (at.page === 'question' && isAnswerable(at.fact, assessment)) return at;
  if (assessment.nextFact !== null) return { page: 'question', fact: assessment.nextFact, returnToCheck: false };
  return at.page === 'result' ? { page: 'result' } : { page: 'check' };
}

/** The questions the walk puts, in order: relevant and not skipped as unable to change the class. */
export const askableFacts = (assessment: Assessment): FactId[] =>
  assessment.relevantFacts.filter((id) => !assessment.skippedFacts.includes(id));

const isAnswerable = (fact: FactId, assessment: Assessment) => askableFacts(assessment).includes(fact);

/** The fact that stands for a fact's page: a checkbox group's options share one page, named by the first. */
export function pageFact(ruleBase: RuleBase, fact: FactId): FactId {
  const group = ruleBase.factById.get(fact)?.group;
  return group === undefined ? fact : ruleBase.reasons.groups.find((g) => g.id === group)!.options[0].id;
}

/** Facts as the pages that ask them, in order, each page once. */
export const questionPages = (ruleBase: RuleBase, facts: readonly FactId[]): FactId[] => [...new Set(facts.map((f) => pageFact(ruleBase, f)))];

export const choosePerspective = (state: WalkState, perspective: Perspective): WalkState => ({
  ...state,
  perspective,
  at: { page: 'next' },
});

export interface Answered {
  state: WalkState;
  /** Answers that no longer apply after this one and were taken out. */
  dropped: DroppedAnswer[];
}

/**
 * Records an answer. Answers the engine now calls irrelevant are removed and returned, so the
 * caller can say which ones no longer apply: none are pruned silently, none linger in a result.
 * After a change from the check page the walk returns there unless the change raised new
 * questions; after a revisit by the back link it steps forward through the answered questions.
 */
export function answer(ruleBase: RuleBase, state: WalkState, fact: FactId, value: AnswerValue | Readonly<Record<FactId, AnswerValue>>): Answered {
  // A checkbox page answers all its options at once; the walk goes on after the last of them.
  const given = typeof value === 'string' ? { [fact]: value } : value;
  const withAnswer = { ...state.answers, ...given };
  const assessment = assess(ruleBase, withAnswer);
  const dropped = assessment.irrelevantAnswers.map((id) => ({ fact: id, value: withAnswer[id] }));
  const answers = Object.fromEntries(Object.entries(withAnswer).filter(([id]) => !assessment.irrelevantAnswers.includes(id)));
  const returnToCheck = state.at.page === 'question' && state.at.returnToCheck;
  return { state: { ...state, answers, at: positionAfter(Object.keys(given), returnToCheck, answers, assessment) }, dropped };
}

function positionAfter(facts: FactId[], returnToCheck: boolean, answers: WalkState['answers'], assessment: Assessment): Position {
  if (assessment.nextFact !== null && returnToCheck) return { page: 'next' };
  if (returnToCheck) return { page: 'check' };
  const askable = askableFacts(assessment);
  const last = Math.max(...facts.map((f) => askable.indexOf(f)));
  const following = last < 0 ? undefined : askable[last + 1];
  if (following !== undefined && following in answers) return { page: 'question', fact: following, returnToCheck: false };
  return assessment.nextFact !== null ? { page: 'next' } : { page: 'check' };
}

/** The back link: the answered question before this page, or the perspective choice. */
export function back(ruleBase: RuleBase, state: WalkState, page: Page, assessment: Assessment): WalkState {
  const answered = questionPages(ruleBase, askableFacts(assessment).filter((id) => id in state.answers));
  let previous: FactId | undefined;
  if (page.page === 'question') {
    // An unanswered question is the engine's next one: back leads to the last answered.
    const index = answered.indexOf(pageFact(ruleBase, page.fact));
    previous = index === -1 ? answered.at(-1) : answered[index - 1];
  } else if (page.page === 'check') previous = answered.at(-1);
  else if (page.page === 'result') return { ...state, at: { page: 'check' } };
  const at: Position = previous === undefined ? { page: 'perspective' } : { page: 'question', fact: previous, returnToCheck: false };
  return { ...state, at };
}

export const changeAnswer = (state: WalkState, fact: FactId): WalkState => ({
  ...state,
  at: { page: 'question', fact, returnToCheck: true },
});

export const changePerspective = (state: WalkState): WalkState => ({ ...state, at: { page: 'perspective' } });

export const showResult = (state: WalkState): WalkState => ({ ...state, at: { page: 'result' } });

/** Question pages the engine still has to ask on these answers: what a changed answer raised. */
export function unansweredPages(ruleBase: RuleBase, state: WalkState): number {
  const facts = askableFacts(assess(ruleBase, state.answers)).filter((id) => !(id in state.answers));
  return questionPages(ruleBase, facts).length;
}
