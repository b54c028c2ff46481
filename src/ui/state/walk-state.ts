import type { Answers, AnswerValue, FactId, Perspective } from '../../engine/types';

/**
 * Where the caseworker is. `next` means "whatever the engine asks next", so the UI never
 * chooses a question itself; `question` is an answered question visited again, either by the
 * back link or by a change link on the check page (`returnToCheck`).
 */
export type Position =
  | { page: 'perspective' }
  | { page: 'next' }
  | { page: 'question'; fact: FactId; returnToCheck: boolean }
  | { page: 'check' }
  | { page: 'result' };

export interface WalkState {
  perspective: Perspective | null;
  answers: Answers;
  at: Position;
}

export const PERSPECTIVES: readonly Perspective[] = ['receiving', 'current'];

export const initialWalk = (): WalkState => ({ perspective: null, answers: {}, at: { page: 'perspective' } });

/** An answer taken out of the walk, shown to the caseworker so nothing disappears silently. */
export interface DroppedAnswer {
  fact: FactId;
  value: AnswerValue;
}
