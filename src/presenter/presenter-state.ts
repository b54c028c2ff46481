import type { Answers, AnswerValue, FactId } from '../engine/types';
import { findCase } from './case-library';
import { ticksFor } from '../engine/reasons';
import type { RuleBase } from '../engine/rule-base';
import { guideWalk, pageFacts, type GuideWalk } from './guide-walk';

/** What the presenter has shown of the outcome; both start hidden so nothing is given away. */
export interface Revealed {
  assessment: boolean;
  trace: boolean;
}

export interface PresenterState {
  caseId: string | null;
  /** The case's answers as the presenter has left them (stale ones included: the engine prunes). */
  answers: Answers;
  /** The question on screen; null means the first one. */
  at: FactId | null;
  revealed: Revealed;
  /** An id from a link that names no training case, so the picker can say so. */
  unknownCase: string | null;
}

const HIDDEN: Revealed = { assessment: false, trace: false };

export const noCase = (): PresenterState => ({ caseId: null, answers: {}, at: null, revealed: HIDDEN, unknownCase: null });

export function openCase(id: string | null): PresenterState {
  if (id === null) return noCase();
  const found = findCase(id);
  if (!found) return { ...noCase(), unknownCase: id };
  return { caseId: found.id, answers: { ...found.answers }, at: null, revealed: HIDDEN, unknownCase: null };
}

/**
 * The questions to step through: those the guide itself puts on these answers, in its order. The
 * list follows the answers, so a changed answer can add or remove questions.
 */
export const questionsOf = (walk: GuideWalk): FactId[] => walk.asked;

/** The question on screen; one that no longer applies falls back to the first. */
export function currentQuestion(state: PresenterState, walk: GuideWalk): FactId | null {
  const questions = questionsOf(walk);
  if (state.at !== null && questions.includes(state.at)) return state.at;
  return questions[0] ?? null;
}

/** One question forward or back; at either end the state is returned unchanged. */
export function step(state: PresenterState, walk: GuideWalk, direction: 1 | -1): PresenterState {
  const questions = questionsOf(walk);
  const current = currentQuestion(state, walk);
  const target = current === null ? undefined : questions[questions.indexOf(current) + direction];
  return target === undefined ? state : { ...state, at: target };
}

/** Records the presenter's answers on the page for `fact` (one answer, or a checkbox page's ticks). */
export const answer = (state: PresenterState, fact: FactId, values: Readonly<Record<FactId, AnswerValue>>): PresenterState => ({
  ...state,
  answers: { ...state.answers, ...values },
  at: fact,
});

export function restoreAnswers(state: PresenterState): PresenterState {
  const found = findCase(state.caseId);
  return found ? { ...state, answers: { ...found.answers } } : state;
}

export const reveal = (state: PresenterState, part: keyof Revealed, shown: boolean): PresenterState => ({
  ...state,
  revealed: { ...state.revealed, [part]: shown },
});

/**
 * The checkbox ticks the case's own answers stand for. Read from the case, not from the
 * presenter's changes: a changed follow-up answer must not untick its reason and so vanish.
 */
export const caseTicks = (ruleBase: RuleBase, state: PresenterState): Answers => ticksFor(ruleBase.reasons, findCase(state.caseId)?.answers ?? {});

/** The guide's walk over the presenter's answers, the case's ticks standing where none is changed. */
export const walkOf = (ruleBase: RuleBase, state: PresenterState): GuideWalk => guideWalk(ruleBase, state.answers, caseTicks(ruleBase, state));

/** Answers as the pages show them: the case's ticks, then the presenter's answers over them. */
export const shownAnswers = (ruleBase: RuleBase, state: PresenterState): Answers => ({ ...caseTicks(ruleBase, state), ...state.answers });

/** Pages whose answers the presenter has changed from the case's own, among those the guide asks. */
export function changedFacts(ruleBase: RuleBase, state: PresenterState, walk: GuideWalk): FactId[] {
  const original = shownAnswers(ruleBase, { ...state, answers: findCase(state.caseId)?.answers ?? {} });
  return walk.asked.filter((fact) => pageFacts(ruleBase, fact).some((f) => walk.answers[f] !== undefined && walk.answers[f] !== original[f]));
}
