import { ticksFor } from '../engine/reasons';
import type { RuleBase } from '../engine/rule-base';
import type { Answers, AnswerValue, AssessmentClass, ExampleState, FactId } from '../engine/types';
import { findCase } from '../presenter/case-library';
import { guideWalk, type GuideWalk } from '../presenter/guide-walk';

/** The outcomes a participant can bid on: the four the guide gives inside § 18's scope. */
export const EXPECTABLE_CLASSES: readonly AssessmentClass[] = ['dutyIndicated', 'dutyDependsOnCircumstances', 'noDutyStartingPoint', 'concreteJudgement'];

/** Questions (and, once the guide has none left, the bid on the outcome), then the comparison. */
export type Stage = 'questions' | 'comparison';

/** Self-study of one case, in memory only: nothing is stored, sent or put in the address. */
export interface PracticeState {
  caseId: string | null;
  /** The participant's own answers (none of the case's are given to them). */
  answers: Answers;
  /** A question revisited with Back; null means the guide's next one. */
  at: FactId | null;
  expected: AssessmentClass | null;
  stage: Stage;
  unknownCase: string | null;
}

export const noCase = (): PracticeState => ({ caseId: null, answers: {}, at: null, expected: null, stage: 'questions', unknownCase: null });

export function openCase(id: string | null): PracticeState {
  if (id === null) return noCase();
  return findCase(id) ? { ...noCase(), caseId: id } : { ...noCase(), unknownCase: id };
}

/** The guide's next question on the participant's answers, or a revisited one; null once none is left. */
export function currentQuestion(state: PracticeState, walk: GuideWalk): FactId | null {
  if (state.at !== null && walk.asked.includes(state.at)) return state.at;
  const last = walk.asked.at(-1);
  return last !== undefined && walk.answers[last] === undefined ? last : null;
}

/** The guide's walk over the participant's own answers: no page is ticked for them. */
export const walkOf = (ruleBase: RuleBase, state: PracticeState): GuideWalk => guideWalk(ruleBase, state.answers, {});

/** Records the answers on one page; the walk goes on from the guide's next question. */
export const answer = (state: PracticeState, values: Readonly<Record<FactId, AnswerValue>>): PracticeState => ({
  ...state,
  answers: { ...state.answers, ...values },
  at: null,
  stage: 'questions',
});

/** Back: the answered question before the one on screen (or before the bid, the last one). */
export function back(state: PracticeState, walk: GuideWalk): PracticeState {
  const answered = walk.asked.filter((fact) => walk.answers[fact] !== undefined);
  if (state.stage !== 'questions') return { ...state, stage: 'questions', at: answered.at(-1) ?? null };
  const current = currentQuestion(state, walk);
  const index = current === null ? answered.length : answered.indexOf(current);
  const previous = index === -1 ? answered.at(-1) : answered[index - 1];
  return previous === undefined ? state : { ...state, at: previous };
}

export const chooseExpected = (state: PracticeState, expected: AssessmentClass): PracticeState => ({ ...state, expected, stage: 'comparison' });

export const startAgain = (state: PracticeState): PracticeState => openCase(state.caseId);

/** How an example came out in one walk and in the other. */
export interface ExampleMove {
  example: string;
  from: ExampleState;
  to: ExampleState;
}

/** One answer where the participant and the case part, and what that answer alone does to the case. */
export interface Difference {
  fact: FactId;
  mine: AnswerValue;
  theirs: AnswerValue;
  /** The case's class with only this answer changed to the participant's. */
  classWithMine: AssessmentClass;
  /** The examples this answer alone moves into or out of fitting the case. */
  moves: ExampleMove[];
  /** A question the changed answer would raise that the case does not answer. */
  raises: FactId | null;
}

export interface Comparison {
  /** The guide's walk over the case's own answers: what the guide makes of the case. */
  guide: GuideWalk;
  /** The guide's walk over the participant's answers. */
  mine: GuideWalk;
  expected: AssessmentClass | null;
  differences: Difference[];
}

/**
 * The participant's answers beside the case's, in the guide's asking order. For each answer that
 * differs, the engine assesses the case again with that one answer changed, so "why it matters"
 * is the engine's own: the examples it moves and the class it leads to.
 */
export function compare(ruleBase: RuleBase, state: PracticeState): Comparison | null {
  const trainingCase = findCase(state.caseId);
  if (!trainingCase) return null;
  const ticks = ticksFor(ruleBase.reasons, trainingCase.answers);
  const guide = guideWalk(ruleBase, trainingCase.answers, ticks);
  const mine = walkOf(ruleBase, state);
  const stateOf = (walk: GuideWalk) => new Map(walk.assessment.examples.map((e) => [e.id, e.state]));
  const before = stateOf(guide);
  const differences: Difference[] = [];
  // Answers both walks gave and that differ. A question only one walk put follows from an
  // earlier answer that differs, and is explained with that one.
  for (const { id: fact } of ruleBase.facts) {
    const theirs = guide.answers[fact];
    const ours = mine.answers[fact];
    if (theirs === undefined || ours === undefined || theirs === ours) continue;
    const changed = guideWalk(ruleBase, { ...trainingCase.answers, [fact]: ours }, ticks);
    // Only examples that fit (or gave way) in one walk or the other: those are what carry a class.
    const moves = changed.assessment.examples
      .filter((e) => before.get(e.id) !== e.state && [before.get(e.id), e.state].some((s) => s === 'matched' || s === 'setAside'))
      .map((e) => ({ example: e.id, from: before.get(e.id)!, to: e.state }));
    const last = changed.asked.at(-1);
    const raises = last !== undefined && changed.answers[last] === undefined ? last : null;
    differences.push({ fact, mine: ours, theirs, classWithMine: changed.assessment.class, moves, raises });
  }
  return { guide, mine, expected: state.expected, differences };
}
