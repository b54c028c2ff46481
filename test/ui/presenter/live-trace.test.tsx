import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import {
  answerLabelFor,
  choose,
  chosenValue,
  presenterText,
  renderPresenter,
  reveal,
  rulesText,
  stepTo,
  titlesIn,
  traceCard,
} from './presenter-harness';

afterEach(cleanup);

const da = presenterText('da');
const rules = rulesText('da');
const FLIP = 'ordinaryEmployment-unmet-commuteToWorkUnreasonable';

describe('the trace and the assessment follow the presenter’s answers', () => {
  it('turns the commute judgement and sees the example move to "matched" and the class change', () => {
    renderPresenter({ caseId: FLIP });
    reveal('da', 'assessment');
    reveal('da', 'trace');
    expect(screen.getByRole('heading', { name: rules.classes.concreteJudgement.title })).toBeTruthy();
    expect(titlesIn('da', 'notMatched')).toContain(rules.examples.ordinaryEmployment.title);
    const before = within(traceCard('da', 'ordinaryEmployment'));
    expect(before.getByText(rules.examples.ordinaryEmployment.conditions.commuteToWorkUnreasonable)).toBeTruthy();
    expect(before.getByText(answerLabelFor('da', 'commuteToWorkUnreasonable', 'no'))).toBeTruthy();

    stepTo('da', 'commuteToWorkUnreasonable');
    choose('da', 'commuteToWorkUnreasonable', 'yes');

    expect(titlesIn('da', 'matched')).toEqual([rules.examples.ordinaryEmployment.title]);
    expect(titlesIn('da', 'notMatched')).not.toContain(rules.examples.ordinaryEmployment.title);
    expect(screen.getByRole('heading', { name: rules.classes.dutyIndicated.title })).toBeTruthy();
    // Said for those who cannot see the panel change.
    expect(screen.getByText(da.assessment.changed.replace('{{title}}', rules.classes.dutyIndicated.title))).toBeTruthy();
    // And the question says the case's own answer was another.
    expect(screen.getByText(da.questions.changed.replace('{{answer}}', answerLabelFor('da', 'commuteToWorkUnreasonable', 'no')))).toBeTruthy();
  });

  it('shows an example waiting on an open "don\'t know" with the answers that would decide it', () => {
    renderPresenter({ caseId: 'open-commuteNotJudgedYet' });
    reveal('da', 'trace');
    expect(titlesIn('da', 'open')).toContain(rules.examples.ordinaryEmployment.title);
    const card = within(traceCard('da', 'ordinaryEmployment'));
    expect(card.getByText(da.trace.decidedBy)).toBeTruthy();
    expect(card.getByText(rules.facts.commuteToWorkUnreasonable.question, { exact: false })).toBeTruthy();

    stepTo('da', 'commuteToWorkUnreasonable');
    choose('da', 'commuteToWorkUnreasonable', 'yes');
    expect(titlesIn('da', 'open')).not.toContain(rules.examples.ordinaryEmployment.title);
    expect(titlesIn('da', 'matched')).toContain(rules.examples.ordinaryEmployment.title);
  });

  it('shows a set-aside example with the example it gave way to and the reading behind it', () => {
    renderPresenter({ caseId: 'conflict-jobAndPartnerWithoutChildren' });
    reveal('da', 'trace');
    const card = within(traceCard('da', 'partnerWithoutCommonChildren'));
    expect(card.getByText(rules.precedence.mustOverNeedNot, { exact: false })).toBeTruthy();
  });

  it('gives every example in the trace its guidance text verbatim with the locator', () => {
    const { container } = renderPresenter({ caseId: 'threats' });
    reveal('da', 'trace');
    const cards = container.querySelectorAll('.p18-presenter__trace-group .p18-card');
    expect(cards.length).toBeGreaterThan(10);
    for (const card of cards) {
      expect(card.querySelector('blockquote[lang="da"]'), card.querySelector('h4')?.textContent ?? '').not.toBeNull();
      expect(card.querySelector('figcaption')?.textContent).toMatch(/Ankestyrelsen|integrationslov/i);
    }
  });

  it('adds the questions a changed answer raises, unanswered, and restores the case on request', () => {
    renderPresenter({ caseId: 'threats' });
    stepTo('da', 'hasSpouse');
    choose('da', 'hasSpouse', 'yes');
    stepTo('da', 'spouseOrdinaryEmployment');
    expect(chosenValue()).toBeNull();
    expect(screen.getByText(da.questions.notInCase)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: da.questions.restore }));
    expect(screen.queryByRole('button', { name: da.questions.restore })).toBeNull();
    // spouseOrdinaryEmployment no longer applies: the view falls back to the first question.
    expect(screen.getByRole('group', { name: rules.facts.inProgramme.question })).toBeTruthy();
    expect(document.activeElement?.textContent).toBe(rules.facts.inProgramme.question);
  });
});
