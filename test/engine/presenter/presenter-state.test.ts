import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/engine/assess';
import { findCase } from '../../../src/presenter/case-library';
import { pageFacts } from '../../../src/presenter/guide-walk';
import {
  answer,
  changedFacts,
  currentQuestion,
  noCase,
  openCase,
  questionsOf,
  restoreAnswers,
  reveal,
  step,
  walkOf,
  type PresenterState,
} from '../../../src/presenter/presenter-state';
import { ruleBase } from '../../../src/rules/rule-base';

const threats = findCase('threats')!;
const assessmentOf = (state: PresenterState) => walkOf(ruleBase, state);

describe('opening a case', () => {
  it("starts on the first question with the case's answers and nothing revealed", () => {
    const state = openCase('threats');
    expect(state).toEqual({ caseId: 'threats', answers: threats.answers, at: null, revealed: { assessment: false, trace: false }, unknownCase: null });
    expect(currentQuestion(state, assessmentOf(state))).toBe('inProgramme');
  });

  it('keeps an unknown id to report, and opens no case', () => {
    expect(openCase('noSuchCase')).toEqual({ ...noCase(), unknownCase: 'noSuchCase' });
    expect(openCase(null)).toEqual(noCase());
  });

  it("copies the answers: a presenter's change never reaches the library", () => {
    answer(openCase('threats'), 'threatsAgainstFamily', { threatsAgainstFamily: 'no' });
    expect(findCase('threats')!.answers.threatsAgainstFamily).toBe('personAndFamily');
  });
});

describe('stepping', () => {
  it("puts the guide's own questions: each the engine's next one on the answers before it", () => {
    const seed = openCase('seedCase-commonChildWaitsForHousing');
    const walk = assessmentOf(seed);
    const questions = questionsOf(walk);
    const answersTo = (pages: string[]) => Object.fromEntries(pages.flatMap((page) => pageFacts(ruleBase, page)).map((f) => [f, walk.answers[f]]));
    questions.forEach((fact, i) => {
      expect(assess(ruleBase, answersTo(questions.slice(0, i))).nextFact, `question ${i + 1}`).toBe(fact);
    });
    expect(assess(ruleBase, answersTo(questions)).nextFact).toBeNull();
    // Each answer is the case's own, or (on the checkbox page) the tick the case's answers stand for.
    for (const fact of questions.filter((f) => ruleBase.factById.get(f)!.group === undefined)) expect(walk.answers[fact]).toBe(seed.answers[fact]);
    // The case answers more than the guide asks: once the common child settles it, the weaker
    // examples' questions cannot change the class, and the presenter does not step through them.
    expect(questions.length).toBeLessThan(Object.keys(seed.answers).length);
    expect(walk.notAsked.length).toBeGreaterThan(0);
  });

  it("walks the questions the engine would ask, in the engine's order, and stops at both ends", () => {
    let state = openCase('threats');
    const questions = questionsOf(assessmentOf(state));
    expect(step(state, assessmentOf(state), -1)).toBe(state);
    const seen = [currentQuestion(state, assessmentOf(state))];
    for (let i = 1; i < questions.length; i++) {
      state = step(state, assessmentOf(state), 1);
      seen.push(currentQuestion(state, assessmentOf(state)));
    }
    expect(seen).toEqual(questions);
    expect(step(state, assessmentOf(state), 1)).toBe(state);
    expect(currentQuestion(step(state, assessmentOf(state), -1), assessmentOf(state))).toBe(questions.at(-2));
  });

  it('falls back to the first question when the one on screen no longer applies', () => {
    const state: PresenterState = { ...openCase('threats'), at: 'spouseInProgramme' };
    expect(currentQuestion(state, assessmentOf(state))).toBe('inProgramme');
  });
});

describe('changing answers', () => {
  it('records the answer, stays on its question, and lists it as changed until restored', () => {
    const changed = answer(openCase('threats'), 'threatsAgainstFamily', { threatsAgainstFamily: 'no' });
    expect(changed.at).toBe('threatsAgainstFamily');
    expect(changedFacts(ruleBase, changed, assessmentOf(changed))).toEqual(['threatsAgainstFamily']);
    const restored = restoreAnswers(changed);
    expect(restored.answers).toEqual(threats.answers);
    expect(changedFacts(ruleBase, restored, assessmentOf(restored))).toEqual([]);
  });

  it('counts only questions that still apply as changed', () => {
    const married = answer(openCase('threats'), 'hasSpouse', { hasSpouse: 'yes' });
    const spouse = answer(married, 'spouseInProgramme', { spouseInProgramme: 'no' });
    const unmarried = answer(spouse, 'hasSpouse', { hasSpouse: 'no' });
    expect(changedFacts(ruleBase, unmarried, assessmentOf(unmarried))).toEqual([]);
  });
});

describe('revealing', () => {
  it('shows and hides each part on its own', () => {
    const state = reveal(openCase('threats'), 'trace', true);
    expect(state.revealed).toEqual({ assessment: false, trace: true });
    expect(reveal(state, 'trace', false).revealed).toEqual({ assessment: false, trace: false });
  });
});
