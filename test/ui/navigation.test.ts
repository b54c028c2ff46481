import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess';
import { ruleBase } from '../../src/rules/rule-base';
import { answer, back, changeAnswer, currentPage } from '../../src/ui/state/navigation';
import type { WalkState } from '../../src/ui/state/walk-state';

const walk = (answers: Record<string, string>, at: WalkState['at'] = { page: 'next' }): WalkState => ({ perspective: 'receiving', answers, at });
const page = (state: WalkState) => currentPage(state, assess(ruleBase, state.answers));

describe('which page comes next', () => {
  it('is always the engine’s next question while one is left', () => {
    const state = walk({ inProgramme: 'yes' });
    expect(page(state)).toEqual({ page: 'question', fact: assess(ruleBase, state.answers).nextFact, returnToCheck: false });
  });

  it('is the check page once the engine asks nothing more, and a result only when asked for', () => {
    expect(page(walk({ inProgramme: 'no' }))).toEqual({ page: 'check' });
    expect(page(walk({ inProgramme: 'no' }, { page: 'result' }))).toEqual({ page: 'result' });
    // A result position with questions still open falls back to the next question.
    expect(page(walk({ inProgramme: 'yes' }, { page: 'result' })).page).toBe('question');
  });

  it('falls back to the next question when a revisited one is no longer asked', () => {
    const state = walk({ inProgramme: 'no' }, { page: 'question', fact: 'hasSpouse', returnToCheck: false });
    expect(page(state)).toEqual({ page: 'check' });
  });
});

describe('answering', () => {
  it('returns to the check page after a change that raises no new question', () => {
    const state = changeAnswer(walk({ inProgramme: 'no' }, { page: 'check' }), 'inProgramme');
    const { state: next, dropped } = answer(ruleBase, state, 'inProgramme', 'no');
    expect(next.at).toEqual({ page: 'check' });
    expect(dropped).toEqual([]);
  });

  it('takes out and reports the answers a change makes irrelevant', () => {
    const state = changeAnswer(walk({ inProgramme: 'yes', movingToOtherMunicipality: 'yes', alreadyMoved: 'no', hasSpouse: 'yes' }), 'inProgramme');
    const { state: next, dropped } = answer(ruleBase, state, 'inProgramme', 'no');
    expect(dropped.map((d) => d.fact).sort()).toEqual(['alreadyMoved', 'hasSpouse', 'movingToOtherMunicipality']);
    expect(next.answers).toEqual({ inProgramme: 'no' });
  });

  it('steps forward through answered questions after the back link', () => {
    const reasons = Object.fromEntries(ruleBase.reasons.groups[0].options.map((o) => [o.id, o.id === 'reasonLonely' ? 'yes' : 'no']));
    const state = walk({ inProgramme: 'yes', movingToOtherMunicipality: 'yes', ...reasons });
    const revisiting = back(ruleBase, state, page(state), assess(ruleBase, state.answers));
    expect(revisiting.at).toEqual({ page: 'question', fact: 'reasonOwnJob', returnToCheck: false });
    const twice = back(ruleBase, revisiting, page(revisiting), assess(ruleBase, state.answers));
    expect(twice.at).toEqual({ page: 'question', fact: 'movingToOtherMunicipality', returnToCheck: false });
    const { state: forward } = answer(ruleBase, twice, 'movingToOtherMunicipality', 'yes');
    expect(forward.at).toEqual({ page: 'question', fact: 'reasonOwnJob', returnToCheck: false });
  });

  it('goes back from the first question to the choice of perspective', () => {
    const state = walk({});
    expect(back(ruleBase, state, page(state), assess(ruleBase, {})).at).toEqual({ page: 'perspective' });
  });

  it('answers a checkbox page at once, asks follow-ups only for what is ticked, and goes back to the page as one step', () => {
    const start = walk({ inProgramme: 'yes', movingToOtherMunicipality: 'yes' });
    expect(assess(ruleBase, start.answers).nextFact).toBe('reasonOwnJob');
    const options = ruleBase.reasons.groups.find((g) => g.id === 'movingReasons')!.options;
    const ticks = Object.fromEntries(options.map((o) => [o.id, o.id === 'reasonThreats' ? 'yes' : 'no']));
    const { state: next } = answer(ruleBase, start, 'reasonOwnJob', ticks);
    const after = assess(ruleBase, next.answers);
    // Threats were ticked: their follow-up, with "ved ikke" among its answers, comes next.
    expect(after.nextFact).toBe('threatsAgainstFamily');
    expect(ruleBase.factById.get('threatsAgainstFamily')!.answers).toContain('dontKnow');
    // Unticked reasons count as not given, and are not asked again.
    expect(after.impliedAnswers.feelsLonely).toEqual({ value: 'no', by: 'reasonLonely' });
    const onFollowUp = { ...next, at: { page: 'next' as const } };
    expect(back(ruleBase, onFollowUp, page(onFollowUp), after).at).toEqual({ page: 'question', fact: 'reasonOwnJob', returnToCheck: false });
  });
});
