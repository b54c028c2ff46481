import type { Answers, AnswerValue, Assessment, FactId } from '../engine/types';
import { askableFacts } from '../ui/state/navigation';
import { findCase } from './case-library';

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
 * The questions to step through: those the questionnaire would put on these answers, in the
 * engine's order. The list follows the answers, so a changed answer can add or remove questions.
 */
export const questionsOf = (assessment: Assessment): FactId[] => askableFacts(assessment);

/** The question on screen; one that no longer applies falls back to the first. */
export function currentQuestion(state: PresenterState, assessment: Assessment): FactId | null {
  const questions = questionsOf(assessment);
  if (state.at !== null && questions.includes(state.at)) return state.at;
  return questions[0] ?? null;
}

/** One question forward or back; at either end the state is returned unchanged. */
export function step(state: PresenterState, assessment: Assessment, direction: 1 | -1): PresenterState {
  const questions = questionsOf(assessment);
  const current = currentQuestion(state, assessment);
  const target = current === null ? undefined : questions[questions.indexOf(current) + direction];
  return target === undefined ? state : { ...state, at: target };
}

export const answer = (state: PresenterState, fact: FactId, value: AnswerValue): PresenterState => ({
  ...state,
  answers: { ...state.answers, [fact]: value },
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

/** Facts whose answer the presenter has changed from the case's own, among those that still apply. */
export function changedFacts(state: PresenterState, assessment: Assessment): FactId[] {
  const original = findCase(state.caseId)?.answers ?? {};
  return assessment.relevantFacts.filter((fact) => state.answers[fact] !== original[fact]);
}
